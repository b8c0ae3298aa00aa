package vn.soi.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.bench.BenchOptions;
import vn.soi.bench.BenchReport;
import vn.soi.bench.Benchmark;
import vn.soi.indexer.nlp.segment.ModelLocation;

/** {@code soi bench}: ingest, analysis and search speed and peak heap, as a table and as JSON. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Đo tốc độ nạp, phân tích, tìm kiếm và bộ nhớ (so với Tika + Lucene thuần); in bảng và ghi JSON.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Chế độ nhanh (dưới hai phút): kho nhỏ 100 đến 400 tài liệu.")
    boolean quick;

    @Option(names = "--json", paramLabel = "FILE", description = "Ghi kết quả JSON vào tệp này.")
    Path json;

    @Option(names = "--docs", paramLabel = "N,...", split = ",",
            description = "Các cỡ kho cho bước phân tích (mặc định: 100,200,400 nhanh; 10.000,100.000,1.000.000).")
    List<Integer> docs;

    @Option(names = "--search-docs", paramLabel = "N,...", split = ",",
            description = "Các cỡ chỉ mục cho bước tìm kiếm (mặc định: 400 nhanh; 100.000,1.000.000); 0 để bỏ qua.")
    List<Integer> searchDocs;

    @Option(names = "--ingest-docs", paramLabel = "N",
            description = "Số báo cáo đo cho mỗi định dạng ở bước nạp (mặc định: 2 nhanh; 60).")
    Integer ingestDocs;

    @Option(names = "--cache", paramLabel = "DIR", description = "Thư mục đệm kho đã phân tích cấu trúc. "
            + "Mặc định: thư mục tạm/soi-bench-cache")
    Path cache;

    @Option(names = ModelLocation.OPTION, paramLabel = "DIR",
            description = "Thư mục models của VnCoreNLP (mặc định: biến môi trường "
                    + ModelLocation.ENVIRONMENT_VARIABLE + ").")
    String models;

    @Override
    public Integer call() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path cacheDir = cache != null ? cache : tmp.resolve("soi-bench-cache");
        Path workDir = Files.createTempDirectory(tmp, "soi-bench");
        BenchOptions options = quick ? BenchOptions.quick(cacheDir, workDir) : BenchOptions.full(cacheDir, workDir);
        try {
            if (docs != null || searchDocs != null) {
                options = options.withSizes(docs != null ? docs : options.analysisSizes(), searchDocs == null
                        ? options.searchSizes() : searchDocs.stream().filter(n -> n > 0).toList());
            }
            if (ingestDocs != null) {
                options = options.withIngestPerFormat(ingestDocs);
            }
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("soi: " + e.getMessage());
            Files.deleteIfExists(workDir);
            return Main.USAGE;
        }
        BenchReport report;
        try {
            report = new Benchmark(ModelLocation.resolve(models).segmenter())
                    .run(options, spec.commandLine().getErr());
        } finally {
            deleteTree(workDir);
        }
        report.printTable(spec.commandLine().getOut());
        if (json != null) {
            Path parent = json.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("JSON: " + json);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
