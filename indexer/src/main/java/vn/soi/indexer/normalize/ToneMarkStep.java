package vn.soi.indexer.normalize;

/**
 * Step 5: one canonical tone-mark placement, the new style ({@code ủy, hòa, thủy}); see {@link ToneMarks} and
 * {@code docs/design/tone-marks.md}. Expects NFC text, so it runs after {@link PrecomposeStep}.
 */
public final class ToneMarkStep implements NormalizationStep {

    /** Creates the step. */
    public ToneMarkStep() {
    }

    @Override
    public String name() {
        return "tone-marks";
    }

    @Override
    public String apply(String text) {
        return ToneMarks.canonical(text);
    }
}
