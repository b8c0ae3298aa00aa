package vn.soi.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts failed sign-ins per account name and per IP address in a sliding window, and blocks further attempts once a
 * limit is reached. Kept in memory: a restart clears it. Thread-safe.
 */
public final class SignInThrottle {
    private final ThrottlePolicy policy;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    /**
     * @param policy the limits
     * @param clock the clock
     */
    public SignInThrottle(ThrottlePolicy policy, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param accountName the name being tried
     * @param address the client's IP address
     * @return how long the caller must wait, when either the name or the address is blocked
     */
    public synchronized Optional<Duration> blockedFor(String accountName, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(accountKey(accountName), policy.maxFailuresPerAccount(), now),
                waitFor(addressKey(address), policy.maxFailuresPerAddress(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /**
     * Counts a failed sign-in.
     *
     * @param accountName the name that was tried
     * @param address the client's IP address
     */
    public synchronized void failed(String accountName, String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        failures.computeIfAbsent(accountKey(accountName), key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), key -> new ArrayDeque<>()).addLast(now);
    }

    /**
     * Clears the failures of an account name after a successful sign-in (the address keeps its count).
     *
     * @param accountName the name that signed in
     */
    public synchronized void succeeded(String accountName) {
        failures.remove(accountKey(accountName));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        prune(times, now);
        if (times.size() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, times.peekFirst().plus(policy.window()));
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(policy.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    /** Keeps memory bounded by the failures of one window. */
    private void forgetExpired(Instant now) {
        failures.values().removeIf(times -> {
            prune(times, now);
            return times.isEmpty();
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String accountName) {
        return "account:" + (accountName == null ? "" : accountName.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
