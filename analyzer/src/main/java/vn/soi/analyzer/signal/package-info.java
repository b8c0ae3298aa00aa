/**
 * The signal mechanism: the {@link vn.soi.analyzer.signal.Signal} interface (one streaming session per run), what a
 * signal requires, its settings from {@code seeds/signals/}, and the one-pass {@link vn.soi.analyzer.signal.Analysis}.
 * The signals themselves live in one package per family: {@code content}, {@code corpus}, {@code records}.
 */
package vn.soi.analyzer.signal;
