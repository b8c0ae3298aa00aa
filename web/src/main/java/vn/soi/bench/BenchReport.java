package vn.soi.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything one run measured, as written to JSON: the machine, the options, each step's figures and peak heap, and
 * the targets with whether each was met.
 *
 * @param preparation how the parsed corpus was made ready (null when cached)
 * @param search      null when no search size was asked for
 */
public record BenchReport(Machine machine, String mode, BenchOptions options, IngestBench.Result ingest,
                          ParsedCorpus.Preparation preparation, AnalysisBench.Result analysis,
                          SearchBench.Result search, Map<String, Long> peakHeapBytes,
                          Map<String, Double> stepSeconds, List<Target> targets, double wallSeconds) {

    /** Where the figures were measured. */
    public record Machine(int processors, String javaVersion, String javaVm, long maxHeapBytes, String os,
                          double loadAverageAtStart, double loadAverageAtEnd) {
    }

    /**
     * One target of the performance issue.
     *
     * @param met   null when the run did not measure it
     * @param basis how the value was obtained (measured at which size, or extrapolated)
     */
    public record Target(String name, String goal, Double value, Boolean met, String basis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .findAndRegisterModules();

    /** The report as indented JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the benchmark report as JSON: " + e.getMessage(), e);
        }
    }

    /** The report as tables for a terminal. */
    public void printTable(PrintWriter out) {
        out.printf("Soi bench (%s) — %d CPU, Java %s, -Xmx %d MB, load %.1f → %.1f, %.0f s%n", mode,
                machine.processors(), machine.javaVersion(), machine.maxHeapBytes() >> 20,
                machine.loadAverageAtStart(), machine.loadAverageAtEnd(), wallSeconds);
        out.println();
        out.println("1. Ingest (single thread; Soi = pipeline + index, baseline = Tika without OCR + Lucene"
                + " StandardAnalyzer)");
        out.printf("   %-6s %6s %9s %10s %10s %10s %10s %7s %9s%n", "format", "docs", "MB", "Soi doc/s", "Soi MB/s",
                "base doc/s", "base MB/s", "ratio", "CPU ratio");
        for (IngestBench.FormatResult f : ingest.formats()) {
            out.printf("   %-6s %6d %9.2f %10.1f %10.2f %10.1f %10.2f %7.2f %9.2f%n", f.format(), f.documents(),
                    f.bytes() / 1e6, f.soi().documentsPerSecond(), f.soi().megabytesPerSecond(),
                    f.baseline().documentsPerSecond(), f.baseline().megabytesPerSecond(), f.ratio(), f.cpuRatio());
        }
        out.printf("   all formats: Soi / baseline = %.2f elapsed, %.2f CPU%n", ingest.ratio(), ingest.cpuRatio());
        out.print("   profile, ms per document: Soi");
        ingest.soiStagesMillisPerDocument().forEach((k, v) -> out.printf(" %s %.2f", k, v));
        out.print(" | baseline");
        ingest.baselineStagesMillisPerDocument().forEach((k, v) -> out.printf(" %s %.2f", k, v));
        out.println(ingest.segmentation() ? "" : " (no segmentation model configured)");
        out.println();
        if (preparation != null) {
            out.printf("   parsed corpus: %d documents parsed (normalise, classify, structure) in %.1f s = %.0f doc/s"
                    + "%n%n", preparation.parsed(), preparation.seconds(),
                    preparation.parsed() / preparation.seconds());
        }
        out.println("2. Analysis (CPU seconds per signal, each session timed on its own; elapsed in the JSON)");
        out.printf("   %-40s", "signal");
        analysis.sizes().forEach(s -> out.printf(" %12s", "n=" + s.documents()));
        out.printf(" %9s%n", "exponent");
        List<AnalysisBench.SignalTime> first = analysis.sizes().get(0).signals();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).signal();
            out.printf("   %-40s", name + " (" + first.get(i).family() + ")");
            for (AnalysisBench.SizeResult s : analysis.sizes()) {
                out.printf(" %12.3f", s.signals().get(i).seconds());
            }
            out.printf(" %9s%n", exponent(analysis.exponentBySignal().get(name)));
        }
        out.printf("   %-40s", "all signals");
        analysis.sizes().forEach(s -> out.printf(" %12.3f", s.totalSeconds()));
        out.printf(" %9s%n", exponent(analysis.exponentByFamily().get("all")));
        analysis.exponentByFamily().forEach((family, e) -> {
            if (!"all".equals(family)) {
                out.printf("   family %-33s exponent %s%n", family, exponent(e));
            }
        });
        out.println();
        if (search != null) {
            out.println("3. Search (ms elapsed; fixed mix, single thread, after warm-up; CPU-time percentiles below)");
            out.printf("   %10s %8s %8s %8s %8s %8s %12s%n", "docs", "queries", "p50", "p95", "p99", "max",
                    "bytes/doc");
            for (SearchBench.SizeResult s : search.sizes()) {
                out.printf("   %10d %8d %8.2f %8.2f %8.2f %8.2f %12.0f%n", s.documents(), s.queries(), s.all().p50(),
                        s.all().p95(), s.all().p99(), s.all().max(), s.bytesPerDocument());
                out.printf("   %19s %-14s %8.2f %8.2f %8.2f%n", "", "CPU time", s.allCpu().p50(), s.allCpu().p95(),
                        s.allCpu().p99());
                s.byKind().forEach((kind, l) -> out.printf("   %19s %-14s %8.2f %8.2f %8.2f%n", "", kind, l.p50(),
                        l.p95(), l.p99()));
            }
            out.printf("   index build: %.0f doc/s on %d threads%n%n", search.indexingDocumentsPerSecond(),
                    search.indexingThreads());
        }
        out.println("4. Peak heap (MB) and wall time (s) per step");
        stepSeconds.forEach((step, seconds) -> out.printf("   %-12s %8s %8.1f%n", step,
                peakHeapBytes.containsKey(step) ? String.valueOf(peakHeapBytes.get(step) >> 20) : "-", seconds));
        out.println();
        out.println("Targets");
        for (Target t : targets) {
            out.printf("   %-28s %-22s %12s  %-8s %s%n", t.name(), t.goal(),
                    t.value() == null ? "-" : String.format("%.3f", t.value()),
                    t.met() == null ? "n/a" : t.met() ? "met" : "MISSED", t.basis());
        }
        out.flush();
    }

    private static String exponent(Double e) {
        return e == null ? "-" : String.format("%.2f", e);
    }
}
