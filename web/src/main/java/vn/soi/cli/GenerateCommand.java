package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.corpora.CorpusGenerator;
import vn.soi.corpora.GenerationSummary;
import vn.soi.corpora.GeneratorOptions;
import vn.soi.corpora.OutputFormat;

/** {@code soi generate --out DIR}: a synthetic, labelled corpus, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sinh kho tài liệu tổng hợp có nhãn (labels.json); cùng hạt giống cho cùng kết quả.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi kho tài liệu.")
    Path out;

    @Option(names = "--units", paramLabel = "N", description = "Số đơn vị (chi bộ). Mặc định: ${DEFAULT-VALUE}")
    int units = 10;

    @Option(names = "--years", paramLabel = "LIST", description = "Năm kiểm điểm, ví dụ 2023,2024 hoặc 2022-2025. "
            + "Mặc định: ${DEFAULT-VALUE}")
    String years = "2023,2024,2025";

    @Option(names = "--seed", paramLabel = "S", description = "Hạt giống ngẫu nhiên. Mặc định: ${DEFAULT-VALUE}")
    long seed = 1;

    @Option(names = "--formats", paramLabel = "LIST", description = "Định dạng: txt,docx,pdf,scan,tcvn3,vni. "
            + "Mặc định: ${DEFAULT-VALUE}")
    String formats = "txt,docx,pdf";

    @Override
    public Integer call() throws Exception {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.defaults(out).withUnits(units).withYears(GeneratorOptions.parseYears(years))
                    .withSeed(seed).withFormats(OutputFormat.parseList(formats));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("soi: " + e.getMessage());
            return Main.USAGE;
        }
        GenerationSummary summary = new CorpusGenerator().generate(options);
        PrintWriter print = spec.commandLine().getOut();
        print.printf("Đã sinh %d tài liệu vào %s (nhãn: %s)%n", summary.documents(), summary.out(), summary.labels());
        summary.byType().forEach((type, n) -> print.printf("  %-22s %6d%n", type, n));
        summary.byFormat().forEach((format, n) -> print.printf("  %-22s %6d%n", format, n));
        print.flush();
        return 0;
    }
}
