package vn.soi.indexer.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.soi.indexer.index.DocumentIndex;

/**
 * The ingest path: walks the given paths, and for every supported file that is new or changed runs
 * {@link DocumentPipeline} (extract, normalise, classify, read structure), keeps the original, and indexes the
 * document. Files are parsed in parallel; one file's failure is recorded and never stops the others, and a file that
 * fails leaves nothing behind. The index is committed once at the end, so an interrupted run leaves the previous
 * commit intact and re-running completes the work.
 */
public final class Ingester {

    private static final Logger LOG = LoggerFactory.getLogger(Ingester.class);

    private final DocumentPipeline pipeline;
    private final DocumentIndex index;
    private final OriginalStore originals;
    private final int threads;
    private final Clock clock;

    public Ingester(DocumentPipeline pipeline, DocumentIndex index, OriginalStore originals, int threads, Clock clock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pipeline = pipeline;
        this.index = index;
        this.originals = originals;
        this.threads = threads;
        this.clock = clock;
    }

    /** Ingests every supported file under {@code roots} (folders are walked recursively). */
    public IngestSummary ingest(List<Path> roots, IngestListener listener) throws IOException {
        List<IngestFile> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            files.addAll(filesUnder(root));
        }
        listener.started(files.size());
        List<IngestOutcome> outcomes = runAll(files, listener);
        index.commit();
        return new IngestSummary(outcomes);
    }

    private List<IngestOutcome> runAll(List<IngestFile> files, IngestListener listener) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<IngestOutcome>> futures = new ArrayList<>();
            for (IngestFile file : files) {
                futures.add(pool.submit(() -> {
                    IngestOutcome outcome = ingestOne(file);
                    listener.finished(outcome);
                    return outcome;
                }));
            }
            List<IngestOutcome> outcomes = new ArrayList<>();
            for (Future<IngestOutcome> future : futures) {
                outcomes.add(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private IngestOutcome ingestOne(IngestFile file) {
        if (!SupportedFormats.isSupported(file.file())) {
            return new IngestOutcome.Skipped(file.path(), "unsupported format");
        }
        String id = ContentHash.documentId(file.path());
        String stage = "hash";
        try {
            String hash = ContentHash.of(file.file());
            var previous = index.contentHashOfPath(file.path());
            if (previous.filter(hash::equals).isPresent()) {
                return new IngestOutcome.Unchanged(file.path(), id);
            }
            stage = "parse";
            var document = pipeline.process(file, id, hash, clock.instant());
            stage = "store";
            originals.keep(file.file(), hash);
            stage = "index";
            index.upsert(document);
            return new IngestOutcome.Ingested(file.path(), id, document.type(), previous.isPresent());
        } catch (DocumentPipeline.PipelineException e) {
            return new IngestOutcome.Failed(file.path(), e.stage(), e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new IngestOutcome.Failed(file.path(), stage, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("unexpected failure on {} at stage {}", file.path(), stage, e);
            return new IngestOutcome.Failed(file.path(), stage, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static IngestOutcome await(Future<IngestOutcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("ingest interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest worker failed outside its guard", e.getCause());
        }
    }

    private static List<IngestFile> filesUnder(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(IngestFile.under(root, root));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder())
                    .map(p -> IngestFile.under(root, p))
                    .toList();
        }
    }
}
