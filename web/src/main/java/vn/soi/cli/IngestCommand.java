package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.DataFolder;
import vn.soi.indexer.ingest.DocumentPipeline;
import vn.soi.indexer.ingest.IngestOutcome;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.indexer.ingest.Ingester;
import vn.soi.indexer.ingest.OriginalStore;

/** {@code soi ingest PATH...}: parse, normalise, classify, structure and index every supported file. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Nạp tài liệu: đọc, chuẩn hóa, phân loại, tách cấu trúc và lập chỉ mục mọi tệp được hỗ trợ.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Tệp hoặc thư mục (đọc đệ quy).")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Số luồng đọc tệp song song. Mặc định: số lõi CPU.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-ocr", description = "Không nhận dạng ký tự (OCR) ảnh và PDF scan.")
    boolean noOcr;

    @Override
    public Integer call() throws Exception {
        IngestSummary summary;
        try (DocumentIndex index = data.openIndex()) {
            summary = ingest(index, data.folder().create(), paths, threads, !noOcr);
        }
        printSummary(spec.commandLine().getOut(), summary);
        return summary.succeeded() ? 0 : 1;
    }

    /** Ingests {@code paths} into {@code index}, with a progress bar on a terminal. */
    static IngestSummary ingest(DocumentIndex index, DataFolder folder, List<Path> paths, int threads, boolean ocr)
            throws java.io.IOException {
        ExtractionLimits limits = ExtractionLimits.defaults().withOcr(ocr);
        try (DocumentPipeline pipeline = DocumentPipeline.standard(limits);
             IngestProgress progress = IngestProgress.onTerminal()) {
            return new Ingester(pipeline, index, new OriginalStore(folder.originals()), threads, Clock.systemUTC())
                    .ingest(paths, progress);
        }
    }

    static void printSummary(PrintWriter out, IngestSummary summary) {
        out.printf("Đã nạp: %d · Không đổi: %d · Lỗi: %d · Bỏ qua (không hỗ trợ): %d%n",
                summary.ingested().size(), summary.unchanged().size(), summary.failed().size(),
                summary.skipped().size());
        summary.ingestedByType().forEach((DocumentType type, Integer n) ->
                out.printf("  %-20s %5d  %s%n", type, n, type.label()));
        for (IngestOutcome.Failed failed : summary.failed()) {
            out.printf("LỖI %s [%s]: %s%n", failed.path(), failed.stage(), failed.reason());
        }
        out.flush();
    }
}
