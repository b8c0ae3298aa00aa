/**
 * The content signals: what one review report says, measured part by part. Each signal is one class implementing
 * {@link vn.soi.analyzer.signal.Signal}; {@link vn.soi.analyzer.content.ContentSignals#all()} lists them. A report is
 * first read into parts with the template's headings, numbering and stock phrases blanked out
 * ({@link vn.soi.analyzer.content.ReportReading}); the signals then measure part balance and tone, specificity,
 * hedging, attribution of causes, stated responsibility, remediation and the relation to the 27 expressions of
 * degradation. Every lexicon, threshold and rule text comes from {@code seeds/signals/} with its source; a finding
 * indicates a risk of formalism, it proves nothing.
 */
package vn.soi.analyzer.content;
