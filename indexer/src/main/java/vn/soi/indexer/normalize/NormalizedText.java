package vn.soi.indexer.normalize;

import java.util.List;

/** Normalised text and the names of the steps that changed it, in the order they ran (for provenance). */
public record NormalizedText(String text, List<String> steps) {

    public NormalizedText {
        java.util.Objects.requireNonNull(text, "text");
        steps = List.copyOf(steps);
    }
}
