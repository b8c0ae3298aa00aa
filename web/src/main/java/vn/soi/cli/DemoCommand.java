package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.analyzer.finding.Finding;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;

/**
 * {@code soi demo}: ingests the bundled demo corpus, runs the analysis, creates one demo account per role (printing
 * the passwords) and serves the web UI.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Nạp kho tài liệu mẫu, phân tích, tạo tài khoản mẫu cho mỗi vai trò và chạy giao diện web.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Kho tài liệu mẫu. Mặc định: corpora/demo của bản cài đặt (biến SOI_HOME) hoặc thư mục hiện tại.")
    Path corpus;

    @Option(names = "--port", paramLabel = "PORT", description = "Cổng. Mặc định: ${DEFAULT-VALUE}")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--no-serve", description = "Chỉ nạp và phân tích, không chạy giao diện web.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        Path demo = corpus != null ? corpus : defaultCorpus();
        if (!Files.isDirectory(demo)) {
            spec.commandLine().getErr().println("soi: không thấy kho tài liệu mẫu: " + demo);
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        WebConfig config = new WebConfig(data.data, WebConfig.DEFAULT_HOST, port);
        try (WebServices services = WebServices.open(config, data.words())) {
            out.println("Nạp kho tài liệu mẫu " + demo + " …");
            out.flush();
            IngestSummary summary = IngestCommand.ingest(services.index(), services.data(), List.of(demo),
                    Runtime.getRuntime().availableProcessors(), true);
            IngestCommand.printSummary(out, summary);
            List<Finding> findings = AnalyzeCommand.analyze(services.index(), services.findings());
            AnalyzeCommand.printSummary(out, findings);
            out.println("Tài khoản mẫu (tên  vai trò  mật khẩu):");
            DemoAccounts.ensure(services.users(), services.audit(), config.dataDir()).forEach(line -> out.println("  " + line));
            out.flush();
            if (!noServe) {
                ServeCommand.serveUntilStopped(services, config, spec);
            }
        }
        return 0;
    }

    private static Path defaultCorpus() {
        String home = System.getenv("SOI_HOME");
        return (home == null || home.isBlank() ? Path.of(".") : Path.of(home)).resolve("corpora").resolve("demo");
    }
}
