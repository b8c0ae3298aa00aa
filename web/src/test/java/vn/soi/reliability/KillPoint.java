package vn.soi.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * When a trial kills its child: {@code delayMillis} after an event of its run ({@code after}, reached when
 * {@code event} holds), the start of the run being one.
 */
record KillPoint(String after, Event event, long delayMillis) {

    /** Something observable in a child's run: a line of output, a file appearing. */
    @FunctionalInterface
    interface Event {
        boolean reached(ChildJvm child) throws IOException;
    }

    KillPoint {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("negative kill delay after " + after + ": " + delayMillis);
        }
    }

    /** A time drawn uniformly over {@code [0, durationMillis]} after the start. */
    static KillPoint anyTime(Random random, long durationMillis) {
        return new KillPoint("start", child -> true, (long) (random.nextDouble() * durationMillis));
    }

    /** A time drawn uniformly over {@code [0, windowMillis]} after {@code event}, named {@code after}. */
    static KillPoint after(String after, Event event, Random random, long windowMillis) {
        return new KillPoint(after, event, (long) (random.nextDouble() * windowMillis));
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
        int count = random.nextInt(lines);
        if (count == 0) {
            return anyTime(random, first);
        }
        return after("line " + count, child -> child.lineCount() >= count, random, (long) (2 * interval));
    }

    /**
     * Waits for this point in the child's run (polling the event every millisecond), then kills it; returns its exit
     * status. A child that ends before the event is collected instead.
     */
    int killAt(ChildJvm child, Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        long reachedAt = 0;
        if (!after.equals("start")) {
            while (!event.reached(child) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            reachedAt = child.elapsedMillis();
        }
        long wait = reachedAt + delayMillis - child.elapsedMillis();
        if (wait > 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        }
        return child.kill();
    }

    @Override
    public String toString() {
        return after.equals("start") ? "kill at " + delayMillis + " ms"
                : "kill " + delayMillis + " ms after " + after;
    }
}
