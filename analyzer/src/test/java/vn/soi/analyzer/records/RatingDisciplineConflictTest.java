package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Rating;
import vn.soi.indexer.records.DisciplineForm;
import vn.soi.indexer.records.DisciplineRecord;
import vn.soi.indexer.records.RatingRecord;

class RatingDisciplineConflictTest {

    static ParsedDocument report(String path, int year, String level) {
        String text = "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM " + year + "\nHọ và tên: Trần Thị Bình\nĐơn vị: Phòng Kế hoạch\n"
                + "Tự nhận mức xếp loại: " + level + "\n";
        return doc(path, DocumentType.INDIVIDUAL_REPORT, text).field(FieldName.PERSON, "Trần Thị Bình")
                .field(FieldName.UNIT, "Phòng Kế hoạch").field(FieldName.YEAR, String.valueOf(year))
                .field(FieldName.SELF_RATING, level).build();
    }

    static ParsedDocument disciplineRegister(LocalDate decided) {
        return doc("registers/ky-luat.csv", DocumentType.DISCIPLINE_REGISTER, "").records(List.of(
                new DisciplineRecord("Trần Thị Bình", false, "Phòng Kế hoạch", "Chuyên viên", DisciplineForm.REPRIMAND,
                        decided, "15-QĐ/ĐU", "", 2, Map.of()))).build();
    }

    @Test
    void flags_excellent_self_rating_of_a_person_reprimanded_in_the_review_year_as_high_from_2025() {
        List<Finding> findings = run(new RatingDisciplineConflict(),
                report("bk/binh-2025.txt", 2025, "Hoàn thành xuất sắc nhiệm vụ"),
                disciplineRegister(LocalDate.of(2025, 8, 12)));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals("bk/binh-2025.txt", f.document());
        assertTrue(f.rule().contains("366-QĐ/TW"), f.rule());
        assertTrue(f.explanation().contains("bị kỷ luật khiển trách ngày 12/08/2025"), f.explanation());
        assertEquals("Hoàn thành xuất sắc nhiệm vụ", f.evidence().get(0).quote());
        assertEquals(f.evidence().get(0).quote().length(), f.evidence().get(0).end() - f.evidence().get(0).start());
        assertEquals("Trần Thị Bình | Phòng Kế hoạch | Chuyên viên | Khiển trách | 12/08/2025 | 15-QĐ/ĐU",
                f.evidence().get(1).quote());
        assertEquals(List.of("SELF:HTXSNV"), f.measures().get("ratings"));
    }

    @Test
    void flags_good_rating_before_2025_as_medium_and_names_the_state_rule() {
        List<Finding> findings = run(new RatingDisciplineConflict(),
                report("bk/binh-2023.txt", 2023, "Hoàn thành tốt nhiệm vụ"),
                disciplineRegister(LocalDate.of(2023, 3, 2)));

        assertEquals(1, findings.size());
        assertEquals(Severity.MEDIUM, findings.get(0).severity());
        assertTrue(findings.get(0).rule().contains("Nghị định 90/2020"), findings.get(0).rule());
        assertTrue(findings.get(0).rule().contains("124-QĐ/TW"), findings.get(0).rule());
    }

    @Test
    void a_discipline_decision_dated_in_the_following_year_is_not_a_conflict_for_the_review_year() {
        assertTrue(run(new RatingDisciplineConflict(), report("bk/binh-2023.txt", 2023, "Hoàn thành tốt nhiệm vụ"),
                disciplineRegister(LocalDate.of(2024, 1, 15))).isEmpty());
    }

    @Test
    void stays_quiet_when_the_disciplined_person_is_rated_completed() {
        assertTrue(run(new RatingDisciplineConflict(), report("bk/binh-2023.txt", 2023, "Hoàn thành nhiệm vụ"),
                disciplineRegister(LocalDate.of(2023, 5, 1))).isEmpty());
    }

    @Test
    void reports_an_ambiguous_identity_at_low_severity_instead_of_guessing() {
        ParsedDocument ratings = doc("registers/xep-loai.csv", DocumentType.RATING_REGISTER, "").records(List.of(
                new RatingRecord("Trần Thị Bình", false, "Phòng Kế hoạch", "", 2023, Rating.GOOD, 2, Map.of()),
                new RatingRecord("Trần Thị Bình", false, "Phòng Kế hoạch", "", 2023, Rating.COMPLETED, 3, Map.of())))
                .build();

        List<Finding> findings = run(new RatingDisciplineConflict(), ratings,
                disciplineRegister(LocalDate.of(2023, 5, 1)));

        assertEquals(1, findings.size());
        assertEquals(Severity.LOW, findings.get(0).severity());
        assertTrue(findings.get(0).explanation().contains("danh tính chưa chắc chắn"), findings.get(0).explanation());
        assertEquals("Hai kết quả xếp loại trong cùng một năm", findings.get(0).measures().get("identityAmbiguity"));
    }

    @Test
    void joins_a_register_that_names_the_party_cell_while_the_report_names_the_office_too() {
        String text = "Họ và tên: Trần Thị Bình. Chi bộ Phòng Kế hoạch. Đơn vị công tác: Phòng Kế hoạch. Năm 2024. "
                + "Tự nhận mức xếp loại: Hoàn thành tốt nhiệm vụ";
        ParsedDocument report = doc("bk/binh-2024.txt", DocumentType.INDIVIDUAL_REPORT, text)
                .field(FieldName.PERSON, "Trần Thị Bình").field(FieldName.UNIT, "Phòng Kế hoạch", "Phòng Kế hoạch.")
                .field(FieldName.CELL, "Chi bộ Phòng Kế hoạch").field(FieldName.YEAR, "2024")
                .field(FieldName.SELF_RATING, "Hoàn thành tốt nhiệm vụ").build();
        ParsedDocument register = doc("registers/kl.csv", DocumentType.DISCIPLINE_REGISTER, "").records(List.of(
                new DisciplineRecord("Trần Thị Bình", false, "Chi bộ Phòng Kế hoạch", "", DisciplineForm.WARNING,
                        LocalDate.of(2024, 10, 1), "", "", 2, Map.of()))).build();

        List<Finding> findings = run(new RatingDisciplineConflict(), report, register);

        assertEquals(1, findings.size());
        assertEquals("registers/kl.csv", findings.get(0).evidence().get(1).document());
    }
}
