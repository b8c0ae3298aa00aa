package vn.soi.web.findings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.web.pseudonym.NameReplacer;
import vn.soi.web.pseudonym.Pseudonymizer;

/**
 * What a researcher may see of a finding: every known personal name (in the subject, the quotes, the explanation and
 * the measures) replaced by its stable pseudonym, and every document path (which often spells the author's name)
 * replaced by {@code "tài liệu ID"} with the document's id. Other readers see findings unchanged ({@link #NONE}).
 */
public final class FindingMasker {
    /** Shows findings unchanged. */
    public static final FindingMasker NONE = new FindingMasker(null, null);
    private static final String DOCUMENT_PREFIX = "tài liệu ";

    private final Pseudonymizer pseudonymizer;
    private final NameReplacer names;

    private FindingMasker(Pseudonymizer pseudonymizer, NameReplacer names) {
        this.pseudonymizer = pseudonymizer;
        this.names = names;
    }

    /**
     * @param pseudonymizer the server's pseudonyms
     * @param personNames the personal names to hide (see {@link CorpusNames})
     * @return a masker for researchers
     */
    public static FindingMasker pseudonymising(Pseudonymizer pseudonymizer, java.util.Collection<String> personNames) {
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        return new FindingMasker(pseudonymizer, pseudonymizer.replacerFor(personNames));
    }

    /** @return whether this masker changes findings */
    public boolean masks() {
        return names != null;
    }

    /**
     * @param finding a finding
     * @return the finding as the reader may see it
     */
    public Finding mask(Finding finding) {
        if (!masks()) {
            return finding;
        }
        Subject subject = finding.subject();
        String subjectName = subject.kind() == Subject.Kind.PERSON && !subject.name().isBlank()
                ? pseudonymizer.pseudonym(subject.name())
                : text(subject.name());
        Map<String, Object> measures = new LinkedHashMap<>();
        finding.measures().forEach((name, value) -> measures.put(name, value instanceof String s ? text(s) : value));
        return new Finding(finding.key(), finding.signal(), finding.severity(), finding.score(),
                document(finding.document()), finding.documentType(),
                new Subject(subject.kind(), subjectName, subject.unit(), subject.year()),
                finding.evidence().stream().map(e -> new Evidence(document(e.document()), text(e.quote()), e.start(),
                        e.end())).toList(),
                measures, text(finding.explanation()), finding.rule());
    }

    /** @return a function giving each text as the reader may see it */
    public UnaryOperator<String> texts() {
        return this::text;
    }

    /**
     * @param text a text (a note, a quote)
     * @return the text with every known personal name replaced, when masking
     */
    public String text(String text) {
        return text == null || !masks() ? text : names.replace(text);
    }

    /**
     * @param path a document path as ingested
     * @return the path, or {@code "tài liệu ID"} when masking
     */
    public String document(String path) {
        return path == null || !masks() ? path : DOCUMENT_PREFIX + ContentHash.documentId(path);
    }
}
