package vn.soi.analyzer.records;

import java.util.List;

/**
 * Reads positions as written ("Phó Bí thư chi bộ", "Trưởng phòng") against the lexicons of heads and leadership
 * members in {@code seeds/signals/records/}. Matching ignores case and diacritics.
 */
public final class Positions {

    private final List<String> heads;
    private final List<String> leadership;

    /** From lexicon entries: positions that name a head, and positions that name a leadership member. */
    public Positions(List<String> heads, List<String> leadership) {
        this.heads = heads.stream().map(Fold::ascii).toList();
        this.leadership = leadership.stream().map(Fold::ascii).toList();
    }

    /** True when the position names the head of the unit: it starts with a head's title and not with "phó". */
    public boolean isHead(String position) {
        String folded = Fold.ascii(position);
        return !folded.startsWith("pho ") && heads.stream().anyMatch(h -> folded.startsWith(h));
    }

    /** True when the position makes the person a member of the unit's leadership collective. */
    public boolean isLeadership(String position) {
        String folded = " " + Fold.ascii(position) + " ";
        return leadership.stream().anyMatch(l -> folded.contains(" " + l + " "));
    }
}
