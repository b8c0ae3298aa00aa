package vn.soi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.soi.analyzer.finding.Finding;
import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.export.FindingsExporter;
import vn.soi.web.export.FindingsTable;
import vn.soi.web.findings.FindingMasker;
import vn.soi.web.findings.FindingMaskers;
import vn.soi.web.findings.ReviewedFinding;
import vn.soi.web.review.ReviewDecision;

/**
 * {@code soi export --format csv|jsonl}: findings (CSV, as the web export: UTF-8 with BOM, formulas neutralised) or
 * documents' metadata and findings (JSON Lines, one object a line with a {@code kind}); {@code --anonymize} replaces
 * personal names and file paths with the pseudonyms researchers see.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Xuất siêu dữ liệu tài liệu và các phát hiện (CSV hoặc JSON Lines).")
final class ExportCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = DocumentJson.mapper();

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv hoặc jsonl.")
    String format;

    @Option(names = "--anonymize", description = "Thay tên người và đường dẫn tệp bằng bí danh ổn định.")
    boolean anonymize;

    @Option(names = "--out", paramLabel = "FILE", description = "Ghi ra tệp thay vì đầu ra chuẩn.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            spec.commandLine().getErr().println("soi: --format phải là csv hoặc jsonl, nhận được " + format);
            return Main.USAGE;
        }
        try (WebServices services = WebServices.open(WebConfig.of(data.data), data.words());
             OutputStream sink = out == null ? System.out : Files.newOutputStream(out)) {
            List<Finding> findings = services.findings().load();
            FindingMasker masker = new FindingMaskers(services.index(), services.pseudonymizer())
                    .forRole(anonymize ? Role.RESEARCHER : Role.INSPECTOR, findings);
            if (format.equals("csv")) {
                sink.write(FindingsExporter.csv(FindingsTable.of(reviewed(services, findings), masker)));
            } else {
                writeJsonLines(services, findings, masker, sink);
            }
            sink.flush();
            services.audit().record("soi export", AuditAction.EXPORTED,
                    format + (anonymize ? ", ẩn danh" : "") + ", " + findings.size() + " phát hiện", null);
        }
        return 0;
    }

    private static List<ReviewedFinding> reviewed(WebServices services, List<Finding> findings) {
        Map<String, ReviewDecision> latest = services.reviews().latestDecisions();
        return findings.stream().map(f -> new ReviewedFinding(f, latest.get(f.key()))).toList();
    }

    private static void writeJsonLines(WebServices services, List<Finding> findings, FindingMasker masker,
                                       OutputStream sink) throws IOException {
        PrintStream lines = new PrintStream(sink, false, StandardCharsets.UTF_8);
        IOException[] failure = new IOException[1];
        services.index().forEach(document -> {
            try {
                lines.println(JSON.writeValueAsString(metadata(document, masker)));
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        for (Finding finding : findings) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kind", "finding");
            line.putAll(JSON.convertValue(masker.mask(finding), Map.class));
            lines.println(JSON.writeValueAsString(line));
        }
        lines.flush();
    }

    private static Map<String, Object> metadata(ParsedDocument document, FindingMasker masker) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "document");
        line.put("id", document.id());
        line.put("document", masker.document(document.provenance().path()));
        line.put("documentType", document.type());
        line.put("contentHash", document.provenance().contentHash());
        line.put("unit", document.field(FieldName.UNIT).or(() -> document.field(FieldName.CELL)).orElse(null));
        line.put("person", document.field(FieldName.PERSON).map(masker::text).orElse(null));
        line.put("year", document.field(FieldName.YEAR).orElse(null));
        line.put("selfRating", document.field(FieldName.SELF_RATING).orElse(null));
        line.put("records", document.records().size());
        return line;
    }
}
