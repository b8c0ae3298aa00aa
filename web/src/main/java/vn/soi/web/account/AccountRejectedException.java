package vn.soi.web.account;

/**
 * An account could not be created: bad name, weak password, or the name is taken. The message is Vietnamese and meant
 * for the person who asked (on the admin page or the command line).
 */
public final class AccountRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the reason, in Vietnamese */
    public AccountRejectedException(String message) {
        super(message);
    }
}
