package vn.soi.web.document;

import java.util.List;
import java.util.Objects;

/**
 * What the document page shows; names already pseudonymised for researchers.
 *
 * @param id the document id
 * @param title the title
 * @param typeLabel the document type in Vietnamese
 * @param confidence the classifier's confidence, in percent
 * @param cues what decided the type
 * @param originalHref the original file's download address, or null (researchers; original missing)
 * @param hasHit whether the page opened at a search hit's passage
 * @param namesHidden whether personal names are pseudonymised
 * @param parts the outlined text
 * @param fields the extracted fields
 * @param provenance where the document came from, as label and value
 * @param opinions the opinions of minutes
 * @param register the register rows, or null for a document without rows
 * @param findings the findings about the document
 * @param warnings what the parser noted
 */
public record DocumentPage(String id, String title, String typeLabel, long confidence, List<String> cues,
        String originalHref, boolean hasHit, boolean namesHidden, List<DocumentPart> parts, List<Row> fields,
        List<Row> provenance, List<OpinionView> opinions, Table register, List<FindingView> findings,
        List<String> warnings) {
    /** Validates the fields. */
    public DocumentPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        cues = List.copyOf(cues);
        parts = List.copyOf(parts);
        fields = List.copyOf(fields);
        provenance = List.copyOf(provenance);
        opinions = List.copyOf(opinions);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /**
     * A label and a value.
     *
     * @param label the Vietnamese label
     * @param value the value as shown
     */
    public record Row(String label, String value) {
    }

    /**
     * An opinion of minutes.
     *
     * @param speaker who spoke
     * @param answer whether it is the reviewed side's answer
     * @param text what was said
     */
    public record OpinionView(String speaker, boolean answer, String text) {
    }

    /**
     * A table of register rows.
     *
     * @param headers the column headers
     * @param rows the cells of each row
     */
    public record Table(List<String> headers, List<List<String>> rows) {
        /** Copies the lists. */
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A finding about the document.
     *
     * @param key the finding's stable key
     * @param signal the signal id
     * @param severity low, medium or high
     * @param severityLabel the severity in Vietnamese
     * @param score the score, two decimals
     * @param subject whom it is about
     * @param explanation why it was raised
     * @param rule the rule or source
     * @param evidence its evidence
     */
    public record FindingView(String key, String signal, String severity, String severityLabel, String score,
            String subject, String explanation, String rule, List<EvidenceView> evidence) {
    }

    /**
     * One piece of evidence.
     *
     * @param quote the quote (or the register row)
     * @param href where it is highlighted (in this page or in another document), or null (a register row, or a
     *     document no longer indexed)
     * @param here whether it is in this document
     * @param row whether it is a register row rather than a quote with offsets
     */
    public record EvidenceView(String quote, String href, boolean here, boolean row) {
    }
}
