package vn.soi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import vn.soi.corpora.CorpusGenerator;
import vn.soi.corpora.GeneratedDocument;
import vn.soi.corpora.GeneratorOptions;
import vn.soi.corpora.OutputFormat;
import vn.soi.corpora.render.Renderer;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentClassifier;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.StructureExtractor;
import vn.soi.indexer.extract.ExtractedText;
import vn.soi.indexer.extract.ExtractionException;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.extract.Extractor;
import vn.soi.indexer.index.DocumentIndex;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.ingest.DocumentPipeline;
import vn.soi.indexer.ingest.IngestFile;
import vn.soi.indexer.nlp.segment.WordSegmenter;
import vn.soi.indexer.normalize.NormalizedText;
import vn.soi.indexer.normalize.VietnameseNormalizer;

/**
 * Ingest against its honest floor. The same generated reports are rendered once as .txt, .docx and typed .pdf; each
 * file then goes, single-threaded and interleaved file by file (so a change of machine load hits both alike), through
 * Soi ({@link DocumentPipeline#process} then {@link DocumentIndex#upsert}) and through a baseline of Tika's
 * {@link AutoDetectParser} (OCR off) plus one Lucene document with {@link StandardAnalyzer} (path and stored text).
 * A third pass times each Soi stage on its own on the same files, to show where the extra time goes. Every pass
 * follows a warm-up over a few files into a throwaway index.
 */
public final class IngestBench {

    /** The formats measured. */
    public static final List<OutputFormat> FORMATS = List.of(OutputFormat.TXT, OutputFormat.DOCX, OutputFormat.PDF);
    private static final Set<DocumentType> REPORTS = EnumSet.of(DocumentType.INDIVIDUAL_REPORT,
            DocumentType.COLLECTIVE_REPORT);
    private static final Instant INGESTED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private final Optional<WordSegmenter> words;

    public IngestBench(Optional<WordSegmenter> words) {
        this.words = words;
    }

    /**
     * Throughput of one side (Soi or the baseline) on one format, from elapsed time; {@code cpuSeconds} is the
     * process's CPU time over the same calls (all threads, GC included), less sensitive to the machine's load.
     */
    public record Throughput(double seconds, double cpuSeconds, double documentsPerSecond,
                             double megabytesPerSecond) {
        static Throughput of(long nanos, long cpuNanos, int documents, long bytes) {
            double seconds = nanos / 1e9;
            return new Throughput(seconds, cpuNanos / 1e9, documents / seconds, bytes / 1e6 / seconds);
        }
    }

    /** One format: the files, their bytes, both sides, and Soi's time over the baseline's (elapsed and CPU). */
    public record FormatResult(String format, int documents, long bytes, Throughput soi, Throughput baseline,
                               double ratio, double cpuRatio) {
    }

    /** The step: per format, overall, the stage profile (milliseconds per document), and the peak heap. */
    public record Result(List<FormatResult> formats, double ratio, double cpuRatio,
                         Map<String, Double> soiStagesMillisPerDocument,
                         Map<String, Double> baselineStagesMillisPerDocument, boolean segmentation,
                         long peakHeapBytes) {
    }

