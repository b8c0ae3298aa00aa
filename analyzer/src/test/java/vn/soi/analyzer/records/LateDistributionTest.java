package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;

class LateDistributionTest {

    static ParsedDocument minutes(String sent, String meeting) {
        String text = "BIÊN BẢN\nHội nghị họp ngày " + meeting + ". Dự thảo báo cáo đã gửi các đồng chí ngày " + sent
                + ".\n";
        return doc("bb/" + meeting + ".txt", DocumentType.MINUTES, text)
                .field(FieldName.MEETING_DATE, iso(meeting), meeting)
                .field(FieldName.REPORTS_SENT_DATE, iso(sent), sent).field(FieldName.YEAR, "2024", "2024").build();
    }

    static String iso(String vi) {
        String[] p = vi.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
    }

    @Test
    void flags_a_report_sent_two_working_days_before_the_meeting() {
        List<Finding> findings = run(new LateDistribution(), minutes("16/12/2024", "18/12/2024"));

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(2, f.measures().get("workingDaysBefore"));
        assertEquals(List.of("16/12/2024", "18/12/2024"), f.evidence().stream().map(e -> e.quote()).toList());
        assertTrue(f.explanation().contains("chỉ có 2 ngày làm việc"), f.explanation());
    }

    @Test
    void friday_monday_and_tuesday_are_three_working_days_before_a_wednesday_meeting() {
        assertTrue(run(new LateDistribution(), minutes("13/12/2024", "18/12/2024")).isEmpty());
    }

    @Test
    void new_year_day_is_not_a_working_day() {
        List<Finding> findings = run(new LateDistribution(), minutes("30/12/2024", "02/01/2025"));

        assertEquals(1, findings.size());
        assertEquals(2, findings.get(0).measures().get("workingDaysBefore"));
        assertEquals(3L, findings.get(0).measures().get("calendarDaysBefore"));
    }

    @Test
    void joins_the_sending_date_of_a_report_with_the_meeting_date_of_the_minutes_by_person_and_year() {
        ParsedDocument report = doc("bk/an-2024.txt", DocumentType.INDIVIDUAL_REPORT,
                "Họ và tên: Vũ Thị An. Đơn vị: Phòng Nội vụ. Ngày gửi: 20/12/2024")
                .field(FieldName.PERSON, "Vũ Thị An").field(FieldName.UNIT, "Phòng Nội vụ")
                .field(FieldName.YEAR, "2024", "2024").field(FieldName.REPORTS_SENT_DATE, "2024-12-20", "20/12/2024")
                .build();
        ParsedDocument minutes = doc("bb/an-2024.txt", DocumentType.MINUTES,
                "Kiểm điểm đồng chí Vũ Thị An, Phòng Nội vụ, họp ngày 20/12/2024")
                .field(FieldName.PERSON, "Vũ Thị An").field(FieldName.UNIT, "Phòng Nội vụ")
                .field(FieldName.YEAR, "2024", "2024").field(FieldName.MEETING_DATE, "2024-12-20", "20/12/2024")
                .build();

        List<Finding> findings = run(new LateDistribution(), report, minutes);

        assertEquals(1, findings.size());
        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertEquals("bb/an-2024.txt", findings.get(0).document());
        assertEquals(List.of("bk/an-2024.txt", "bb/an-2024.txt"),
                findings.get(0).evidence().stream().map(e -> e.document()).toList());
    }
}
