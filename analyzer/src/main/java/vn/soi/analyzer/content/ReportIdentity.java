package vn.soi.analyzer.content;

import java.util.Objects;

import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;

/**
 * What a finding needs to name a report, kept instead of the whole document by signals that judge at the end of the
 * run, so memory grows with the number of reports, not with their text.
 */
record ReportIdentity(String path, DocumentType type, String contentHash, Subject subject) {

    ReportIdentity {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, () -> "type of " + path);
        Objects.requireNonNull(contentHash, () -> "content hash of " + path);
        Objects.requireNonNull(subject, () -> "subject of " + path);
    }

    static ReportIdentity of(ParsedDocument document) {
        return new ReportIdentity(document.provenance().path(), document.type(), document.provenance().contentHash(),
                ContentFindings.subject(document));
    }
}
