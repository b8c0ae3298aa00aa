package vn.soi.web.export;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.findings.FindingCatalog;
import vn.soi.web.findings.FindingFilter;
import vn.soi.web.findings.FindingMasker;
import vn.soi.web.findings.FindingMaskers;
import vn.soi.web.findings.ReviewedFinding;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * {@code GET /findings/export.csv} and {@code GET /findings/export.xlsx}: every finding passing the dashboard's filters
 * (same query parameters, all pages), with its case's latest decision. Each export is audited as
 * {@link AuditAction#EXPORTED}.
 */
public final class ExportController {
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FindingCatalog catalog;
    private final FindingMaskers maskers;
    private final AuditLog audit;
    private final Sessions sessions;

    /**
     * @param catalog the findings
     * @param maskers what each role may see
     * @param audit records exports
     * @param sessions reads the signed-in account
     */
    public ExportController(FindingCatalog catalog, FindingMaskers maskers, AuditLog audit, Sessions sessions) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.maskers = Objects.requireNonNull(maskers, "maskers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /**
     * {@code GET /findings/export.csv}.
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void csv(Context ctx) throws IOException {
        FindingsTable table = table(ctx, "csv");
        attachment(ctx, "text/csv; charset=utf-8", "soi-ho-so.csv").result(FindingsExporter.csv(table));
    }

    /**
     * {@code GET /findings/export.xlsx}.
     *
     * @param ctx the request
     * @throws IOException when the findings cannot be read
     */
    public void xlsx(Context ctx) throws IOException {
        FindingsTable table = table(ctx, "xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FindingsExporter.xlsx(table, bytes);
        attachment(ctx, XLSX_TYPE, "soi-ho-so.xlsx").result(bytes.toByteArray());
    }

    private FindingsTable table(Context ctx, String format) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        FindingFilter filter = FindingFilter.from(ctx);
        List<ReviewedFinding> findings = catalog.matching(filter);
        FindingMasker masker = maskers.forRole(user.role(), catalog.all());
        FindingsTable table = FindingsTable.of(findings, masker);
        String query = filter.query();
        audit.record(user.name(), AuditAction.EXPORTED, "hồ sơ cần xem xét, " + format
                + (query.isEmpty() ? "" : ", lọc " + query) + ", " + table.rows().size() + " dòng"
                + (masker.masks() ? ", bí danh" : ""), ctx.ip());
        return table;
    }

    private static Context attachment(Context ctx, String contentType, String fileName) {
        return ctx.contentType(contentType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
