package vn.soi.web.stats;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import vn.soi.web.page.PageRenderer;

/**
 * {@code GET /statistics} (tables, and charts drawn by {@code /static/statistics.js} from {@code GET /api/stats}) and
 * {@code GET /api/stats}.
 */
public final class StatisticsController {
    private final StatisticsService statistics;
    private final PageRenderer pages;

    /**
     * @param statistics computes the numbers
     * @param pages renders the page
     */
    public StatisticsController(StatisticsService statistics, PageRenderer pages) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * {@code GET /statistics}.
     *
     * @param ctx the request
     * @throws IOException when the index or the findings cannot be read
     */
    public void show(Context ctx) throws IOException {
        pages.render(ctx, "stats.jte", "Thống kê", Map.of("stats", statistics.compute(),
                "quotaPercent", RatingRow.QUOTA_SHARE_PERCENT));
    }

    /**
     * {@code GET /api/stats}.
     *
     * @param ctx the request
     * @throws IOException when the index or the findings cannot be read
     */
    public void json(Context ctx) throws IOException {
        ctx.json(statistics.compute());
    }
}
