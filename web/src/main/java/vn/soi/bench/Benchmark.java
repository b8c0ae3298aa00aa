package vn.soi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.soi.analyzer.SignalCatalog;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * {@code soi bench}: runs the four steps of the performance issue in order (ingest, parsed-corpus preparation,
 * analysis, search), records the peak heap of each, and checks the targets.
 */
public final class Benchmark {

    /** Ingest time at most this many times the baseline's. */
    public static final double INGEST_RATIO_TARGET = 1.5;
    /** Analysis of a million documents within this many seconds. */
    public static final double ANALYSIS_MILLION_SECONDS_TARGET = 30 * 60;
    /** Fitted scaling exponent at most this. */
    public static final double EXPONENT_TARGET = 1.15;
    /** Search p99 at a million documents at most this many milliseconds. */
    public static final double SEARCH_P99_MILLIS_TARGET = 50;
    /** No step needs more heap than this. */
    public static final long HEAP_TARGET_BYTES = 2L << 30;
    private static final int MILLION = 1_000_000;
    /** Documents the signal set runs over before the timed sizes (at most the smallest size). */
    private static final int ANALYSIS_WARMUP = 2_000;

    private final Optional<WordSegmenter> words;

    /** @param words the word segmenter when a model is configured (ingest and indexing then segment, as Soi does) */
    public Benchmark(Optional<WordSegmenter> words) {
        this.words = words;
    }

