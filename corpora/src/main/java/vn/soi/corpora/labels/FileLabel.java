package vn.soi.corpora.labels;

import java.util.List;
import java.util.Objects;
import vn.soi.indexer.document.DocumentType;

/**
 * One entry of {@code files} in {@code labels.json}.
 *
 * @param type   the intended document type
 * @param person the writer of an individual report, or null
 * @param unit   the party cell (collective) name
 * @param year   the review year
 * @param expect signals that must be found on this file
 * @param forbid signals that must not be found on this file
 * @param why    one line for the reader
 */
public record FileLabel(DocumentType type, String person, String unit, int year, List<String> expect,
                        List<String> forbid, String why) {
    public FileLabel {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        expect = List.copyOf(expect);
        forbid = List.copyOf(forbid);
        for (String e : expect) {
            if (forbid.contains(e)) {
                throw new IllegalArgumentException("signal " + e + " both expected and forbidden: " + why);
            }
        }
        why = why == null ? "" : why;
    }
}
