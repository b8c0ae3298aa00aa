package vn.soi.indexer.index.analysis;

import java.io.Reader;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

import vn.soi.indexer.nlp.segment.WordSegmenter;

/**
 * The exact Vietnamese analyzer: {@link VietnameseCanonicalCharFilter} (the ingest's canonical form, with offsets
 * into the original), {@link VietnameseSyllableTokenizer}, and, when VnCoreNLP's segmentation model is configured,
 * {@link VietnameseWordFilter} (multi-syllable words as extra tokens beside their syllables), then lower case. Diacritics are kept, and there is no stop-word
 * list: {@code không}, {@code chưa}, {@code chỉ} carry meaning in review documents. Values of a multi-valued field are
 * {@value #POSITION_GAP} positions apart, so a phrase never spans two values.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Position gap between the values of a multi-valued field. */
    public static final int POSITION_GAP = 100;

    private final WordSegmenter words;

    /** Syllables only. */
    public VietnameseAnalyzer() {
        this(Optional.empty());
    }

    /** Syllables, plus words when a segmenter is given. */
    public VietnameseAnalyzer(Optional<WordSegmenter> words) {
        this.words = words.orElse(null);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new VietnameseCanonicalCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new VietnameseCanonicalCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new VietnameseSyllableTokenizer();
        TokenStream stream = words == null ? tokenizer : new VietnameseWordFilter(tokenizer, words);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }
}
