package vn.soi.web.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.web.WebConfig;
import vn.soi.web.WebServices;

class IngestingUploadProcessorTest {

    /** A leader's report with no word about the leader's own responsibility. */
    private static final String REPORT = """
            ĐẢNG BỘ XÃ TÂN PHÚ
            CHI BỘ ỦY BAN NHÂN DÂN XÃ

            BẢN KIỂM ĐIỂM CÁ NHÂN
            Năm 2024

            Họ và tên: Đặng Văn Lực
            Chức vụ Đảng: Bí thư Chi bộ
            Chức vụ chính quyền: Chủ tịch Ủy ban nhân dân xã

            I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
            Chỉ đạo thu ngân sách đạt 112% dự toán; hoàn thành 3 tuyến đường liên thôn trước ngày 30/9/2024.

            II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
            Công tác cải cách hành chính của xã còn chậm, 14 hồ sơ đất đai quá hạn. Nguyên nhân chủ yếu do khách quan,
            khối lượng công việc nhiều, biên chế thiếu.

            III. PHƯƠNG HƯỚNG, BIỆN PHÁP
            Rà soát toàn bộ hồ sơ tồn đọng trong quý I năm 2025.

            IV. TỰ NHẬN MỨC XẾP LOẠI
            Hoàn thành xuất sắc nhiệm vụ.
            """;

    @TempDir
    Path dir;

    @Test
    void an_upload_is_ingested_into_the_servers_index_and_the_findings_are_recomputed() throws Exception {
        Path upload = Files.createDirectories(dir.resolve("upload"));
        Files.writeString(upload.resolve("dang-van-luc-2024.txt"), REPORT, StandardCharsets.UTF_8);
        try (WebServices services = WebServices.open(WebConfig.of(dir.resolve("data")))) {
            IngestSummary summary = new IngestingUploadProcessor(services, 1).process(upload, IngestListener.NONE);

            assertEquals(1, summary.ingested().size(), summary.toString());
            assertEquals(DocumentType.INDIVIDUAL_REPORT, summary.ingested().get(0).type());
            assertTrue(services.index().find("dang-van-luc-2024.txt").isPresent());
            List<Finding> findings = services.findings().load();
            assertFalse(findings.isEmpty(), "the analysis ran after the upload");
            assertTrue(findings.stream().anyMatch(f -> f.signal() == SignalId.BLAME_EXTERNAL
                    && f.document().equals("dang-van-luc-2024.txt")), findings.toString());
        }
    }
}
