package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.ingest.IngestFile;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestOutcome;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.web.upload.UploadIntakeTest;
import vn.soi.web.upload.UploadProcessor;

/** Upload through the page and the API, with a fake ingest that records what it was given. */
class UploadWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType BYTES = MediaType.get("application/octet-stream");

    @TempDir
    Path dataDir;

    /** Sees every file of the folder; a file whose name contains "hong" fails. */
    static final class FakeIngest implements UploadProcessor {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final CountDownLatch release;

        FakeIngest(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public IngestSummary process(Path folder, IngestListener listener) throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            listener.started(files.size());
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                String path = IngestFile.under(folder, file).path();
                seen.add(path);
                IngestOutcome outcome = path.contains("hong")
                        ? new IngestOutcome.Failed(path, "extract", "tệp hỏng, không đọc được")
                        : new IngestOutcome.Ingested(path, "id-" + path.hashCode(), DocumentType.OTHER, false);
                outcomes.add(outcome);
                listener.finished(outcome);
            }
            try {
                if (!release.await(10, TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the job");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return new IngestSummary(outcomes);
        }
    }

    private static Response post(HttpClient client, Browser browser, String path, Map<String, byte[]> files,
            String csrfToken, boolean asForm) throws IOException {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        if (asForm) {
            body.addFormDataPart("_csrf", csrfToken);
        }
        files.forEach((name, bytes) -> body.addFormDataPart("files", name, RequestBody.create(bytes, BYTES)));
        Request.Builder request = new Request.Builder().url(client.getOrigin() + path).post(body.build())
                .header("Cookie", "soi_session=" + browser.cookie("soi_session"));
        if (!asForm) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return client.getOkHttp().newBuilder().followRedirects(false).build().newCall(request.build()).execute();
    }

    private static JsonNode waitUntilFinished(Browser browser, String job) throws Exception {
        for (int i = 0; i < 200; i++) {
            JsonNode status = JSON.readTree(browser.get("/api/uploads/" + job).body());
            if (!status.get("finishedAt").isNull()) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " never finished");
    }

    @Test
    void a_zip_with_a_dot_dot_entry_is_refused_by_name_while_the_other_files_are_processed() {
        TestApp test = TestApp.withAccounts(dataDir);
        CountDownLatch release = new CountDownLatch(1);
        FakeIngest ingest = new FakeIngest(release);
        SoiWebApp app = new SoiWebApp(test.services, ingest);
        JavalinTest.test(app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String token = Browser.csrfIn(board.get("/upload").body());
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("../evil.txt", "thoát ra ngoài");
            entries.put("bao-cao/ban-kiem-diem.txt", "Bản kiểm điểm.");
            entries.put("bao-cao/hong.txt", "không đọc được");
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("ho-so.zip", UploadIntakeTest.zip(entries));
            files.put("bien-ban.txt", "Biên bản hội nghị.".getBytes(StandardCharsets.UTF_8));
            String job;
            try (Response response = post(client, board, "/upload", files, token, true)) {
                assertEquals(303, response.code(), response.body().string());
                String location = response.header("Location");
                assertTrue(location.startsWith("/upload?job="), location);
                job = location.substring("/upload?job=".length());
            }
            try (Response busy = post(client, board, "/api/uploads", Map.of("khac.txt", new byte[] {1}), token, false)) {
                assertEquals(409, busy.code(), "one job at a time");
            }
            String page = board.get("/upload?job=" + job).body();
            assertTrue(page.contains("data-job=\"" + job + "\""));
            assertTrue(page.contains("<script src=\"/static/upload.js\" defer></script>"));
            release.countDown();

            JsonNode status = waitUntilFinished(board, job);
            assertEquals("done", status.get("state").asText());
            assertEquals(3, status.get("total").asInt());
            assertEquals(3, status.get("done").asInt());
            assertEquals(2, status.get("ingested").asInt());
            assertEquals("ho-so.zip!../evil.txt", status.get("refused").get(0).get("name").asText());
            assertEquals("bao-cao/hong.txt", status.get("failed").get(0).get("name").asText());
            assertTrue(status.get("failed").get(0).get("reason").asText().contains("tệp hỏng"));
            assertEquals(List.of("bao-cao/ban-kiem-diem.txt", "bao-cao/hong.txt", "bien-ban.txt"),
                    ingest.seen.stream().sorted().toList());
            assertFalse(Files.exists(dataDir.resolve("evil.txt")));
            assertFalse(Files.exists(dataDir.resolve("uploads/evil.txt")));
            assertFalse(Files.exists(dataDir.resolve("uploads/" + job)), "the received files are removed afterwards");
            assertEquals(200, board.get("/static/upload.js").status());
        });
    }

    @Test
    void a_failing_ingest_ends_the_job_as_failed_and_the_server_takes_the_next_upload() {
        TestApp test = TestApp.withAccounts(dataDir);
        UploadProcessor failing = (folder, listener) -> {
            throw new IOException("chỉ mục đang bị khóa");
        };
        SoiWebApp app = new SoiWebApp(test.services, failing);
        JavalinTest.test(app.javalin(), (server, client) -> {
            Browser inspector = new Browser(client).signIn("tk-inspector", TestApp.PASSWORD);
            String token = JSON.readTree(inspector.get("/api/me").body()).get("csrfToken").asText();
            String job;
            try (Response response = post(client, inspector, "/api/uploads",
                    Map.of("a.txt", "Một".getBytes(StandardCharsets.UTF_8)), token, false)) {
                assertEquals(202, response.code());
                job = JSON.readTree(response.body().string()).get("id").asText();
            }
            JsonNode status = waitUntilFinished(inspector, job);
            assertEquals("failed", status.get("state").asText());
            assertTrue(status.get("message").asText().contains("chỉ mục đang bị khóa"));
            try (Response next = post(client, inspector, "/api/uploads",
                    Map.of("b.txt", "Hai".getBytes(StandardCharsets.UTF_8)), token, false)) {
                assertEquals(202, next.code(), "the failed job does not block the next");
            }
            try (Response refused = post(client, inspector, "/api/uploads",
                    Map.of("../x.txt", "Ba".getBytes(StandardCharsets.UTF_8)), token, false)) {
                assertTrue(refused.code() == 400 || refused.code() == 409, "nothing acceptable: " + refused.code());
            }
            assertEquals(404, inspector.get("/api/uploads/khong-co").status());
        });
    }

    @Test
    void without_an_ingest_the_upload_page_says_uploads_are_not_taken() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            assertTrue(board.get("/upload").body().contains("Máy chủ này không nhận tài liệu tải lên."));
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            try (Response response = post(client, board, "/api/uploads",
                    Map.of("a.txt", new byte[] {1}), token, false)) {
                assertEquals(503, response.code());
            }
        });
    }

    @Test
    void a_malformed_multipart_body_is_refused_with_a_named_error() {
        TestApp test = TestApp.withAccounts(dataDir);
        SoiWebApp app = new SoiWebApp(test.services, new FakeIngest(new CountDownLatch(0)));
        JavalinTest.test(app.javalin(), (server, client) -> {
            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            Request request = new Request.Builder().url(client.getOrigin() + "/api/uploads")
                    .post(RequestBody.create("--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\""
                            + "\r\n\r\nkhông có ranh giới kết thúc", MediaType.get("multipart/form-data; boundary=x")))
                    .header("Cookie", "soi_session=" + board.cookie("soi_session"))
                    .header("X-CSRF-Token", token).build();
            try (Response response = client.getOkHttp().newCall(request).execute()) {
                assertEquals(400, response.code());
                assertTrue(response.body().string().contains("multipart/form-data"));
            }
            assertEquals(200, board.get("/upload").status(), "the server goes on");
        });
    }
}
