package vn.soi.reliability;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * When a trial kills its child: {@code delayMillis} after the child's {@code afterLines}-th line of output, or, with
 * {@code afterLines} 0, {@code delayMillis} after its start.
 */
record KillPoint(int afterLines, long delayMillis) {

    KillPoint {
        if (afterLines < 0 || delayMillis < 0) {
            throw new IllegalArgumentException("bad kill point: " + afterLines + " lines, " + delayMillis + " ms");
        }
    }

    /** A time drawn uniformly over {@code [0, durationMillis]} after the start. */
    static KillPoint anyTime(Random random, long durationMillis) {
        return new KillPoint(0, (long) (random.nextDouble() * durationMillis));
    }

    /**
     * A point drawn among the acknowledgements of a child that prints one line per finished operation, given the
     * line arrival times of one uninterrupted run: after a uniformly drawn number of lines (0 to all but the last),
     * then a delay drawn over twice the mean time between lines, or, before the first line, over the start-up time.
     * Kill points thus fall between and inside the operations, and some during start-up.
     */
    static KillPoint amongAcknowledgements(Random random, List<Long> calibrationArrivals) {
        int lines = calibrationArrivals.size();
        if (lines < 2) {
            throw new IllegalArgumentException("need at least 2 lines to calibrate, got " + lines);
        }
        long first = calibrationArrivals.get(0);
        double interval = (calibrationArrivals.get(lines - 1) - first) / (double) (lines - 1);
        int after = random.nextInt(lines);
        long delay = after == 0 ? (long) (random.nextDouble() * first) : (long) (random.nextDouble() * 2 * interval);
        return new KillPoint(after, delay);
    }

    /** Waits for this point in the child's run, then kills it; returns its exit status. */
    int killAt(ChildJvm child, Duration limit) throws InterruptedException {
        if (afterLines > 0) {
            child.awaitLines(afterLines, limit);
            Thread.sleep(delayMillis);
        } else {
            long wait = delayMillis - child.elapsedMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        return child.kill();
    }

    @Override
    public String toString() {
        return afterLines == 0 ? "kill at " + delayMillis + " ms"
                : "kill " + delayMillis + " ms after line " + afterLines;
    }
}
