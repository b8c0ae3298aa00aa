package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;

class VagueSelfCriticismTest {

    static final String VAGUE = """
            #type: INDIVIDUAL_REPORT
            #person: Phạm Minh Đức
            #year: 2023
            [STRENGTHS] I. Ưu điểm
            Trong năm, tôi tiếp nhận và giải quyết 86 đơn thư đúng hạn, đạt 100% kế hoạch.
            Tham gia đầy đủ 12 kỳ sinh hoạt chi bộ.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Đôi lúc còn chưa mạnh dạn trong đấu tranh phê bình.
            Có lúc chưa thật sự quyết liệt trong chỉ đạo, điều hành.
            Việc nghiên cứu, học tập nâng cao trình độ có mặt còn hạn chế.
            [>CAUSES] Nguyên nhân
            Do bản thân chưa dành nhiều thời gian cho tự học.
            """;

    static final String SPECIFIC = """
            #type: INDIVIDUAL_REPORT
            #year: 2023
            [STRENGTHS] I. Ưu điểm
            Trong năm, tôi tiếp nhận và giải quyết 86 đơn thư đúng hạn.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Đôi lúc còn chưa mạnh dạn trong phê bình, cụ thể tại cuộc họp ngày 14/5 tôi không góp ý việc đồng chí tổ trưởng đi muộn.
            Tôi để quá hạn 3 đơn thư của công dân xã Phú Mỹ.
            """;

    @Test
    void flags_shortcomings_made_only_of_hedged_formulas_and_quotes_them() {
        List<Finding> findings = Fixtures.run(List.of(Fixtures.parse("vague.txt", VAGUE))).stream()
                .filter(f -> f.signal() == SignalId.VAGUE_SELF_CRITICISM).toList();

        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(3, finding.measures().get("hedgedSentences"));
        assertEquals(0, finding.measures().get("specificSentences"));
        assertEquals(List.of("Đôi lúc còn chưa mạnh dạn trong đấu tranh phê bình.",
                        "Có lúc chưa thật sự quyết liệt trong chỉ đạo, điều hành.",
                        "Việc nghiên cứu, học tập nâng cao trình độ có mặt còn hạn chế."),
                finding.evidence().stream().map(e -> e.quote()).toList());
        assertTrue(finding.explanation().contains("\"đôi lúc\""), finding.explanation());
    }

    @Test
    void stays_quiet_when_a_hedge_comes_with_a_date_a_number_and_a_named_place() {
        assertFalse(Fixtures.signals(SPECIFIC).contains(SignalId.VAGUE_SELF_CRITICISM));
    }

    @Test
    void stays_quiet_on_an_honest_report() {
        assertFalse(Fixtures.signals(Fixtures.HONEST_HEAD).contains(SignalId.VAGUE_SELF_CRITICISM));
    }
}
