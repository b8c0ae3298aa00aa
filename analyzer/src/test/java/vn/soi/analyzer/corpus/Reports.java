package vn.soi.analyzer.corpus;

import java.util.List;

import vn.soi.analyzer.testing.TestDocs;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.FieldName;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.SectionKind;

/** Hand-written individual reports (our own text) in the shape of the template, for the corpus signal tests. */
final class Reports {

    static final List<String> HUNG_STRENGTHS = List.of(
            "Năm qua tôi chủ trì rà soát 214 hồ sơ thanh toán vốn đầu tư công của huyện, phát hiện 9 hồ sơ thiếu "
                    + "chứng từ và trả lại để bổ sung trong vòng 5 ngày.",
            "Tôi đề xuất sửa quy trình lập dự toán chi thường xuyên, giúp các xã nộp báo cáo sớm hơn hai tuần so "
                    + "với năm trước.",
            "Tôi cùng tổ công tác đối chiếu số dư tài khoản tạm giữ của mười bốn xã và xử lý dứt điểm khoản chênh "
                    + "lệch tồn đọng từ nhiều năm.");
    static final List<String> HUNG_SHORTCOMINGS = List.of(
            "Hạn chế lớn nhất của bản thân là để chậm 3 báo cáo quyết toán quý II, do tôi sắp xếp công việc chưa "
                    + "hợp lý.",
            "Tôi chưa dành đủ thời gian hướng dẫn hai cán bộ mới của phòng, nên trong tháng 9 họ còn nhập sai mã "
                    + "nguồn vốn.",
            "Nguyên nhân chủ yếu thuộc về tôi: chủ quan khi giao việc và kiểm tra chưa sát từng khâu.");
    static final List<String> HUNG_DIRECTION = List.of(
            "Năm tới tôi sẽ lập lịch kiểm tra chéo hằng tuần và kèm cặp cán bộ mới đến hết quý I.");

    static final List<String> MAI_STRENGTHS = List.of(
            "Tôi phụ trách tuyển dụng viên chức ngành giáo dục, đã tổ chức xét tuyển 46 chỉ tiêu đúng thời hạn và "
                    + "không có khiếu nại.",
            "Việc số hóa hồ sơ cán bộ mới đạt khoảng sáu mươi phần trăm, thấp hơn mục tiêu đề ra vì máy quét hỏng "
                    + "kéo dài.");
    static final List<String> MAI_SHORTCOMINGS = List.of(
            "Có lúc tôi trả lời đơn thư của người dân còn muộn, cụ thể là hai lá đơn về chế độ thai sản bị trễ "
                    + "hạn mười ngày.",
            "Tôi nhận trách nhiệm vì không báo cáo sớm với lãnh đạo phòng để thuê thiết bị thay thế.");
    static final List<String> MAI_DIRECTION = List.of(
            "Kế hoạch sang năm là hoàn tất số hóa trước tháng sáu và lập sổ theo dõi đơn thư có nhắc hạn tự động.",
            "Bản thân tôi sẽ học thêm về phần mềm quản lý hồ sơ để tự xử lý các lỗi thông thường.");

    private Reports() {
    }

    /** A report with the template's headings, stock phrases and the given parts, one sentence a line. */
    static ParsedDocument report(String path, String person, String unit, int year, List<String> strengths,
                                 List<String> shortcomings, List<String> direction) {
        String text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBẢN KIỂM ĐIỂM CÁ NHÂN\n"
                + "Họ và tên: " + person + "\nChi bộ: " + unit + "\nNăm " + year + "\n"
                + "I. Ưu điểm, kết quả đạt được\n1. Tư tưởng chính trị; phẩm chất đạo đức, lối sống\n"
                + String.join("\n", strengths) + "\n"
                + "II. Hạn chế, khuyết điểm và nguyên nhân\n" + String.join("\n", shortcomings) + "\n"
                + "III. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm\n" + String.join("\n", direction) + "\n"
                + "IV. Liên hệ với 27 biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, tự diễn biến, "
                + "tự chuyển hóa\n"
                + "V. Tự nhận mức xếp loại chất lượng: Hoàn thành tốt nhiệm vụ\nNgười kiểm điểm\n" + person + "\n";
        return TestDocs.doc(path, DocumentType.INDIVIDUAL_REPORT, text).field(FieldName.PERSON, person)
                .field(FieldName.UNIT, unit).field(FieldName.YEAR, String.valueOf(year))
                .section(SectionKind.SHORTCOMINGS, "II. Hạn chế", "III. Phương hướng").build();
    }
}