    /**
     * Runs every step, printing progress to {@code log}.
     *
     * @throws IOException when a temporary file, the cache or an index cannot be written
     */
    public BenchReport run(BenchOptions options, PrintWriter log) throws IOException {
        long start = System.nanoTime();
        double loadAtStart = load();
        Files.createDirectories(options.workDir());
        Map<String, Long> heap = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        long t0 = System.nanoTime();

        log.printf("bench: ingest, %d reports per format%n", options.ingestPerFormat());
        log.flush();
        IngestBench.Result ingest = new IngestBench(words).run(options.ingestPerFormat(), options.ingestWarmup(),
                options.seed(), options.workDir());
        heap.put("ingest", ingest.peakHeapBytes());
        t0 = lap(seconds, "ingest", t0, log);

        ParsedCorpus corpus = new ParsedCorpus(options.cacheDir(), options.seed());
        log.printf("bench: parsed corpus of %d documents (cache %s)%n", options.largestCorpus(), options.cacheDir());
        log.flush();
        PeakHeap prepHeap = new PeakHeap();
        prepHeap.start();
        ParsedCorpus.Preparation preparation = corpus.prepare(options.largestCorpus());
        if (preparation.parsed() > 0) {
            heap.put("preparation", prepHeap.peakBytes());
        }
        t0 = lap(seconds, "preparation", t0, log);

        log.printf("bench: analysis at %s documents%n", options.analysisSizes());
        log.flush();
        AnalysisBench.Result analysis = new AnalysisBench(SignalCatalog::all, AnalysisContext.standard())
                .run(corpus, options.analysisSizes(), Math.min(ANALYSIS_WARMUP, options.analysisSizes().stream()
                        .mapToInt(Integer::intValue).min().orElseThrow()));
        heap.put("analysis", analysis.peakHeapBytes());
        t0 = lap(seconds, "analysis", t0, log);

        SearchBench.Result search = null;
        if (!options.searchSizes().isEmpty()) {
            log.printf("bench: search at %s documents, %d queries%n", options.searchSizes(), options.queries());
            log.flush();
            search = new SearchBench(words).run(corpus, options.searchSizes(),
                    QueryMix.standard().queries(options.queries(), options.seed()), options.queryWarmup(),
                    options.workDir());
            heap.put("search", search.peakHeapBytes());
            lap(seconds, "search", t0, log);
        }
        BenchReport.Machine machine = new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), PeakHeap.maxBytes(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAtStart, load());
        return new BenchReport(machine, options.mode(), options, ingest, preparation.parsed() > 0 ? preparation : null,
                analysis, search, heap, seconds, targets(ingest, analysis, search, heap),
                (System.nanoTime() - start) / 1e9);
    }

    /** The targets, measured where the run reached them and extrapolated (said so) where it did not. */
    static List<BenchReport.Target> targets(IngestBench.Result ingest, AnalysisBench.Result analysis,
                                            SearchBench.Result search, Map<String, Long> heap) {
        List<BenchReport.Target> out = new ArrayList<>();
        out.add(new BenchReport.Target("ingest ratio", "<= " + INGEST_RATIO_TARGET + " x baseline", ingest.ratio(),
                ingest.ratio() <= INGEST_RATIO_TARGET, "elapsed, txt+docx+pdf"));
        out.add(new BenchReport.Target("ingest CPU ratio", "<= " + INGEST_RATIO_TARGET + " x baseline",
                ingest.cpuRatio(), ingest.cpuRatio() <= INGEST_RATIO_TARGET, "process CPU time, txt+docx+pdf"));

        AnalysisBench.SizeResult largest = analysis.sizes().get(analysis.sizes().size() - 1);
        Double exponent = analysis.exponentByFamily().get("all");
        if (largest.documents() >= MILLION) {
            out.add(new BenchReport.Target("analysis of 1M (CPU s)", "< " + ANALYSIS_MILLION_SECONDS_TARGET,
                    largest.totalSeconds(), largest.totalSeconds() < ANALYSIS_MILLION_SECONDS_TARGET,
                    "measured at " + largest.documents()));
        } else if (exponent != null) {
            double projected = largest.totalSeconds() * Math.pow((double) MILLION / largest.documents(),
                    Math.max(1.0, exponent));
            out.add(new BenchReport.Target("analysis of 1M (CPU s)", "< " + ANALYSIS_MILLION_SECONDS_TARGET, projected,
                    null, String.format("extrapolated from %d with exponent %.2f (not measured)",
                    largest.documents(), Math.max(1.0, exponent))));
        }
        analysis.exponentByFamily().forEach((family, e) -> out.add(new BenchReport.Target(
                "exponent " + family, "<= " + EXPONENT_TARGET, e, e == null ? null : e <= EXPONENT_TARGET,
                "fitted over " + analysis.sizes().stream().map(s -> String.valueOf(s.documents())).toList())));

        if (search != null) {
            SearchBench.SizeResult top = search.sizes().get(search.sizes().size() - 1);
            boolean atMillion = top.documents() >= MILLION;
            out.add(new BenchReport.Target("search p99 (ms)", "<= " + SEARCH_P99_MILLIS_TARGET + " at 1M",
                    top.all().p99(), atMillion ? top.all().p99() <= SEARCH_P99_MILLIS_TARGET : null,
                    "elapsed, at " + top.documents() + (atMillion ? "" : " (1M not measured)")));
            out.add(new BenchReport.Target("search CPU p99 (ms)", "<= " + SEARCH_P99_MILLIS_TARGET + " at 1M",
                    top.allCpu().p99(), atMillion ? top.allCpu().p99() <= SEARCH_P99_MILLIS_TARGET : null,
                    "CPU time, at " + top.documents() + (atMillion ? "" : " (1M not measured)")));
        }
        long peak = heap.values().stream().mapToLong(Long::longValue).max().orElse(0);
        boolean capped = PeakHeap.maxBytes() <= HEAP_TARGET_BYTES;
        out.add(new BenchReport.Target("peak heap (MB)", "<= 2048, run with -Xmx2g", (double) (peak >> 20),
                capped && peak <= HEAP_TARGET_BYTES, capped ? "every step ran under -Xmx" + (PeakHeap.maxBytes() >> 20)
                + "m" : "heap limit " + (PeakHeap.maxBytes() >> 20) + " MB is above 2 GB: rerun with -Xmx2g"));
        return out;
    }

    private static long lap(Map<String, Double> seconds, String step, long since, PrintWriter log) {
        long now = System.nanoTime();
        seconds.put(step, (now - since) / 1e9);
        log.printf("bench: %s took %.1f s%n", step, (now - since) / 1e9);
        log.flush();
        return now;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
