package vn.soi.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What one benchmark run measures.
 *
 * @param mode            {@code quick} or {@code full}, recorded in the report
 * @param ingestPerFormat reports timed per format in the ingest step (after {@code ingestWarmup} more)
 * @param ingestWarmup    reports per format run before timing
 * @param analysisSizes   corpus sizes for the signal set (at least two for an exponent)
 * @param searchSizes     index sizes for the query mix (empty: no search step)
 * @param queries         queries in the mix (at least 5: one per kind)
 * @param queryWarmup     queries run before timing, at each size
 * @param seed            the generator's seed
 * @param cacheDir        where parsed corpora are cached between runs
 * @param workDir         where temporary files and indexes go (deleted afterwards)
 */
public record BenchOptions(String mode, int ingestPerFormat, int ingestWarmup, List<Integer> analysisSizes,
                           List<Integer> searchSizes, int queries, int queryWarmup, long seed, Path cacheDir,
                           Path workDir) {

    public BenchOptions {
        if (!"quick".equals(mode) && !"full".equals(mode)) {
            throw new IllegalArgumentException("mode must be quick or full, got " + mode);
        }
        if (ingestPerFormat < 1 || ingestWarmup < 0) {
            throw new IllegalArgumentException("ingest needs at least 1 timed report per format and a non-negative "
                    + "warm-up, got " + ingestPerFormat + " and " + ingestWarmup);
        }
        analysisSizes = List.copyOf(analysisSizes);
        searchSizes = List.copyOf(searchSizes);
        if (analysisSizes.isEmpty() || analysisSizes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("analysis sizes must be positive and not empty: " + analysisSizes);
        }
        if (searchSizes.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("search sizes must be positive: " + searchSizes);
        }
        if (queries < QueryMix.Kind.values().length || queryWarmup < 0) {
            throw new IllegalArgumentException("the query mix needs at least " + QueryMix.Kind.values().length
                    + " queries and a non-negative warm-up, got " + queries + " and " + queryWarmup);
        }
        if (cacheDir == null || workDir == null) {
            throw new IllegalArgumentException("cacheDir and workDir are required");
        }
    }

    /** The quick mode: small enough to finish in under two minutes on a busy two-core machine. */
    public static BenchOptions quick(Path cacheDir, Path workDir) {
        return new BenchOptions("quick", 2, 1, List.of(100, 200, 400), List.of(400), 1_000, 50, 1L,
                cacheDir, workDir);
    }

    /** The full mode of the performance issue: 10,000 to 1,000,000 documents. */
    public static BenchOptions full(Path cacheDir, Path workDir) {
        return new BenchOptions("full", 60, 5, List.of(10_000, 100_000, 1_000_000), List.of(100_000, 1_000_000),
                1_000, 200, 1L, cacheDir, workDir);
    }

    /** This run with other analysis and search sizes. */
    public BenchOptions withSizes(List<Integer> analysis, List<Integer> search) {
        return new BenchOptions(mode, ingestPerFormat, ingestWarmup, analysis, search, queries, queryWarmup, seed,
                cacheDir, workDir);
    }

    /** This run with another number of timed reports per format in the ingest step. */
    public BenchOptions withIngestPerFormat(int value) {
        return new BenchOptions(mode, value, ingestWarmup, analysisSizes, searchSizes, queries, queryWarmup, seed,
                cacheDir, workDir);
    }

    /** The largest corpus any step needs. */
    public int largestCorpus() {
        return java.util.stream.Stream.concat(analysisSizes.stream(), searchSizes.stream())
                .mapToInt(Integer::intValue).max().orElseThrow();
    }
}
