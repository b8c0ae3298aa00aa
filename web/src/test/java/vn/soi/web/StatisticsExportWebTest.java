package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;

/** Statistics numbers, CSV and XLSX exports, and what researchers may see. */
class StatisticsExportWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    Path dataDir;

    private TestApp app() {
        TestApp test = TestApp.withAccounts(dataDir);
        FindingFixtures.load(test);
        return test;
    }

    @Test
    void statistics_count_ratings_per_unit_and_year_against_the_quota() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            JsonNode stats = JSON.readTree(inspector.get("/api/stats").body());
            JsonNode ratings = stats.get("registerRatings");
            assertEquals(2, ratings.size(), "persons only: the collective row is not counted");
            JsonNode hanhChinh = ratings.get(0);
            assertEquals(FindingFixtures.UNIT_B, hanhChinh.get("unit").asText());
            assertEquals(1, hanhChinh.get("excellent").asInt());
            assertEquals(5, hanhChinh.get("good").asInt());
            assertEquals(1.0, hanhChinh.get("quota").asDouble(), 1e-9);
            assertFalse(hanhChinh.get("exceeded").asBoolean(), "1 of 5 is exactly 20%");
            JsonNode taiChinh = ratings.get(1);
            assertEquals(2023, taiChinh.get("year").asInt());
            assertEquals(2, taiChinh.get("excellent").asInt());
            assertEquals(5, taiChinh.get("good").asInt());
            assertEquals(1, taiChinh.get("completed").asInt());
            assertEquals(0, taiChinh.get("notCompleted").asInt());
            assertEquals(8, taiChinh.get("total").asInt());
            assertEquals(0.4, taiChinh.get("excellentShareOfGood").asDouble(), 1e-9);
            assertTrue(taiChinh.get("exceeded").asBoolean(), "2 of 5 is over 20%");

            assertEquals(2, stats.get("selfRatings").size());
            assertEquals(1, stats.get("selfRatings").get(1).get("excellent").asInt());
            assertEquals(4, stats.get("findingsBySignal").findValues("count").stream().mapToInt(JsonNode::asInt).sum());
            assertEquals(2, stats.get("findingsByUnit").get(0).get("count").asInt());
            assertEquals("2022", stats.get("findingsByYear").get(0).get("code").asText());
            assertEquals(1, stats.get("boilerplate").get("values").asInt());
            assertEquals(1, stats.get("boilerplate").get("bins").get(6).get("count").asInt(), "0,62 in 60–70%");
            assertEquals(1, stats.get("stickiness").get("bins").get(8).get("count").asInt(), "0,81 in 80–90%");

            String page = inspector.get("/statistics").body();
            assertTrue(page.contains("Vượt tỷ lệ"));
            assertTrue(page.contains("40,0%"));
            assertTrue(page.contains("<canvas id=\"chart-ratings\""));
            assertTrue(page.contains("<script src=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\" defer></script>"));
            assertFalse(page.contains("style="), "no inline style");
            assertEquals(200, inspector.get("/webjars/chart.js/4.4.1/dist/chart.umd.js").status(), "Chart.js is served");
            assertEquals(200, inspector.get("/static/statistics.js").status());
        });
    }

    @Test
    void csv_export_starts_with_a_byte_order_mark_keeps_the_filters_and_neutralises_formulas() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            byte[] bytes = download(client, board, "/findings/export.csv");
            assertEquals((byte) 0xEF, bytes[0]);
            assertEquals((byte) 0xBB, bytes[1]);
            assertEquals((byte) 0xBF, bytes[2]);
            String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("Mã hồ sơ,Mã dấu hiệu,Dấu hiệu,Mức độ,Điểm"), csv);
            assertTrue(csv.contains("'=SUM(A1) phần lớn bản kiểm điểm"), "formula neutralised");
            assertFalse(csv.contains(",=SUM"));
            assertTrue(csv.contains("Nguyễn Văn An"), "board members see names");

            String filtered = new String(download(client, board, "/findings/export.csv?signal=BOILERPLATE"),
                    StandardCharsets.UTF_8);
            assertEquals(2, filtered.strip().split("\r\n").length, "header and the one boilerplate finding");
        });
        AuditEvent exported = test.services.audit().recent(1, Long.MAX_VALUE).get(0);
        assertEquals(AuditAction.EXPORTED, exported.action());
        assertTrue(exported.target().contains("signal=BOILERPLATE"), exported.target());
    }

    @Test
    void xlsx_export_neutralises_formulas_too() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            byte[] bytes = download(client, inspector, "/findings/export.xlsx?severity=medium");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertEquals("Mã hồ sơ", sheet.getRow(0).getCell(0).getStringCellValue());
                assertEquals(1, sheet.getLastRowNum(), "one finding of medium severity");
                Row row = sheet.getRow(1);
                assertEquals(FindingFixtures.BOILERPLATE, row.getCell(0).getStringCellValue());
                assertEquals(0.55, row.getCell(4).getNumericCellValue(), 1e-9);
                String explanation = row.getCell(11).getStringCellValue();
                assertTrue(explanation.startsWith("'=SUM(A1)"), explanation);
            }
        });
    }

    @Test
    void researchers_see_no_personal_name_in_findings_exports_or_statistics() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser researcher = new Browser(client).signIn("tk-researcher", TestApp.PASSWORD);
            String[] paths = {"/findings", "/api/findings", "/statistics", "/api/stats", "/findings?page=1"};
            for (String path : paths) {
                Browser.Reply reply = researcher.get(path);
                assertEquals(200, reply.status(), path);
                assertNoName(path, reply.body());
            }
            String csv = new String(download(client, researcher, "/findings/export.csv"), StandardCharsets.UTF_8);
            assertNoName("export.csv", csv);
            assertTrue(csv.contains("Người "), "pseudonyms instead");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    download(client, researcher, "/findings/export.xlsx")))) {
                StringBuilder cells = new StringBuilder();
                workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('\n')));
                assertNoName("export.xlsx", cells.toString());
            }
            String list = researcher.get("/api/findings").body();
            assertTrue(list.contains("tài liệu "), "document paths replaced by ids");
            assertNotNull(JSON.readTree(list).get("findings").get(0).get("subject"));
        });
    }

    private static void assertNoName(String where, String body) {
        String folded = body.toLowerCase(Locale.ROOT);
        for (String name : FindingFixtures.PERSON_NAMES) {
            assertFalse(folded.contains(name.toLowerCase(Locale.ROOT)), where + " shows " + name);
        }
        assertFalse(body.contains("nguyen-van-an") || body.contains("tran-thi-binh"), where + " shows a path with a name");
    }

    private static byte[] download(io.javalin.testtools.HttpClient client, Browser browser, String path)
            throws Exception {
        Request request = new Request.Builder().url(client.getOrigin() + path)
                .header("Cookie", "soi_session=" + browser.cookie("soi_session")).get().build();
        try (Response response = client.getOkHttp().newCall(request).execute()) {
            assertEquals(200, response.code(), path);
            String type = response.header("Content-Type");
            assertTrue(type.startsWith(path.contains(".xlsx") ? SHEET_TYPE : "text/csv"), type);
            assertTrue(response.header("Content-Disposition").startsWith("attachment"));
            return response.body().bytes();
        }
    }
}
