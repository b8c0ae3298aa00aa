package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.security.SecurityHeaders;

/**
 * The security review's checks over the routes as registered at run time: every state-changing route refuses a
 * missing or wrong CSRF token; every response (pages, API, static files, redirects, errors, malformed requests)
 * carries the security headers; the original-file route and uploads cannot be walked out of their folders.
 */
class RouteSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WRONG_TOKEN = "khong-phai-ma-dung-0123456789abcdefghijklmno";

    @TempDir
    Path dataDir;

    private static List<String> routes(SoiWebApp app, String method) {
        return app.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(endpoint -> endpoint.getMethod().name().equals(method))
                .map(endpoint -> endpoint.getPath())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    /** A request path for a route path: parameters filled with values the test data has or harmless ones. */
    private static String concrete(String route, String findingKey) {
        return route.replace("{findingKey}", findingKey).replace("{key}", findingKey).replace("{id}", "999")
                .replace("{job}", "0123456789abcdef");
    }

    /** Who may use a POST route (so that only the CSRF check can refuse it). */
    private static Role roleFor(String route) {
        return route.startsWith("/admin") ? Role.ADMIN : Role.BOARD;
    }

    @Test
    void every_post_route_refuses_a_missing_or_wrong_csrf_token_and_changes_nothing() throws Exception {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        String key = TestCorpus.finding().key();
        SoiWebApp app = new SoiWebApp(test.services, new UploadWebTest.FakeIngest(new CountDownLatch(0)));
        List<String> posts = routes(app, "POST");
        assertTrue(posts.size() >= 8, "POST routes: " + posts);
        int accountsBefore = test.services.users().list().size();
        List<String> accepted = new ArrayList<>();
        JavalinTest.test(app.javalin(), (server, client) -> {
            for (String route : posts) {
                String path = concrete(route, key);
                for (String token : new String[] {null, WRONG_TOKEN}) {
                    Browser browser = new Browser(client);
                    if (route.equals("/sign-in")) {
                        browser.csrfFromSignInPage();
                    } else {
                        browser.signIn(TestApp.nameOf(roleFor(route)), TestApp.PASSWORD);
                    }
                    Map<String, String> fields = new java.util.HashMap<>(Map.of("name", "tk-moi", "role", "board",
                            "password", TestApp.PASSWORD, "password2", TestApp.PASSWORD, "status", "confirmed",
                            "note", "giả mạo", "q", "khuyết điểm", "finding", key));
                    if (token != null) {
                        fields.put("_csrf", token);
                    }
                    int form = browser.postForm(path, fields).status();
                    int json = browser.postJson(path, "{\"finding\":\"" + key + "\",\"status\":\"confirmed\"}",
                            token).status();
                    int multipart = multipart(client, browser, path, token);
                    for (int status : new int[] {form, json, multipart}) {
                        if (status != 403) {
                            accepted.add(route + " with token " + token + ": " + status);
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), accepted, "every POST route must answer 403 without the right token");
        assertEquals(List.of(), test.services.reviews().history(key), "no decision was recorded");
        assertEquals(accountsBefore, test.services.users().list().size(), "no account was created");
        assertFalse(Files.exists(dataDir.resolve("uploads")) && Files.list(dataDir.resolve("uploads")).findAny()
                .isPresent(), "nothing was uploaded");
    }

    private static int multipart(io.javalin.testtools.HttpClient client, Browser browser, String path, String token)
            throws IOException {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("files", "ho-so.txt", RequestBody.create("Bản kiểm điểm."
                        .getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain")));
        if (token != null) {
            body.addFormDataPart("_csrf", token);
        }
        Request request = new Request.Builder().url(client.getOrigin() + path).post(body.build())
                .header("Cookie", "soi_session=" + browser.cookie("soi_session")).build();
        try (Response response = client.getOkHttp().newBuilder().followRedirects(false).build().newCall(request)
                .execute()) {
            return response.code();
        }
    }

    @Test
    void every_response_carries_the_security_headers_including_errors_static_files_and_malformed_requests() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        String key = TestCorpus.finding().key();
        List<String> paths = new ArrayList<>();
        for (String route : routes(test.app, "GET")) {
            paths.add(concrete(route, key).replace("999", TestCorpus.REPORT_A));
        }
        paths.addAll(List.of("/static/soi.css", "/static/upload.js", "/static/khong-co.js", "/khong-co",
                "/api/khong-co", "/documents/khong-co", "/search?q=%22", "/search?page=-1",
                "/documents/" + TestCorpus.REPORT_A + "?hl=abc"));
        List<String> missing = new ArrayList<>();
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser anonymous = new Browser(client);
            Browser researcher = new Browser(client).signIn(TestApp.nameOf(Role.RESEARCHER), TestApp.PASSWORD);
            Browser admin = new Browser(client).signIn(TestApp.nameOf(Role.ADMIN), TestApp.PASSWORD);
            for (String path : paths) {
                for (Browser browser : List.of(anonymous, researcher, admin)) {
                    Browser.Reply reply = browser.get(path);
                    checkHeaders(path + " (" + reply.status() + ")", name -> reply.header(name), missing);
                }
            }
            checkHeaders("POST /sign-out without token", name -> anonymous.postForm("/sign-out", Map.of())
                    .header(name), missing);
            // Requests Jetty refuses before the application sees them.
            URI origin = URI.create(client.getOrigin());
            for (String raw : List.of("/documents/%2e%2e/%2e%2e/soi.db", "/%ff%fe", "/search?q=%zz",
                    "/static/..%2f..%2fsoi.db", "/documents/a%00b")) {
                RawReply reply = raw(origin, "GET " + raw + " HTTP/1.1", null);
                checkHeaders("raw GET " + raw + " (" + reply.status() + ")", reply::header, missing);
            }
            RawReply garbage = raw(origin, "GET /sign-in HTTP/1.1\r\nHost: a\r\nHost: b", null);
            checkHeaders("two Host headers (" + garbage.status() + ")", garbage::header, missing);
        });
        assertEquals(List.of(), missing);
    }

    private static void checkHeaders(String where, java.util.function.Function<String, String> header,
            List<String> missing) {
        Map<String, String> expected = Map.of("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
        expected.forEach((name, value) -> {
            if (!value.equals(header.apply(name))) {
                missing.add(where + ": " + name + " = " + header.apply(name));
            }
        });
    }

    @Test
    void originals_cannot_be_reached_by_path_traversal_in_the_document_id() throws Exception {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        byte[] key = Files.readAllBytes(WebConfig.of(dataDir).secretKeyFile());
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn(TestApp.nameOf(Role.BOARD), TestApp.PASSWORD);
            URI origin = URI.create(client.getOrigin());
            List<String> leaks = new ArrayList<>();
            for (String id : List.of("..%2F..%2Fsoi.db", "..%2Fsecret.key", "%2e%2e%2fsecret.key",
                    "..%5C..%5Csecret.key", "%2Fetc%2Fpasswd", "originals%2F..%2F..%2Fsecret.key",
                    "..", "%2e%2e", "...", TestCorpus.REPORT_A + "%2F..%2F..%2Fsecret.key",
                    "reports%2F2023%2F..%2F..%2F..%2Fsecret.key")) {
                for (String path : List.of("/documents/" + id + "/original", "/documents/" + id,
                        "/api/documents/" + id)) {
                    RawReply reply = raw(origin, "GET " + path + " HTTP/1.1", board.cookie("soi_session"));
                    String body = new String(reply.body(), StandardCharsets.ISO_8859_1);
                    if (reply.status() < 400 || body.contains("SQLite format 3") || contains(reply.body(), key)
                            || body.contains("root:x:0")) {
                        leaks.add(path + ": " + reply.status());
                    }
                }
            }
            assertEquals(List.of(), leaks);
            assertEquals(200, board.get("/documents/" + TestCorpus.REPORT_A + "/original").status(),
                    "the real original is still served");
        });
    }

    @Test
    void upload_names_that_climb_out_of_the_upload_folder_are_refused_by_name() throws Exception {
        TestApp test = TestApp.withAccounts(dataDir);
        UploadWebTest.FakeIngest ingest = new UploadWebTest.FakeIngest(new CountDownLatch(0));
        SoiWebApp app = new SoiWebApp(test.services, ingest);
        JavalinTest.test(app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn(TestApp.nameOf(Role.BOARD), TestApp.PASSWORD);
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
            List<String> names = List.of("../../thoat-1.txt", "..\\..\\thoat-2.txt", "/tmp/thoat-3.txt",
                    "C:\\thoat-4.txt", "thu-muc/../../thoat-5.txt", "hop-le.txt");
            for (String name : names) {
                body.addFormDataPart("files", name, RequestBody.create("nội dung".getBytes(StandardCharsets.UTF_8),
                        MediaType.get("text/plain")));
            }
            Request request = new Request.Builder().url(client.getOrigin() + "/api/uploads").post(body.build())
                    .header("Cookie", "soi_session=" + board.cookie("soi_session")).header("X-CSRF-Token", token)
                    .build();
            String answer;
            try (Response response = client.getOkHttp().newCall(request).execute()) {
                answer = response.body().string();
                assertEquals(202, response.code(), answer);
            }
            String job = JSON.readTree(answer).get("id").asText();
            for (int i = 0; i < 200 && ingest.seen.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of("hop-le.txt"), ingest.seen, answer);
            List<String> reasons = new ArrayList<>();
            JSON.readTree(answer).get("refused").forEach(problem -> reasons.add(problem.get("reason").asText()));
            assertEquals(5, reasons.size(), answer);
            assertTrue(reasons.stream().allMatch(reason -> reason.contains("“..”") || reason.contains("tuyệt đối")),
                    answer);
            try (var files = Files.walk(dataDir)) {
                assertEquals(List.of(), files.map(Path::getFileName).map(Path::toString)
                        .filter(name -> name.startsWith("thoat")).toList(), "nothing written outside " + job);
            }
            assertFalse(Files.exists(Path.of("/tmp/thoat-3.txt")));
        });
    }

    /** A response read from a raw socket: the request line is sent exactly as given (no client normalisation). */
    private record RawReply(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static RawReply raw(URI origin, String requestLine, String session) throws IOException {
        try (Socket socket = new Socket(origin.getHost(), origin.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            if (!requestLine.contains("Host:")) {
                request.append("Host: ").append(origin.getHost()).append(':').append(origin.getPort()).append("\r\n");
            }
            if (session != null) {
                request.append("Cookie: soi_session=").append(session).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            byte[] bytes = all.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, headEnd < 0 ? text.length() : headEnd).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip());
                }
            }
            byte[] body = headEnd < 0 ? new byte[0]
                    : java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
            return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
