package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditEvent;

/**
 * The audit log holds every action the security review asked for: sign-in (ok, failed, throttled), sign-out, account
 * created, document viewed (page, API, original), case viewed (page and {@code /api/findings/{key}}), export (CSV,
 * XLSX), review decided, upload started and finished.
 */
class AuditTrailTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void every_audited_action_of_a_working_session_is_in_the_log_with_its_actor_and_target() {
        TestApp test = TestCorpus.load(TestApp.withAccounts(dataDir));
        test.services.users().addUser("tk-admin-2", Role.ADMIN, TestApp.PASSWORD.toCharArray());
        String key = TestCorpus.finding().key();
        CountDownLatch release = new CountDownLatch(1);
        release.countDown();
        SoiWebApp app = new SoiWebApp(test.services, new UploadWebTest.FakeIngest(release));
        String[] job = new String[1];
        JavalinTest.test(app.javalin(), (server, client) -> {
            Browser intruder = new Browser(client);
            for (int i = 0; i < 5; i++) {
                assertEquals(401, intruder.trySignIn("tk-admin", "sai-mật-khẩu-" + i).status());
            }
            assertEquals(429, intruder.trySignIn("tk-admin", TestApp.PASSWORD).status());

            Browser board = new Browser(client).signIn("tk-board", TestApp.PASSWORD);
            String token = JSON.readTree(board.get("/api/me").body()).get("csrfToken").asText();
            assertEquals(200, board.get("/documents/" + TestCorpus.REPORT_A).status());
            assertEquals(200, board.get("/api/documents/" + TestCorpus.REPORT_B).status());
            assertEquals(200, board.get("/documents/" + TestCorpus.MINUTES + "/original").status());
            assertEquals(200, board.get("/cases/" + key).status());
            assertEquals(200, board.get("/api/findings/" + key).status());
            assertEquals(200, board.get("/findings/export.csv").status());
            assertEquals(200, board.get("/findings/export.xlsx").status());
            assertEquals(303, board.postForm("/cases/" + key + "/decisions",
                    Map.of("_csrf", token, "status", "confirmed", "note", "Đã đối chiếu sổ kỷ luật.")).status());
            job[0] = upload(client, board, token);
            waitUntilFinished(board, job[0]);
            assertEquals(303, board.postForm("/sign-out", Map.of("_csrf", token)).status());

            Browser admin = new Browser(client).signIn("tk-admin-2", TestApp.PASSWORD);
            String adminToken = Browser.csrfIn(admin.get("/admin").body());
            assertEquals(303, admin.postForm("/admin/accounts", Map.of("_csrf", adminToken, "name", "tk-moi",
                    "role", "researcher", "password", "mật-khẩu-mới-đủ-dài-1", "password2", "mật-khẩu-mới-đủ-dài-1"))
                    .status());
        });

        List<AuditEvent> events = new ArrayList<>(test.services.audit().recent(1_000, Long.MAX_VALUE));
        Collections.reverse(events);
        List<String> lines = events.stream().map(e -> e.action() + " | " + e.actor() + " | " + e.target()).toList();
        String log = String.join("\n", lines);
        expect(log, AuditAction.SIGN_IN_FAILED + " | null | tk-admin");
        expect(log, AuditAction.SIGN_IN_THROTTLED + " | null | tk-admin");
        expect(log, AuditAction.SIGN_IN + " | tk-board | null");
        expect(log, AuditAction.DOCUMENT_VIEWED + " | tk-board | " + TestCorpus.REPORT_A_PATH + " (doc-a)");
        expect(log, AuditAction.DOCUMENT_VIEWED + " | tk-board | reports/2022/tran-thi-binh.txt (doc-b)");
        expect(log, AuditAction.DOCUMENT_VIEWED + " | tk-board | bản gốc: minutes/bien-ban-2023.txt (doc-m)");
        expect(log, AuditAction.DOCUMENT_VIEWED + " | tk-board | hồ sơ " + key + ": ");
        expect(log, AuditAction.DOCUMENT_VIEWED + " | tk-board | hồ sơ " + key + " (API): "
                + TestCorpus.REPORT_A_PATH + ", registers/ky-luat-2023.csv");
        expect(log, AuditAction.EXPORTED + " | tk-board | hồ sơ cần xem xét, csv");
        expect(log, AuditAction.EXPORTED + " | tk-board | hồ sơ cần xem xét, xlsx");
        expect(log, AuditAction.REVIEW_DECIDED + " | tk-board | " + key + " → confirmed");
        expect(log, AuditAction.UPLOAD_STARTED + " | tk-board | lần tải lên " + job[0] + ": ho-so-moi.txt, ../thoat.txt"
                + "; từ chối: ../thoat.txt");
        expect(log, AuditAction.UPLOAD_FINISHED + " | tk-board | lần tải lên " + job[0]
                + ": đã xong (1 tệp đã nạp, 0 tệp lỗi)");
        expect(log, AuditAction.SIGN_OUT + " | tk-board | null");
        expect(log, AuditAction.ACCOUNT_CREATED + " | tk-admin-2 | tk-moi (researcher)");
        assertTrue(lines.indexOf(line(lines, AuditAction.UPLOAD_STARTED)) < lines.indexOf(line(lines,
                AuditAction.UPLOAD_FINISHED)), "an upload's start comes before its end:\n" + log);
    }

    private static void expect(String log, String linePrefix) {
        assertTrue(("\n" + log).contains("\n" + linePrefix), "missing «" + linePrefix + "» in the audit log:\n" + log);
    }

    private static String line(List<String> lines, AuditAction action) {
        return lines.stream().filter(l -> l.startsWith(action + " |")).findFirst().orElseThrow();
    }

    private static String upload(HttpClient client, Browser browser, String token) throws IOException {
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("files", "ho-so-moi.txt", RequestBody.create(
                        "Bản kiểm điểm mới.".getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain")))
                .addFormDataPart("files", "../thoat.txt", RequestBody.create(
                        "ra ngoài".getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain")))
                .build();
        Request request = new Request.Builder().url(client.getOrigin() + "/api/uploads").post(body)
                .header("Cookie", "soi_session=" + browser.cookie("soi_session")).header("X-CSRF-Token", token)
                .build();
        try (Response response = client.getOkHttp().newCall(request).execute()) {
            String answer = response.body().string();
            assertEquals(202, response.code(), answer);
            return JSON.readTree(answer).get("id").asText();
        }
    }

    private static void waitUntilFinished(Browser browser, String job) throws Exception {
        for (int i = 0; i < 200; i++) {
            if (!JSON.readTree(browser.get("/api/uploads/" + job).body()).get("finishedAt").isNull()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("upload job " + job + " never finished");
    }
}
