package vn.soi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the command line: ingest, show and search over a small folder of our own documents. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String REPORT = """
            ĐẢNG BỘ PHƯỜNG TÂN AN
            CHI BỘ KHU PHỐ 3

            BẢN KIỂM ĐIỂM CÁ NHÂN
            Năm 2024

            Họ và tên: Phạm Quốc Huy
            Chức vụ Đảng: Bí thư Chi bộ

            I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
            Chỉ đạo hoàn thành 4 công trình đường bê tông trong khu phố trước tháng 10/2024.

            II. HẠN CHẾ, KHUYẾT ĐIỂM
            Việc thu đảng phí còn chậm ở 2 tổ; nguyên nhân khách quan là nhiều đảng viên đi làm xa.

            III. TỰ NHẬN MỨC XẾP LOẠI
            Hoàn thành tốt nhiệm vụ.
            """;

    @TempDir
    Path work;

    private Path data;
    private Path input;

    private record Run(int code, String out, String err) {
    }

    private Run soi(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withData = new String[args.length + 2];
        withData[0] = args[0];
        withData[1] = "--data=" + data;
        withData[2] = "--vncorenlp-models=";
        System.arraycopy(args, 1, withData, 3, args.length - 1);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), withData);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void folder() throws IOException {
        data = work.resolve("data");
        input = Files.createDirectories(work.resolve("ho-so/2024"));
        Files.writeString(input.resolve("pham-quoc-huy.txt"), REPORT, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("hong.pdf"), "%PDF-1.7 cut short", StandardCharsets.UTF_8);
    }

    @Test
    void ingest_prints_a_summary_and_exits_1_when_a_file_fails_but_keeps_the_rest() {
        Run run = soi("ingest", input.toString());

        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().contains("Đã nạp: 1"), run.out());
        assertTrue(run.out().contains("Lỗi: 1"), run.out());
        assertTrue(run.out().contains("hong.pdf"), run.out());
        assertTrue(run.out().contains("INDIVIDUAL_REPORT"), run.out());
    }

    @Test
    void a_second_ingest_of_the_same_files_changes_nothing() throws IOException {
        Files.delete(input.resolve("hong.pdf"));
        assertEquals(0, soi("ingest", input.toString()).code());

        Run again = soi("ingest", input.toString());

        assertEquals(0, again.code());
        assertTrue(again.out().contains("Đã nạp: 0 · Không đổi: 1"), again.out());
    }

    @Test
    void show_prints_the_record_as_json_by_path_and_exits_1_for_an_unknown_document() throws IOException {
        soi("ingest", input.toString());

        Run show = soi("show", "pham-quoc-huy.txt");
        JsonNode record = JSON.readTree(show.out());

        assertEquals(0, show.code(), show.err());
        assertEquals("INDIVIDUAL_REPORT", record.at("/classification/type").asText());
        assertTrue(record.at("/text").asText().contains("Phạm Quốc Huy"));
        assertEquals("pham-quoc-huy.txt", record.at("/provenance/path").asText());
        assertEquals(1, soi("show", "khong-co.txt").code());
    }

    @Test
    void search_prints_json_lines_with_highlighted_snippets_and_rejects_a_bad_query_with_code_2() throws IOException {
        soi("ingest", input.toString());

        Run search = soi("search", "--json", "dang phi");
        List<String> lines = search.out().lines().toList();

        assertEquals(0, search.code(), search.err());
        assertEquals(1, lines.size(), search.out());
        JsonNode hit = JSON.readTree(lines.get(0));
        assertEquals("pham-quoc-huy.txt", hit.get("document").asText());
        assertTrue(hit.get("snippets").get(0).asText().contains("<b>đảng</b> <b>phí</b>"), lines.get(0));

        Run bad = soi("search", "\"không đóng");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("vị trí"), bad.err());
    }
}
