package vn.soi.analyzer.corpus;

import java.util.Optional;

import vn.soi.analyzer.records.RecordReader;
import vn.soi.analyzer.records.ReviewFacts;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.records.IdentityKey;

/**
 * What a corpus signal keeps to name a document in a finding: path, content hash, type, subject, unit, year; the
 * subject's identity key only as a 64-bit hash (equality is all the signals ask of it), to save heap per report.
 */
record DocumentRef(String path, String contentHash, DocumentType type, Long subjectKey, String subject, String unit,
                   Integer year) {

    static DocumentRef of(ParsedDocument document) {
        Optional<IdentityKey> key = RecordReader.subjectKey(document);
        return new DocumentRef(ReviewFacts.path(document), document.provenance().contentHash(), document.type(),
                key.map(k -> hash(k.toString())).orElse(null), RecordReader.subjectName(document),
                ReviewFacts.unit(document).orElse(""), ReviewFacts.year(document).orElse(null));
    }

    private static long hash(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return Hashes.mix64(h);
    }

    /** The subject's name for explanations, or the path when the report does not say whose it is. */
    String who() {
        return subject.isBlank() ? path : subject;
    }
}
