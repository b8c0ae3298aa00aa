package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;
import vn.soi.web.security.SecurityHeaders;

class SoiWebAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void sign_in_page_is_vietnamese_and_carries_a_csrf_token() {
        TestApp test = TestApp.empty(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser.Reply page = new Browser(client).get("/sign-in");
            assertEquals(200, page.status());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
            assertTrue(page.body().contains("<html lang=\"vi\">"));
            assertTrue(page.body().contains("Đăng nhập"));
            assertTrue(page.body().contains("Tên đăng nhập"));
            assertFalse(Browser.csrfIn(page.body()).isBlank());
        });
    }

    @Test
    void signing_in_rotates_the_session_id_and_the_old_id_is_worthless() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            browser.csrfFromSignInPage();
            String before = browser.cookie("soi_session");
            assertNotNull(before, "the sign-in page starts a session for its CSRF token");
            browser.signIn(TestApp.nameOf(Role.INSPECTOR), TestApp.PASSWORD);
            String after = browser.cookie("soi_session");
            assertNotNull(after);
            assertNotEquals(before, after, "session id must change at sign-in");
            assertEquals(200, browser.get("/").status());

            Browser attacker = new Browser(client);
            attacker.setCookie("soi_session", before);
            Browser.Reply reply = attacker.get("/");
            assertEquals(303, reply.status(), "a fixated session id must not be signed in");
            assertEquals("/sign-in?next=%2F", reply.header("Location"));
        });
    }

    @Test
    void a_session_ends_twelve_hours_after_sign_in_however_active() {
        HandClock clock = new HandClock();
        TestApp test = TestApp.empty(dataDir, clock);
        test.services.users().addUser("tk-board", Role.BOARD, TestApp.PASSWORD.toCharArray());
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            clock.advance(Duration.ofHours(11));
            assertEquals(200, browser.get("/").status());
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertEquals(303, browser.get("/").status());
            assertEquals(401, browser.get("/api/me").status());
        });
    }

    @Test
    void session_cookie_is_http_only_and_same_site_strict() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client).signIn(TestApp.nameOf(Role.BOARD), TestApp.PASSWORD);
            String setCookie = browser.setCookieHeaders().stream().filter(c -> c.startsWith("soi_session="))
                    .reduce((first, second) -> second).orElseThrow();
            assertTrue(setCookie.contains("HttpOnly"), setCookie);
            assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        });
    }

    @Test
    void successful_and_failed_sign_ins_are_audited() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            Browser.Reply wrong = browser.trySignIn(TestApp.nameOf(Role.BOARD), "sai-mật-khẩu-rồi");
            assertEquals(401, wrong.status());
            assertTrue(wrong.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."));
            browser.signIn(TestApp.nameOf(Role.BOARD), TestApp.PASSWORD);
        });
        var events = test.services.audit().recent(10, Long.MAX_VALUE);
        AuditEvent signIn = events.get(0);
        assertEquals(AuditAction.SIGN_IN, signIn.action());
        assertEquals("tk-board", signIn.actor());
        AuditEvent failed = events.get(1);
        assertEquals(AuditAction.SIGN_IN_FAILED, failed.action());
        assertEquals(null, failed.actor());
        assertEquals("tk-board", failed.target());
        assertEquals("127.0.0.1", failed.address());
    }

    @Test
    void sign_in_is_throttled_after_five_failures_even_with_the_right_password() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, browser.trySignIn("tk-inspector", "sai-mật-khẩu-" + i).status());
            }
            Browser.Reply blocked = browser.trySignIn("tk-inspector", TestApp.PASSWORD);
            assertEquals(429, blocked.status());
            assertTrue(blocked.body().contains("Đã có quá nhiều lần đăng nhập không thành công"), blocked.body());
            assertNotNull(blocked.header("Retry-After"));
            assertEquals(303, browser.trySignIn("tk-board", TestApp.PASSWORD).status(),
                    "another account from the same address is not blocked yet");
        });
        assertEquals(AuditAction.SIGN_IN_THROTTLED, test.services.audit().recent(2, Long.MAX_VALUE).get(1).action());
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            browser.csrfFromSignInPage();
            Browser.Reply noToken = browser.postForm("/sign-in",
                    Map.of("name", "tk-admin", "password", TestApp.PASSWORD));
            assertEquals(403, noToken.status());
            assertTrue(noToken.body().contains("Yêu cầu không hợp lệ hoặc phiên làm việc đã hết hạn"));

            browser.signIn("tk-admin", TestApp.PASSWORD);
            Browser.Reply forged = browser.postForm("/admin/accounts", Map.of("_csrf", "gia-mao", "name", "ke-gian",
                    "role", "admin", "password", "mot-mat-khau-dai", "password2", "mot-mat-khau-dai"));
            assertEquals(403, forged.status());
            assertTrue(test.services.users().find("ke-gian").isEmpty());
        });
    }

    @Test
    void the_csrf_token_seen_before_sign_in_is_replaced_at_sign_in() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            String anonymousToken = browser.csrfFromSignInPage();
            browser.postForm("/sign-in", Map.of("_csrf", anonymousToken, "name", "tk-board", "password",
                    TestApp.PASSWORD));
            Browser.Reply stale = browser.postForm("/sign-out", Map.of("_csrf", anonymousToken));
            assertEquals(403, stale.status());
        });
    }

    @Test
    void an_api_post_needs_the_csrf_header() {
        TestApp test = TestApp.withAccounts(dataDir);
        FindingFixtures.storeKeys(test, "F-1");
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String body = "{\"finding\":\"F-1\",\"status\":\"confirmed\",\"note\":\"Đúng là sao chép.\"}";
            Browser.Reply refused = browser.postJson("/api/reviews", body, null);
            assertEquals(403, refused.status());
            assertTrue(refused.header("Content-Type").startsWith("application/json"));
            assertEquals(403, JSON.readTree(refused.body()).get("status").asInt());
            assertEquals(403, browser.postJson("/api/reviews", body, "sai").status());

            String token = JSON.readTree(browser.get("/api/me").body()).get("csrfToken").asText();
            Browser.Reply accepted = browser.postJson("/api/reviews", body, token);
            assertEquals(201, accepted.status(), accepted.body());
            JsonNode decision = JSON.readTree(accepted.body());
            assertEquals("confirmed", decision.get("status").asText());
            assertEquals("tk-board", decision.get("decidedBy").asText());
            assertEquals("Đúng là sao chép.", decision.get("note").asText());
        });
        assertEquals(1, test.services.reviews().history("F-1").size());
    }

    @Test
    void review_api_keeps_and_shows_the_whole_history() {
        TestApp test = TestApp.withAccounts(dataDir);
        FindingFixtures.storeKeys(test, "K/1");
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            assertEquals("open", JSON.readTree(board.get("/api/reviews?finding=K%2F1").body()).get("status").asText());
            board.postJson("/api/reviews", "{\"finding\":\"K/1\",\"status\":\"follow-up\"}", token);
            board.postJson("/api/reviews", "{\"finding\":\"K/1\",\"status\":\"dismissed\",\"note\":\"Đã rõ.\"}", token);
            JsonNode history = JSON.readTree(board.get("/api/reviews?finding=K%2F1").body());
            assertEquals("dismissed", history.get("status").asText());
            assertEquals(2, history.get("history").size());
            assertEquals("follow-up", history.get("history").get(0).get("status").asText());
            assertEquals("Cần theo dõi thêm", history.get("history").get(0).get("statusLabel").asText());

            assertEquals(400, board.postJson("/api/reviews", "{\"finding\":\"K/1\",\"status\":\"xong\"}", token).status());
            assertEquals(400, board.postJson("/api/reviews", "không phải json", token).status());
            assertEquals(400, board.postJson("/api/reviews", "{\"status\":\"open\"}", token).status());
            assertEquals(400, board.get("/api/reviews").status());
        });
        assertEquals(AuditAction.REVIEW_DECIDED, test.services.audit().recent(1, Long.MAX_VALUE).get(0).action());
    }

    @Test
    void security_headers_are_on_pages_api_static_files_and_errors() {
        TestApp test = TestApp.empty(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            for (String path : new String[] {"/sign-in", "/api/health", "/static/soi.css", "/khong-co", "/api/me"}) {
                Browser.Reply reply = browser.get(path);
                assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, reply.header("Content-Security-Policy"), path);
                assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
                assertEquals("DENY", reply.header("X-Frame-Options"), path);
                assertEquals("no-referrer", reply.header("Referrer-Policy"), path);
                assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
                assertFalse(reply.header("Content-Security-Policy").contains("unsafe-inline"));
            }
            assertEquals("no-store", browser.get("/sign-in").header("Cache-Control"));
            Browser.Reply css = browser.get("/static/soi.css");
            assertEquals(200, css.status(), "static assets are public");
            assertTrue(css.header("Content-Type").startsWith("text/css"), css.header("Content-Type"));
        });
    }

    @Test
    void pages_have_no_inline_script_or_style() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser admin = new Browser(client).signIn("tk-admin", TestApp.PASSWORD);
            for (String path : new String[] {"/", "/admin", "/admin/audit", "/khong-co"}) {
                String html = admin.get(path).body();
                assertFalse(html.contains("<script"), path);
                assertFalse(html.contains("style="), path);
                assertFalse(html.contains("<style"), path);
            }
        });
    }

    @Test
    void errors_are_vietnamese_pages_and_json_under_api() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client).signIn("tk-researcher", TestApp.PASSWORD);
            Browser.Reply page = browser.get("/khong-co-trang-nay");
            assertEquals(404, page.status());
            assertTrue(page.body().contains("Không tìm thấy"));
            Browser.Reply api = browser.get("/api/khong-co");
            assertEquals(404, api.status());
            assertEquals("Không tìm thấy", JSON.readTree(api.body()).get("title").asText());
            Browser.Reply forbidden = browser.get("/admin");
            assertEquals(403, forbidden.status());
            assertTrue(forbidden.body().contains("Tài khoản của bạn không có quyền dùng chức năng này."));
        });
    }

    @Test
    void anonymous_page_visit_goes_to_sign_in_and_back() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            Browser.Reply redirect = browser.get("/admin/audit?before=5");
            assertEquals(303, redirect.status());
            assertEquals("/sign-in?next=%2Fadmin%2Faudit%3Fbefore%3D5", redirect.header("Location"));
            String token = Browser.csrfIn(browser.get(redirect.header("Location")).body());
            Browser.Reply signedIn = browser.postForm("/sign-in", Map.of("_csrf", token, "name", "tk-admin",
                    "password", TestApp.PASSWORD, "next", "/admin/audit?before=5"));
            assertEquals("/admin/audit?before=5", signedIn.header("Location"));
        });
    }

    @Test
    void sign_in_never_redirects_to_another_site() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            for (String next : new String[] {"//evil.example", "https://evil.example/", "/\\evil.example", "javascript:x"}) {
                Browser browser = new Browser(client);
                String token = browser.csrfFromSignInPage();
                Browser.Reply reply = browser.postForm("/sign-in", Map.of("_csrf", token, "name", "tk-admin",
                        "password", TestApp.PASSWORD, "next", next));
                assertEquals("/", reply.header("Location"), next);
            }
        });
    }

    @Test
    void a_hostile_name_typed_at_sign_in_is_shown_inert() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            String hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
            Browser.Reply reply = new Browser(client).trySignIn(hostile, "bất kỳ mật khẩu nào");
            assertEquals(401, reply.status());
            assertFalse(reply.body().contains("<img src=x"));
            assertFalse(reply.body().contains("<script>"));
            assertTrue(reply.body().contains("value=\"&#34;>&lt;img src=x onerror=alert(1)>&lt;script>alert(2)&lt;/script>\""),
                    reply.body());
        });
    }

    @Test
    void sign_out_ends_the_session() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            String session = browser.cookie("soi_session");
            String token = Browser.csrfIn(browser.get("/").body());
            Browser.Reply out = browser.postForm("/sign-out", Map.of("_csrf", token));
            assertEquals(303, out.status());
            assertEquals("/sign-in", out.header("Location"));
            browser.setCookie("soi_session", session);
            assertEquals(303, browser.get("/").status());
        });
        assertEquals(AuditAction.SIGN_OUT, test.services.audit().recent(1, Long.MAX_VALUE).get(0).action());
    }

    @Test
    void home_page_explains_soi_and_shows_sections_by_role() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            String adminHome = new Browser(client).signIn("tk-admin", TestApp.PASSWORD).get("/").body();
            assertTrue(adminHome.contains("Xin chào, tk-admin"));
            assertTrue(adminHome.contains("bệnh hình thức"));
            assertTrue(adminHome.contains("href=\"/admin\""));
            assertTrue(adminHome.contains("Quản trị viên"));
            String boardHome = new Browser(client).signIn("tk-board", TestApp.PASSWORD).get("/").body();
            assertFalse(boardHome.contains("href=\"/admin\""));
            assertTrue(boardHome.contains("Ban tổ chức"));
        });
    }

    @Test
    void admin_creates_an_account_that_can_sign_in_and_it_is_audited() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser admin = new Browser(client).signIn("tk-admin", TestApp.PASSWORD);
            String page = admin.get("/admin").body();
            assertTrue(page.contains("tk-researcher"));
            assertTrue(page.contains("Nghiên cứu viên"));
            String token = Browser.csrfIn(page);
            Browser.Reply mismatch = admin.postForm("/admin/accounts", Map.of("_csrf", token, "name", "lan.nguyen",
                    "role", "board", "password", "một-mật-khẩu-dài", "password2", "khác-hẳn-mật-khẩu"));
            assertEquals(400, mismatch.status());
            assertTrue(mismatch.body().contains("Hai lần nhập mật khẩu không khớp nhau."));
            Browser.Reply weak = admin.postForm("/admin/accounts", Map.of("_csrf", token, "name", "lan.nguyen",
                    "role", "board", "password", "ngắn", "password2", "ngắn"));
            assertEquals(400, weak.status());
            assertTrue(weak.body().contains("Mật khẩu phải có ít nhất 12 ký tự."));
            Browser.Reply created = admin.postForm("/admin/accounts", Map.of("_csrf", token, "name", "lan.nguyen",
                    "role", "board", "password", "một-mật-khẩu-dài", "password2", "một-mật-khẩu-dài"));
            assertEquals(303, created.status());
            assertTrue(admin.get("/admin").body().contains("Đã tạo tài khoản lan.nguyen"));
            new Browser(client).signIn("lan.nguyen", "một-mật-khẩu-dài");
            String audit = admin.get("/admin/audit").body();
            assertTrue(audit.contains("Tạo tài khoản"));
            assertTrue(audit.contains("lan.nguyen (board)"));
            assertEquals(400, admin.get("/admin/audit?before=abc").status());
        });
    }

    @Test
    void me_and_health_answer_json() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser browser = new Browser(client);
            assertEquals("ok", JSON.readTree(browser.get("/api/health").body()).get("status").asText());
            assertEquals(401, browser.get("/api/me").status());
            browser.signIn("tk-researcher", TestApp.PASSWORD);
            JsonNode me = JSON.readTree(browser.get("/api/me").body());
            assertEquals("tk-researcher", me.get("name").asText());
            assertEquals("researcher", me.get("role").asText());
            assertEquals("Nghiên cứu viên", me.get("roleLabel").asText());
        });
    }

    @Test
    void openapi_description_documents_every_api_route() throws Exception {
        TestApp test = TestApp.empty(dataDir);
        Set<String> routes = new TreeSet<>();
        test.app.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(endpoint -> endpoint.getEndpoint().getPath().startsWith("/api/"))
                .forEach(endpoint -> routes.add(endpoint.getEndpoint().getMethod().name().toLowerCase(Locale.ROOT)
                        + " " + endpoint.getEndpoint().getPath()));
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser.Reply reply = new Browser(client).get("/api/openapi.json");
            assertEquals(200, reply.status());
            JsonNode paths = JSON.readTree(reply.body()).get("paths");
            Set<String> documented = new TreeSet<>();
            for (var path : paths.properties()) {
                path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey()));
            }
            assertEquals(routes, documented);
        });
    }
}
