package vn.soi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.analyzer.signal.Signal;

/**
 * The signal set at growing corpus sizes. The cached parsed corpus is read once, up to the largest size; every signal
 * has one session per size, each observing the first {@code n} documents, and every {@code observe} and
 * {@code finish} call is timed on its own (CPU time of the thread, and elapsed time), so a signal's time excludes
 * reading the documents and the other signals. CPU time is the figure fitted and compared: on a shared machine the
 * elapsed time mostly measures the other processes. The scaling exponent of a signal (and of its family, the sum of
 * its signals) is the slope of log time against log size.
 */
public final class AnalysisBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Supplier<List<Signal>> signals;
    private final AnalysisContext context;

    /**
     * @param signals a fresh instance of every signal to measure (e.g. {@code SignalCatalog::all})
     * @param context what the sessions may read
     */
    public AnalysisBench(Supplier<List<Signal>> signals, AnalysisContext context) {
        this.signals = signals;
        this.context = context;
    }

    /**
     * One signal's time at one size: {@code seconds} is the CPU time of the analysing thread in its calls (what the
     * signal costs, whatever else the machine runs), {@code wallSeconds} the elapsed time of the same calls.
     */
    public record SignalTime(String signal, String family, double seconds, double wallSeconds, int findings) {
    }

    /** Every signal at one size, and their total (CPU and elapsed). */
    public record SizeResult(int documents, double totalSeconds, double totalWallSeconds, List<SignalTime> signals) {
    }

    /** The whole step: the sizes, and the fitted exponent per signal and per family (null when it cannot be fitted). */
    public record Result(List<SizeResult> sizes, Map<String, Double> exponentBySignal,
                         Map<String, Double> exponentByFamily, long peakHeapBytes) {
    }

    /**
     * Runs every signal at each size (ascending, distinct) over the first documents of {@code corpus}, after a
     * warm-up run over the first {@code warmup} documents.
     *
     * @throws IOException when the corpus cannot be read
     */
    public Result run(ParsedCorpus corpus, List<Integer> sizes, int warmup) throws IOException {
        List<Integer> ascending = sizes.stream().distinct().sorted().toList();
        int largest = ascending.get(ascending.size() - 1);
        warmUp(corpus, Math.min(warmup, largest));
        PeakHeap heap = new PeakHeap();
        heap.start();
        List<List<Signal>> perSize = new ArrayList<>();
        List<List<Signal.Session>> sessions = new ArrayList<>();
        long[][] nanos = new long[ascending.size()][];
        long[][] cpu = new long[ascending.size()][];
        for (int s = 0; s < ascending.size(); s++) {
            List<Signal> set = signals.get();
            perSize.add(set);
            List<Signal.Session> started = new ArrayList<>();
            for (Signal signal : set) {
                started.add(signal.start(context));
            }
            sessions.add(started);
            nanos[s] = new long[set.size()];
            cpu[s] = new long[set.size()];
        }
        int[] seen = {0};
        List<List<List<Finding>>> findings = new ArrayList<>();
        for (int s = 0; s < ascending.size(); s++) {
            findings.add(new ArrayList<>());
        }
        corpus.forEach(largest, document -> {
            for (int s = 0; s < ascending.size(); s++) {
                if (seen[0] >= ascending.get(s)) {
                    continue;
                }
                List<Signal.Session> row = sessions.get(s);
                for (int i = 0; i < row.size(); i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    row.get(i).observe(document);
                    nanos[s][i] += System.nanoTime() - t0;
                    cpu[s][i] += THREADS.getCurrentThreadCpuTime() - c0;
                }
            }
            seen[0]++;
            for (int s = 0; s < ascending.size(); s++) {
                if (seen[0] == ascending.get(s)) {
                    finish(sessions.get(s), nanos[s], cpu[s], findings.get(s));
                    sessions.set(s, List.of());
                }
            }
        });
        List<SizeResult> results = new ArrayList<>();
        for (int s = 0; s < ascending.size(); s++) {
            List<SignalTime> times = new ArrayList<>();
            double total = 0;
            double totalWall = 0;
            List<Signal> set = perSize.get(s);
            for (int i = 0; i < set.size(); i++) {
                double seconds = cpu[s][i] / 1e9;
                total += seconds;
                totalWall += nanos[s][i] / 1e9;
                times.add(new SignalTime(set.get(i).id().name(), family(set.get(i)), seconds, nanos[s][i] / 1e9,
                        findings.get(s).get(i).size()));
            }
            results.add(new SizeResult(ascending.get(s), total, totalWall, times));
        }
        return new Result(results, exponents(results, false), exponents(results, true), heap.peakBytes());
    }

    /** Runs every signal once over the first documents, so that the timed sizes do not pay for JIT compilation. */
    private void warmUp(ParsedCorpus corpus, int documents) throws IOException {
        if (documents < 1) {
            return;
        }
        List<Signal.Session> warm = signals.get().stream().map(s -> s.start(context)).toList();
        corpus.forEach(documents, d -> warm.forEach(session -> session.observe(d)));
        warm.forEach(Signal.Session::finish);
    }

    private static void finish(List<Signal.Session> row, long[] nanos, long[] cpu, List<List<Finding>> out) {
        for (int i = 0; i < row.size(); i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            out.add(row.get(i).finish());
            nanos[i] += System.nanoTime() - t0;
            cpu[i] += THREADS.getCurrentThreadCpuTime() - c0;
        }
    }

    /** The signal family: the last segment of its package ({@code content}, {@code corpus}, {@code records}). */
    static String family(Signal signal) {
        String pkg = signal.getClass().getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** JSON has no NaN: an exponent that cannot be fitted is null. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static Map<String, Double> exponents(List<SizeResult> results, boolean byFamily) {
        Map<String, double[]> times = new LinkedHashMap<>();
        for (int s = 0; s < results.size(); s++) {
            for (SignalTime t : results.get(s).signals()) {
                String key = byFamily ? t.family() : t.signal();
                times.computeIfAbsent(key, k -> new double[results.size()])[s] += t.seconds();
            }
        }
        double[] n = results.stream().mapToDouble(SizeResult::documents).toArray();
        Map<String, Double> out = new LinkedHashMap<>();
        if (byFamily) {
            out.put("all", finite(Statistics.scalingExponent(n,
                    results.stream().mapToDouble(SizeResult::totalSeconds).toArray())));
        }
        times.forEach((key, t) -> out.put(key, finite(Statistics.scalingExponent(n, t))));
        return out;
    }
}
