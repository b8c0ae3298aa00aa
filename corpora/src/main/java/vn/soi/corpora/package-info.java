/**
 * The corpus generator: realistic, labelled synthetic corpora of Party review documents (individual and collective
 * reports, minutes, discipline decisions, rating and discipline registers) with formalism injected at configurable
 * rates. Entry points: {@link vn.soi.corpora.CorpusGenerator} with {@link vn.soi.corpora.GeneratorOptions}, and
 * {@link vn.soi.corpora.DemoCorpus} for the committed demo.
 */
package vn.soi.corpora;
