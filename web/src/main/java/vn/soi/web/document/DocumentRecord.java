package vn.soi.web.document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.web.search.NameMask;

/**
 * The answer of {@code GET /api/documents/{id}}. For researchers personal names are pseudonymised, the ingested path
 * is withheld (file names often carry names) and offsets are null (their text is not the indexed one).
 *
 * @param id the document id
 * @param document the ingested path, or null when withheld
 * @param title the title
 * @param documentType the type name
 * @param documentTypeLabel the type in Vietnamese
 * @param confidence the classifier's confidence (0 to 1)
 * @param cues what decided the type
 * @param fields the extracted fields
 * @param parts the outlined parts, each with its text
 * @param text the normalised text
 * @param opinions the opinions of minutes
 * @param records the register rows, as column to value
 * @param provenance where the document came from
 * @param findings the findings about the document
 */
public record DocumentRecord(String id, String document, String title, String documentType, String documentTypeLabel,
        double confidence, List<String> cues, List<DocumentPage.Row> fields, List<Part> parts, String text,
        List<DocumentPage.OpinionView> opinions, List<Map<String, String>> records, ProvenanceView provenance,
        List<FindingRecord> findings) {

    /**
     * One part.
     *
     * @param kind the section kind name (null for text outside recognised parts)
     * @param label the kind in Vietnamese
     * @param heading the heading as written
     * @param start its start in the normalised text (null for researchers)
     * @param end its end (null for researchers)
     * @param text its text
     */
    public record Part(String kind, String label, String heading, Integer start, Integer end, String text) {
    }

    /**
     * Where the document came from.
     *
     * @param path the ingested path, or null when withheld
     * @param contentHash SHA-256 of the original
     * @param size bytes
     * @param mediaType the detected media type
     * @param parser the parser that read it
     * @param ocr whether OCR ran
     * @param normalisation the normalisation steps applied
     * @param ingestedAt when it was ingested
     */
    public record ProvenanceView(String path, String contentHash, long size, String mediaType, String parser,
            boolean ocr, List<String> normalisation, Instant ingestedAt) {
    }

    /**
     * A finding about the document.
     *
     * @param key its stable key
     * @param signal the signal id
     * @param severity low, medium or high
     * @param score in [0,1]
     * @param subject whom it is about (pseudonym for a person, for researchers)
     * @param explanation why it was raised
     * @param rule the rule or source
     * @param evidence the quotes with their offsets (offsets null for researchers and register rows)
     */
    public record FindingRecord(String key, String signal, String severity, double score, String subject,
            String explanation, String rule, List<EvidenceRecord> evidence) {
    }

    /**
     * One piece of evidence.
     *
     * @param document the document path, or null when withheld
     * @param quote the quote
     * @param start its start, or null
     * @param end its end, or null
     */
    public record EvidenceRecord(String document, String quote, Integer start, Integer end) {
    }

    static DocumentRecord of(ParsedDocument document, String title, List<DocumentPage.Row> fields,
            List<Finding> findings, NameMask mask) {
        boolean hide = mask.hides();
        String text = document.text();
        List<Part> parts = document.sections().stream()
                .map(section -> new Part(section.kind().name(), section.kind().label(), mask.text(section.heading()),
                        hide ? null : section.start(), hide ? null : section.end(),
                        mask.text(section.textIn(text))))
                .toList();
        List<DocumentPage.OpinionView> opinions = document.opinions().stream()
                .map(opinion -> new DocumentPage.OpinionView(mask.text(opinion.speaker()), opinion.answer(),
                        mask.text(text.substring(Math.min(opinion.start(), text.length()),
                                Math.min(opinion.end(), text.length())))))
                .toList();
        DocumentPage.Table table = DocumentController.register(document.records(), mask);
        List<Map<String, String>> records = table == null ? List.of() : table.rows().stream()
                .map(row -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.put(table.headers().get(i), row.get(i));
                    }
                    return cells;
                })
                .toList();
        Provenance p = document.provenance();
        ProvenanceView provenance = new ProvenanceView(hide ? null : p.path(), p.contentHash(), p.size(),
                p.mediaType(), p.parser(), p.ocr(), p.normalisation(), p.ingestedAt());
        List<FindingRecord> findingRecords = findings.stream()
                .map(finding -> new FindingRecord(finding.key(), finding.signal().name(), finding.severity().json(),
                        finding.score(),
                        finding.subject().kind() == Subject.Kind.PERSON
                                ? mask.name(finding.subject().name()) : mask.text(finding.subject().name()),
                        mask.text(finding.explanation()), finding.rule(),
                        finding.evidence().stream()
                                .map(e -> new EvidenceRecord(hide ? null : e.document(), mask.text(e.quote()),
                                        hide ? null : e.start(), hide ? null : e.end()))
                                .toList()))
                .toList();
        return new DocumentRecord(document.id(), hide ? null : p.path(), title, document.type().name(),
                document.type().label(), document.classification().confidence(),
                document.classification().cues().stream().map(mask::text).toList(), fields, parts, mask.text(text),
                opinions, records, provenance, findingRecords);
    }
}
