package vn.soi.indexer.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.SectionKind;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.records.RatingRecord;

class IngesterTest {

    private static final String REPORT = """
            ĐẢNG BỘ XÃ HÒA BÌNH
            CHI BỘ THÔN ĐÔNG
            ĐẢNG CỘNG SẢN VIỆT NAM

            BẢN KIỂM ĐIỂM CÁ NHÂN
            Năm 2024

            Họ và tên: Lê Thị Mai
            Chức vụ Đảng: Đảng viên
            Chức vụ chính quyền: Kế toán Ủy ban nhân dân xã

            I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
            Bản thân luôn chấp hành nghiêm chủ trương của Đảng. Trong năm đã lập 12 báo cáo quyết toán đúng hạn.

            II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
            Tháng 5/2024 tôi nộp chậm báo cáo thu chi quý I ba ngày. Nguyên nhân chủ quan là tôi sắp xếp công việc chưa hợp lý.

            III. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC
            Lập lịch nộp báo cáo từ đầu quý và báo cáo chi ủy hằng tháng.

            IV. TỰ NHẬN MỨC XẾP LOẠI
            Hoàn thành tốt nhiệm vụ.
            """;

    private static DocumentPipeline pipeline;

    @TempDir
    Path work;

    @BeforeAll
    static void pipeline() {
        pipeline = DocumentPipeline.standard(ExtractionLimits.defaults().withOcr(false));
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    private IngestSummary ingest(DataFolder data, Path... roots) throws IOException {
        try (DocumentIndex index = DocumentIndex.open(data.index())) {
            Clock clock = Clock.fixed(Instant.parse("2025-01-10T08:00:00Z"), ZoneOffset.UTC);
            return new Ingester(pipeline, index, new OriginalStore(data.originals()), 2, clock)
                    .ingest(List.of(roots), IngestListener.NONE);
        }
    }

    private static ParsedDocument stored(DataFolder data, String path) throws IOException {
        try (DocumentIndex index = DocumentIndex.open(data.index())) {
            return index.find(path).orElseThrow(() -> new AssertionError("not in the index: " + path));
        }
    }

    private Path corpus() throws IOException {
        Path root = Files.createDirectories(work.resolve("in/reports"));
        Files.writeString(root.resolve("le-thi-mai-2024.txt"), REPORT, StandardCharsets.UTF_8);
        Files.writeString(root.getParent().resolve("xep-loai-2024.csv"), """
                Họ và tên,Đơn vị,Năm,Mức xếp loại
                Lê Thị Mai,Chi bộ thôn Đông,2024,HTTNV
                Trần Văn Bình,Chi bộ thôn Đông,2024,Hoàn thành xuất sắc nhiệm vụ
                """, StandardCharsets.UTF_8);
        Files.write(root.resolve("rong.docx"), new byte[0]);
        Files.write(root.resolve("nhi-phan.docx"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7, 9, 11, 0, 0, 42});
        Files.writeString(root.resolve("ghi-chu.json"), "{}", StandardCharsets.UTF_8);
        return work.resolve("in");
    }

    @Test
    void ingests_good_files_reports_bad_ones_by_name_and_keeps_the_rest() throws IOException {
        DataFolder data = new DataFolder(work.resolve("data")).create();

        IngestSummary summary = ingest(data, corpus());

        assertEquals(2, summary.ingested().size(), summary.toString());
        Map<String, String> failures = summary.failed().stream()
                .collect(Collectors.toMap(IngestOutcome.Failed::path, IngestOutcome.Failed::reason));
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get("reports/rong.docx").contains("empty"), failures.toString());
        assertTrue(failures.get("reports/nhi-phan.docx").contains("nhi-phan.docx"), failures.toString());
        assertEquals(List.of("reports/ghi-chu.json"), summary.skipped().stream().map(IngestOutcome::path).toList());
        assertFalse(summary.succeeded());
        try (DocumentIndex index = DocumentIndex.open(data.index())) {
            assertTrue(index.find("reports/rong.docx").isEmpty(), "a failed file leaves no record");
            assertEquals(2, index.count());
        }
    }

    @Test
    void a_report_is_classified_structured_and_its_original_kept_under_its_hash() throws IOException {
        DataFolder data = new DataFolder(work.resolve("data")).create();
        ingest(data, corpus());

        ParsedDocument report = stored(data, "reports/le-thi-mai-2024.txt");

        assertEquals(DocumentType.INDIVIDUAL_REPORT, report.type());
        assertEquals("Lê Thị Mai", report.field(FieldName.PERSON).orElseThrow());
        assertEquals("2024", report.field(FieldName.YEAR).orElseThrow());
        String shortcomings = report.sections(SectionKind.SHORTCOMINGS).findFirst().orElseThrow()
                .textIn(report.text());
        assertTrue(shortcomings.contains("nộp chậm báo cáo thu chi quý I"), shortcomings);
        Path original = new OriginalStore(data.originals()).pathOf(report.provenance().contentHash());
        assertEquals(REPORT, Files.readString(original, StandardCharsets.UTF_8));
        assertEquals("reports/le-thi-mai-2024.txt", report.provenance().path());
    }

    @Test
    void a_register_keeps_its_rows() throws IOException {
        DataFolder data = new DataFolder(work.resolve("data")).create();
        ingest(data, corpus());

        ParsedDocument register = stored(data, "xep-loai-2024.csv");

        assertEquals(DocumentType.RATING_REGISTER, register.type());
        assertEquals(List.of("Lê Thị Mai", "Trần Văn Bình"),
                register.records().stream().map(r -> ((RatingRecord) r).subject()).toList());
    }

    @Test
    void re_ingesting_unchanged_files_is_a_no_op_and_a_changed_file_replaces_its_version() throws IOException {
        DataFolder data = new DataFolder(work.resolve("data")).create();
        Path in = corpus();
        ingest(data, in);

        IngestSummary again = ingest(data, in);
        assertEquals(0, again.ingested().size());
        assertEquals(2, again.unchanged().size());

        Path report = in.resolve("reports/le-thi-mai-2024.txt");
        Files.writeString(report, REPORT.replace("12 báo cáo", "14 báo cáo"), StandardCharsets.UTF_8);
        IngestSummary changed = ingest(data, in);

        assertEquals(1, changed.ingested().size());
        assertTrue(changed.ingested().get(0).replaced());
        assertTrue(stored(data, "reports/le-thi-mai-2024.txt").text().contains("14 báo cáo"));
        try (DocumentIndex index = DocumentIndex.open(data.index())) {
            assertEquals(2, index.count(), "the changed file replaced its earlier version");
        }
    }
}
