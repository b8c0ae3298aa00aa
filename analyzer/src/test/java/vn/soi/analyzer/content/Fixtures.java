package vn.soi.analyzer.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.signal.Analysis;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.document.ParsedDocument;

/** Hand-written reports for the unit tests (written for Soi) and a runner of the content signals over them. */
final class Fixtures {

    private Fixtures() {
    }

    /** A head's honest report: balanced parts, specific shortcomings, causes owned, responsibility stated. */
    static final String HONEST_HEAD = """
            #type: INDIVIDUAL_REPORT
            #person: Trần Thị Bích
            #unit: Chi bộ Phòng Tài chính - Kế hoạch
            #year: 2024
            #party-position: Bí thư chi bộ
            #government-position: Trưởng phòng Tài chính - Kế hoạch
            #head: true
            BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2024
            [STRENGTHS] I. Ưu điểm, kết quả đạt được
            Tôi chấp hành nghiêm chủ trương của Đảng, không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa".
            Trong năm, phòng thẩm định 214 hồ sơ dự toán, trả kết quả đúng hạn 207 hồ sơ (96,7%).
            Tôi trực tiếp chủ trì xây dựng Đề án "Số hóa chứng từ kế toán", được Ủy ban nhân dân huyện phê duyệt ngày 12/6/2024.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Bảy hồ sơ quyết toán công trình Trường mầm non Hoa Sen bị trả chậm từ 5 đến 12 ngày so với quy định.
            Tôi chưa kiểm tra kỹ số liệu báo cáo quý III nên phải điều chỉnh lại hai biểu mẫu.
            Trong sinh hoạt chi bộ tháng 8, tôi chưa góp ý thẳng thắn với đồng chí phụ trách kho bạc về việc chậm đối chiếu số dư.
            [>CAUSES] Nguyên nhân
            Nguyên nhân khách quan là khối lượng hồ sơ cuối năm tăng, phòng thiếu một biên chế.
            Nguyên nhân chủ quan là do bản thân chưa sắp xếp lịch kiểm tra hợp lý và còn nể nang trong góp ý.
            [REMEDIATION] III. Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra
            Năm 2023 chi bộ chỉ ra việc chậm cập nhật sổ theo dõi tài sản; tôi đã lập sổ điện tử và cập nhật xong ngày 30/3/2024.
            [RESPONSIBILITY] IV. Làm rõ trách nhiệm
            Là người đứng đầu, tôi chịu trách nhiệm trước chi bộ về việc bảy hồ sơ quyết toán bị trả chậm.
            [DIRECTION] V. Phương hướng, biện pháp khắc phục
            Lập lịch kiểm tra hồ sơ hằng tuần; trả hết hồ sơ tồn trước ngày 31/1/2025.
            """;

    static ParsedDocument parse(String name, String source) {
        return ReportFixture.parse(name, source);
    }

    /** The findings of every content signal over {@code documents}. */
    static List<Finding> run(List<ParsedDocument> documents) {
        return new Analysis(ContentSignals.all(), AnalysisContext.standard()).run(documents);
    }

    /** The signals raised on one report. */
    static Set<SignalId> signals(String source) {
        return run(List.of(parse("test.txt", source))).stream().map(Finding::signal).collect(Collectors.toSet());
    }
}
