/**
 * Discipline registers and rating results read row by row from CSV and spreadsheets, and the identity (normalised
 * name plus unit) used to join them with reports and minutes.
 */
package vn.soi.indexer.records;
