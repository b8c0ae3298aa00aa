package vn.soi.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.ContentHash;

/** {@code soi show DOC}: one document's extracted record as JSON. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "In bản ghi đã trích xuất của một tài liệu dưới dạng JSON.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(paramLabel = "DOC", description = "Đường dẫn tệp đã nạp, mã băm nội dung, hoặc mã tài liệu.")
    String doc;

    @Override
    public Integer call() throws Exception {
        Optional<ParsedDocument> found;
        try (DocumentIndex index = data.openIndex()) {
            found = index.find(doc);
            if (found.isEmpty() && Files.isRegularFile(Path.of(doc))) {
                found = index.find(ContentHash.of(Path.of(doc)));
            }
        }
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("soi: không tìm thấy tài liệu: " + doc);
            return 1;
        }
        spec.commandLine().getErr().println(data.modelLocation().describe());
        PrintWriter out = spec.commandLine().getOut();
        out.println(DocumentJson.toPrettyJson(found.get()));
        out.flush();
        return 0;
    }
}
