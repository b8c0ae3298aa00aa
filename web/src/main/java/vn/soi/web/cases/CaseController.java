package vn.soi.web.cases;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.soi.analyzer.finding.Evidence;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.web.account.Role;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.findings.FindingCatalog;
import vn.soi.web.findings.FindingsController;
import vn.soi.web.findings.ReviewedFinding;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.review.ReviewDecision;
import vn.soi.web.review.ReviewService;
import vn.soi.web.review.ReviewStatus;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * {@code GET /cases/{findingKey}} (the case page) and {@code POST /cases/{findingKey}/decisions} (record a review
 * decision from the page's form). Opening a case shows documents' text, so it is audited as
 * {@link AuditAction#DOCUMENT_VIEWED}.
 */
public final class CaseController {
    /** Characters of context shown around a quote (for findings that are not pairs of documents). */
    public static final int CONTEXT_CHARS = 300;
    /** Signals about two documents sharing text: both texts are shown whole, side by side. */
    private static final Set<SignalId> PAIRS = Set.of(SignalId.COPIED_REPORT, SignalId.YEAR_OVER_YEAR_COPY);

    private final FindingCatalog catalog;
    private final DocumentIndex index;
    private final ReviewService reviews;
    private final AuditLog audit;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param catalog the findings
     * @param index the documents the evidence points into
     * @param reviews review decisions
     * @param audit records views and decisions
     * @param sessions reads the signed-in account
     * @param pages renders the page
     */
    public CaseController(FindingCatalog catalog, DocumentIndex index, ReviewService reviews, AuditLog audit,
            Sessions sessions, PageRenderer pages) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.index = Objects.requireNonNull(index, "index");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /cases/{findingKey}}: the case page; 404 for an unknown key.
     *
     * @param ctx the request
     * @throws IOException when the findings or the index cannot be read
     */
    public void show(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        Finding finding = FindingsController.findOr404(catalog, ctx.pathParam("findingKey"));
        List<ReviewDecision> history = reviews.history(finding.key());
        List<EvidencePane> panes = panes(finding);
        audit.record(user.name(), AuditAction.DOCUMENT_VIEWED, "hồ sơ " + finding.key() + ": "
                + String.join(", ", panes.stream().map(EvidencePane::path).toList()), ctx.ip());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reviewed", new ReviewedFinding(finding,
                history.isEmpty() ? null : history.get(history.size() - 1)));
        parameters.put("panes", panes);
        parameters.put("measures", measures(finding));
        parameters.put("history", history);
        parameters.put("statuses", List.of(ReviewStatus.values()));
        parameters.put("canDecide", user.role() == Role.INSPECTOR || user.role() == Role.BOARD);
        pages.render(ctx, "case.jte", "Hồ sơ: " + finding.subject().name(), parameters);
    }

    /**
     * {@code POST /cases/{findingKey}/decisions} with form fields {@code status} and {@code note}: records the
     * decision, audits it, and goes back to the case page's history (303).
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void decide(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        Finding finding = FindingsController.findOr404(catalog, ctx.pathParam("findingKey"));
        ReviewStatus status;
        try {
            status = ReviewStatus.fromCode(Objects.requireNonNullElse(ctx.formParam("status"), ""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Hãy chọn một trạng thái: chưa xem xét, xác nhận, bác bỏ hoặc cần theo dõi.");
        }
        String note = Objects.requireNonNullElse(ctx.formParam("note"), "").strip();
        if (note.length() > ReviewService.MAX_NOTE_LENGTH) {
            throw new BadRequestResponse("Ghi chú dài quá " + ReviewService.MAX_NOTE_LENGTH + " ký tự.");
        }
        reviews.decide(finding.key(), status, note, user.name());
        audit.record(user.name(), AuditAction.REVIEW_DECIDED, finding.key() + " → " + status.code(), ctx.ip());
        ctx.redirect("/cases/" + URLEncoder.encode(finding.key(), StandardCharsets.UTF_8) + "#lich-su",
                HttpStatus.SEE_OTHER);
    }

    private List<EvidencePane> panes(Finding finding) throws IOException {
        Map<String, List<Evidence>> byDocument = new LinkedHashMap<>();
        for (Evidence evidence : finding.evidence()) {
            byDocument.computeIfAbsent(evidence.document(), d -> new ArrayList<>()).add(evidence);
        }
        int context = PAIRS.contains(finding.signal()) ? MarkedText.WHOLE_TEXT : CONTEXT_CHARS;
        List<EvidencePane> panes = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> entry : byDocument.entrySet()) {
            panes.add(pane(entry.getKey(), entry.getValue(), context));
        }
        return panes;
    }

    private EvidencePane pane(String path, List<Evidence> evidence, int context) throws IOException {
        Optional<ParsedDocument> document = index.find(path);
        int length = document.map(d -> d.text().length()).orElse(-1);
        List<MarkedText.Span> spans = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.start() != null && e.end() <= length) {
                spans.add(new MarkedText.Span(e.start(), e.end()));
            } else {
                quotes.add(e.quote());
            }
        }
        if (document.isEmpty()) {
            return new EvidencePane(path, null, "", List.of(), quotes);
        }
        ParsedDocument doc = document.get();
        List<MarkedText.Passage> passages = spans.isEmpty() && context != MarkedText.WHOLE_TEXT
                ? List.of()
                : MarkedText.passages(doc.text(), spans, context);
        return new EvidencePane(path, doc.id(), doc.type().label(), passages, quotes);
    }

    private static List<Map.Entry<String, String>> measures(Finding finding) {
        return finding.measures().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> Map.entry(e.getKey(), String.valueOf(e.getValue())))
                .toList();
    }
}
