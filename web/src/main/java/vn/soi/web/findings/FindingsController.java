package vn.soi.web.findings;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.web.account.Role;
import vn.soi.web.api.ApiController;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.review.ReviewService;
import vn.soi.web.review.ReviewStatus;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * {@code GET /findings} (the dashboard), {@code GET /api/findings} (the same selection in JSON) and
 * {@code GET /api/findings/{key}} (one finding with its review history). Researchers get findings pseudonymised and no
 * links to case pages (which show whole documents).
 */
public final class FindingsController {
    private final FindingCatalog catalog;
    private final FindingMaskers maskers;
    private final ReviewService reviews;
    private final AuditLog audit;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param catalog the findings and their reviews
     * @param maskers what each role may see
     * @param reviews the review histories
     * @param audit records who read a whole finding
     * @param sessions reads the signed-in account
     * @param pages renders the dashboard
     */
    public FindingsController(FindingCatalog catalog, FindingMaskers maskers, ReviewService reviews, AuditLog audit,
            Sessions sessions, PageRenderer pages) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.maskers = Objects.requireNonNull(maskers, "maskers");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * The answer of {@code GET /api/findings}.
     *
     * @param filter the filters applied, as query parameters
     * @param total how many findings pass the filters
     * @param page this page, from 1
     * @param pages how many pages
     * @param pageSize findings per page
     * @param countsBySignal per signal, the findings passing every filter but the signal's
     * @param findings this page's findings, highest score first
     */
    public record FindingList(Map<String, String> filter, int total, int page, int pages, int pageSize,
            Map<SignalId, Integer> countsBySignal, List<FindingJson> findings) {
    }

    /**
     * The answer of {@code GET /api/findings/{key}}.
     *
     * @param finding the finding
     * @param history every review decision on it, oldest first
     */
    public record FindingDetail(FindingJson finding, List<ApiController.Decision> history) {
    }

    /**
     * {@code GET /findings}: the dashboard.
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void dashboard(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        FindingFilter filter = FindingFilter.from(ctx);
        FindingSelection selection = catalog.select(filter);
        List<ReviewedFinding> rows = masked(user.role(), selection.page());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("selection", selection);
        parameters.put("rows", rows);
        parameters.put("signals", List.of(SignalId.values()));
        parameters.put("severities", List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW));
        parameters.put("statuses", List.of(ReviewStatus.values()));
        parameters.put("casesOpen", user.role() != Role.RESEARCHER);
        parameters.put("pseudonymised", user.role() == Role.RESEARCHER);
        pages.render(ctx, "findings.jte", "Hồ sơ cần xem xét", parameters);
    }

    /**
     * {@code GET /api/findings}: the dashboard's selection as JSON (same query parameters).
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void list(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        FindingSelection selection = catalog.select(FindingFilter.from(ctx));
        List<FindingJson> findings = masked(user.role(), selection.page()).stream().map(FindingJson::of).toList();
        ctx.json(new FindingList(selection.filter().parameters(), selection.total(), selection.filter().page(),
                selection.pages(), FindingCatalog.PAGE_SIZE, selection.countsBySignal(), findings));
    }

    /**
     * {@code GET /api/findings/{key}}: one finding with its review history; 404 for an unknown key. Audited like the
     * case page, since it gives the same evidence and names.
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void one(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        String key = ctx.pathParam("key");
        Finding finding = findOr404(catalog, key);
        audit.record(user.name(), AuditAction.DOCUMENT_VIEWED, "hồ sơ " + key + " (API): " + documentsOf(finding),
                ctx.ip());
        List<ApiController.Decision> history = reviews.history(key).stream()
                .map(d -> new ApiController.Decision(d.id(), d.findingKey(), d.status().code(), d.status().label(),
                        d.note(), d.decidedBy(), d.decidedAt()))
                .toList();
        ReviewedFinding reviewed = new ReviewedFinding(finding, reviews.latest(key).orElse(null));
        ctx.json(new FindingDetail(FindingJson.of(reviewed), history));
    }

    /**
     * @param catalog the findings
     * @param key a finding key from a request
     * @return the finding
     * @throws NotFoundResponse with a Vietnamese message when there is none with that key
     * @throws IOException when the findings cannot be read
     */
    public static Finding findOr404(FindingCatalog catalog, String key) throws IOException {
        if (key == null || key.isBlank() || key.length() > ReviewService.MAX_KEY_LENGTH) {
            throw new NotFoundResponse("Không có hồ sơ nào với khóa này.");
        }
        return catalog.find(key).orElseThrow(() -> new NotFoundResponse(
                "Không có hồ sơ nào với khóa \"" + key + "\". Có thể lần phân tích mới đã thay đổi danh sách dấu hiệu."));
    }

    private static String documentsOf(Finding finding) {
        Set<String> documents = new LinkedHashSet<>();
        if (finding.document() != null) {
            documents.add(finding.document());
        }
        finding.evidence().forEach(evidence -> documents.add(evidence.document()));
        return String.join(", ", documents);
    }

    private List<ReviewedFinding> masked(Role role, List<ReviewedFinding> page) throws IOException {
        if (role != Role.RESEARCHER) {
            return page;
        }
        FindingMasker masker = maskers.forRole(role, catalog.all());
        return page.stream().map(r -> new ReviewedFinding(masker.mask(r.finding()), r.latest())).toList();
    }
}
