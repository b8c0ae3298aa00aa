/**
 * Writing one cell's documents for one year: ratings and discipline, the report templates of each rule set, minutes,
 * decisions, and the injection of each formalism signal with its exact label.
 */
package vn.soi.corpora.write;
