package vn.soi.analyzer.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.soi.analyzer.corpus.Reports.report;
import static vn.soi.analyzer.testing.TestDocs.run;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.indexer.document.ParsedDocument;

class BoilerplateTest {

    /** Formulas that say nothing about the writer (our own wording of the genre's stock sentences). */
    static final List<String> FORMULAS = List.of(
            "Bản thân luôn giữ vững lập trường, quan điểm, bản lĩnh chính trị vững vàng, tuyệt đối trung thành với lý "
                    + "tưởng cách mạng.",
            "Luôn chấp hành nghiêm túc mọi chủ trương của cấp trên, không có biểu hiện dao động trước khó khăn thử "
                    + "thách.",
            "Có lối sống giản dị, lành mạnh, trong sáng, gần gũi và hòa đồng với đồng chí, đồng nghiệp trong cơ quan.",
            "Luôn có tinh thần trách nhiệm cao trong công việc, hoàn thành mọi nhiệm vụ được cấp trên phân công.",
            "Tác phong làm việc khoa học, dân chủ, sâu sát, gần gũi quần chúng, luôn lắng nghe ý kiến góp ý của mọi "
                    + "người.",
            "Đôi lúc công tác phối hợp chưa thật sự nhịp nhàng, việc nghiên cứu văn bản có lúc chưa sâu.",
            "Nguyên nhân chủ yếu là do khối lượng công việc nhiều, thời gian có hạn nên chưa đầu tư đúng mức.",
            "Trong thời gian tới bản thân sẽ tiếp tục phát huy những ưu điểm, khắc phục những hạn chế đã nêu.");

    /** Honest parts: strengths, shortcomings, direction of four different people, each with text of their own. */
    static final List<List<List<String>>> HONEST = List.of(
            List.of(Reports.HUNG_STRENGTHS, Reports.HUNG_SHORTCOMINGS, Reports.HUNG_DIRECTION),
            List.of(Reports.MAI_STRENGTHS, Reports.MAI_SHORTCOMINGS, Reports.MAI_DIRECTION),
            List.of(List.of("Là giáo viên chủ nhiệm lớp bốn, tôi đã giúp năm em học sinh đọc chậm theo kịp chương trình "
                            + "sau một học kỳ phụ đạo buổi chiều.",
                    "Tôi dự giờ đồng nghiệp mười hai tiết và viết hai sáng kiến về dạy toán bằng trò chơi, được hội "
                            + "đồng trường công nhận."),
                    List.of("Điểm yếu của tôi là chưa liên lạc thường xuyên với phụ huynh, có gia đình cả học kỳ chưa "
                            + "được gặp.", "Tôi cũng từng nóng nảy với học sinh trong một buổi sinh hoạt lớp, sau đó "
                            + "đã xin lỗi các em."),
                    List.of("Tôi sẽ lập nhóm trao đổi với phụ huynh và gọi điện cho mỗi gia đình ít nhất hai lần mỗi "
                            + "kỳ.")),
            List.of(List.of("Trạm đã tiêm chủng đầy đủ cho chín mươi tám phần trăm trẻ dưới một tuổi trên địa bàn "
                            + "xã.", "Tôi trực tiếp theo dõi bệnh nhân tăng huyết áp, lập danh sách một trăm hai mươi "
                            + "người và khám định kỳ hằng tháng."),
                    List.of("Thiếu sót của tôi là để tủ thuốc hết hạn hai loại kháng sinh mà không phát hiện kịp.",
                            "Việc ghi chép sổ khám bệnh đôi khi chưa đầy đủ vì đông bệnh nhân vào buổi sáng thứ "
                                    + "hai."),
                    List.of("Tôi sẽ kiểm kê tủ thuốc vào ngày cuối mỗi tháng và phân công thêm một người ghi sổ.")));

    /** Report i of the formal ones: every formula but two, and one short line of its own. */
    static ParsedDocument formal(int i) {
        List<String> kept = new ArrayList<>(FORMULAS);
        kept.remove(2 * i + 1);
        kept.remove(2 * i);
        return report("bk/2024/formal-" + i + ".txt", "Đảng viên F" + i, "Chi bộ Khối " + i, 2024,
                kept.subList(0, 3), kept.subList(3, 5), List.of(kept.get(5), "Tôi làm ở tổ " + (i + 1) + "."));
    }

    static List<ParsedDocument> cohort() {
        List<ParsedDocument> documents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            documents.add(formal(i));
            List<List<String>> h = HONEST.get(i);
            documents.add(report("bk/2024/honest-" + i + ".txt", "Đảng viên H" + i, "Chi bộ Khối " + i, 2024,
                    h.get(0), h.get(1), h.get(2)));
        }
        return documents;
    }

    @Test
    void flags_the_reports_made_of_phrases_shared_by_a_large_share_of_the_cohort_and_not_the_honest_ones() {
        List<ParsedDocument> documents = cohort();
        List<Finding> findings = run(new Boilerplate(), documents.toArray(ParsedDocument[]::new));

        assertEquals(List.of("bk/2024/formal-0.txt", "bk/2024/formal-1.txt", "bk/2024/formal-2.txt",
                "bk/2024/formal-3.txt"), findings.stream().map(Finding::document).toList());
        Finding f = findings.get(0);
        assertTrue((double) f.measures().get("boilerplateShare") >= 0.8, f.measures().toString());
        assertEquals(8, f.measures().get("cohortSize"));
        assertEquals(List.of(3, 6), f.measures().get("documentFrequencyRange"));
        String text = documents.get(0).text();
        for (Evidence e : f.evidence()) {
            assertEquals(e.quote(), text.substring(e.start(), e.end()));
            assertTrue(FORMULAS.contains(e.quote()), e.quote());
        }
    }

    @Test
    void a_cohort_too_small_for_document_shares_is_not_scored() {
        assertTrue(run(new Boilerplate(), formal(0), formal(1), formal(2)).isEmpty());
    }

    @Test
    void quartiles_interpolate_between_sorted_values() {
        assertEquals(1.75, Boilerplate.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-9);
        assertEquals(3.25, Boilerplate.quantile(new double[] {1, 2, 3, 4}, 0.75), 1e-9);
    }
}
