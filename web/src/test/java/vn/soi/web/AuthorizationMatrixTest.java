package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.security.Access;
import vn.soi.web.security.AccessControl;
import vn.soi.web.security.Csrf;
import vn.soi.web.security.Sessions;

/** Every route, for an anonymous visitor and for each role: the expected status. */
class AuthorizationMatrixTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who makes the request. */
    private enum Actor { ANONYMOUS, ADMIN, INSPECTOR, BOARD, RESEARCHER }

    /**
     * A route and the status each actor gets, in {@link Actor} order.
     *
     * @param method GET or POST
     * @param path the route path (as registered)
     * @param request the path requested (with a query) and, for POST, the body kind
     * @param expected statuses in Actor order
     */
    private record Row(String method, String path, String request, int... expected) {
    }

    private static final List<Row> MATRIX = List.of(
            new Row("GET", "/sign-in", "/sign-in", 200, 303, 303, 303, 303),
            new Row("POST", "/sign-in", "form:/sign-in", 400, 400, 400, 400, 400),
            new Row("GET", "/", "/", 303, 200, 200, 200, 200),
            new Row("GET", "/admin", "/admin", 303, 200, 403, 403, 403),
            new Row("POST", "/admin/accounts", "form:/admin/accounts", 303, 400, 403, 403, 403),
            new Row("GET", "/admin/audit", "/admin/audit", 303, 200, 403, 403, 403),
            new Row("GET", "/api/health", "/api/health", 200, 200, 200, 200, 200),
            new Row("GET", "/api/openapi.json", "/api/openapi.json", 200, 200, 200, 200, 200),
            new Row("GET", "/api/me", "/api/me", 401, 200, 200, 200, 200),
            new Row("GET", "/api/reviews", "/api/reviews?finding=F1", 401, 403, 200, 200, 403),
            new Row("POST", "/api/reviews", "json:/api/reviews", 401, 403, 201, 201, 403),
            new Row("POST", "/sign-out", "form:/sign-out", 303, 303, 303, 303, 303),
            // Findings, cases, statistics, upload and export.
            new Row("GET", "/findings", "/findings", 303, 200, 200, 200, 200),
            new Row("GET", "/cases/{findingKey}", "/cases/F1", 303, 200, 200, 200, 403),
            new Row("POST", "/cases/{findingKey}/decisions", "form:/cases/F1/decisions", 303, 403, 303, 303, 403),
            new Row("GET", "/api/findings", "/api/findings", 401, 200, 200, 200, 200),
            new Row("GET", "/api/findings/{key}", "/api/findings/F1", 401, 200, 200, 200, 403),
            new Row("GET", "/findings/export.csv", "/findings/export.csv", 303, 200, 200, 200, 200),
            new Row("GET", "/findings/export.xlsx", "/findings/export.xlsx", 303, 200, 200, 200, 200),
            new Row("GET", "/statistics", "/statistics", 303, 200, 200, 200, 200),
            new Row("GET", "/api/stats", "/api/stats", 401, 200, 200, 200, 200),
            new Row("GET", "/upload", "/upload", 303, 200, 200, 200, 403),
            new Row("POST", "/upload", "form:/upload", 303, 400, 400, 400, 403),
            new Row("POST", "/api/uploads", "json:/api/uploads", 401, 400, 400, 400, 403),
            new Row("GET", "/api/uploads/{job}", "/api/uploads/0123456789abcdef", 401, 404, 404, 404, 403),
            // Search and documents (TestCorpus): researchers read pseudonymised, never the original.
            new Row("GET", "/search", "/search?q=khuyết+điểm", 303, 200, 200, 200, 200),
            new Row("POST", "/search/saved", "form:/search/saved", 303, 400, 400, 400, 400),
            new Row("POST", "/search/saved/{id}/delete", "form:/search/saved/999/delete", 303, 404, 404, 404, 404),
            new Row("GET", "/documents/{id}", "/documents/doc-a", 303, 200, 200, 200, 200),
            new Row("GET", "/documents/{id}/original", "/documents/doc-a/original", 303, 200, 200, 200, 403),
            new Row("GET", "/api/search", "/api/search?q=khuyết", 401, 200, 200, 200, 200),
            new Row("GET", "/api/documents/{id}", "/api/documents/doc-a", 401, 200, 200, 200, 200));

    @TempDir
    Path dataDir;

    @Test
    void every_route_answers_each_role_as_declared() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        FindingFixtures.storeKeys(test, "F1");
        Set<String> registered = new TreeSet<>();
        test.app.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(endpoint -> endpoint.getEndpoint().getMethod().isHttpMethod())
                .forEach(endpoint -> registered.add(
                        endpoint.getEndpoint().getMethod().name() + " " + endpoint.getEndpoint().getPath()));
        assertEquals(registered, MATRIX.stream().map(row -> row.method() + " " + row.path())
                .collect(Collectors.toCollection(TreeSet::new)), "the matrix must list every route");

        List<String> mismatches = new ArrayList<>();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            for (Row row : MATRIX) {
                for (Actor actor : Actor.values()) {
                    Browser browser = new Browser(client);
                    if (actor != Actor.ANONYMOUS) {
                        browser.signIn(TestApp.nameOf(Role.valueOf(actor.name())), TestApp.PASSWORD);
                    }
                    int status = send(browser, row, actor).status();
                    int expected = row.expected()[actor.ordinal()];
                    if (status != expected) {
                        mismatches.add(row.method() + " " + row.request() + " as " + actor + ": " + status
                                + " (expected " + expected + ")");
                    }
                }
            }
        });
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static Browser.Reply send(Browser browser, Row row, Actor actor) throws Exception {
        if (row.method().equals("GET")) {
            return browser.get(row.request());
        }
        String token = actor == Actor.ANONYMOUS
                ? browser.csrfFromSignInPage()
                : JSON.readTree(browser.get("/api/me").body()).get("csrfToken").asText();
        String path = row.request().substring(row.request().indexOf(':') + 1);
        if (row.request().startsWith("json:")) {
            return browser.postJson(path, "{\"finding\":\"F1\",\"status\":\"confirmed\"}", token);
        }
        return browser.postForm(path, Map.of("_csrf", token, "role", "board", "status", "confirmed"));
    }

    @Test
    void a_route_that_declares_no_role_is_refused_to_everybody() {
        Sessions sessions = new Sessions(Clock.systemUTC());
        AccessControl gate = new AccessControl(sessions, new Csrf());
        Javalin app = Javalin.create(config -> config.router.mount(router -> {
            router.beforeMatched(gate::check);
            router.get("/test-sign-in", ctx -> sessions.signIn(ctx, "quan-tri", Role.ADMIN), Access.PUBLIC);
            router.get("/forgotten", ctx -> ctx.result("bí mật"));
        }));
        JavalinTest.test(app, (server, client) -> {
            Browser browser = new Browser(client);
            assertEquals(303, browser.get("/forgotten").status(), "anonymous: sent to sign in");
            browser.get("/test-sign-in");
            Browser.Reply signedIn = browser.get("/forgotten");
            assertEquals(403, signedIn.status());
            assertTrue(!signedIn.body().contains("bí mật"));
        });
    }
}
