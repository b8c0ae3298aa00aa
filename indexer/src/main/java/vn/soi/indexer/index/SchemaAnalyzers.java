package vn.soi.indexer.index;

import java.util.HashMap;
import java.util.Map;

import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

import vn.soi.indexer.index.analysis.VietnameseAnalyzer;
import vn.soi.indexer.index.analysis.VietnameseFoldingAnalyzer;
import vn.soi.indexer.nlp.segment.WordSegmenter;

/** The analyzer of each field of {@link IndexSchema}, for indexing, query parsing and highlighting alike. */
public final class SchemaAnalyzers {

    private SchemaAnalyzers() {
    }

    /**
     * A per-field analyzer: {@link VietnameseFoldingAnalyzer} for the folded companions, {@link KeywordAnalyzer} for
     * keyword fields, {@link VietnameseAnalyzer} for everything else (the exact text fields), with multi-syllable
     * words as extra tokens when a segmenter is given.
     */
    public static Analyzer perField(Optional<WordSegmenter> words) {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer folding = new VietnameseFoldingAnalyzer();
        Analyzer keyword = new KeywordAnalyzer();
        for (String field : IndexSchema.textFields()) {
            perField.put(IndexSchema.folded(field), folding);
        }
        for (String field : new String[] {IndexSchema.ID, IndexSchema.PATH, IndexSchema.CONTENT_HASH,
            IndexSchema.TYPE, IndexSchema.RATING}) {
            perField.put(field, keyword);
        }
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(words), perField);
    }
}
