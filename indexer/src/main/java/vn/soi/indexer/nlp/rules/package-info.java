/**
 * Stanford CoreNLP TokensRegex rules over chosen spans of a document: dates, times, rating levels, numbers, the 2025
 * points, vote counts, attendance, decision numbers and discipline forms, positions.
 *
 * <p>The rules are data in {@code seeds/rules/*.rules} (one topic a file, macros in {@code defs.rules}), each with a
 * {@code .examples} file of inputs and expected matches checked by a test. {@link vn.soi.indexer.nlp.rules.RuleBook}
 * runs a topic's rules with a {@code CoreMapExpressionExtractor} over tokens made by
 * {@link vn.soi.indexer.nlp.rules.RuleTokenizer}; because TokensRegex is about twenty times slower than indexing,
 * callers hand it only header, signature and self-rating blocks, or the lines that a cheap trigger-word pass
 * ({@code seeds/rules/triggers.tsv}) marks.
 */
package vn.soi.indexer.nlp.rules;
