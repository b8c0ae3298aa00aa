package vn.soi.analyzer.signal;

import java.util.Objects;

/**
 * What every signal session may read besides the documents: the settings loaded from {@code seeds/} (thresholds,
 * lexicons and rules by review year) through {@link vn.soi.indexer.seeds.Seeds}, and the run's reference year for
 * rules that depend on "today" (none by default: the review year of each document decides).
 */
public record AnalysisContext(SignalSettings settings) {

    public AnalysisContext {
        Objects.requireNonNull(settings, "settings");
    }

    /** The context with the settings shipped in {@code seeds/}. */
    public static AnalysisContext standard() {
        return new AnalysisContext(SignalSettings.load());
    }
}
