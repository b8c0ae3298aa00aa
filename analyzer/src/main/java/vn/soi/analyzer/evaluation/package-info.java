/**
 * The evaluation harness: reads a labelled corpus's {@code labels.json} ({@link vn.soi.analyzer.evaluation.Labels}),
 * scores a run's findings against it by the rules of {@code labels.md} ({@link vn.soi.analyzer.evaluation.Evaluation})
 * and reports per-signal TP, FP, FN, precision, recall, F1 and macro averages as a table or JSON
 * ({@link vn.soi.analyzer.evaluation.EvaluationReport}). {@code soi evaluate --labels FILE [--json]} calls it.
 */
package vn.soi.analyzer.evaluation;
