package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.analyzer.finding.Subject;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewStatus;

/** The findings dashboard, its API, the case page and review decisions, over the hand-made corpus. */
class FindingsWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private TestApp app() {
        TestApp test = TestApp.withAccounts(dataDir);
        FindingFixtures.load(test);
        return test;
    }

    private static JsonNode json(Browser browser, String path) throws Exception {
        Browser.Reply reply = browser.get(path);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return JSON.readTree(reply.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void dashboard_filters_by_signal_severity_unit_year_and_status_and_counts_per_signal() {
        TestApp test = app();
        test.services.reviews().decide(FindingFixtures.CONFLICT, ReviewStatus.CONFIRMED, "", "tk-board");
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            JsonNode all = json(board, "/api/findings");
            assertEquals(4, all.get("total").asInt());
            assertEquals(List.of(FindingFixtures.COPY, FindingFixtures.CONFLICT, FindingFixtures.BOILERPLATE,
                    FindingFixtures.YEAR_COPY), keys(all), "sorted by score, highest first");
            assertEquals(1, all.get("countsBySignal").get("COPIED_REPORT").asInt());

            assertEquals(List.of(FindingFixtures.COPY, FindingFixtures.CONFLICT), keys(json(board, "/api/findings?severity=high")));
            assertEquals(List.of(FindingFixtures.BOILERPLATE, FindingFixtures.YEAR_COPY),
                    keys(json(board, "/api/findings?unit=" + encode(FindingFixtures.UNIT_B))));
            assertEquals(List.of(FindingFixtures.BOILERPLATE), keys(json(board, "/api/findings?year=2022")));
            assertEquals(List.of(FindingFixtures.CONFLICT), keys(json(board, "/api/findings?status=confirmed")));
            assertEquals(3, json(board, "/api/findings?status=open").get("total").asInt(), "undecided counts as open");

            JsonNode bySignal = json(board, "/api/findings?signal=BOILERPLATE&unit=" + encode(FindingFixtures.UNIT_B));
            assertEquals(List.of(FindingFixtures.BOILERPLATE), keys(bySignal));
            assertEquals(1, bySignal.get("countsBySignal").get("YEAR_OVER_YEAR_COPY").asInt(),
                    "the per-signal counts ignore the signal filter itself");
            assertFalse(bySignal.get("countsBySignal").has("COPIED_REPORT"), "but keep the other filters");

            assertEquals(400, board.get("/api/findings?severity=rat-cao").status());
            assertEquals(400, board.get("/findings?year=hai-nghin").status());

            String page = board.get("/findings?severity=high").body();
            assertTrue(page.contains("Hồ sơ cần xem xét"));
            assertTrue(page.contains("href=\"/cases/" + FindingFixtures.COPY + "\""));
            assertFalse(page.contains("/cases/" + FindingFixtures.BOILERPLATE), "filtered out");
            assertTrue(page.contains("Xác nhận có vấn đề"), "the review status is shown");
            assertTrue(page.contains("/findings/export.csv?severity=high"), "exports keep the filters");
            assertFalse(page.contains("<script"), "the dashboard needs no script");
            assertFalse(page.contains("style="));
        });
    }

    private static List<String> keys(JsonNode list) {
        return list.get("findings").findValuesAsText("key");
    }

    @Test
    void case_page_shows_both_copied_reports_with_the_shared_passage_marked() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            Browser.Reply reply = inspector.get("/cases/" + FindingFixtures.COPY);
            assertEquals(200, reply.status());
            String html = reply.body();
            assertEquals(2, count(html, "<article class=\"evidence-pane\">"), "two documents side by side");
            assertEquals(2, count(html, "<mark>" + FindingFixtures.SHARED + "</mark>"), "the passage marked in both");
            assertTrue(html.contains("href=\"/documents/" + ContentHash.documentId(FindingFixtures.REPORT_A) + "\""));
            assertTrue(html.contains("href=\"/documents/" + ContentHash.documentId(FindingFixtures.REPORT_B) + "\""));
            assertTrue(html.contains("Họ và tên: Trần Thị Bình"), "pairs show the whole texts");
            assertTrue(html.contains("similarity"), "the measures are shown");
            assertTrue(html.contains("Hướng dẫn kiểm điểm: nội dung phải của chính người viết"), "the rule");
        });
        AuditEvent viewed = test.services.audit().recent(1, Long.MAX_VALUE).get(0);
        assertEquals(AuditAction.DOCUMENT_VIEWED, viewed.action());
        assertTrue(viewed.target().contains(FindingFixtures.COPY));
    }

    @Test
    void case_page_puts_the_report_quote_beside_the_register_row() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String html = board.get("/cases/" + FindingFixtures.CONFLICT).body();
            assertTrue(html.contains("<mark>Tự nhận mức xếp loại: Hoàn thành xuất sắc nhiệm vụ</mark>"));
            assertTrue(html.contains("<blockquote class=\"evidence-row\">Nguyễn Văn An | Khiển trách | 12/08/2023</blockquote>"));
            assertTrue(html.contains(FindingFixtures.DISCIPLINE));
        });
    }

    @Test
    void unknown_case_is_a_vietnamese_404_page_and_researchers_may_not_open_cases() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            Browser.Reply missing = board.get("/cases/khong-co-ho-so-nay");
            assertEquals(404, missing.status());
            assertTrue(missing.body().contains("Không tìm thấy"));
            assertTrue(missing.body().contains("Không có hồ sơ nào với khóa"));
            assertEquals(404, board.get("/api/findings/khong-co").status());
            Browser researcher = new Browser(client).signIn("tk-researcher", TestApp.PASSWORD);
            assertEquals(403, researcher.get("/cases/" + FindingFixtures.COPY).status());
            assertFalse(researcher.get("/findings").body().contains("/cases/"), "no links to pages they cannot open");
        });
    }

    @Test
    void decisions_are_recorded_from_the_case_page_and_the_whole_history_is_shown_in_order() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String path = "/cases/" + FindingFixtures.CONFLICT;
            String token = Browser.csrfIn(board.get(path).body());
            Browser.Reply first = board.postForm(path + "/decisions",
                    Map.of("_csrf", token, "status", "follow-up", "note", "Cần xác minh ngày quyết định kỷ luật."));
            assertEquals(303, first.status());
            assertEquals(path + "#lich-su", first.header("Location"));
            Browser inspector = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            String other = Browser.csrfIn(inspector.get(path).body());
            assertEquals(303, inspector.postForm(path + "/decisions",
                    Map.of("_csrf", other, "status", "confirmed", "note", "Đã xác minh: bị khiển trách trong năm.")).status());

            assertEquals(403, board.postForm(path + "/decisions", Map.of("status", "dismissed")).status(),
                    "no CSRF token, no decision");
            assertEquals(400, board.postForm(path + "/decisions", Map.of("_csrf", token, "status", "xong")).status());
            assertEquals(404, board.postForm("/cases/khong-co/decisions",
                    Map.of("_csrf", token, "status", "confirmed")).status());

            String html = board.get(path).body();
            int followUp = html.indexOf("Cần xác minh ngày quyết định kỷ luật.");
            int confirmed = html.indexOf("Đã xác minh: bị khiển trách trong năm.");
            assertTrue(followUp > 0 && confirmed > followUp, "oldest first");
            assertTrue(html.contains("tk-board") && html.contains("tk-inspector"), "who decided");

            JsonNode detail = json(board, "/api/findings/" + FindingFixtures.CONFLICT);
            assertEquals("confirmed", detail.get("finding").get("status").asText());
            assertEquals(2, detail.get("history").size());
            assertEquals("follow-up", detail.get("history").get(0).get("status").asText());
        });
        List<ReviewDecision> history = test.services.reviews().history(FindingFixtures.CONFLICT);
        assertEquals(List.of(ReviewStatus.FOLLOW_UP, ReviewStatus.CONFIRMED),
                history.stream().map(ReviewDecision::status).toList());
        assertEquals(2, test.services.audit().recent(100, Long.MAX_VALUE).stream()
                .filter(event -> event.action() == AuditAction.REVIEW_DECIDED).count());
    }

    @Test
    void the_review_api_refuses_a_finding_that_does_not_exist() {
        TestApp test = app();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            Browser.Reply unknown = board.postJson("/api/reviews", "{\"finding\":\"khong-co\",\"status\":\"confirmed\"}",
                    token);
            assertEquals(404, unknown.status());
            assertEquals(201, board.postJson("/api/reviews", "{\"finding\":\"" + FindingFixtures.COPY
                    + "\",\"status\":\"confirmed\"}", token).status());
        });
        assertTrue(test.services.reviews().history("khong-co").isEmpty());
    }

    @Test
    void hostile_text_in_a_finding_renders_inert_on_the_dashboard_and_the_case_page() throws Exception {
        TestApp test = TestApp.withAccounts(dataDir);
        String hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
        test.services.findings().replace(List.of(new Finding("k-xss",
                SignalId.VAGUE_SELF_CRITICISM, Severity.LOW, 0.2,
                "a.txt", null, new Subject(Subject.Kind.PERSON,
                        hostile, hostile, 2023),
                List.of(Evidence.row("a.txt", hostile)), Map.of("m", hostile), hostile,
                hostile)));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            for (String path : new String[] {"/findings", "/cases/k-xss"}) {
                String html = board.get(path).body();
                assertFalse(html.contains("<img src=x"), path);
                assertFalse(html.contains("<script>alert"), path);
                assertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), path);
            }
        });
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
