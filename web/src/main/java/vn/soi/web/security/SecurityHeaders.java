package vn.soi.web.security;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers set on every response: a Content-Security-Policy that allows only the application's own scripts, styles and
 * images (no inline script, no inline style), no framing, no MIME sniffing, no referrer; pages and API answers are not
 * cached (they hold personnel data), static assets may be. Requests Jetty refuses before the application sees them
 * (malformed or ambiguous) get the same headers from {@link HeaderedErrorHandler}.
 */
public final class SecurityHeaders {
    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    /** The headers of every response, static assets included, in the order they are set. */
    public static final Map<String, String> ON_EVERY_RESPONSE = orderedHeaders();

    /**
     * Sets the headers.
     *
     * @param ctx the request
     */
    public void apply(Context ctx) {
        ON_EVERY_RESPONSE.forEach(ctx::header);
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Map<String, String> orderedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        return Collections.unmodifiableMap(headers);
    }
}
