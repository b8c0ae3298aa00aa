package vn.soi.analyzer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HonestReportTest {

    /** A collective's honest report, sharing the template's headings with the head's report but nothing else. */
    static final String HONEST_COLLECTIVE = """
            #type: COLLECTIVE_REPORT
            #collective: Chi ủy Chi bộ Trường Tiểu học Hòa Bình
            #year: 2023
            BÁO CÁO KIỂM ĐIỂM TẬP THỂ CHI ỦY NĂM 2023
            [STRENGTHS] I. Ưu điểm, kết quả đạt được
            Chi ủy lãnh đạo nhà trường đạt tỷ lệ học sinh hoàn thành chương trình lớp học 99,2%.
            Kết nạp 2 đảng viên mới, đạt chỉ tiêu nghị quyết.
            [SHORTCOMINGS] II. Hạn chế, khuyết điểm
            Chi ủy chưa kiểm tra việc thu, chi quỹ phụ huynh lớp 4A, để xảy ra thu sai 3,2 triệu đồng.
            Sinh hoạt chuyên đề quý II và quý IV không tổ chức đúng kế hoạch.
            [>CAUSES] Nguyên nhân
            Chi ủy chưa phân công cụ thể người kiểm tra quỹ; đồng chí Bí thư chưa đôn đốc lịch sinh hoạt.
            [REMEDIATION] III. Kết quả khắc phục
            Hạn chế năm 2022 về hồ sơ đảng viên chậm cập nhật đã được khắc phục: chi ủy đã rà soát, bổ sung 17 hồ sơ trong tháng 3/2023.
            [RESPONSIBILITY] IV. Trách nhiệm của tập thể và cá nhân
            Chi ủy nhận trách nhiệm trước Đảng ủy xã về việc thu sai quỹ lớp 4A; đồng chí Bí thư chịu trách nhiệm chính.
            [DIRECTION] V. Phương hướng
            Kiểm tra quỹ phụ huynh mỗi học kỳ; hoàn trả 3,2 triệu đồng trong tháng 1/2024.
            """;

    @Test
    void an_honest_head_report_raises_no_content_signal() {
        assertEquals(List.of(), Fixtures.run(List.of(Fixtures.parse("head.txt", Fixtures.HONEST_HEAD))));
    }

    @Test
    void an_honest_collective_report_raises_no_content_signal() {
        assertEquals(List.of(), Fixtures.run(List.of(Fixtures.parse("collective.txt", HONEST_COLLECTIVE))));
    }

    @Test
    void two_honest_reports_sharing_the_template_raise_nothing_together() {
        assertEquals(List.of(), Fixtures.run(List.of(Fixtures.parse("head.txt", Fixtures.HONEST_HEAD),
                Fixtures.parse("collective.txt", HONEST_COLLECTIVE))));
    }
}
