/**
 * Findings: what a signal reports (the contract's shape), their stable keys, and the store that replaces a run's
 * findings atomically.
 */
package vn.soi.analyzer.finding;
