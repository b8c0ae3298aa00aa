package vn.soi.indexer.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

import vn.soi.indexer.document.ParsedDocument;

import vn.soi.indexer.nlp.segment.WordSegmenter;
/**
 * The document index on disk: one {@link IndexWriter} and a {@link SearcherManager} over it. Thread-safe.
 *
 * <p>Changes ({@link #upsert}, {@link #delete}) become durable and visible to searches together, at {@link #commit()}:
 * a crash, or {@link #close()} without a commit, leaves the index as it was at the last commit. Only one process may
 * have an index open at a time (Lucene's write lock); a second {@link #open} fails with a message saying so.
 */
public final class DocumentIndex implements Closeable {

    private final Path location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final Analyzer analyzer;
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    private DocumentIndex(Path location, Directory directory, IndexWriter writer, Analyzer analyzer)
            throws IOException {
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code indexDir} with syllable tokens only, creating the folder and an empty index if there
     * is none.
     *
     * @throws IOException when the folder cannot be used, or another process has the index open
     */
    public static DocumentIndex open(Path indexDir) throws IOException {
        return open(indexDir, Optional.empty());
    }

    /**
     * Opens the index in {@code indexDir}; with a segmenter, text fields also get multi-syllable words as tokens
     * (documents indexed and queries parsed alike; syllables are always there, so an index built either way answers
     * queries parsed either way).
     *
     * @throws IOException when the folder cannot be used, or another process has the index open
     */
    public static DocumentIndex open(Path indexDir, Optional<WordSegmenter> words) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        Analyzer analyzer = SchemaAnalyzers.perField(words);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException("the index in " + indexDir + " is in use by another Soi process", e);
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new DocumentIndex(indexDir, directory, writer, analyzer);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
    }

    /** The folder of this index. */
    public Path location() {
        return location;
    }

    /** Adds the document, or replaces the one with the same id; durable and searchable after {@link #commit()}. */
    public void upsert(ParsedDocument document) throws IOException {
        Objects.requireNonNull(document, "document");
        Document doc;
        try {
            doc = LuceneDocuments.toLucene(document, facetsConfig);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot index " + document.provenance().path() + ": " + e.getMessage(),
                    e);
        }
        writer.updateDocument(new Term(IndexSchema.ID, document.id()), doc);
    }

    /** Removes the document with this id, if any; effective after {@link #commit()}. */
    public void delete(String id) throws IOException {
        Objects.requireNonNull(id, "id");
        writer.deleteDocuments(new Term(IndexSchema.ID, id));
    }

    /** Makes every change so far durable in one atomic commit, then makes it visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes searches see the last committed state (and any change since, on this writer). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * The document with this id, or else ingested from this path (as given to ingest; {@code \} and a leading
     * {@code ./} are tolerated), or else with this content hash.
     */
    public Optional<ParsedDocument> find(String idOrContentHashOrPath) throws IOException {
        Objects.requireNonNull(idOrContentHashOrPath, "idOrContentHashOrPath");
        String key = idOrContentHashOrPath.strip();
        Set<Term> candidates = new LinkedHashSet<>();
        candidates.add(new Term(IndexSchema.ID, key));
        for (String path : pathVariants(key)) {
            candidates.add(new Term(IndexSchema.PATH, path));
        }
        candidates.add(new Term(IndexSchema.CONTENT_HASH, key));
        // Hex digests may be typed in upper case.
        candidates.add(new Term(IndexSchema.CONTENT_HASH, key.toLowerCase(Locale.ROOT)));
        IndexSearcher searcher = searchers.acquire();
        try {
            for (Term term : candidates) {
                Optional<Document> stored = first(searcher, term, Set.of(IndexSchema.TEXT, IndexSchema.RECORD,
                        IndexSchema.ID));
                if (stored.isPresent()) {
                    return Optional.of(LuceneDocuments.fromStored(stored.get()));
                }
            }
            return Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The content hash of the document ingested from {@code path}, to skip a file that has not changed. */
    public Optional<String> contentHashOfPath(String path) throws IOException {
        Objects.requireNonNull(path, "path");
        IndexSearcher searcher = searchers.acquire();
        try {
            return first(searcher, new Term(IndexSchema.PATH, path), Set.of(IndexSchema.CONTENT_HASH))
                    .map(d -> d.get(IndexSchema.CONTENT_HASH));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The number of documents searches see. */
    public int count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Gives every document searches see to {@code action}, one at a time in id order, without holding them all in
     * memory.
     */
    public void forEach(Consumer<ParsedDocument> action) throws IOException {
        Objects.requireNonNull(action, "action");
        IndexSearcher searcher = searchers.acquire();
        try {
            // In id order, not in the order documents happened to be indexed (parallel ingest makes that vary), so
            // that every pass over the same documents, and so every analysis of them, gives the same result.
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            Set<String> idOnly = Set.of(IndexSchema.ID);
            List<Map.Entry<String, Integer>> order = new ArrayList<>(reader.numDocs());
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        int global = leaf.docBase + doc;
                        order.add(Map.entry(stored.document(global, idOnly).get(IndexSchema.ID), global));
                    }
                }
            }
            order.sort(Map.Entry.comparingByKey());
            Set<String> fields = Set.of(IndexSchema.TEXT, IndexSchema.RECORD, IndexSchema.ID);
            for (Map.Entry<String, Integer> entry : order) {
                action.accept(LuceneDocuments.fromStored(stored.document(entry.getValue(), fields)));
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every document searches see, in id order. */
    public List<ParsedDocument> all() throws IOException {
        List<ParsedDocument> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** Discards uncommitted changes and releases the index. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            writer.rollback();
        }
    }

    /** Runs {@code work} with a searcher that is released afterwards. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The analyzer of every field, as used for indexing. */
    Analyzer analyzer() {
        return analyzer;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Facet ordinals for the searcher's reader, built once per reader; empty when no document has facets yet. */
    synchronized Optional<SortedSetDocValuesReaderState> facetState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        if (reader != facetReader) {
            boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(IndexSchema.FACETS) != null;
            facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
            facetReader = reader;
        }
        return Optional.ofNullable(facetState);
    }

    private static Optional<Document> first(IndexSearcher searcher, Term term, Set<String> fields)
            throws IOException {
        TopDocs top = searcher.search(new TermQuery(term), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc, fields));
    }

    private static Set<String> pathVariants(String path) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(path);
        String slashes = path.replace('\\', '/');
        variants.add(slashes);
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        variants.add(slashes);
        return variants;
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
