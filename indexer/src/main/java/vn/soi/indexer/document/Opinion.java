package vn.soi.indexer.document;

import java.util.Objects;

/**
 * One opinion recorded in review minutes: who spoke (as written), and the offsets {@code [start, end)} of what was
 * said. {@code answer} is true for the reviewed person's or collective's reply rather than a participant's opinion.
 */
public record Opinion(String speaker, int start, int end, boolean answer) {

    public Opinion {
        Objects.requireNonNull(speaker, "speaker");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad opinion span [" + start + ", " + end + ") for " + speaker);
        }
    }
}
