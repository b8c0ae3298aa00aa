package vn.soi.analyzer.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.testing.TestDocs.doc;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.indexer.document.DocumentType;

class StatisticsInconsistentTest {

    private static List<Finding> analyse(String text) {
        return run(new StatisticsInconsistent(), doc("bc/tong-hop.txt", DocumentType.OTHER, text).build());
    }

    @Test
    void a_rounded_share_holds() {
        assertTrue(analyse("Có 3/71 đảng viên (chiếm 4,2%) được xếp loại hoàn thành nhiệm vụ.").isEmpty());
    }

    @Test
    void a_truncated_share_of_fourteen_in_five_thousand_two_hundred_and_twenty_holds() {
        assertTrue(analyse("Không hoàn thành nhiệm vụ: 14/5.220 đảng viên (0,26%).").isEmpty());
    }

    @Test
    void flags_five_of_one_hundred_and_twenty_stated_as_eight_percent() {
        String text = "Kết quả: 5/120 đồng chí (chiếm 8%) hoàn thành xuất sắc nhiệm vụ.";
        List<Finding> findings = analyse(text);

        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("5/120 đồng chí (chiếm 8%)", f.evidence().get(0).quote());
        assertEquals(text.indexOf("5/120"), f.evidence().get(0).start());
        assertEquals(List.of("5/120 = 4,17%, ghi 8%"), f.measures().get("inconsistentShares"));
    }

    @Test
    void dates_are_not_counts() {
        assertTrue(analyse("Ngày 12/08/2023 (chiếm 5%) và ngày 12/8, tỷ lệ đạt 95%.").isEmpty());
    }

    @Test
    void reads_vietnamese_thousands_and_decimal_commas() {
        List<ShareStatement> found = ShareStatement.find("5 trên 1.234 người, chiếm 0,4% tổng số", 40);

        assertEquals(1, found.size());
        assertEquals(1234, found.get(0).whole());
        assertEquals(1, found.get(0).decimals());
        assertTrue(found.get(0).holds());
        assertFalse(ShareStatement.find("3/71 (chiếm 5,2%)", 40).get(0).holds());
    }
}
