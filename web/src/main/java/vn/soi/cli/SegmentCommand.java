package vn.soi.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.indexer.nlp.segment.ModelLocation;
import vn.soi.indexer.nlp.segment.SegmentationEvaluator;
import vn.soi.indexer.nlp.segment.SegmentationReport;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * {@code soi segment}: VnCoreNLP-style word segmentation of standard input (one sentence a line, the syllables of a
 * word joined by '_'), or {@code --evaluate FILE.conllu}: precision, recall, F1 and speed against gold segmentation.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Tách từ tiếng Việt (mô hình RDRsegmenter của VnCoreNLP) từ đầu vào chuẩn, hoặc đánh giá "
                + "trên tệp CoNLL-U.")
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = ModelLocation.OPTION, paramLabel = "DIR",
            description = "Thư mục models của VnCoreNLP (mặc định: biến môi trường "
                    + ModelLocation.ENVIRONMENT_VARIABLE + ").")
    String models;

    @Option(names = "--evaluate", paramLabel = "FILE.conllu", description = "Đánh giá trên tệp CoNLL-U có tách từ chuẩn.")
    Path evaluate;

    @Option(names = "--json", description = "Với --evaluate: in một đối tượng JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Optional<WordSegmenter> segmenter = ModelLocation.resolve(models).segmenter();
        if (segmenter.isEmpty()) {
            spec.commandLine().getErr().println("soi: chưa có mô hình tách từ: dùng " + ModelLocation.OPTION
                    + " DIR hoặc đặt biến " + ModelLocation.ENVIRONMENT_VARIABLE);
            return Main.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (evaluate != null) {
            SegmentationReport report = new SegmentationEvaluator(segmenter.get()).evaluate(evaluate);
            out.println(json ? report.toJson() : report.toTable());
        } else {
            segmentStandardInput(segmenter.get(), out);
        }
        out.flush();
        return 0;
    }

    private static void segmentStandardInput(WordSegmenter segmenter, PrintWriter out) throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (!line.isBlank()) {
                out.println(segmenter.segmentToString(line));
            }
        }
    }
}
