package vn.soi.indexer.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fixed-order Vietnamese normalisation pipeline for whole extracted documents, and the character-level canonical
 * form used wherever text is compared.
 *
 * <p>The order of {@link #standard()} (see {@code docs/design/normalisation.md}):
 * <ol>
 *   <li>{@link LegacyFontStep} {@code legacy-font}: TCVN3/VNI mojibake to Unicode, on the raw text;</li>
 *   <li>{@link InvisibleCharacterStep} {@code invisible-characters}: no-break spaces, zero-width characters, soft
 *       hyphens (only after step 1: U+00AD is TCVN3 'ư');</li>
 *   <li>{@link PrecomposeStep} {@code precompose}: Windows-1258 / decomposed text to NFC;</li>
 *   <li>{@link LookAlikeLetterStep} {@code look-alike-letters}: Ð to Đ (only after step 1: U+00D0 is TCVN3 'é');</li>
 *   <li>{@link ToneMarkStep} {@code tone-marks}: new-style tone placement (needs NFC);</li>
 *   <li>{@link WhitespaceStep} {@code whitespace}: line breaks, collapsed spaces, paragraph breaks;</li>
 *   <li>{@link PageFurnitureStep} {@code page-furniture}: headers, footers, page numbers; pages joined;</li>
 *   <li>{@link LineEndHyphenationStep} {@code line-end-hyphenation}: after the pages are joined, so a word cut at
 *       the foot of a page is mended too.</li>
 * </ol>
 * The pipeline runs again on its own output until the text no longer changes (at most three rounds),
 * so it is idempotent by construction: normalising its output changes nothing. Instances are immutable and
 * thread-safe.
 */
public final class VietnameseNormalizer {

    private static final VietnameseNormalizer STANDARD = new VietnameseNormalizer(List.of(
            new LegacyFontStep(),
            new InvisibleCharacterStep(),
            new PrecomposeStep(),
            new LookAlikeLetterStep(),
            new ToneMarkStep(),
            new WhitespaceStep(),
            new PageFurnitureStep(),
            new LineEndHyphenationStep()));

    private static final List<NormalizationStep> CANONICAL = List.of(
            new InvisibleCharacterStep(), new PrecomposeStep(), new LookAlikeLetterStep(), new ToneMarkStep());

    /**
     * Rounds of the whole pipeline at most. The second round confirms that the text is stable; a third is needed only
     * when a late step creates evidence for an early one (a removed page break or zero-width character joins the
     * pieces of a legacy-font word), which real documents seldom do.
     */
    private static final int MAX_ROUNDS = 3;

    private final List<NormalizationStep> steps;

    private VietnameseNormalizer(List<NormalizationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The standard pipeline for whole documents. */
    public static VietnameseNormalizer standard() {
        return STANDARD;
    }

    /** The steps in the order they run. */
    public List<NormalizationStep> steps() {
        return steps;
    }

    /**
     * Normalises a whole extracted document (legacy fonts, invisible characters, NFC, Đ, tone marks, spaces, page
     * furniture, hyphenation). {@link NormalizedText#steps()} names the steps that changed the text, each once, in the
     * order they first changed it.
     *
     * @throws NullPointerException if {@code raw} is null
     */
    public NormalizedText normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = raw;
        List<String> applied = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String before = text;
            for (NormalizationStep step : steps) {
                String next = step.apply(text);
                if (!next.equals(text) && !applied.contains(step.name())) {
                    applied.add(step.name());
                }
                text = next;
            }
            if (text.equals(before)) {
                break;
            }
        }
        return new NormalizedText(text, applied);
    }

    /**
     * The character-level normalisation used wherever text is compared (documents, queries, tokens, lexicons,
     * models): invisible characters removed (zero-width space and joiners, byte-order mark, word joiner, soft hyphen),
     * no-break spaces as spaces, Unicode NFC, look-alike letters (U+00D0 Ð and U+00F0 ð for Đ and đ), and the
     * canonical tone-mark placement of {@link ToneMarks}. No legacy-font repair and no change to lines. Idempotent.
     */
    public static String canonical(String text) {
        String result = text;
        for (NormalizationStep step : CANONICAL) {
            result = step.apply(result);
        }
        return result;
    }
}
