package vn.soi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(ThrottlePolicy.DEFAULTS, clock);

    @Test
    void blocks_an_account_after_five_failures_until_the_window_passes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Lan", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Optional.empty(), throttle.blockedFor("lan", "10.0.0.9"));
        throttle.failed("lan", "10.0.0.5");
        assertEquals(Optional.of(Duration.ofMinutes(11)), throttle.blockedFor("LAN", "10.0.0.9"),
                "blocked until the first failure is 15 minutes old, whatever the address");
        clock.advance(Duration.ofMinutes(11));
        assertEquals(Optional.empty(), throttle.blockedFor("lan", "10.0.0.9"));
    }

    @Test
    void blocks_an_address_after_twenty_failures_on_any_accounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("người-" + i, "10.0.0.1");
        }
        assertTrue(throttle.blockedFor("người-mới", "10.0.0.1").isPresent());
        assertTrue(throttle.blockedFor("người-mới", "10.0.0.2").isEmpty());
    }

    @Test
    void a_successful_sign_in_clears_the_account_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        throttle.succeeded("lan");
        throttle.failed("lan", "10.0.0.1");
        assertTrue(throttle.blockedFor("lan", "10.0.0.1").isEmpty());
    }

    @Test
    void policy_rejects_nonsense_limits() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(0, 1, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(1, 1, Duration.ZERO));
    }
}
