package vn.soi.web.account;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What an account may do. Routes declare the roles allowed to use them. */
public enum Role implements RouteRole {
    /** Manages accounts and reads the audit log. */
    ADMIN("admin", "Quản trị viên"),
    /** Inspection committee: searches and reads every document and finding. */
    INSPECTOR("inspector", "Cán bộ kiểm tra"),
    /** Organization board: reviews flagged cases and records decisions. */
    BOARD("board", "Ban tổ chức"),
    /** Researcher: search, statistics and export, with every personal name pseudonymised. */
    RESEARCHER("researcher", "Nghiên cứu viên");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the stable lower-case code used on the command line, in the database and in the API */
    public String code() {
        return code;
    }

    /** @return the Vietnamese name shown to users */
    public String label() {
        return label;
    }

    /**
     * @param code a role code such as {@code inspector}
     * @return the role
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; expected one of "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
