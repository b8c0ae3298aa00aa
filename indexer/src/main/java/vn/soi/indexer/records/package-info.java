/**
 * Tabular records: discipline registers and rating results read from .csv, .xlsx and .xls ({@link
 * vn.soi.indexer.records.RegisterReader}), their rows as {@link vn.soi.indexer.records.RegisterRecord}s, and the identity
 * of the people and collectives they name ({@link vn.soi.indexer.records.PersonKey}, {@link
 * vn.soi.indexer.records.CollectiveKey}, {@link vn.soi.indexer.records.IdentityIndex}).
 *
 * <p>Header synonyms and discipline phrases are data in {@code seeds/registers/} ({@link
 * vn.soi.indexer.records.RegisterVocabulary}).
 */
package vn.soi.indexer.records;
