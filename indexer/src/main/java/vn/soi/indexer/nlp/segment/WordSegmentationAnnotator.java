package vn.soi.indexer.nlp.segment;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CoreNLP annotator that groups syllable tokens into Vietnamese words with a {@link WordSegmenter}.
 *
 * <p>Requires tokens ({@link CoreAnnotations.TokensAnnotation}), one per syllable or punctuation mark, with character
 * offsets; segments sentence by sentence when {@link CoreAnnotations.SentencesAnnotation} is present, else the
 * document's tokens as one sequence. Sets {@link VietnameseWordAnnotations.WordStartAnnotation} and
 * {@link VietnameseWordAnnotations.WordIndexAnnotation} on every token and
 * {@link VietnameseWordAnnotations.WordsAnnotation} on every sentence (or the document). Tokens are not merged, so
 * offsets and later annotators that work on syllables are unaffected.
 */
public final class WordSegmentationAnnotator implements Annotator {

    private final WordSegmenter segmenter;

    /** An annotator using the given segmenter. */
    public WordSegmentationAnnotator(WordSegmenter segmenter) {
        if (segmenter == null) {
            throw new IllegalArgumentException("segmenter must be given");
        }
        this.segmenter = segmenter;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences != null) {
            for (CoreMap sentence : sentences) {
                annotateTokens(sentence);
            }
            return;
        }
        if (annotation.get(CoreAnnotations.TokensAnnotation.class) == null) {
            throw new IllegalArgumentException("word segmentation needs tokens: run a tokenizer before it");
        }
        annotateTokens(annotation);
    }

    private void annotateTokens(CoreMap holder) {
        List<CoreLabel> tokens = holder.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            throw new IllegalArgumentException("word segmentation needs tokens on every sentence: " + holder);
        }
        List<String> syllables = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            syllables.add(token.word());
        }
        boolean[] starts = segmenter.wordStarts(syllables);
        List<Word> words = new ArrayList<>();
        int wordIndex = -1;
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (starts[i]) {
                wordIndex++;
                if (i > 0) {
                    words.add(word(tokens, first, i));
                }
                first = i;
            }
            tokens.get(i).set(VietnameseWordAnnotations.WordStartAnnotation.class, starts[i]);
            tokens.get(i).set(VietnameseWordAnnotations.WordIndexAnnotation.class, wordIndex);
        }
        if (!tokens.isEmpty()) {
            words.add(word(tokens, first, tokens.size()));
        }
        holder.set(VietnameseWordAnnotations.WordsAnnotation.class, List.copyOf(words));
    }

    private static Word word(List<CoreLabel> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                text.append('_');
            }
            text.append(tokens.get(k).word());
        }
        return new Word(text.toString(), tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition(), from,
                to - from);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(VietnameseWordAnnotations.WordStartAnnotation.class,
                VietnameseWordAnnotations.WordIndexAnnotation.class, VietnameseWordAnnotations.WordsAnnotation.class);
    }
}
