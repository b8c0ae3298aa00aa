package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.analyzer.evaluation.Evaluation;
import vn.soi.analyzer.evaluation.EvaluationReport;
import vn.soi.analyzer.evaluation.Labels;
import vn.soi.analyzer.finding.FindingsStore;

/** {@code soi evaluate --labels FILE}: the stored findings scored against a labelled corpus ({@code labels.md}). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Chấm các phát hiện đã lưu theo nhãn (labels.json): TP, FP, FN, độ chính xác, độ phủ, F1.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Tệp labels.json.")
    Path labels;

    @Option(names = "--json", description = "In kết quả dạng JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Labels parsed;
        try {
            parsed = Labels.read(labels);
        } catch (IllegalArgumentException | java.io.IOException e) {
            spec.commandLine().getErr().println("soi: " + e.getMessage());
            return Main.USAGE;
        }
        EvaluationReport report = Evaluation.score(parsed, new FindingsStore(data.folder().findings()).load());
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.json() : report.table());
        out.flush();
        return 0;
    }
}
