package vn.soi.indexer.index.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The diacritic-insensitive analyzer of the companion fields: the chain of {@link VietnameseAnalyzer} followed by
 * {@link VietnameseFoldingFilter}. Its tokens have the same positions and offsets as the exact analyzer's, so the two
 * fields highlight the same characters.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

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
        return new TokenStreamComponents(tokenizer, new VietnameseFoldingFilter(new LowerCaseFilter(tokenizer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VietnameseAnalyzer.POSITION_GAP;
    }
}
