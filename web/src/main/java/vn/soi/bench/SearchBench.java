package vn.soi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.index.QuerySyntaxException;
import vn.soi.indexer.index.SearchService;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * Search latency at growing index sizes: the cached parsed corpus is indexed once through {@link DocumentIndex} (with
 * the word segmenter when one is configured, and one upsert thread per core, as ingest does); at each size the index
 * is committed, its size on disk measured, and the query mix run single-threaded after a warm-up, each query timed
 * from request to highlighted result, in elapsed time (the latency a user sees) and in CPU time of the searching
 * thread (the latency on an idle machine, since a search runs on the calling thread).
 */
public final class SearchBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Optional<WordSegmenter> words;

    public SearchBench(Optional<WordSegmenter> words) {
        this.words = words;
    }

    /** Latency percentiles in milliseconds. */
    public record Latency(double p50, double p95, double p99, double max) {
        static Latency of(double[] millis) {
            return new Latency(Statistics.percentile(millis, 50), Statistics.percentile(millis, 95),
                    Statistics.percentile(millis, 99), Statistics.percentile(millis, 100));
        }
    }

    /** The figures at one index size. */
    public record SizeResult(int documents, int queries, Latency all, Latency allCpu,
                             Map<QueryMix.Kind, Latency> byKind, long indexBytes, double bytesPerDocument,
                             long totalHits) {
    }

    /**
     * The whole step, with the rate of the index build (reading the cache, upserts on {@code indexingThreads}
     * threads, commits).
     */
    public record Result(List<SizeResult> sizes, int indexingThreads, double indexingDocumentsPerSecond,
                         long peakHeapBytes) {
    }

    /**
     * Indexes the first documents of {@code corpus} into a fresh index under {@code workDir} and measures the mix at
     * each size.
     *
     * @throws IOException when the index cannot be written
     */
    public Result run(ParsedCorpus corpus, List<Integer> sizes, List<QueryMix.Query> mix, int warmup, Path workDir)
            throws IOException {
        List<Integer> ascending = sizes.stream().distinct().sorted().toList();
        int largest = ascending.get(ascending.size() - 1);
        Path dir = Files.createTempDirectory(workDir, "search-index");
        PeakHeap heap = new PeakHeap();
        heap.start();
        List<SizeResult> results = new ArrayList<>();
        long[] measuring = {0};
        long buildStart = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        int permits = threads * 4;
        Semaphore inFlight = new Semaphore(permits);
        AtomicReference<IOException> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DocumentIndex index = DocumentIndex.open(dir, words)) {
            SearchService search = new SearchService(index);
            int[] seen = {0};
            corpus.forEach(largest, document -> {
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        index.upsert(document);
                    } catch (IOException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        inFlight.release();
                    }
                });
                seen[0]++;
                if (ascending.contains(seen[0])) {
                    inFlight.acquireUninterruptibly(permits);
                    try {
                        if (failure.get() != null) {
                            throw new UncheckedIOException(failure.get());
                        }
                        index.commit();
                        long t0 = System.nanoTime();
                        results.add(measure(search, seen[0], mix, warmup, dir));
                        measuring[0] += System.nanoTime() - t0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        inFlight.release(permits);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
            deleteTree(dir);
        }
        double buildSeconds = (System.nanoTime() - buildStart - measuring[0]) / 1e9;
        return new Result(results, threads, largest / buildSeconds, heap.peakBytes());
    }

    private static SizeResult measure(SearchService search, int documents, List<QueryMix.Query> mix, int warmup,
                                      Path dir) throws IOException {
        for (int i = 0; i < warmup; i++) {
            runOne(search, mix.get(i % mix.size()));
        }
        double[] all = new double[mix.size()];
        double[] cpu = new double[mix.size()];
        Map<QueryMix.Kind, List<Double>> byKind = new EnumMap<>(QueryMix.Kind.class);
        long hits = 0;
        for (int i = 0; i < mix.size(); i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            hits += runOne(search, mix.get(i));
            all[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            byKind.computeIfAbsent(mix.get(i).kind(), k -> new ArrayList<>()).add(all[i]);
        }
        Map<QueryMix.Kind, Latency> kinds = new EnumMap<>(QueryMix.Kind.class);
        byKind.forEach((k, v) -> kinds.put(k, Latency.of(v.stream().mapToDouble(Double::doubleValue).toArray())));
        long bytes = treeSize(dir);
        return new SizeResult(documents, mix.size(), Latency.of(all), Latency.of(cpu), kinds, bytes,
                (double) bytes / documents, hits);
    }

    private static long runOne(SearchService search, QueryMix.Query query) throws IOException {
        try {
            return search.search(query.request()).total();
        } catch (QuerySyntaxException e) {
            throw new IllegalStateException("benchmark query " + query.request().query() + " is invalid: "
                    + e.getMessage(), e);
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (java.nio.file.NoSuchFileException e) {
                    // A merge may delete a file between the listing and this call: it no longer counts.
                    return 0;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot measure the index file " + f, e);
                }
            }).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
