package vn.soi.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.analyzer.SignalCatalog;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingsStore;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.signal.Analysis;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.index.DocumentIndex;

/** {@code soi analyze}: every signal over the whole corpus; the findings replace the previous run's atomically. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Chạy mọi dấu hiệu trên toàn bộ kho tài liệu và lưu kết quả (thay kết quả lần trước).")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--json", description = "In các phát hiện dạng JSON Lines ra đầu ra chuẩn (mỗi dòng một phát hiện).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Finding> findings;
        try (DocumentIndex index = data.openIndex()) {
            findings = analyze(index, new FindingsStore(data.folder().findings()));
        }
        PrintWriter summary = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            for (Finding finding : findings) {
                out.println(FindingsStore.toJson(finding));
            }
            out.flush();
        }
        printSummary(summary, findings);
        return 0;
    }

    /** Runs every signal over the index and replaces the stored findings with the result. */
    static List<Finding> analyze(DocumentIndex index, FindingsStore store) throws java.io.IOException {
        List<Finding> findings = new Analysis(SignalCatalog.all(), AnalysisContext.standard()).run(index::forEach);
        store.replace(findings);
        return findings;
    }

    static void printSummary(PrintWriter out, List<Finding> findings) {
        Map<SignalId, Integer> counts = new EnumMap<>(SignalId.class);
        findings.forEach(f -> counts.merge(f.signal(), 1, Integer::sum));
        out.printf("Phát hiện: %d%n", findings.size());
        counts.forEach((signal, n) -> out.printf("  %-40s %5d%n", signal, n));
        out.flush();
    }
}
