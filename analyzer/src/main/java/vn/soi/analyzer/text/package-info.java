/**
 * Text measures shared by the signals: tokens (syllables with their offsets), sentences, phrase lexicons matched on
 * whole syllables, and the classification of number tokens (result figures versus dates, years and references). All
 * offsets point into the document's normalised text, so a measure's evidence can be quoted and highlighted.
 */
package vn.soi.analyzer.text;
