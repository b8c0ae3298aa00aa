package vn.soi.web.security;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Synchroniser tokens against cross-site request forgery: one random token per session, sent back by forms in the
 * hidden field {@value #FORM_FIELD} and by API clients in the header {@value #HEADER}. Every state-changing request
 * (POST, PUT, PATCH, DELETE) must carry it, the sign-in form included.
 */
public final class Csrf {
    /** Hidden form field that carries the token. */
    public static final String FORM_FIELD = "_csrf";
    /** Request header that carries the token (for API clients; {@code GET /api/me} tells it). */
    public static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_KEY = "soi.csrf";
    private static final int TOKEN_BYTES = 32;
    private static final Set<HandlerType> UNSAFE =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final SecureRandom random = new SecureRandom();

    /**
     * @param ctx the request
     * @return the session's token, creating the session and the token when needed
     */
    public String token(Context ctx) {
        HttpSession session = ctx.req().getSession(true);
        if (session.getAttribute(SESSION_KEY) instanceof String token) {
            return token;
        }
        return rotate(ctx);
    }

    /**
     * Gives the session a new token (at sign-in, so that a token seen before signing in is worthless after).
     *
     * @param ctx the request
     * @return the new token
     */
    public String rotate(Context ctx) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.req().getSession(true).setAttribute(SESSION_KEY, token);
        return token;
    }

    /**
     * Refuses a state-changing request whose token is missing or wrong.
     *
     * @param ctx the request
     * @throws ForbiddenResponse with a Vietnamese message
     */
    public void verify(Context ctx) {
        if (!UNSAFE.contains(ctx.method())) {
            return;
        }
        HttpSession session = ctx.req().getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_KEY);
        String sent = ctx.header(HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam(FORM_FIELD);
        }
        if (!(expected instanceof String token) || sent == null || !MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenResponse("Yêu cầu không hợp lệ hoặc phiên làm việc đã hết hạn. "
                    + "Vui lòng tải lại trang rồi thử lại.");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }
}
