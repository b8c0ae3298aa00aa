package vn.soi.web.findings;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.index.DocumentIndex;

/**
 * Collects what must be hidden from researchers: the personal names known to the corpus (the same as the search pages
 * hide, {@link vn.soi.web.search.CorpusNames#of}: persons named in documents' fields, minutes' speakers, the persons of
 * register rows, not the collectives; plus the persons findings are about; several-syllable names also without
 * diacritics) and the documents' paths (file names often spell their author's name).
 */
public final class CorpusNames {
    /**
     * What was collected.
     *
     * @param names the personal names
     * @param paths the documents' paths as ingested
     */
    public record Collected(Set<String> names, Set<String> paths) {
        /** Copies the sets. */
        public Collected {
            names = Set.copyOf(names);
            paths = Set.copyOf(paths);
        }
    }

    private CorpusNames() {
    }

    /**
     * @param index the document index
     * @param findings the findings
     * @return every personal name and document path found
     * @throws IOException when the index cannot be read
     */
    public static Collected collect(DocumentIndex index, List<Finding> findings) throws IOException {
        Objects.requireNonNull(index, "index");
        Set<String> names = new TreeSet<>();
        Set<String> paths = new TreeSet<>();
        index.forEach(document -> {
            addNames(document, names);
            paths.add(document.provenance().path());
        });
        for (Finding finding : findings) {
            if (finding.subject().kind() == Subject.Kind.PERSON && !finding.subject().name().isBlank()) {
                names.add(finding.subject().name());
            }
            if (finding.document() != null) {
                paths.add(finding.document());
            }
            finding.evidence().forEach(evidence -> paths.add(evidence.document()));
        }
        return new Collected(vn.soi.web.search.CorpusNames.withUnaccented(names), paths);
    }

    private static void addNames(ParsedDocument document, Set<String> names) {
        names.addAll(vn.soi.web.search.CorpusNames.of(document));
    }
}
