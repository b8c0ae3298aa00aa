package vn.soi.reliability;

import vn.soi.web.review.ReviewStatus;

/**
 * The review decisions the review crash trial records, numbered: decision {@code n} is fully determined by {@code n},
 * and its note starts with the number, so any row found in the database can be checked field by field.
 */
record ReviewScript(long sequence, String findingKey, ReviewStatus status, String note, String decidedBy) {

    /** Distinct finding keys the decisions go to, so each key gets a history of several decisions. */
    static final int KEYS = 7;

    private static final String NOTE_PREFIX = "Quyết định số ";
    private static final String[] REVIEWERS = {"tham-tra-vien-hoa", "uy-vien-thuy", "pho-chu-nhiem-loc"};

    /** The decision numbered {@code sequence}. */
    static ReviewScript decision(long sequence) {
        ReviewStatus[] statuses = ReviewStatus.values();
        String note = NOTE_PREFIX + sequence + ": đã đối chiếu biên bản và bản kiểm điểm; "
                + "ý kiến của đồng chí ủy viên được ghi nhận đầy đủ.".repeat(1 + (int) (sequence % 4));
        return new ReviewScript(sequence, "praise_heavy-" + String.format("%020x", sequence % KEYS),
                statuses[(int) (sequence % statuses.length)], note, REVIEWERS[(int) (sequence % REVIEWERS.length)]);
    }

    /** The number of the decision a stored note belongs to. */
    static long sequenceOf(String note) {
        if (!note.startsWith(NOTE_PREFIX)) {
            throw new IllegalArgumentException("not a note of the review script: " + note);
        }
        return Long.parseLong(note.substring(NOTE_PREFIX.length(), note.indexOf(':')));
    }
}
