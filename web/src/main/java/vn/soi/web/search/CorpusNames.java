package vn.soi.web.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.SegmentInfos;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.records.RegisterRecord;

/**
 * Every personal name the index knows (extracted persons, chairs, secretaries, subjects, superiors' representatives,
 * minutes' speakers, the people of register rows), for hiding them from researchers. Gathered by one pass over the
 * index and kept until the index's next commit. Multi-syllable names are also hidden when written without
 * diacritics ("Nguyen Van An"), as legacy files and typed copies often are. Thread-safe.
 */
public final class CorpusNames {
    private static final Set<FieldName> NAME_FIELDS = Set.of(FieldName.PERSON, FieldName.CHAIR, FieldName.SECRETARY,
            FieldName.SUBJECT, FieldName.SUPERIOR_REPRESENTATIVE);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final DocumentIndex index;
    private long generation = -2;
    private Set<String> names = Set.of();

    /** @param index the document index */
    public CorpusNames(DocumentIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * @return the names of the index as last committed
     * @throws IOException when the index cannot be read
     */
    public synchronized Set<String> names() throws IOException {
        String[] files = index.location().toFile().list();
        long current = files == null ? -1 : SegmentInfos.getLastCommitGeneration(files);
        if (current != generation) {
            Set<String> gathered = new LinkedHashSet<>();
            index.forEach(document -> gathered.addAll(of(document)));
            names = Set.copyOf(withUnaccented(gathered));
            generation = current;
        }
        return names;
    }

    /**
     * @param document a document
     * @return the personal names it names in its fields, opinions and (non-collective) register rows
     */
    public static Set<String> of(ParsedDocument document) {
        Set<String> found = new LinkedHashSet<>();
        document.fields().stream().filter(field -> NAME_FIELDS.contains(field.name()))
                .forEach(field -> found.add(field.value()));
        document.opinions().stream().map(Opinion::speaker).forEach(found::add);
        document.records().stream().filter(row -> !row.collective()).map(RegisterRecord::subject)
                .forEach(found::add);
        found.removeIf(String::isBlank);
        return found;
    }

    /**
     * @param names personal names
     * @return the names, plus each multi-syllable name without diacritics
     */
    public static Set<String> withUnaccented(Collection<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            String clean = name.strip();
            all.add(clean);
            if (clean.contains(" ")) {
                all.add(unaccented(clean));
            }
        }
        return all;
    }

    private static String unaccented(String name) {
        String stripped = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D');
    }
}
