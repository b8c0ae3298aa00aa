package vn.soi.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user of the web application over {@link java.net.http.HttpClient}: its own cookies (kept here, so many users
 * share one client), its CSRF token, redirects not followed. Not thread-safe: one user, one thread.
 */
final class LoadClient {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A response, read whole.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body as UTF-8 text
     * @param nanos how long the request took, sending to last byte
     */
    record Reply(int status, HttpHeaders headers, String body, long nanos) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http;
    private final URI origin;
    private final Duration timeout;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    /**
     * @param http the shared client (must not follow redirects)
     * @param origin the server, e.g. {@code http://127.0.0.1:7070}
     * @param timeout the longest any request may take
     */
    LoadClient(HttpClient http, URI origin, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** @return a client for many users: no redirects, no cookie handler, HTTP/1.1 */
    static HttpClient sharedHttp() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Signs in through the form (with the sign-in page's CSRF token), then reads the new token from {@code /api/me}.
     *
     * @param name account name
     * @param password its password
     * @return this
     * @throws IOException when the server is unreachable
     * @throws IllegalStateException when the sign-in is refused
     */
    LoadClient signIn(String name, String password) throws IOException {
        Reply form = get("/sign-in");
        Reply reply = postForm("/sign-in", Map.of("_csrf", csrfIn(form.body()), "name", name,
                "password", password, "next", "/"));
        if (reply.status() != 303) {
            throw new IllegalStateException("sign-in of " + name + " answered " + reply.status());
        }
        csrfToken = JSON.readTree(get("/api/me").body()).get("csrfToken").asText();
        return this;
    }

    /** @return the session's CSRF token (after {@link #signIn}) */
    String csrfToken() {
        return csrfToken;
    }

    /** @return the session cookie's value, or null */
    String sessionCookie() {
        return cookies.get("soi_session");
    }

    /** Replaces the session cookie (to replay an old one). */
    void useSessionCookie(String value) {
        cookies.put("soi_session", value);
    }

    Reply get(String pathAndQuery) throws IOException {
        return send(request(pathAndQuery).GET());
    }

    Reply postForm(String path, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply postJson(String path, String json, String token) throws IOException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-CSRF-Token", token);
        }
        return send(request);
    }

    /** @return the value of the page's hidden {@code _csrf} field */
    static String csrfIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF field in the page");
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(origin.resolve(pathAndQuery)).timeout(timeout);
    }

    private Reply send(HttpRequest.Builder request) throws IOException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.build().uri(), e);
        }
        long nanos = System.nanoTime() - start;
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return new Reply(response.statusCode(), response.headers(), response.body(), nanos);
    }
}
