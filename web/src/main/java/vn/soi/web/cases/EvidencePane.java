package vn.soi.web.cases;

import java.util.List;
import java.util.Objects;

/**
 * The evidence from one document, shown as one column of the case page.
 *
 * @param path the document's path as ingested
 * @param documentId the document's id in the index (for the link to its page), or null when it is not indexed
 * @param typeLabel the document's type in Vietnamese, or empty when not indexed
 * @param passages the document's text around (or, for pairs, with) the marked evidence
 * @param quotes quotes that could not be placed in the text: register rows, or offsets beyond the indexed text
 */
public record EvidencePane(String path, String documentId, String typeLabel, List<MarkedText.Passage> passages,
        List<String> quotes) {
    /** Validates and copies the fields. */
    public EvidencePane {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(typeLabel, "typeLabel");
        passages = List.copyOf(passages);
        quotes = List.copyOf(quotes);
    }
}
