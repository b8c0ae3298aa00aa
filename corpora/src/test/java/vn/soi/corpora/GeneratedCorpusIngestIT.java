package vn.soi.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.ingest.DocumentPipeline;
import vn.soi.indexer.ingest.IngestFile;

/**
 * A small generated corpus in every format goes through the indexer's ingest pipeline: each file classifies as the
 * type in {@code labels.json}, and the writer and year of every individual report are read back.
 */
class GeneratedCorpusIngestIT {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static GeneratorOptions options(Path out) {
        return GeneratorOptions.defaults(out).withUnits(2).withUnitsPerDistrict(1).withYears(List.of(2025))
                .withMembers(4, 5).withSeed(34).withFormats(OutputFormat.documentFormats());
    }

    /**
     * Format overrides that keep the draw but make sure every document format shows: exactly one scan (the shortest
     * PDF, since OCR is slow), at least one TCVN3 and one VNI Word file.
     */
    private static Map<String, OutputFormat> coverEveryFormat(GeneratorOptions o) {
        List<GeneratedDocument> docs;
        try (Stream<GeneratedDocument> all = new CorpusGenerator().stream(o)) {
            docs = all.filter(d -> !d.isRegister()).toList();
        }
        Map<String, OutputFormat> overrides = new LinkedHashMap<>();
        docs.stream().filter(d -> d.format() == OutputFormat.SCAN)
                .forEach(d -> overrides.put(d.path(), OutputFormat.PDF));
        docs.stream().filter(d -> d.path().endsWith(".pdf")).min(Comparator.comparingInt(d -> d.text().length()))
                .ifPresent(d -> overrides.put(d.path(), OutputFormat.SCAN));
        List<String> words = new ArrayList<>(docs.stream().filter(d -> d.format() == OutputFormat.DOCX)
                .map(GeneratedDocument::path).toList());
        for (OutputFormat legacy : List.of(OutputFormat.TCVN3, OutputFormat.VNI)) {
            if (docs.stream().noneMatch(d -> d.format() == legacy)) {
                overrides.put(words.remove(0), legacy);
            }
        }
        return overrides;
    }

    @Test
    void every_format_classifies_as_labelled_and_reports_keep_their_writer_and_year(@TempDir Path dir)
            throws Exception {
        GeneratorOptions o = options(dir);
        Map<String, OutputFormat> overrides = coverEveryFormat(o);
        GenerationSummary summary = new CorpusGenerator().generate(o, overrides);
        for (String format : List.of("txt", "docx", "pdf", "scan", "tcvn3", "vni", "csv", "xlsx")) {
            assertTrue(summary.byFormat().getOrDefault(format, 0) >= 1, format + " missing: " + summary.byFormat());
        }
        assertEquals(1, summary.byFormat().get("scan"), summary.byFormat().toString());
        Map<String, OutputFormat> formats = new HashMap<>();
        try (Stream<GeneratedDocument> docs = new CorpusGenerator().stream(o)) {
            docs.forEach(d -> formats.put(d.path(), overrides.getOrDefault(d.path(), d.format())));
        }

        JsonNode files = new ObjectMapper().readTree(summary.labels().toFile()).get("files");
        List<String> mismatches = new ArrayList<>();
        int reports = 0;
        try (DocumentPipeline typed = DocumentPipeline.standard(ExtractionLimits.defaults().withOcr(false));
             // Vietnamese alone: the generated scans hold no English, and one model halves the OCR time.
             DocumentPipeline ocr = DocumentPipeline.standard(ExtractionLimits.defaults().withOcr(true)
                     .withOcrLanguages("vie"))) {
            for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String path = entry.getKey();
                JsonNode label = entry.getValue();
                OutputFormat format = formats.get(path);
                Path file = dir.resolve(path);
                ParsedDocument doc = (format == OutputFormat.SCAN ? ocr : typed).process(IngestFile.under(dir, file),
                        ContentHash.documentId(path), ContentHash.of(file), NOW);
                DocumentType expected = DocumentType.valueOf(label.get("type").asText());
                if (doc.type() != expected) {
                    mismatches.add(path + " [" + format.cliName() + "]: classified " + doc.type() + ", labelled "
                            + expected + ", cues " + doc.classification().cues());
                }
                if (expected == DocumentType.INDIVIDUAL_REPORT) {
                    reports++;
                    expectField(mismatches, path + " [" + format.cliName() + "]", doc, FieldName.PERSON,
                            label.get("person").asText());
                    expectField(mismatches, path + " [" + format.cliName() + "]", doc, FieldName.YEAR,
                            label.get("year").asText());
                }
            }
        }
        assertTrue(reports >= 8, "individual reports " + reports);
        assertEquals(List.of(), mismatches);
    }

    private static void expectField(List<String> mismatches, String where, ParsedDocument doc, FieldName name,
                                    String expected) {
        String found = doc.field(name).orElse(null);
        if (!expected.equals(found)) {
            mismatches.add(where + ": " + name + " read as " + found + ", labelled " + expected);
        }
    }
}
