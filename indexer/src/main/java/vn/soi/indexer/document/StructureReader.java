package vn.soi.indexer.document;

/**
 * Reads the parts and fields of one kind of document from its normalised text (NFC, canonical tone marks, 'Đ'):
 * reports ({@link ReportReader}), minutes ({@link MinutesReader}) and decisions ({@link DecisionReader}).
 * Implementations are immutable and safe to share between threads.
 */
public sealed interface StructureReader permits ReportReader, MinutesReader, DecisionReader {

    /** The fields, parts, opinions and warnings of {@code text}; offsets point into {@code text}. */
    DocumentStructure read(String text);
}
