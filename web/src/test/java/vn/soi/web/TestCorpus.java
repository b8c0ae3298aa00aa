package vn.soi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.FindingKey;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.Opinion;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.ingest.OriginalStore;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * A small hand-written corpus (our own Vietnamese text) indexed into a test app: two individual reports, minutes and
 * a discipline register, with one finding and the originals stored. Report A carries hostile markup.
 */
final class TestCorpus {
    static final String REPORT_A = "doc-a";
    static final String REPORT_B = "doc-b";
    static final String MINUTES = "doc-m";
    static final String REGISTER = "doc-r";
    static final String REPORT_A_PATH = "reports/2023/nguyen-van-an.txt";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** Every personal name of the corpus. */
    static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em");
    static final String SELF_RATING = "Tự nhận mức xếp loại: Hoàn thành xuất sắc nhiệm vụ";

    static final String REPORT_A_TEXT = "BẢN KIỂM ĐIỂM CÁ NHÂN\n"
            + "Họ và tên: Nguyễn Văn An. Đơn vị: Chi bộ Phòng Tài chính.\n"
            + "I. Ưu điểm, kết quả đạt được\n"
            + "Đồng chí Nguyễn Văn An hoàn thành tốt nhiệm vụ được giao, ghi chú " + SCRIPT + " và " + IMG + ".\n"
            + "II. Hạn chế, khuyết điểm\n"
            + "Còn khuyết điểm trong việc kiểm tra hồ sơ, nguyên nhân khách quan là do thiếu người.\n"
            + "III. Tự nhận mức xếp loại\n"
            + SELF_RATING + ".\n";

    static final String REPORT_B_TEXT = "BẢN KIỂM ĐIỂM CÁ NHÂN\n"
            + "Họ và tên: Trần Thị Bình. Đơn vị: Chi bộ Văn phòng.\n"
            + "I. Ưu điểm, kết quả đạt được\n"
            + "Thực hiện đúng quy chế làm việc của cơ quan.\n"
            + "II. Hạn chế, khuyết điểm\n"
            + "Đôi lúc còn chậm, khuyết điểm do nguyên nhân chủ quan.\n";

    static final String MINUTES_TEXT = "BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM\n"
            + "Chủ trì: Lê Văn Cường. Thư ký: Phạm Thị Dung.\n"
            + "Đồng chí Hoàng Văn Em góp ý: bản kiểm điểm của đồng chí Nguyễn Văn An còn chung chung.\n"
            + "Đồng chí Nguyễn Văn An tiếp thu ý kiến.\n";

    static final String REGISTER_TEXT = "Họ và tên | Đơn vị | Hình thức kỷ luật | Ngày quyết định\n"
            + "Nguyễn Văn An | Chi bộ Phòng Tài chính | Khiển trách | 12/08/2023\n";

    private TestCorpus() {
    }

