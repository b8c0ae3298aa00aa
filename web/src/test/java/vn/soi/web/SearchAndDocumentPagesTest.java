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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;

/** The search page, saved searches, the document page, originals and their API, over {@link TestCorpus}. */
class SearchAndDocumentPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static Browser as(Role role, io.javalin.testtools.HttpClient client) {
        return new Browser(client).signIn(TestApp.nameOf(role), TestApp.PASSWORD);
    }

    @Test
    void search_page_shows_highlighted_snippets_and_facet_counts() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser.Reply reply = as(Role.INSPECTOR, client).get("/search?q=" + q("khuyết điểm"));
            assertEquals(200, reply.status());
            String html = reply.body();
            assertTrue(html.contains("<b>khuyết"), "highlighted match: " + html);
            assertTrue(html.contains("/documents/doc-a?hl="), "hit opens at its passage");
            assertTrue(Pattern.compile("Bản kiểm điểm cá nhân</a>\\s*<span class=\"facet-count\">2</span>")
                    .matcher(html).find(), "type facet counts both reports: " + html);
            assertTrue(html.contains("Cách viết truy vấn"), "query help");
            assertTrue(html.contains("exclude.unit=Chi+b%E1%BB%99+V%C4%83n+ph%C3%B2ng"), "exclude links keep state");
        });
    }

    @Test
    void excluding_a_facet_value_drops_its_documents_and_keeps_the_query() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = as(Role.INSPECTOR, client);
            String all = inspector.get("/search?q=" + q("khuyết điểm")).body();
            assertTrue(all.contains("/documents/doc-b"));
            String html = inspector.get("/search?q=" + q("khuyết điểm") + "&exclude.unit=" + q("Chi bộ Văn phòng"))
                    .body();
            assertFalse(html.contains("/documents/doc-b"), "excluded unit's report is gone");
            assertTrue(html.contains("/documents/doc-a"));
            assertTrue(html.contains("(đã loại trừ)"));
            assertTrue(html.contains("value=\"khuyết điểm\""), "the query stays in the box");
            JsonNode api = JSON.readTree(inspector.get("/api/search?q=" + q("khuyết điểm") + "&exclude.unit="
                    + q("Chi bộ Văn phòng")).body());
            assertEquals(1, api.get("total").asInt());
            assertEquals("reports/2023/nguyen-van-an.txt", api.get("hits").get(0).get("document").asText());
            assertEquals("INDIVIDUAL_REPORT", api.get("hits").get(0).get("documentType").asText());
            assertTrue(api.get("facets").has("person"), "inspectors see the person facet");
        });
    }

    @Test
    void sorting_by_date_and_paging_are_in_the_url() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = as(Role.BOARD, client);
            JsonNode byDate = JSON.readTree(board.get("/api/search?sort=date&size=1").body());
            assertEquals("doc-a", byDate.get("hits").get(0).get("id").asText(), "newest dated document first");
            JsonNode second = JSON.readTree(board.get("/api/search?sort=date&size=1&page=2").body());
            assertEquals("doc-b", second.get("hits").get(0).get("id").asText());
            assertEquals(400, board.get("/search?sort=ten").status());
            assertEquals(400, board.get("/api/search?page=0").status());
        });
    }

    @Test
    void a_malformed_query_gets_a_vietnamese_message_with_its_position() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = as(Role.INSPECTOR, client);
            Browser.Reply page = inspector.get("/search?q=" + q("khuyết AND (điểm"));
            assertEquals(400, page.status());
            assertTrue(page.body().contains("Không hiểu được truy vấn"), page.body());
            assertTrue(page.body().contains("vị trí"), page.body());
            assertFalse(page.body().contains("Exception"));
            assertFalse(page.body().contains("at vn.soi"));
            Browser.Reply api = inspector.get("/api/search?q=" + q("\"chưa đóng"));
            assertEquals(400, api.status());
            assertTrue(JSON.readTree(api.body()).get("message").asText().contains("Truy vấn không hợp lệ"));
        });
    }

    @Test
    void saved_searches_round_trip_with_csrf_and_are_refused_without() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = as(Role.BOARD, client);
            String token = Browser.csrfIn(board.get("/search").body());
            Browser.Reply refused = board.postForm("/search/saved", Map.of("name", "Khuyết điểm", "query", "q=a"));
            assertEquals(403, refused.status());
            Browser.Reply saved = board.postForm("/search/saved", Map.of("_csrf", token, "name", "Khuyết điểm 2023",
                    "query", "year=2023&q=" + q("khuyết điểm")));
            assertEquals(303, saved.status());
            assertEquals("/search?q=" + q("khuyết điểm") + "&year=2023", saved.header("Location"));
            String page = board.get("/search").body();
            assertTrue(page.contains("Khuyết điểm 2023"));
            assertTrue(page.contains("href=\"/search?q=" + q("khuyết điểm") + "&amp;year=2023\""), page);
            String other = as(Role.INSPECTOR, client).get("/search").body();
            assertFalse(other.contains("Khuyết điểm 2023"), "saved searches are per account");
            long id = test.services.database().read("find saved search", connection -> {
                try (var select = connection.prepareStatement("SELECT id FROM saved_search")) {
                    try (var rows = select.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            });
            Browser inspector = as(Role.INSPECTOR, client);
            String inspectorToken = Browser.csrfIn(inspector.get("/search").body());
            assertEquals(404, inspector.postForm("/search/saved/" + id + "/delete",
                    Map.of("_csrf", inspectorToken)).status(), "another account cannot delete it");
            assertEquals(403, board.postForm("/search/saved/" + id + "/delete", Map.of()).status());
            assertEquals(303, board.postForm("/search/saved/" + id + "/delete", Map.of("_csrf", token)).status());
            assertFalse(board.get("/search").body().contains("Khuyết điểm 2023"));
        });
    }

    @Test
    void document_page_outlines_parts_shows_fields_and_highlights_evidence() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = as(Role.INSPECTOR, client);
            int start = TestCorpus.selfRatingStart();
            Browser.Reply reply = inspector.get("/documents/doc-a?hl=" + start + "-" + (start + 8));
            assertEquals(200, reply.status());
            String html = reply.body();
            assertTrue(html.contains("Hạn chế, khuyết điểm"), "part label");
            assertTrue(html.contains("id=\"part-2\""), "each part has an anchor");
            assertTrue(html.contains("<dt>Họ và tên</dt><dd>Nguyễn Văn An</dd>"), "fields with Vietnamese labels");
            assertTrue(html.contains("<span class=\"anchor\" id=\"ev-1-1\"></span>"), "evidence anchor");
            assertTrue(html.contains("href=\"#ev-1-1\""), "the finding links to its evidence");
            assertTrue(Pattern.compile("<mark class=\"evidence\"[^>]*>[^<]*xuất sắc nhiệm vụ</mark>").matcher(html)
                    .find(), "evidence marked: " + html);
            assertTrue(Pattern.compile("id=\"hl\"></span>(<span class=\"anchor\" id=\"[^\"]+\"></span>)*"
                    + "<mark class=\"hit-mark\"").matcher(html).find(), "the search hit's passage is marked and anchored");
            assertTrue(html.contains("RATING_DISCIPLINE_CONFLICT"));
            assertTrue(html.contains("href=\"/documents/doc-a/original\""));
            assertEquals(400, inspector.get("/documents/doc-a?hl=9-1").status());
            assertEquals(404, inspector.get("/documents/khong-co").status());
            String register = inspector.get("/documents/doc-r").body();
            assertTrue(register.contains("<td>Khiển trách</td>"), "register rows as a table");
            String minutes = inspector.get("/documents/doc-m").body();
            assertTrue(minutes.contains("<strong>Hoàng Văn Em</strong>"), "opinions with their speaker");
        });
        AuditEvent viewed = test.services.audit().recent(50, Long.MAX_VALUE).stream()
                .filter(event -> event.action() == AuditAction.DOCUMENT_VIEWED).reduce((a, b) -> b).orElseThrow();
        assertEquals("tk-inspector", viewed.actor());
        assertTrue(viewed.target().contains("reports/2023/nguyen-van-an.txt"), viewed.target());
    }

    @Test
    void originals_download_as_attachments_for_inspectors_and_never_for_researchers() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser.Reply original = as(Role.INSPECTOR, client).get("/documents/doc-a/original");
            assertEquals(200, original.status());
            assertTrue(original.header("Content-Type").startsWith("text/plain"), original.header("Content-Type"));
            assertEquals("attachment; filename=\"nguyen-van-an.txt\"; filename*=UTF-8''nguyen-van-an.txt",
                    original.header("Content-Disposition"));
            assertEquals(TestCorpus.REPORT_A_TEXT, original.body());
            Browser researcher = as(Role.RESEARCHER, client);
            assertEquals(403, researcher.get("/documents/doc-a/original").status());
            assertFalse(researcher.get("/documents/doc-a").body().contains("/original"));
        });
        assertTrue(test.services.audit().recent(50, Long.MAX_VALUE).stream()
                .anyMatch(event -> event.target() != null && event.target().startsWith("bản gốc: ")));
    }

    @Test
    void search_and_document_pages_have_no_inline_script_or_style() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser inspector = as(Role.INSPECTOR, client);
            for (String path : List.of("/search?q=" + q("khuyết điểm"), "/documents/doc-a", "/documents/doc-r")) {
                String html = inspector.get(path).body();
                assertFalse(html.contains("style="), path);
                assertFalse(html.contains("<style"), path);
                assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(html).find(), path);
            }
        });
    }

    @Test
    void hostile_markup_in_a_document_renders_inert() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            for (Role role : List.of(Role.INSPECTOR, Role.RESEARCHER)) {
                Browser browser = as(role, client);
                for (String path : List.of("/search?q=alert", "/search?q=" + q("onerror img"), "/documents/doc-a")) {
                    String html = browser.get(path).body();
                    assertFalse(html.contains("<script"), role + " " + path);
                    assertFalse(html.contains("<img"), role + " " + path);
                    assertTrue(html.contains("&lt;script&gt;") || html.contains("&lt;/script&gt;")
                            || html.contains("&lt;img"), role + " " + path + " shows the text escaped: " + html);
                }
            }
        });
    }

    @Test
    void researchers_see_no_personal_name_anywhere() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser researcher = as(Role.RESEARCHER, client);
            List<String> bodies = new ArrayList<>();
            for (String path : List.of("/search", "/search?q=" + q("khuyết điểm"), "/search?q=" + q("Văn"),
                    "/search?q=" + q("góp ý"), "/search?q=" + q("Cường"),
                    "/api/search?size=100", "/api/search?q=" + q("Văn"), "/api/search?q=" + q("Cường"),
                    "/documents/doc-a", "/documents/doc-b", "/documents/doc-m", "/documents/doc-r",
                    "/api/documents/doc-a", "/api/documents/doc-m", "/api/documents/doc-r")) {
                Browser.Reply reply = researcher.get(path);
                assertEquals(200, reply.status(), path);
                bodies.add(path + "\n" + reply.body());
            }
            for (String body : bodies) {
                String folded = fold(JSON_UNESCAPE.matcher(body).replaceAll(" "));
                for (String name : TestCorpus.NAMES) {
                    assertFalse(folded.contains(fold(name)), "name " + name + " leaked in " + body);
                }
                assertFalse(body.contains("nguyen-van-an"), "file names are withheld");
            }
            assertTrue(bodies.get(1).contains("Người "), "pseudonyms are shown instead");
            assertFalse(bodies.get(0).contains("facet-person"), "no person facet for researchers");
            assertEquals(400, researcher.get("/search?person=" + q("Nguyễn Văn An")).status());
            for (String lookUp : List.of("Nguyễn Văn An", "nguyen van an", "\"Hoàng Văn Em\" góp ý", "person:Bình")) {
                Browser.Reply refused = researcher.get("/search?q=" + q(lookUp));
                assertEquals(400, refused.status(), lookUp);
                assertTrue(refused.body().contains("không tìm được theo tên người"), lookUp);
                assertEquals(400, researcher.get("/api/search?q=" + q(lookUp)).status(), lookUp);
            }
        });
    }

    @Test
    void pseudonyms_are_stable_between_pages() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        String pseudonym = test.services.pseudonymizer().pseudonym("Nguyễn Văn An");
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser researcher = as(Role.RESEARCHER, client);
            assertTrue(researcher.get("/documents/doc-a").body().contains(pseudonym));
            assertTrue(researcher.get("/documents/doc-r").body().contains(pseudonym));
            assertTrue(researcher.get("/search?q=" + q("khuyết điểm")).body().contains(pseudonym));
        });
    }

    /** Unicode escapes and tags could split a name; the check looks at text with them blanked. */
    private static final Pattern JSON_UNESCAPE = Pattern.compile("</?b>");

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
