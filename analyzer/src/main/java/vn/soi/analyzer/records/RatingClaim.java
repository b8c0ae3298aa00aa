package vn.soi.analyzer.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.IdentityKey;

/**
 * A rating of a person or collective for a review year, as one source states it: a self-rating in a report, a row of
 * a rating register, or a rating decision; with the evidence that states it.
 *
 * @param position the position as written (register column or report field), empty when unknown
 * @param head     true when the source says the person is the head of the unit
 * @param aliases  other keys of the same subject when the document names several units (party cell and office):
 *                 a register may use either, so joins try every key
 */
public record RatingClaim(IdentityKey key, String name, String unit, int year, Rating rating, Source source,
                          String position, boolean head, Evidence evidence, String document,
                          DocumentType documentType, String contentHash, List<IdentityKey> aliases) {

    /** Where a rating comes from. */
    public enum Source {
        /** Tự nhận mức xếp loại in a report. */
        SELF("tự nhận"),
        /** A row of rating results. */
        REGISTER("kết quả xếp loại"),
        /** A rating decision or notice. */
        DECISION("quyết định xếp loại");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** The Vietnamese words used in explanations. */
        public String label() {
            return label;
        }
    }

    public RatingClaim {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rating, () -> "rating of " + name);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        position = position == null ? "" : position;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The key and its aliases, key first. */
    public List<IdentityKey> keys() {
        List<IdentityKey> keys = new ArrayList<>();
        keys.add(key);
        aliases.stream().filter(k -> !k.equals(key)).forEach(keys::add);
        return keys;
    }
}
