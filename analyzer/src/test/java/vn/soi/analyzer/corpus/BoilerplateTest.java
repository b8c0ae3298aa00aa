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

    /**
     * Sentences of twelve more honest writers (our own wording): each report takes six consecutive ones, so a sentence
     * recurs in at most four reports, under the document-share bound of a cohort of 20.
     */
    static final List<String> OWN = List.of(
            "Tôi đã đối chiếu xong sổ sách tài sản của phòng và phát hiện ba máy tính hỏng chưa được thanh lý.",
            "Trong quý ba tôi đi cơ sở mười bốn lần, gặp trực tiếp các hộ chăn nuôi bị dịch để ghi nhận thiệt hại.",
            "Tôi chủ trì soạn quy trình tiếp nhận hồ sơ đất đai, rút thời gian giải quyết từ mười lăm xuống chín ngày.",
            "Việc bàn giao ca trực đêm ở kho vật tư do tôi phụ trách có hai lần thiếu chữ ký của người nhận.",
            "Tôi để chậm báo cáo quyết toán kinh phí hội nghị gần một tháng vì không thu đủ chứng từ từ các tổ.",
            "Có buổi họp tổ tôi nói quá lời với một đồng chí trẻ, về sau đã gặp riêng để nhận lỗi.",
            "Tôi sẽ lập bảng theo dõi chứng từ theo từng tuần và nhắc các tổ nộp trước ngày hai mươi lăm.",
            "Năm tới tôi đăng ký học lớp nghiệp vụ kế toán hành chính sự nghiệp do sở tổ chức vào tháng ba.",
            "Ở thư viện trường, tôi sắp xếp lại hơn hai nghìn đầu sách theo chủ đề và mở thêm giờ đọc buổi trưa.",
            "Tổ thu gom rác của thôn do tôi đôn đốc đã dọn sạch bãi rác tự phát cạnh bờ kênh sau hai tháng.",
            "Tôi chưa kiên quyết khi một hộ kinh doanh lấn chiếm vỉa hè, để kéo dài đến khi người dân phản ánh.",
            "Số liệu dân số tôi nhập vào phần mềm có mười hai trường hợp sai ngày sinh, phải sửa lại cuối năm.",
            "Tôi sẽ đi kiểm tra vỉa hè mỗi sáng thứ sáu cùng công an xã và lập biên bản ngay khi có vi phạm.",
            "Với hợp tác xã, tôi giúp ba mươi hộ chuyển sang trồng rau theo tiêu chuẩn an toàn, có hợp đồng bao tiêu.",
            "Tôi dịch và tóm tắt bốn văn bản hướng dẫn mới về thuế cho các hộ kinh doanh nhỏ trong phường.",
            "Lớp bồi dưỡng đối tượng kết nạp Đảng mà tôi phụ trách có hai học viên vắng quá số buổi cho phép.",
            "Tôi từng nhận quà biếu dịp Tết của một đơn vị nhà thầu, sau khi được nhắc đã trả lại và báo chi bộ.",
            "Từ tháng tới tôi sẽ gửi lịch học cho học viên qua nhóm tin nhắn và gọi điện cho người vắng mặt.");

    /** Report i of the formal ones: every formula but two, and one short line of its own. */
    static ParsedDocument formal(int i) {
        List<String> kept = new ArrayList<>(FORMULAS);
        kept.remove(2 * i + 1);
        kept.remove(2 * i);
        return report("bk/2024/formal-" + i + ".txt", "Đảng viên F" + i, "Chi bộ Khối " + i, 2024,
                kept.subList(0, 3), kept.subList(3, 5), List.of(kept.get(5), "Tôi làm ở tổ " + (i + 1) + "."));
    }

    /** Honest report j: its own text plus two of the formulas, as honest writers also open and close with them. */
    static ParsedDocument honest(int j, List<List<String>> parts) {
        List<String> strengths = new ArrayList<>(parts.get(0));
        strengths.add(FORMULAS.get(j % FORMULAS.size()));
        List<String> direction = new ArrayList<>(parts.get(2));
        direction.add(FORMULAS.get((j + FORMULAS.size() / 2) % FORMULAS.size()));
        return report("bk/2024/honest-" + j + ".txt", "Đảng viên H" + j, "Chi bộ Khối " + j % 4, 2024, strengths,
                parts.get(1), direction);
    }

    /** The parts of the honest report j past the first four: six consecutive sentences of {@link #OWN}. */
    static List<List<String>> ownParts(int j) {
        List<String> six = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            six.add(OWN.get((3 * j + k) % OWN.size()));
        }
        return List.of(six.subList(0, 2), six.subList(2, 4), six.subList(4, 6));
    }

    /**
     * A cohort of 20 reports of 2024: 4 formal ones and 16 honest ones, each formula in 3 formal and 4 honest reports
     * (7 of 20, within the document-share bounds).
     */
    static List<ParsedDocument> cohort() {
        List<ParsedDocument> documents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            documents.add(formal(i));
        }
        for (int j = 0; j < 16; j++) {
            documents.add(honest(j, j < HONEST.size() ? HONEST.get(j) : ownParts(j)));
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
        assertEquals(20, f.measures().get("cohortSize"));
        assertEquals(List.of(6, 15), f.measures().get("documentFrequencyRange"));
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
    void a_cohort_under_the_fence_size_is_not_scored_even_when_a_few_reports_share_their_formulas() {
        List<ParsedDocument> documents = cohort().subList(0, 12);
        assertTrue(run(new Boilerplate(), documents.toArray(ParsedDocument[]::new)).isEmpty());
    }

    @Test
    void quartiles_interpolate_between_sorted_values() {
        assertEquals(1.75, Boilerplate.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-9);
        assertEquals(3.25, Boilerplate.quantile(new double[] {1, 2, 3, 4}, 0.75), 1e-9);
    }
}
