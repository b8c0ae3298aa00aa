package vn.soi.reliability;

import java.util.Random;

/**
 * How many crash trials to run and with which random seed, from system properties: {@code soi.crash.trials}
 * (default {@value #DEFAULT_TRIALS}, the fast CI setting) and {@code soi.crash.seed} (default: a fresh one). The seed
 * is printed, and the same seed with the same trial count draws the same kill points again.
 */
record CrashTrials(int count, long seed) {

    /** Trials per kind when {@code soi.crash.trials} is not set. */
    static final int DEFAULT_TRIALS = 3;

    CrashTrials {
        if (count < 1) {
            throw new IllegalArgumentException("soi.crash.trials must be at least 1: " + count);
        }
    }

    /** The settings of this run. */
    static CrashTrials fromSystemProperties() {
        int count = Integer.getInteger("soi.crash.trials", DEFAULT_TRIALS);
        Long seed = Long.getLong("soi.crash.seed");
        return new CrashTrials(count, seed == null ? new Random().nextLong() : seed);
    }

    /** The random source of one kind of trial; printing how to replay it. */
    Random random(String kind) {
        System.out.printf("[crash] %s: %d trials, seed %d (replay: -Dsoi.crash.seed=%d -Dsoi.crash.trials=%d)%n",
                kind, count, seed, seed, count);
        return new Random(seed ^ kind.hashCode());
    }
}
