package vn.soi.indexer.nlp.segment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * Word-segmentation scores against a gold file: word precision, recall and F1 over word spans (a predicted word is
 * correct when a gold word covers exactly the same syllables), and speed.
 *
 * @param file               the gold file, as given
 * @param sentences          sentences read
 * @param syllables          syllables segmented (one pass)
 * @param goldWords          words in the gold segmentation
 * @param predictedWords     words predicted
 * @param correctWords       predicted words that match a gold word exactly
 * @param precision          correct / predicted
 * @param recall             correct / gold
 * @param f1                 harmonic mean of precision and recall
 * @param syllablesPerSecond segmentation speed on one thread, after a warm-up pass
 * @param clock              what the speed was measured with: {@code "thread-cpu"} (CPU time of the evaluating
 *                           thread) or {@code "wall"}
 */
public record SegmentationReport(
        @JsonProperty("file") String file,
        @JsonProperty("sentences") int sentences,
        @JsonProperty("syllables") long syllables,
        @JsonProperty("goldWords") long goldWords,
        @JsonProperty("predictedWords") long predictedWords,
        @JsonProperty("correctWords") long correctWords,
        @JsonProperty("precision") double precision,
        @JsonProperty("recall") double recall,
        @JsonProperty("f1") double f1,
        @JsonProperty("syllablesPerSecond") double syllablesPerSecond,
        @JsonProperty("clock") String clock) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Validates counts and ratios. */
    public SegmentationReport {
        if (sentences < 0 || syllables < 0 || goldWords < 0 || predictedWords < 0 || correctWords < 0) {
            throw new IllegalArgumentException("counts must not be negative: sentences " + sentences + ", syllables "
                    + syllables + ", gold " + goldWords + ", predicted " + predictedWords + ", correct "
                    + correctWords);
        }
        if (clock == null || clock.isBlank()) {
            throw new IllegalArgumentException("the clock of the speed measure must be named: " + clock);
        }
        if (correctWords > Math.min(goldWords, predictedWords)) {
            throw new IllegalArgumentException("correct words " + correctWords + " exceed gold " + goldWords
                    + " or predicted " + predictedWords);
        }
    }

    /** Builds the report from counts, computing the ratios (0 when a denominator is 0). */
    static SegmentationReport of(String file, int sentences, long syllables, long gold, long predicted, long correct,
                                 double syllablesPerSecond, String clock) {
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new SegmentationReport(file, sentences, syllables, gold, predicted, correct, p, r, f,
                syllablesPerSecond, clock);
    }

    /** A small two-column table for a terminal (labels in Vietnamese first, then English). */
    public String toTable() {
        return String.format(Locale.ROOT, """
                Tệp / file                        %s
                Câu / sentences                   %,d
                Âm tiết / syllables               %,d
                Từ chuẩn / gold words             %,d
                Từ dự đoán / predicted words      %,d
                Từ đúng / correct words           %,d
                Độ chính xác / precision          %.2f%%
                Độ phủ / recall                   %.2f%%
                F1                                %.2f%%
                Tốc độ / syllables per second     %,.0f (%s)
                """, file, sentences, syllables, goldWords, predictedWords, correctWords, 100 * precision,
                100 * recall, 100 * f1, syllablesPerSecond, clock);
    }

    /** The report as one JSON object on one line. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write segmentation report as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
