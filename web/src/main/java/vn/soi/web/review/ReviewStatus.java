package vn.soi.web.review;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where the review of a finding stands. A finding nobody has decided on is {@link #OPEN}. */
public enum ReviewStatus {
    /** Not yet decided, or reopened. */
    OPEN("open", "Chưa xem xét"),
    /** The finding is a real problem. */
    CONFIRMED("confirmed", "Xác nhận có vấn đề"),
    /** The finding is not a problem. */
    DISMISSED("dismissed", "Bác bỏ"),
    /** Needs more checking. */
    FOLLOW_UP("follow-up", "Cần theo dõi thêm");

    private final String code;
    private final String label;

    ReviewStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the stable code used in the database and the API */
    public String code() {
        return code;
    }

    /** @return the Vietnamese name shown to users */
    public String label() {
        return label;
    }

    /**
     * @param code a status code such as {@code follow-up}
     * @return the status
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static ReviewStatus fromCode(String code) {
        for (ReviewStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown review status '" + code + "'; expected one of "
                + Arrays.stream(values()).map(ReviewStatus::code).collect(Collectors.joining(", ")));
    }
}
