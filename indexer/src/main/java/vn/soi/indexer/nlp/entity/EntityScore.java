package vn.soi.indexer.nlp.entity;

import java.util.Objects;

/** Counts for one entity kind over an evaluation set: exact-span true positives, false positives, misses. */
public record EntityScore(EntityKind kind, int truePositives, int falsePositives, int falseNegatives) {

    public EntityScore {
        Objects.requireNonNull(kind, "kind");
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count for " + kind + ": " + truePositives + "/"
                    + falsePositives + "/" + falseNegatives);
        }
    }

    /** Gold mentions of this kind. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    /** Found mentions that match a gold span exactly, over all found; 1 when nothing was found. */
    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    /** Gold mentions found with their exact span, over all gold; 1 when there is no gold mention. */
    public double recall() {
        return gold() == 0 ? 1.0 : (double) truePositives / gold();
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
