package vn.soi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RatingRecord;
import vn.soi.indexer.records.RegisterRecord;

/**
 * A small hand-made corpus (written for these tests) and findings over it: two reports sharing a passage, a rating
 * register, a discipline register, and four findings of different signals, severities, units and years.
 */
final class FindingFixtures {
    static final String UNIT_A = "Chi bộ Phòng Tài chính";
    static final String UNIT_B = "Chi bộ Phòng Hành chính";
    static final String REPORT_A = "bao-cao/2023/nguyen-van-an.docx";
    static final String REPORT_B = "bao-cao/2023/tran-thi-binh.docx";
    static final String RATINGS = "so/xep-loai-2023.xlsx";
    static final String DISCIPLINE = "so/ky-luat-2023.xlsx";
    static final String COPY = "copied_report-0001";
    static final String CONFLICT = "rating_discipline_conflict-0002";
    static final String BOILERPLATE = "boilerplate-0003";
    static final String YEAR_COPY = "year_over_year_copy-0004";
    /** Every personal name of the corpus: a researcher must never see one. */
    static final List<String> PERSON_NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
            "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Khánh", "Đỗ Văn Long", "Ngô Thị Mai",
            "Dương Văn Nam", "Lý Thị Oanh", "Mai Văn Phúc");
    static final String SHARED = "Bản thân luôn giữ vững lập trường tư tưởng chính trị, chấp hành nghiêm chủ trương của Đảng.";
    static final String TEXT_A = "BẢN KIỂM ĐIỂM CÁ NHÂN\nHọ và tên: Nguyễn Văn An\n" + SHARED
            + "\nHạn chế: đôi lúc còn chưa mạnh dạn.\nTự nhận mức xếp loại: Hoàn thành xuất sắc nhiệm vụ.";
    static final String TEXT_B = "BẢN KIỂM ĐIỂM CÁ NHÂN\nHọ và tên: Trần Thị Bình\nVề tư tưởng: " + SHARED
            + "\nTự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ.";

    private FindingFixtures() {
    }

    /** Indexes the corpus and stores the findings in the app's data folder. */
    static void load(TestApp test) {
        try {
            for (ParsedDocument document : documents()) {
                test.services.index().upsert(document);
            }
            test.services.index().commit();
            test.services.findings().replace(findings());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores one finding per key (a minimal finding), for tests of the review API. */
    static void storeKeys(TestApp test, String... keys) {
        List<Finding> findings = new ArrayList<>();
        for (String key : keys) {
            findings.add(new Finding(key, SignalId.BOILERPLATE, Severity.LOW, 0.1, REPORT_A,
                    DocumentType.INDIVIDUAL_REPORT, new Subject(Subject.Kind.DOCUMENT, "", UNIT_A, 2023),
                    List.of(new Evidence(REPORT_A, "BẢN", 0, 3)), Map.of(), "Giải thích.", "Nguồn."));
        }
        try {
            test.services.findings().replace(findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> findings() {
        int a = TEXT_A.indexOf(SHARED);
        int b = TEXT_B.indexOf(SHARED);
        String selfRating = "Tự nhận mức xếp loại: Hoàn thành xuất sắc nhiệm vụ";
        int s = TEXT_A.indexOf(selfRating);
        return List.of(
                new Finding(COPY, SignalId.COPIED_REPORT, Severity.HIGH, 0.94, REPORT_A,
                        DocumentType.INDIVIDUAL_REPORT,
                        new Subject(Subject.Kind.PAIR, "Nguyễn Văn An – Trần Thị Bình", UNIT_A, 2023),
                        List.of(new Evidence(REPORT_A, SHARED, a, a + SHARED.length()),
                                new Evidence(REPORT_B, SHARED, b, b + SHARED.length())),
                        Map.of("similarity", 0.94, "otherDocument", REPORT_B),
                        "Bản kiểm điểm của Nguyễn Văn An và của Trần Thị Bình trùng nhau phần lớn nội dung.",
                        "Hướng dẫn kiểm điểm: nội dung phải của chính người viết"),
                new Finding(CONFLICT, SignalId.RATING_DISCIPLINE_CONFLICT, Severity.HIGH, 0.9, REPORT_A,
                        DocumentType.INDIVIDUAL_REPORT, new Subject(Subject.Kind.PERSON, "Nguyễn Văn An", UNIT_A, 2023),
                        List.of(new Evidence(REPORT_A, selfRating, s, s + selfRating.length()),
                                Evidence.row(DISCIPLINE, "Nguyễn Văn An | Khiển trách | 12/08/2023")),
                        Map.of(), "Nguyễn Văn An tự nhận Hoàn thành xuất sắc nhiệm vụ nhưng bị khiển trách trong năm.",
                        "Quy định 124-QĐ/TW"),
                new Finding(BOILERPLATE, SignalId.BOILERPLATE, Severity.MEDIUM, 0.55, REPORT_B,
                        DocumentType.INDIVIDUAL_REPORT, new Subject(Subject.Kind.PERSON, "Trần Thị Bình", UNIT_B, 2022),
                        List.of(new Evidence(REPORT_B, SHARED, b, b + SHARED.length())),
                        Map.of("boilerplateShare", 0.62),
                        "=SUM(A1) phần lớn bản kiểm điểm là câu chữ khuôn sáo.", "Lang & Stice-Lawrence 2015"),
                new Finding(YEAR_COPY, SignalId.YEAR_OVER_YEAR_COPY, Severity.LOW, 0.3, REPORT_B,
                        DocumentType.INDIVIDUAL_REPORT, new Subject(Subject.Kind.PERSON, "Trần Thị Bình", UNIT_B, 2023),
                        List.of(new Evidence(REPORT_B, SHARED, b, b + SHARED.length())),
                        Map.of("stickiness", 0.81), "Lặp lại bản kiểm điểm năm trước.", "Hướng dẫn kiểm điểm"));
    }

    static List<ParsedDocument> documents() {
        List<RegisterRecord> ratings = new ArrayList<>();
        int row = 2;
        // Unit A: 2 HTXSNV for 5 HTTNV (40%, over the 20% quota); unit B: 1 for 5 (20%, within).
        ratings.add(rating("Nguyễn Văn An", UNIT_A, Rating.EXCELLENT, row++));
        ratings.add(rating("Lê Văn Cường", UNIT_A, Rating.EXCELLENT, row++));
        for (String name : List.of("Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Khánh")) {
            ratings.add(rating(name, UNIT_A, Rating.GOOD, row++));
        }
        ratings.add(rating("Đỗ Văn Long", UNIT_A, Rating.COMPLETED, row++));
        ratings.add(rating("Trần Thị Bình", UNIT_B, Rating.EXCELLENT, row++));
        for (String name : List.of("Ngô Thị Mai", "Dương Văn Nam", "Lý Thị Oanh", "Mai Văn Phúc", "Lê Văn Cường")) {
            ratings.add(rating(name, UNIT_B, Rating.GOOD, row++));
        }
        ratings.add(new RatingRecord(UNIT_A, true, UNIT_A, "", 2023, Rating.EXCELLENT, row, Map.of()));
        List<RegisterRecord> discipline = List.of(new DisciplineRecord("Nguyễn Văn An", false, UNIT_A, "Kế toán",
                DisciplineForm.REPRIMAND, LocalDate.of(2023, 8, 12), "12-QĐ/ĐU", "", 2, Map.of()));
        return List.of(
                document(REPORT_A, DocumentType.INDIVIDUAL_REPORT, TEXT_A, List.of(
                        ExtractedField.derived(FieldName.PERSON, "Nguyễn Văn An"),
                        ExtractedField.derived(FieldName.UNIT, UNIT_A),
                        ExtractedField.derived(FieldName.YEAR, "2023"),
                        ExtractedField.derived(FieldName.SELF_RATING, "Hoàn thành xuất sắc nhiệm vụ")), List.of()),
                document(REPORT_B, DocumentType.INDIVIDUAL_REPORT, TEXT_B, List.of(
                        ExtractedField.derived(FieldName.PERSON, "Trần Thị Bình"),
                        ExtractedField.derived(FieldName.UNIT, UNIT_B),
                        ExtractedField.derived(FieldName.YEAR, "2023"),
                        ExtractedField.derived(FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ")), List.of()),
                document(RATINGS, DocumentType.RATING_REGISTER, "", List.of(), ratings),
                document(DISCIPLINE, DocumentType.DISCIPLINE_REGISTER, "", List.of(), discipline));
    }

    private static RatingRecord rating(String name, String unit, Rating level, int row) {
        return new RatingRecord(name, false, unit, "", 2023, level, row, Map.of());
    }

    private static ParsedDocument document(String path, DocumentType type, String text, List<ExtractedField> fields,
            List<RegisterRecord> records) {
        Provenance provenance = new Provenance(path, sha256(path), text.length(), "text/plain", "test", false,
                List.of(), Instant.parse("2026-11-01T00:00:00Z"));
        return new ParsedDocument(ContentHash.documentId(path), provenance, text,
                new Classification(type, 0.9, List.of("test")), fields, List.of(), List.of(), records, List.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
