package vn.soi.corpora.write;

import java.util.List;
import vn.soi.corpora.text.Block;
import vn.soi.corpora.text.BlockKind;

/**
 * The weight of part II (shortcomings with their causes) against part I (strengths and results) of a report. A report
 * that forbids PRAISE_HEAVY must not be "nhiều ưu điểm, ít khuyết điểm": its part II has at least a third of the
 * sentences of part I and more than a quarter of its words.
 */
final class PartBalance {

    /** Part I may have at most this many times the sentences of part II. */
    static final double MAX_SENTENCE_RATIO = 3.0;
    /** Part I may have at most this many times the words of part II. */
    static final double MAX_WORD_RATIO = 3.5;

    private PartBalance() {
    }

    /**
     * True when the paragraphs of {@code blocks} from {@code partTwo} on weigh enough against those in
     * {@code [partOne, partTwo)}.
     */
    static boolean balanced(List<Block> blocks, int partOne, int partTwo) {
        int[] one = weigh(blocks.subList(partOne, partTwo));
        int[] two = weigh(blocks.subList(partTwo, blocks.size()));
        return one[0] <= MAX_SENTENCE_RATIO * two[0] && one[1] <= MAX_WORD_RATIO * two[1];
    }

    /** {paragraphs, words} of the paragraphs among {@code blocks}. */
    private static int[] weigh(List<Block> blocks) {
        int[] out = new int[2];
        for (Block b : blocks) {
            if (b.kind() == BlockKind.PARAGRAPH) {
                out[0]++;
                out[1] += b.text().split("\\s+").length;
            }
        }
        return out;
    }
}
