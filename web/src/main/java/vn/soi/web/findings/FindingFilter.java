package vn.soi.web.findings;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.soi.analyzer.finding.Finding;
import vn.soi.analyzer.finding.Severity;
import vn.soi.analyzer.finding.SignalId;
import vn.soi.web.review.ReviewStatus;

/**
 * The filters of the findings dashboard, its exports and {@code GET /api/findings}: each one null (or empty for the
 * unit) when not set. Read from the query parameters {@code signal} (an ID such as {@code COPIED_REPORT}),
 * {@code severity} ({@code low}, {@code medium}, {@code high}), {@code unit} (exact), {@code year}, {@code status}
 * (a review status code) and {@code page} (from 1).
 *
 * @param signal only this signal, or null
 * @param severity only this severity, or null
 * @param unit only findings whose subject's unit is this, or empty
 * @param year only this review year, or null
 * @param status only findings whose current review status is this, or null
 * @param page the page, from 1
 */
public record FindingFilter(SignalId signal, Severity severity, String unit, Integer year, ReviewStatus status,
        int page) {
    /** Longest accepted unit filter, in characters. */
    public static final int MAX_UNIT_LENGTH = 300;
    /** No filter, first page. */
    public static final FindingFilter NONE = new FindingFilter(null, null, "", null, null, 1);

    /** Validates the fields. */
    public FindingFilter {
        unit = unit == null ? "" : unit.strip();
        if (unit.length() > MAX_UNIT_LENGTH) {
            throw new IllegalArgumentException("unit filter longer than " + MAX_UNIT_LENGTH + " characters");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, got " + page);
        }
    }

    /**
     * Reads the filters of a request.
     *
     * @param ctx the request
     * @return the filters
     * @throws BadRequestResponse naming the bad parameter, in Vietnamese
     */
    public static FindingFilter from(Context ctx) {
        String unit = Objects.requireNonNullElse(ctx.queryParam("unit"), "");
        if (unit.strip().length() > MAX_UNIT_LENGTH) {
            throw new BadRequestResponse("Tên đơn vị để lọc dài quá " + MAX_UNIT_LENGTH + " ký tự.");
        }
        return new FindingFilter(signal(ctx.queryParam("signal")), severity(ctx.queryParam("severity")), unit,
                integer(ctx.queryParam("year"), "year", "Năm", 1945, 2100),
                status(ctx.queryParam("status")), page(ctx.queryParam("page")));
    }

    /**
     * @param finding a finding
     * @param current its current review status
     * @return whether it passes every filter
     */
    public boolean matches(Finding finding, ReviewStatus current) {
        return matchesExceptSignal(finding, current) && (signal == null || finding.signal() == signal);
    }

    /**
     * @param finding a finding
     * @param current its current review status
     * @return whether it passes every filter but the signal's (for the per-signal counts)
     */
    public boolean matchesExceptSignal(Finding finding, ReviewStatus current) {
        return (severity == null || finding.severity() == severity)
                && (unit.isEmpty() || unit.equals(finding.subject().unit()))
                && (year == null || year.equals(finding.subject().year()))
                && (status == null || status == current);
    }

    /** @return the same filters with another signal (null for all), first page */
    public FindingFilter withSignal(SignalId other) {
        return new FindingFilter(other, severity, unit, year, status, 1);
    }

    /** @return the same filters on another page */
    public FindingFilter onPage(int other) {
        return new FindingFilter(signal, severity, unit, year, status, other);
    }

    /** @return the filters as URL query parameters, without the page (e.g. for exports); empty when none */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (signal != null) {
            parameters.put("signal", signal.name());
        }
        if (severity != null) {
            parameters.put("severity", severity.json());
        }
        if (!unit.isEmpty()) {
            parameters.put("unit", unit);
        }
        if (year != null) {
            parameters.put("year", year.toString());
        }
        if (status != null) {
            parameters.put("status", status.code());
        }
        return parameters;
    }

    /** @return the filters as a URL query string without the page and without {@code ?} (empty when none) */
    public String query() {
        return parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** @return the query string of this page of the filters, e.g. {@code signal=BOILERPLATE&page=2} */
    public String pageQuery() {
        String filters = query();
        return page == 1 ? filters : (filters.isEmpty() ? "" : filters + "&") + "page=" + page;
    }

    private static SignalId signal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SignalId.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Không có loại dấu hiệu \"" + value + "\".");
        }
    }

    private static Severity severity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Mức độ phải là low, medium hoặc high.");
        }
    }

    private static ReviewStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReviewStatus.fromCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Trạng thái xem xét phải là open, confirmed, dismissed hoặc follow-up.");
        }
    }

    private static int page(String value) {
        Integer page = integer(value, "page", "Số trang", 1, 1_000_000);
        return page == null ? 1 : page;
    }

    private static Integer integer(String value, String name, String label, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BadRequestResponse bad = new BadRequestResponse(label + " (" + name + ") phải là số nguyên từ " + min + " đến "
                + max + ".");
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw bad;
        }
        if (number < min || number > max) {
            throw bad;
        }
        return number;
    }
}
