package vn.soi.web.security;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on failed sign-ins.
 *
 * @param maxFailuresPerAccount failures of one account name within the window before that name is blocked
 * @param maxFailuresPerAddress failures from one IP address within the window before that address is blocked
 * @param window how far back failures count; a block lifts when its oldest counted failure leaves the window
 */
public record ThrottlePolicy(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
    /** 5 failures per account, 20 per address, in 15 minutes. */
    public static final ThrottlePolicy DEFAULTS = new ThrottlePolicy(5, 20, Duration.ofMinutes(15));

    /** Validates the fields. */
    public ThrottlePolicy {
        if (maxFailuresPerAccount < 1) {
            throw new IllegalArgumentException("maxFailuresPerAccount must be at least 1, got " + maxFailuresPerAccount);
        }
        if (maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("maxFailuresPerAddress must be at least 1, got " + maxFailuresPerAddress);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
    }
}
