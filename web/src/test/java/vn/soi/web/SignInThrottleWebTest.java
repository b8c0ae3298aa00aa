package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Path;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;

/**
 * Sign-in throttling per IP address through HTTP: twenty failures on twenty different names block the address, and a
 * forged {@code X-Forwarded-For} header neither moves the attacker to a fresh address nor changes the audited one.
 */
class SignInThrottleWebTest {
    @TempDir
    Path dataDir;

    @Test
    void twenty_failures_on_different_names_block_the_address_whatever_x_forwarded_for_says() {
        TestApp test = TestApp.withAccounts(dataDir);
        JavalinTest.test(test.app.javalin(), (server, client) -> {
            for (int i = 0; i < 20; i++) {
                assertEquals(401, signIn(client, "ten-thu-" + i, "sai-mật-khẩu-rồi", "203.0.113." + i), "try " + i);
            }
            assertEquals(429, signIn(client, TestApp.nameOf(Role.BOARD), TestApp.PASSWORD, "198.51.100.7"),
                    "the address is blocked, even for a right password and another forwarded address");
        });
        var latest = test.services.audit().recent(1, Long.MAX_VALUE).get(0);
        assertEquals(AuditAction.SIGN_IN_THROTTLED, latest.action());
        assertEquals("127.0.0.1", latest.address(), "the audited address is the connection's, not the header's");
    }

    private static int signIn(HttpClient client, String name, String password, String forwardedFor)
            throws IOException {
        Browser browser = new Browser(client);
        String token = browser.csrfFromSignInPage();
        Request request = new Request.Builder().url(client.getOrigin() + "/sign-in")
                .header("Cookie", "soi_session=" + browser.cookie("soi_session"))
                .header("X-Forwarded-For", forwardedFor)
                .post(new FormBody.Builder().add("_csrf", token).add("name", name).add("password", password)
                        .add("next", "/").build())
                .build();
        try (Response response = client.getOkHttp().newBuilder().followRedirects(false).build().newCall(request)
                .execute()) {
            return response.code();
        }
    }
}