    /**
     * Renders {@code perFormat} reports per format under {@code workDir} and measures them.
     *
     * @throws IOException when a file cannot be written, extracted or indexed
     */
    public Result run(int perFormat, int warmup, long seed, Path workDir) throws IOException {
        if (perFormat < 1) {
            throw new IllegalArgumentException("documents per format must be at least 1, got " + perFormat);
        }
        Path root = Files.createTempDirectory(workDir, "ingest");
        try {
            Map<OutputFormat, List<Path>> files = render(perFormat + warmup, seed, root);
            PeakHeap heap = new PeakHeap();
            heap.start();
            try (DocumentPipeline pipeline = DocumentPipeline.standard(ExtractionLimits.defaults());
                 Baseline baseline = new Baseline(root.resolve("baseline-warmup"))) {
                try (DocumentIndex index = DocumentIndex.open(root.resolve("soi-warmup"), words)) {
                    for (OutputFormat f : FORMATS) {
                        for (Path file : files.get(f).subList(0, warmup)) {
                            soi(pipeline, index, root, file);
                            baseline.add(file);
                        }
                    }
                    index.commit();
                    baseline.commit();
                }
                List<FormatResult> results = new ArrayList<>();
                long soiTotal = 0;
                long baseTotal = 0;
                long soiCpuTotal = 0;
                long baseCpuTotal = 0;
                try (DocumentIndex index = DocumentIndex.open(root.resolve("soi-index"), words);
                     Baseline timed = new Baseline(root.resolve("baseline-index"))) {
                    for (OutputFormat f : FORMATS) {
                        List<Path> measured = files.get(f).subList(warmup, warmup + perFormat);
                        long soiNanos = 0;
                        long baseNanos = 0;
                        long soiCpu = 0;
                        long baseCpu = 0;
                        long bytes = 0;
                        for (Path file : measured) {
                            bytes += Files.size(file);
                            long c0 = processCpu();
                            long t0 = System.nanoTime();
                            soi(pipeline, index, root, file);
                            long t1 = System.nanoTime();
                            long c1 = processCpu();
                            timed.add(file);
                            long t2 = System.nanoTime();
                            long c2 = processCpu();
                            soiNanos += t1 - t0;
                            baseNanos += t2 - t1;
                            soiCpu += c1 - c0;
                            baseCpu += c2 - c1;
                        }
                        long c0 = processCpu();
                        long t0 = System.nanoTime();
                        index.commit();
                        long t1 = System.nanoTime();
                        long c1 = processCpu();
                        timed.commit();
                        long t2 = System.nanoTime();
                        long c2 = processCpu();
                        soiNanos += t1 - t0;
                        baseNanos += t2 - t1;
                        soiCpu += c1 - c0;
                        baseCpu += c2 - c1;
                        soiTotal += soiNanos;
                        baseTotal += baseNanos;
                        soiCpuTotal += soiCpu;
                        baseCpuTotal += baseCpu;
                        results.add(new FormatResult(f.cliName(), perFormat, bytes,
                                Throughput.of(soiNanos, soiCpu, perFormat, bytes),
                                Throughput.of(baseNanos, baseCpu, perFormat, bytes),
                                (double) soiNanos / baseNanos, (double) soiCpu / baseCpu));
                    }
                }
                Map<String, Double> soiStages = new LinkedHashMap<>();
                Map<String, Double> baseStages = new LinkedHashMap<>();
                profile(files, warmup, perFormat, root, soiStages, baseStages);
                return new Result(results, (double) soiTotal / baseTotal, (double) soiCpuTotal / baseCpuTotal,
                        soiStages, baseStages, words.isPresent(),
                        heap.peakBytes());
            }
        } finally {
            SearchBench.deleteTree(root);
        }
    }

    /** CPU time of the whole process: Soi's extractor parses on a worker thread, and GC counts too. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void soi(DocumentPipeline pipeline, DocumentIndex index, Path root, Path file) throws IOException {
        IngestFile ingest = IngestFile.under(root, file);
        String hash = ContentHash.of(file);
        try {
            index.upsert(pipeline.process(ingest, ContentHash.documentId(ingest.path()), hash, INGESTED_AT));
        } catch (DocumentPipeline.PipelineException e) {
            throw new IOException("Soi could not ingest " + file + " at stage " + e.stage() + ": " + e.getMessage(), e);
        }
    }

    /** Each stage on its own over the measured files; milliseconds per document, keyed by stage. */
    private void profile(Map<OutputFormat, List<Path>> files, int warmup, int perFormat, Path root,
                         Map<String, Double> soiStages, Map<String, Double> baseStages) throws IOException {
        VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
        DocumentClassifier classifier = DocumentClassifier.standard();
        StructureExtractor structure = StructureExtractor.standard();
        long[] soi = new long[6];
        long[] base = new long[2];
        int documents = 0;
        try (Extractor extractor = new Extractor(ExtractionLimits.defaults());
             DocumentIndex index = DocumentIndex.open(root.resolve("profile-index"), words);
             Baseline baseline = new Baseline(root.resolve("profile-baseline"))) {
            for (OutputFormat f : FORMATS) {
                for (Path file : files.get(f).subList(warmup, warmup + perFormat)) {
                    IngestFile ingest = IngestFile.under(root, file);
                    long t0 = System.nanoTime();
                    ExtractedText extracted = extract(extractor, file);
                    long t1 = System.nanoTime();
                    NormalizedText normalized = normalizer.normalize(extracted.text());
                    long t2 = System.nanoTime();
                    Classification classification = classifier.classify(normalized.text(),
                            file.getFileName().toString());
                    long t3 = System.nanoTime();
                    var found = structure.read(normalized.text(), classification.type());
                    long t4 = System.nanoTime();
                    words.ifPresent(w -> w.segmentText(normalized.text()));
                    long t5 = System.nanoTime();
                    index.upsert(new ParsedDocument(ContentHash.documentId(ingest.path()),
                            new vn.soi.indexer.document.Provenance(ingest.path(), ContentHash.of(file),
                                    Files.size(file), extracted.mediaType(), extracted.parser(), extracted.ocr(),
                                    normalized.steps(), INGESTED_AT),
                            normalized.text(), classification, found.fields(), found.sections(), found.opinions(),
                            List.of(), found.warnings()));
                    long t6 = System.nanoTime();
                    soi[0] += t1 - t0;
                    soi[1] += t2 - t1;
                    soi[2] += t3 - t2;
                    soi[3] += t4 - t3;
                    soi[4] += t5 - t4;
                    soi[5] += t6 - t5;
                    long b0 = System.nanoTime();
                    String text = baseline.parse(file);
                    long b1 = System.nanoTime();
                    baseline.index(file, text);
                    long b2 = System.nanoTime();
                    base[0] += b1 - b0;
                    base[1] += b2 - b1;
                    documents++;
                }
            }
            long t0 = System.nanoTime();
            index.commit();
            soi[5] += System.nanoTime() - t0;
            long b0 = System.nanoTime();
            baseline.commit();
            base[1] += System.nanoTime() - b0;
        }
        String[] stages = {"extract", "normalize", "classify", "structure", "segment", "index"};
        for (int i = 0; i < stages.length; i++) {
            if (i == 4 && words.isEmpty()) {
                continue;
            }
            soiStages.put(stages[i], soi[i] / 1e6 / documents);
        }
        baseStages.put("tika", base[0] / 1e6 / documents);
        baseStages.put("lucene", base[1] / 1e6 / documents);
    }

