package vn.soi.analyzer.records;

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
 */
public record RatingClaim(IdentityKey key, String name, String unit, int year, Rating rating, Source source,
                          String position, boolean head, Evidence evidence, String document,
                          DocumentType documentType, String contentHash) {

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
    }
}
