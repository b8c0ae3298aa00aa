package vn.soi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One browser: its own cookies, redirects not followed (so tests see them). Wraps the JavalinTest client's origin.
 */
final class Browser {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A response, read whole. */
    record Reply(int status, Headers headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private final OkHttpClient http;
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new ArrayList<>();

    Browser(HttpClient client) {
        this.origin = client.getOrigin();
        this.http = client.getOkHttp().newBuilder().followRedirects(false).cookieJar(CookieJar.NO_COOKIES).build();
    }

    Reply get(String path) {
        return send(new Request.Builder().url(origin + path).get());
    }

    Reply postForm(String path, Map<String, String> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(form::add);
        return send(new Request.Builder().url(origin + path).post(form.build()));
    }

    Reply postJson(String path, String json, String csrfToken) {
        Request.Builder request = new Request.Builder().url(origin + path)
                .post(RequestBody.create(json, MediaType.get("application/json; charset=utf-8")));
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return send(request);
    }

    /** @return the CSRF token of the sign-in page (which creates the session) */
    String csrfFromSignInPage() {
        return csrfIn(get("/sign-in").body());
    }

    static String csrfIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in page: " + html);
        }
        return matcher.group(1);
    }

    Reply trySignIn(String name, String password) {
        String token = csrfFromSignInPage();
        return postForm("/sign-in", Map.of("_csrf", token, "name", name, "password", password, "next", "/"));
    }

    /** Signs in and checks it worked; @return this */
    Browser signIn(String name, String password) {
        Reply reply = trySignIn(name, password);
        assertEquals(303, reply.status(), "sign-in of " + name + " failed: " + reply.body());
        return this;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    List<String> setCookieHeaders() {
        return setCookieHeaders;
    }

    void forgetCookies() {
        cookies.clear();
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Reply send(Request.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try (Response response = http.newCall(request.build()).execute()) {
            for (String setCookie : response.headers("Set-Cookie")) {
                setCookieHeaders.add(setCookie);
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals).strip();
                String value = pair.substring(equals + 1).strip();
                boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0");
                if (expired || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return new Reply(response.code(), response.headers(), response.body() == null ? "" : response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
