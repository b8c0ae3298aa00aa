package vn.soi.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.findings.FindingCatalog;
import vn.soi.web.findings.FindingsController;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewService;
import vn.soi.web.review.ReviewStatus;
import vn.soi.web.security.Csrf;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/** The JSON API routes. Input is validated here, at the edge; services receive only valid values. */
public final class ApiController {
    private static final String OPENAPI_RESOURCE = "/vn/soi/web/api/openapi.json";

    private final ReviewService reviews;
    private final FindingCatalog findings;
    private final AuditLog audit;
    private final Sessions sessions;
    private final Csrf csrf;
    private final ObjectMapper json;
    private final byte[] openApi;

    /**
     * @param reviews review decisions
     * @param findings the findings decisions are recorded on (unknown keys are refused)
     * @param audit records decisions
     * @param sessions reads the signed-in account
     * @param csrf tells API clients their CSRF token
     * @param json parses request bodies
     */
    public ApiController(ReviewService reviews, FindingCatalog findings, AuditLog audit, Sessions sessions, Csrf csrf,
            ObjectMapper json) {
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.findings = Objects.requireNonNull(findings, "findings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.csrf = Objects.requireNonNull(csrf, "csrf");
        this.json = Objects.requireNonNull(json, "json");
        this.openApi = loadOpenApi();
    }

    /**
     * The answer of {@code GET /api/health}.
     *
     * @param status always {@code "ok"}
     */
    public record Health(String status) {
    }

    /**
     * The answer of {@code GET /api/me}.
     *
     * @param name account name
     * @param role role code
     * @param roleLabel role in Vietnamese
     * @param csrfToken the token to send in the {@value Csrf#HEADER} header of state-changing API calls
     */
    public record Me(String name, String role, String roleLabel, String csrfToken) {
    }

    /**
     * One review decision in API answers.
     *
     * @param id decision id
     * @param finding the finding's stable key
     * @param status status code
     * @param statusLabel status in Vietnamese
     * @param note the reviewer's note
     * @param decidedBy the reviewer's account name
     * @param decidedAt when (ISO-8601, UTC)
     */
    public record Decision(long id, String finding, String status, String statusLabel, String note, String decidedBy,
            Instant decidedAt) {
        static Decision of(ReviewDecision decision) {
            return new Decision(decision.id(), decision.findingKey(), decision.status().code(),
                    decision.status().label(), decision.note(), decision.decidedBy(), decision.decidedAt());
        }
    }

    /**
     * The answer of {@code GET /api/reviews}.
     *
     * @param finding the finding's stable key
     * @param status the current status code ({@code open} when never decided)
     * @param history every decision, oldest first
     */
    public record History(String finding, String status, List<Decision> history) {
    }

    /**
     * {@code GET /api/health}.
     *
     * @param ctx the request
     */
    public void health(Context ctx) {
        ctx.json(new Health("ok"));
    }

    /**
     * {@code GET /api/openapi.json}: the API description.
     *
     * @param ctx the request
     */
    public void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApi);
    }

    /**
     * {@code GET /api/me}: the signed-in account and its CSRF token.
     *
     * @param ctx the request
     */
    public void me(Context ctx) {
        SessionUser user = sessions.user(ctx).orElseThrow();
        ctx.json(new Me(user.name(), user.role().code(), user.role().label(), csrf.token(ctx)));
    }

    /**
     * {@code GET /api/reviews?finding=KEY}: the review history of a finding.
     *
     * @param ctx the request
     */
    public void history(Context ctx) {
        String finding = findingKey(ctx.queryParam("finding"));
        List<Decision> history = reviews.history(finding).stream().map(Decision::of).toList();
        String status = history.isEmpty() ? ReviewStatus.OPEN.code() : history.get(history.size() - 1).status();
        ctx.json(new History(finding, status, history));
    }

    /**
     * {@code POST /api/reviews} with a JSON body {@code {"finding", "status", "note"}}: records a decision (201); 404
     * when no stored finding has that key.
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void decide(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("Nội dung gửi lên không phải JSON hợp lệ.");
        }
        if (body == null || !body.isObject()) {
            throw new BadRequestResponse("Nội dung gửi lên phải là một đối tượng JSON.");
        }
        String finding = findingKey(text(body, "finding"));
        ReviewStatus status = status(text(body, "status"));
        String note = Objects.requireNonNullElse(text(body, "note"), "");
        if (note.length() > ReviewService.MAX_NOTE_LENGTH) {
            throw new BadRequestResponse("Ghi chú dài quá " + ReviewService.MAX_NOTE_LENGTH + " ký tự.");
        }
        FindingsController.findOr404(findings, finding);
        ReviewDecision decision = reviews.decide(finding, status, note, user.name());
        audit.record(user.name(), AuditAction.REVIEW_DECIDED, finding + " → " + status.code(), ctx.ip());
        ctx.status(HttpStatus.CREATED).json(Decision.of(decision));
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequestResponse("Trường \"" + field + "\" phải là chuỗi ký tự.");
        }
        return node.asText();
    }

    private static String findingKey(String key) {
        if (key == null || key.isBlank()) {
            throw new BadRequestResponse("Thiếu khóa của dấu hiệu (finding).");
        }
        if (key.length() > ReviewService.MAX_KEY_LENGTH) {
            throw new BadRequestResponse("Khóa của dấu hiệu dài quá " + ReviewService.MAX_KEY_LENGTH + " ký tự.");
        }
        return key;
    }

    private static ReviewStatus status(String code) {
        try {
            return ReviewStatus.fromCode(Objects.requireNonNullElse(code, ""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Trạng thái không hợp lệ; chỉ nhận open, confirmed, dismissed hoặc follow-up.");
        }
    }

    private static byte[] loadOpenApi() {
        try (InputStream in = ApiController.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + OPENAPI_RESOURCE, e);
        }
    }
}