    /** Indexes the corpus, stores the originals and the finding; @return the test app */
    static TestApp load(TestApp test) {
        try {
            Path originals = test.services.data().originals();
            for (ParsedDocument document : List.of(reportA(originals), reportB(originals), minutes(originals),
                    register(originals))) {
                test.services.index().upsert(document);
            }
            test.services.index().commit();
            test.services.findings().replace(List.of(finding()));
            return test;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int selfRatingStart() {
        return REPORT_A_TEXT.indexOf(SELF_RATING);
    }

    static Finding finding() {
        int start = selfRatingStart();
        Subject subject = new Subject(Subject.Kind.PERSON, "Nguyễn Văn An", "Chi bộ Phòng Tài chính", 2023);
        return new Finding(FindingKey.of(SignalId.RATING_DISCIPLINE_CONFLICT, subject, List.of("a")),
                SignalId.RATING_DISCIPLINE_CONFLICT, Severity.HIGH, 0.93, REPORT_A_PATH,
                DocumentType.INDIVIDUAL_REPORT, subject,
                List.of(new Evidence(REPORT_A_PATH, SELF_RATING, start, start + SELF_RATING.length()),
                        Evidence.row("registers/ky-luat-2023.csv",
                                "Nguyễn Văn An | Chi bộ Phòng Tài chính | Khiển trách | 12/08/2023")),
                Map.of(), "Nguyễn Văn An tự nhận Hoàn thành xuất sắc nhiệm vụ nhưng bị kỷ luật khiển trách "
                        + "ngày 12/08/2023 trong năm đánh giá.", "Quy định 124-QĐ/TW");
    }

    private static ParsedDocument reportA(Path originals) throws IOException {
        String text = REPORT_A_TEXT;
        return document(originals, REPORT_A, REPORT_A_PATH, DocumentType.INDIVIDUAL_REPORT, text,
                List.of(new ExtractedField(FieldName.PERSON, "Nguyễn Văn An", text.indexOf("Nguyễn"),
                                text.indexOf("Nguyễn") + 13),
                        ExtractedField.derived(FieldName.UNIT, "Chi bộ Phòng Tài chính"),
                        ExtractedField.derived(FieldName.YEAR, "2023"),
                        ExtractedField.derived(FieldName.SELF_RATING, "Hoàn thành xuất sắc nhiệm vụ"),
                        ExtractedField.derived(FieldName.DATE, "2023-12-10")),
                List.of(section(text, SectionKind.STRENGTHS, "I. Ưu điểm", "II. Hạn chế"),
                        section(text, SectionKind.SHORTCOMINGS, "II. Hạn chế", "III. Tự nhận"),
                        section(text, SectionKind.SELF_RATING, "III. Tự nhận", null)),
                List.of(), List.of());
    }

    private static ParsedDocument reportB(Path originals) throws IOException {
        String text = REPORT_B_TEXT;
        return document(originals, REPORT_B, "reports/2022/tran-thi-binh.txt", DocumentType.INDIVIDUAL_REPORT, text,
                List.of(ExtractedField.derived(FieldName.PERSON, "Trần Thị Bình"),
                        ExtractedField.derived(FieldName.UNIT, "Chi bộ Văn phòng"),
                        ExtractedField.derived(FieldName.YEAR, "2022"),
                        ExtractedField.derived(FieldName.DATE, "2022-12-01")),
                List.of(section(text, SectionKind.STRENGTHS, "I. Ưu điểm", "II. Hạn chế"),
                        section(text, SectionKind.SHORTCOMINGS, "II. Hạn chế", null)),
                List.of(), List.of());
    }

    private static ParsedDocument minutes(Path originals) throws IOException {
        String text = MINUTES_TEXT;
        int opinion = text.indexOf("Đồng chí Hoàng");
        int answer = text.indexOf("Đồng chí Nguyễn Văn An tiếp thu");
        return document(originals, MINUTES, "minutes/bien-ban-2023.txt", DocumentType.MINUTES, text,
                List.of(ExtractedField.derived(FieldName.UNIT, "Chi bộ Phòng Tài chính"),
                        ExtractedField.derived(FieldName.YEAR, "2023"),
                        ExtractedField.derived(FieldName.CHAIR, "Lê Văn Cường"),
                        ExtractedField.derived(FieldName.SECRETARY, "Phạm Thị Dung")),
                List.of(new Section(SectionKind.OPINIONS, "", opinion, text.length())),
                List.of(new Opinion("Hoàng Văn Em", opinion, answer, false),
                        new Opinion("Nguyễn Văn An", answer, text.length(), true)),
                List.of());
    }

    private static ParsedDocument register(Path originals) throws IOException {
        return document(originals, REGISTER, "registers/ky-luat-2023.csv", DocumentType.DISCIPLINE_REGISTER,
                REGISTER_TEXT, List.of(), List.of(), List.of(),
                List.of(new DisciplineRecord("Nguyễn Văn An", false, "Chi bộ Phòng Tài chính", "Phó trưởng phòng",
                        DisciplineForm.REPRIMAND, LocalDate.of(2023, 8, 12), "15-QĐ/CB", "Vi phạm quy chế", 2,
                        Map.of())));
    }

    private static ParsedDocument document(Path originals, String id, String path, DocumentType type, String text,
            List<ExtractedField> fields, List<Section> sections, List<Opinion> opinions,
            List<RegisterRecord> records) throws IOException {
        Path file = Files.createTempFile("soi-original", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String hash = ContentHash.of(file);
        new OriginalStore(originals).keep(file, hash);
        Files.delete(file);
        Provenance provenance = new Provenance(path, hash, text.getBytes(StandardCharsets.UTF_8).length,
                "text/plain", "test", false, List.of("NFC"), Instant.parse("2024-01-02T03:04:05Z"));
        return new ParsedDocument(id, provenance, text, new Classification(type, 0.9, List.of("tiêu đề")),
                fields, sections, opinions, records, List.of());
    }

    private static Section section(String text, SectionKind kind, String heading, String nextHeading) {
        int start = text.indexOf(heading);
        int end = nextHeading == null ? text.length() : text.indexOf(nextHeading);
        return new Section(kind, heading, start, end);
    }
}
