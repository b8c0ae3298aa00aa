package vn.soi.analyzer.corpus;

import java.util.Optional;

import vn.soi.analyzer.records.RecordReader;
import vn.soi.analyzer.records.ReviewFacts;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.records.IdentityKey;

/** What a corpus signal keeps to name a document in a finding: path, content hash, type, subject, unit, year. */
record DocumentRef(String path, String contentHash, DocumentType type, String subjectKey, String subject, String unit,
                   Integer year) {

    static DocumentRef of(ParsedDocument document) {
        Optional<IdentityKey> key = RecordReader.subjectKey(document);
        return new DocumentRef(ReviewFacts.path(document), document.provenance().contentHash(), document.type(),
                key.map(Object::toString).orElse(null), RecordReader.subjectName(document),
                ReviewFacts.unit(document).orElse(""), ReviewFacts.year(document).orElse(null));
    }

    /** The subject's name for explanations, or the path when the report does not say whose it is. */
    String who() {
        return subject.isBlank() ? path : subject;
    }
}
