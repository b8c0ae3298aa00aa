package vn.soi.indexer.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ExtractedField;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.Section;
import vn.soi.indexer.document.SectionKind;

/** Hand-written documents for the index tests (our own Vietnamese text). */
final class TestDocuments {

    static final String REPORT_A_TEXT = """
            BẢN KIỂM ĐIỂM CÁ NHÂN
            Họ và tên: Nguyễn Văn A. Đơn vị: Chi bộ Phòng Tài chính.
            I. Ưu điểm
            Hoàn thành tốt nhiệm vụ được huyện ủy giao, tỷ lệ giải ngân đạt 4,2% <so với> kế hoạch & hơn.
            II. Hạn chế, khuyết điểm
            Còn khuyết điểm trong việc kiểm tra, nguyên nhân khách quan là do thiếu người.
            III. Phương hướng
            Khắc phục ngay trong quý I.
            """;

    static final String REPORT_B_TEXT = """
            BAN KIEM DIEM CA NHAN
            Ho va ten: Tran Thi B.
            I. Uu diem
            Da thuc hien, nguyên nhân khách quan được nêu rõ, theo chỉ đạo của huyện uỷ.
            II. Han che
            Con khuyet diem ve ky luat.
            """;

    static final String MINUTES_TEXT = "BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM\nChi bộ thực hiện tự phê\nbình và phê bình theo"
            + " hướng dẫn của \u00D0ảng ủy. Tinh thần xây dựng Đảng vững mạnh, đất nước Vie\u0323\u0302t Nam.\n";

    static final String DECISION_TEXT = "QUYẾT ĐỊNH THI HÀNH KỶ LUẬT\nĐồng chí Lê Văn C có khuyết điểm nghiêm trọng.\n";

    private TestDocuments() {
    }

    static ParsedDocument reportA() {
        String text = REPORT_A_TEXT;
        List<Section> sections = List.of(
                section(text, SectionKind.STRENGTHS, "I. Ưu điểm", "II. Hạn chế"),
                section(text, SectionKind.SHORTCOMINGS, "II. Hạn chế", "III. Phương hướng"),
                section(text, SectionKind.DIRECTION, "III. Phương hướng", null));
        return document("id-a", "reports/2023/nguyen-van-a.docx", "hash-a", DocumentType.INDIVIDUAL_REPORT, text,
                List.of(new ExtractedField(FieldName.PERSON, "Nguyễn Văn A", -1, -1),
                        ExtractedField.derived(FieldName.UNIT, "Chi bộ Phòng Tài chính"),
                        ExtractedField.derived(FieldName.YEAR, "2023"),
                        ExtractedField.derived(FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ"),
                        ExtractedField.derived(FieldName.DATE, "2023-12-10")),
                sections);
    }

    static ParsedDocument reportB() {
        String text = REPORT_B_TEXT;
        List<Section> sections = List.of(
                section(text, SectionKind.STRENGTHS, "I. Uu diem", "II. Han che"),
                section(text, SectionKind.SHORTCOMINGS, "II. Han che", null));
        return document("id-b", "reports/2022/tran-thi-b.docx", "hash-b", DocumentType.INDIVIDUAL_REPORT, text,
                List.of(ExtractedField.derived(FieldName.PERSON, "Trần Thị B"),
                        ExtractedField.derived(FieldName.UNIT, "Chi bộ Văn phòng"),
                        ExtractedField.derived(FieldName.YEAR, "2022"),
                        ExtractedField.derived(FieldName.SELF_RATING, "HTXSNV"),
                        ExtractedField.derived(FieldName.DATE, "2022-12-01")),
                sections);
    }

    static ParsedDocument minutes() {
        return document("id-m", "minutes/bien-ban-2023.pdf", "hash-m", DocumentType.MINUTES, MINUTES_TEXT,
                List.of(ExtractedField.derived(FieldName.UNIT, "Chi bộ Phòng Tài chính"),
                        ExtractedField.derived(FieldName.YEAR, "2023")),
                List.of());
    }

    static ParsedDocument decision() {
        return document("id-d", "decisions/ky-luat-le-van-c.docx", "hash-d", DocumentType.DISCIPLINE_DECISION,
                DECISION_TEXT,
                List.of(ExtractedField.derived(FieldName.PERSON, "Lê Văn C"),
                        ExtractedField.derived(FieldName.UNIT, "Chi bộ Văn phòng"),
                        ExtractedField.derived(FieldName.YEAR, "2021"),
                        ExtractedField.derived(FieldName.DECISION_DATE, "2021-06-15")),
                List.of());
    }

    static List<ParsedDocument> all() {
        return List.of(reportA(), reportB(), minutes(), decision());
    }

    static ParsedDocument document(String id, String path, String hash, DocumentType type, String text,
                                   List<ExtractedField> fields, List<Section> sections) {
        Provenance provenance = new Provenance(path, hash, text.length(), "text/plain", "test", false,
                List.of(), Instant.parse("2024-01-02T03:04:05Z"));
        return new ParsedDocument(id, provenance, text, new Classification(type, 0.9, List.of("test")),
                new ArrayList<>(fields), sections, List.of(), List.of(), List.of());
    }

    private static Section section(String text, SectionKind kind, String heading, String nextHeading) {
        int start = text.indexOf(heading);
        int end = nextHeading == null ? text.length() : text.indexOf(nextHeading);
        return new Section(kind, heading, start, end);
    }
}
