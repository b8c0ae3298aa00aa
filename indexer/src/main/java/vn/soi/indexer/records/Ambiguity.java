package vn.soi.indexer.records;

import java.util.List;
import java.util.Objects;

/**
 * Evidence that one identity key covers more than one person or collective, with the records that show it. Reported for
 * a reviewer to resolve; records are never split or merged by guessing.
 */
public record Ambiguity(IdentityKey key, Reason reason, List<RegisterRecord> records) {

    /** What shows that a key covers more than one subject. */
    public enum Reason {
        /** Two rating rows for the same key and year: one person or collective is rated once a year. */
        TWO_RATINGS_SAME_YEAR("Hai kết quả xếp loại trong cùng một năm"),
        /** Rows of the same year give the same person different positions. */
        DIFFERENT_POSITIONS_SAME_YEAR("Cùng năm nhưng khác chức vụ"),
        /** Differently named collectives share one unit. */
        DIFFERENT_COLLECTIVES_SAME_UNIT("Nhiều tập thể, tổ chức khác tên trong cùng đơn vị");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        /** The Vietnamese description shown to users. */
        public String label() {
            return label;
        }
    }

    public Ambiguity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        records = List.copyOf(records);
        if (records.size() < 2) {
            throw new IllegalArgumentException("an ambiguity needs at least two records, got " + records.size()
                    + " for " + key);
        }
    }
}
