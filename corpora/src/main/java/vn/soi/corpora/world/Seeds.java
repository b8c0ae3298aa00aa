package vn.soi.corpora.world;

import java.util.SplittableRandom;

/** Derives independent, stable random streams from the corpus seed and a path of integers. */
public final class Seeds {

    private Seeds() {
    }

    /** A generator for (seed, parts...): the same inputs always give the same stream. */
    public static SplittableRandom rng(long seed, long... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : parts) {
            h = mix(h ^ mix(p + 0x632BE59BD9B4E019L));
        }
        return new SplittableRandom(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
