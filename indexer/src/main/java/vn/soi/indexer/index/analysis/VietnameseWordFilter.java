package vn.soi.indexer.index.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * Adds Vietnamese multi-syllable words to a stream of syllable tokens, keeping the syllables: for a word of n
 * syllables, right after its first syllable, one extra token whose text is the syllables joined by {@code '_'}
 * ({@code "ủy_ban"}, as VnCoreNLP writes words), at the same position (increment 0), with position length n, type
 * {@value #WORD_TYPE}, and offsets from the start of the first syllable to the end of the last. The output is a token
 * graph: a phrase query on syllables still matches, and the word token matches the word as a whole.
 *
 * <p>Put it right after the tokenizer, before lower-casing or folding: the segmenter uses capitalisation to find
 * names. Syllables are grouped into runs that never cross punctuation: a run ends where the gap between two tokens'
 * offsets is more than one character (a comma, a full stop, a line break...), where a token was removed (position
 * increment other than 1), and after {@value #MAX_RUN} tokens.
 */
public final class VietnameseWordFilter extends TokenFilter {

    /** Token type of the added word tokens. */
    public static final String WORD_TYPE = "<VI_WORD>";
    /** Most syllables segmented together. */
    public static final int MAX_RUN = 64;

    private final WordSegmenter segmenter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final List<AttributeSource.State> runStates = new ArrayList<>();
    private final List<String> runTerms = new ArrayList<>();
    private final List<int[]> runOffsets = new ArrayList<>();
    private final ArrayDeque<Pending> output = new ArrayDeque<>();
    private AttributeSource.State lookahead;
    private boolean exhausted;

    /** Wraps a stream of syllable tokens. */
    public VietnameseWordFilter(TokenStream input, WordSegmenter segmenter) {
        super(input);
        if (segmenter == null) {
            throw new IllegalArgumentException("segmenter must be given");
        }
        this.segmenter = segmenter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (output.isEmpty()) {
            fillRun();
            if (runStates.isEmpty()) {
                return false;
            }
            segmentRun();
        }
        Pending next = output.removeFirst();
        restoreState(next.state);
        if (next.word != null) {
            termAtt.setEmpty().append(next.word);
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(next.length);
            offsetAtt.setOffset(offsetAtt.startOffset(), next.endOffset);
            typeAtt.setType(WORD_TYPE);
        }
        return true;
    }

    /** Reads the next run of syllables into the run buffers. */
    private void fillRun() throws IOException {
        runStates.clear();
        runTerms.clear();
        runOffsets.clear();
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
            addToRun();
        }
        while (!exhausted && runStates.size() < MAX_RUN) {
            if (!input.incrementToken()) {
                exhausted = true;
                break;
            }
            boolean breaks = !runStates.isEmpty() && (posIncAtt.getPositionIncrement() != 1
                    || offsetAtt.startOffset() - runOffsets.get(runOffsets.size() - 1)[1] > 1);
            if (breaks) {
                lookahead = captureState();
                break;
            }
            addToRun();
        }
    }

    private void addToRun() {
        runStates.add(captureState());
        runTerms.add(termAtt.toString());
        runOffsets.add(new int[] {offsetAtt.startOffset(), offsetAtt.endOffset()});
    }

    private void segmentRun() {
        boolean[] starts = segmenter.wordStarts(runTerms);
        int n = runStates.size();
        for (int i = 0; i < n; i++) {
            output.addLast(new Pending(runStates.get(i), null, 1, 0));
            if (!starts[i]) {
                continue;
            }
            int end = i + 1;
            while (end < n && !starts[end]) {
                end++;
            }
            if (end - i > 1) {
                output.addLast(new Pending(runStates.get(i), String.join("_", runTerms.subList(i, end)), end - i,
                        runOffsets.get(end - 1)[1]));
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        runStates.clear();
        runTerms.clear();
        runOffsets.clear();
        output.clear();
        lookahead = null;
        exhausted = false;
    }

    /** A token waiting to be emitted: a syllable (word == null) or a word starting at that syllable. */
    private record Pending(AttributeSource.State state, String word, int length, int endOffset) {
    }
}
