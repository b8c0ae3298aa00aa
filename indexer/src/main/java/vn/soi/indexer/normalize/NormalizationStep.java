package vn.soi.indexer.normalize;

/**
 * One step of the Vietnamese normalisation pipeline ({@link VietnameseNormalizer}).
 *
 * <p>A step is a pure function of its input text: no state, safe to share between threads. It returns its input
 * unchanged (an equal string) when it has nothing to do, so the pipeline can record in the document's provenance only
 * the steps that changed the text.
 */
public interface NormalizationStep {

    /** The step's stable name, recorded in provenance (lowercase words joined by hyphens, e.g. {@code legacy-font}). */
    String name();

    /** Applies the step to a whole text; never returns null. */
    String apply(String text);
}
