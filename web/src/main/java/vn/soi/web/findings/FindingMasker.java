package vn.soi.web.findings;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.web.pseudonym.NameReplacer;
import vn.soi.web.pseudonym.Pseudonymizer;

/**
 * What a researcher may see of a finding: every known personal name (in the subject, the quotes, the explanation and
 * the measures) replaced by its stable pseudonym, and every document path (which often spells the author's name),
 * as a field or inside a text, replaced by {@code "tài liệu ID"} with the document's id. Other readers see findings unchanged ({@link #NONE}).
 */
public final class FindingMasker {
    /** Shows findings unchanged. */
    public static final FindingMasker NONE = new FindingMasker(null, null, null);
    private static final String DOCUMENT_PREFIX = "tài liệu ";

    private final Pseudonymizer pseudonymizer;
    private final NameReplacer names;
    private final Pattern paths;

    private FindingMasker(Pseudonymizer pseudonymizer, NameReplacer names, Pattern paths) {
        this.pseudonymizer = pseudonymizer;
        this.names = names;
        this.paths = paths;
    }

    /**
     * @param pseudonymizer the server's pseudonyms
     * @param names the personal names to hide
     * @param paths the document paths to hide
     * @return a masker for researchers
     */
    public static FindingMasker pseudonymising(Pseudonymizer pseudonymizer, Set<String> names, Set<String> paths) {
        Objects.requireNonNull(pseudonymizer, "pseudonymizer");
        String alternatives = paths.stream().filter(path -> path != null && !path.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return new FindingMasker(pseudonymizer, pseudonymizer.replacerFor(names),
                alternatives.isEmpty() ? null : Pattern.compile(alternatives));
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
        finding.measures().forEach((name, value) -> measures.put(name, measure(value)));
        return new Finding(finding.key(), finding.signal(), finding.severity(), finding.score(),
                document(finding.document()), finding.documentType(),
                new Subject(subject.kind(), subjectName, subject.unit(), subject.year()),
                finding.evidence().stream().map(e -> new Evidence(document(e.document()), text(e.quote()), e.start(),
                        e.end())).toList(),
                measures, text(finding.explanation()), finding.rule());
    }

    /**
     * Masks a measure's value: a text, or texts nested in lists and maps (a signal may list the people it found, such
     * as the disciplined members of a leadership).
     */
    private Object measure(Object value) {
        if (value instanceof String s) {
            return text(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::measure).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> masked = new LinkedHashMap<>();
            map.forEach((key, item) -> masked.put(key instanceof String s ? text(s) : key, measure(item)));
            return masked;
        }
        return value;
    }

    /**
     * @param text a text (a note, a quote)
     * @return the text with every known personal name replaced, when masking
     */
    public String text(String text) {
        if (text == null || !masks()) {
            return text;
        }
        String withoutPaths = paths == null ? text
                : paths.matcher(text).replaceAll(match -> Matcher.quoteReplacement(document(match.group())));
        return names.replace(withoutPaths);
    }

    /**
     * @param path a document path as ingested
     * @return the path, or {@code "tài liệu ID"} when masking
     */
    public String document(String path) {
        return path == null || !masks() ? path : DOCUMENT_PREFIX + ContentHash.documentId(path);
    }
}
