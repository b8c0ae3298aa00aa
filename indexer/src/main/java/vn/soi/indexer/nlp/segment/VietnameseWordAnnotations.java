package vn.soi.indexer.nlp.segment;

import edu.stanford.nlp.ling.CoreAnnotation;
import java.util.List;

/** The CoreNLP annotation keys set by {@link WordSegmentationAnnotator}. */
public final class VietnameseWordAnnotations {

    private VietnameseWordAnnotations() {
    }

    /** On a token: true when the syllable begins a word (tag B), false when it continues the previous one (I). */
    public static final class WordStartAnnotation implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    /** On a token: the 0-based index, within its sentence, of the word the syllable belongs to. */
    public static final class WordIndexAnnotation implements CoreAnnotation<Integer> {
        @Override
        public Class<Integer> getType() {
            return Integer.class;
        }
    }

    /** On a sentence (or on the document when it has no sentences): its words, with character offsets. */
    public static final class WordsAnnotation implements CoreAnnotation<List<Word>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Class<List<Word>> getType() {
            return (Class) List.class;
        }
    }
}
