package vn.soi.indexer.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter over the text fields, reading offsets from the postings. Every highlighted field (the text,
 * its folded companion, the part fields) was indexed from the document's text at its own offsets, so all of them are
 * highlighted against the one stored {@link IndexSchema#TEXT}.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Passages per hit. */
    static final int PASSAGES = 3;
    /** Characters of a document's text that are highlighted; matches beyond are not shown. */
    static final int MAX_HIGHLIGHTED_CHARS = 5_000_000;
    private static final int PASSAGE_GOAL_CHARS = 160;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_HIGHLIGHTED_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL_CHARS, 0.5f)));
    }

    /**
     * The snippets of each document in {@code docIds} for each of {@code fields}: {@code result.get(field)[i]} is a
     * {@code List<Snippet>} for {@code docIds[i]}, or null when the field has no match in that document.
     */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
        int[] passages = new int[fields.length];
        Arrays.fill(passages, PASSAGES);
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                   int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        long chars = 0;
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String text = stored.document(doc, Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT);
            CharSequence[] perField = new CharSequence[fields.length];
            Arrays.fill(perField, text == null ? "" : text);
            values.add(perField);
            chars += text == null ? 0 : (long) text.length() * fields.length;
            if (chars > cacheCharsThreshold) {
                break;
            }
        }
        return values;
    }
}