    private static ExtractedText extract(Extractor extractor, Path file) throws IOException {
        try {
            return extractor.extract(file);
        } catch (ExtractionException e) {
            throw new IOException("Soi could not extract " + file + ": " + e.getMessage(), e);
        }
    }

    /** Renders the first {@code count} generated reports in each format, in the same order. */
    private static Map<OutputFormat, List<Path>> render(int count, long seed, Path root) throws IOException {
        Renderer renderer = new Renderer();
        Map<OutputFormat, List<Path>> files = new LinkedHashMap<>();
        FORMATS.forEach(f -> files.put(f, new ArrayList<>()));
        GeneratorOptions options = GeneratorOptions.defaults(null).withUnits(Math.max(1, count / 10 + 1))
                .withSeed(seed);
        try (Stream<GeneratedDocument> docs = new CorpusGenerator().stream(options)) {
            List<GeneratedDocument> reports = docs.filter(d -> !d.isRegister() && REPORTS.contains(d.type()))
                    .limit(count).toList();
            if (reports.size() < count) {
                throw new IOException("the generator gave " + reports.size() + " reports, fewer than " + count);
            }
            for (GeneratedDocument d : reports) {
                String stem = d.path().substring(0, d.path().lastIndexOf('.'));
                for (OutputFormat f : FORMATS) {
                    GeneratedDocument copy = new GeneratedDocument(f.cliName() + "/" + stem + "." + f.extension(),
                            d.type(), f, d.blocks(), List.of(), d.label(), List.of());
                    renderer.write(root, copy);
                    files.get(f).add(root.resolve(copy.path()));
                }
            }
        }
        return files;
    }

    /** Plain Tika (no OCR) and Lucene with the standard analyzer: what any search application would do. */
    private static final class Baseline implements AutoCloseable {
        private final AutoDetectParser parser = new AutoDetectParser();
        private final IndexWriter writer;

        Baseline(Path dir) throws IOException {
            writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()));
        }

        void add(Path file) throws IOException {
            index(file, parse(file));
        }

        String parse(Path file) throws IOException {
            BodyContentHandler handler = new BodyContentHandler(-1);
            ParseContext context = new ParseContext();
            TesseractOCRConfig noOcr = new TesseractOCRConfig();
            noOcr.setSkipOcr(true);
            context.set(TesseractOCRConfig.class, noOcr);
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, handler, new Metadata(), context);
            } catch (TikaException | SAXException e) {
                throw new IOException("baseline Tika could not parse " + file + ": " + e.getMessage(), e);
            }
            return handler.toString();
        }

        void index(Path file, String text) throws IOException {
            Document doc = new Document();
            doc.add(new StringField("path", file.toString(), Field.Store.YES));
            doc.add(new TextField("text", text, Field.Store.YES));
            writer.addDocument(doc);
        }

        void commit() throws IOException {
            writer.commit();
        }

        @Override
        public void close() throws IOException {
            writer.close();
            writer.getDirectory().close();
        }
    }
}
