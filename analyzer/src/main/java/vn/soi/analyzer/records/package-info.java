/**
 * The records family of signals: joins of reports (self-ratings, points), minutes (opinions, dates), decisions and
 * registers (discipline, rating results) by person (normalised name plus unit) and collective (unit), under the rules
 * of the review year ({@link vn.soi.analyzer.records.RulesByYear}, data in {@code seeds/signals/rules-by-year.tsv}).
 * {@link vn.soi.analyzer.records.RecordSignals#all()} lists them. Each signal keeps only the facts it joins (ratings,
 * discipline events, dates), never document texts.
 */
package vn.soi.analyzer.records;
