package vn.soi.indexer.nlp.entity;

import java.util.Objects;

/**
 * What a position is, as data from {@code seeds/lexicons/positions.tsv}: a party or government post, and its
 * leadership level.
 */
public record PositionRole(Side side, Level level) {

    /** Chức vụ đảng or chính quyền (with agencies, units and mass organisations). */
    public enum Side { PARTY, GOVERNMENT }

    /** Người đứng đầu, cấp phó, member of a leadership collective, or no leading post. */
    public enum Level { HEAD, DEPUTY, LEADERSHIP, STAFF }

    public PositionRole {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(level, "level");
    }

    /** True for a head, a deputy or a member of a leadership collective. */
    public boolean leads() {
        return level != Level.STAFF;
    }
}
