package vn.soi.corpora.world;

/**
 * A person's membership of a cell in one year.
 *
 * @param person     the person
 * @param role       head, deputy or staff
 * @param partyPost  "Bí thư Chi bộ", "Phó Bí thư Chi bộ", "Chi ủy viên" or "Đảng viên"
 * @param jobTitle   the post in the organisation
 * @param secondPost a concurrent post ("kiêm ..."), or empty
 * @param movedIn    true when the person moved in from another cell this year or earlier
 */
public record Member(Person person, Role role, String partyPost, String jobTitle, String secondPost,
                     boolean movedIn) {

    /** The full position line, e.g. "Bí thư Chi bộ, Trưởng phòng, kiêm Chủ tịch Công đoàn cơ sở". */
    public String position() {
        StringBuilder b = new StringBuilder();
        if (!partyPost.equals("Đảng viên")) {
            b.append(partyPost).append(", ");
        }
        b.append(jobTitle);
        if (!secondPost.isEmpty()) {
            b.append(", ").append(secondPost);
        }
        return b.toString();
    }

    /** The person's name. */
    public String name() {
        return person.name();
    }

    /** True for heads, deputies and cell committee members: they write the leader's template with part V. */
    public boolean isLeader() {
        return role.isLeader() || inLeadership();
    }

    /**
     * True when the position holds a word that a reader may take for a leading post ("trưởng", "chủ tịch", "bí thư",
     * "giám đốc"); for such staff, the absence of a responsibility part is left unscored.
     */
    public boolean looksLikeLeader() {
        String p = position().toLowerCase(java.util.Locale.ROOT);
        return p.contains("trưởng") || p.contains("chủ tịch") || p.contains("bí thư") || p.contains("giám đốc");
    }

    /** True for members of the cell committee (chi ủy): the leadership collective. */
    public boolean inLeadership() {
        return !partyPost.equals("Đảng viên");
    }
}
