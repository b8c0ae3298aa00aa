package vn.soi.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import vn.soi.corpora.CorpusGenerator;
import vn.soi.corpora.GeneratedDocument;
import vn.soi.corpora.GeneratorOptions;
import vn.soi.indexer.document.Classification;
import vn.soi.indexer.document.DocumentClassifier;
import vn.soi.indexer.document.DocumentJson;
import vn.soi.indexer.document.DocumentStructure;
import vn.soi.indexer.document.DocumentType;
import vn.soi.indexer.document.ParsedDocument;
import vn.soi.indexer.document.Provenance;
import vn.soi.indexer.document.StructureExtractor;
import vn.soi.indexer.ingest.ContentHash;
import vn.soi.indexer.normalize.NormalizedText;
import vn.soi.indexer.normalize.VietnameseNormalizer;
import vn.soi.indexer.records.Register;
import vn.soi.indexer.records.RegisterException;
import vn.soi.indexer.records.RegisterReader;
import vn.soi.indexer.records.RegisterVocabulary;

/**
 * A generated corpus turned into {@link ParsedDocument}s without files or Tika: each generated document's text goes
 * through Soi's normaliser, classifier and structure reader (registers through the register reader, from a temporary
 * CSV), exactly the stages ingest runs after extraction. Parsing a million documents costs far more than analysing
 * them, so the parsed documents are cached as gzipped JSON Lines ({@link DocumentJson}, the form the index stores) in
 * a cache folder, one file per seed and size ({@code parsed-seed1-100000.jsonl.gz}); a run needing {@code n}
 * documents reads the first {@code n} lines of any cached file at least that large, and builds one otherwise.
 */
public final class ParsedCorpus {

    private static final Pattern CACHE_NAME = Pattern.compile("parsed-seed(-?\\d+)-(\\d+)\\.jsonl\\.gz");
    private static final Instant GENERATED_AT = Instant.parse("2026-01-01T00:00:00Z");
    private static final int BATCH = 256;

    private final Path cacheDir;
    private final long seed;
    private final VietnameseNormalizer normalizer = VietnameseNormalizer.standard();
    private final DocumentClassifier classifier = DocumentClassifier.standard();
    private final StructureExtractor structure = StructureExtractor.standard();
    private final RegisterReader registers = new RegisterReader(RegisterVocabulary.standard());

    /**
     * @param cacheDir where parsed corpora are cached (created when missing)
     * @param seed     the generator's seed
     */
    public ParsedCorpus(Path cacheDir, long seed) {
        this.cacheDir = cacheDir;
        this.seed = seed;
    }

    /** How the cache was made ready for a size: documents parsed now (0 when cached) and the time it took. */
    public record Preparation(int documents, int parsed, double seconds, Path file) {
    }

    /**
     * Makes sure at least {@code n} parsed documents are cached, parsing them (on every core) when they are not.
     *
     * @throws IOException naming the cache file that could not be written
     */
    public Preparation prepare(int n) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("corpus size must be at least 1, got " + n);
        }
        Optional<Path> cached = cached(n);
        if (cached.isPresent()) {
            return new Preparation(n, 0, 0, cached.get());
        }
        Files.createDirectories(cacheDir);
        Path file = cacheDir.resolve("parsed-seed" + seed + "-" + n + ".jsonl.gz");
        Path partial = cacheDir.resolve(file.getFileName() + ".partial");
        long start = System.nanoTime();
        GeneratorOptions options = GeneratorOptions.defaults(null).withUnits(n).withSeed(seed);
        try (Stream<GeneratedDocument> docs = new CorpusGenerator().stream(options).limit(n);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                     new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), StandardCharsets.UTF_8))) {
            Iterator<GeneratedDocument> it = docs.iterator();
            List<GeneratedDocument> batch = new ArrayList<>(BATCH);
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    for (ParsedDocument d : batch.parallelStream().map(this::parseUnchecked).toList()) {
                        out.write(DocumentJson.toJson(d));
                        out.write('\n');
                    }
                    batch.clear();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Preparation(n, n, (System.nanoTime() - start) / 1e9, file);
    }

    /**
     * Gives the first {@code n} cached documents to {@code action}, one at a time.
     *
     * @throws IOException when the cache is unreadable, or holds fewer than {@code n} (call {@link #prepare} first)
     */
    public void forEach(int n, Consumer<ParsedDocument> action) throws IOException {
        Path file = cached(n).orElseThrow(() -> new IOException("no parsed corpus of " + n + " documents in "
                + cacheDir + "; prepare it first"));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = in.readLine(); line != null && i < n; line = in.readLine(), i++) {
                action.accept(DocumentJson.fromJson(line));
            }
            if (i < n) {
                throw new IOException(file + " holds " + i + " documents, fewer than " + n);
            }
        }
    }

    /** Parses one generated document as ingest would after extraction (no Tika, no files for non-registers). */
    public ParsedDocument parse(GeneratedDocument generated) throws IOException {
        String raw = generated.text();
        NormalizedText normalized = normalizer.normalize(raw);
        String text = normalized.text();
        String id = ContentHash.documentId(generated.path());
        Provenance provenance = new Provenance(generated.path(), id, raw.getBytes(StandardCharsets.UTF_8).length,
                generated.isRegister() ? "text/csv" : "text/plain", "generated", false, normalized.steps(),
                GENERATED_AT);
        if (generated.isRegister()) {
            Register register = readRegister(raw);
            return new ParsedDocument(id, provenance, text, new Classification(register.type(), 1.0,
                    List.of("generated register")), List.of(), List.of(), List.of(), register.records(), List.of());
        }
        String fileName = generated.path().substring(generated.path().lastIndexOf('/') + 1);
        Classification classification = classifier.classify(text, fileName);
        DocumentType type = classification.type();
        DocumentStructure found = structure.read(text, type);
        return new ParsedDocument(id, provenance, text, classification, found.fields(), found.sections(),
                found.opinions(), List.of(), found.warnings());
    }

    private ParsedDocument parseUnchecked(GeneratedDocument generated) {
        try {
            return parse(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse generated " + generated.path(), e);
        }
    }

    private Register readRegister(String csv) throws IOException {
        Path file = Files.createTempFile("soi-bench-register", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return registers.read(file);
        } catch (RegisterException e) {
            throw new IOException("generated register is not readable: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Optional<Path> cached(int n) throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> {
                Matcher m = CACHE_NAME.matcher(f.getFileName().toString());
                return m.matches() && Long.parseLong(m.group(1)) == seed && Long.parseLong(m.group(2)) >= n;
            }).min(java.util.Comparator.comparingLong(ParsedCorpus::size));
        }
    }

    private static long size(Path cacheFile) {
        Matcher m = CACHE_NAME.matcher(cacheFile.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(2)) : Long.MAX_VALUE;
    }
}
