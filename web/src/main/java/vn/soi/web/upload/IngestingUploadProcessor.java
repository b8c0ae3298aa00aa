package vn.soi.web.upload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.soi.analyzer.SignalCatalog;
import vn.soi.analyzer.signal.Analysis;
import vn.soi.analyzer.signal.AnalysisContext;
import vn.soi.indexer.extract.ExtractionLimits;
import vn.soi.indexer.ingest.DocumentPipeline;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestSummary;
import vn.soi.indexer.ingest.Ingester;
import vn.soi.indexer.ingest.OriginalStore;
import vn.soi.web.WebServices;

/**
 * The real upload job: the same ingest as {@code soi ingest} into the server's own index (the server holds its only
 * writer), then the same analysis as {@code soi analyze}, whose findings replace the stored set atomically.
 */
public final class IngestingUploadProcessor implements UploadProcessor {

    private final WebServices services;
    private final int threads;

    public IngestingUploadProcessor(WebServices services, int threads) {
        this.services = services;
        this.threads = threads;
    }

    @Override
    public IngestSummary process(Path folder, IngestListener listener) throws IOException {
        IngestSummary summary;
        try (DocumentPipeline pipeline = DocumentPipeline.standard(ExtractionLimits.defaults())) {
            summary = new Ingester(pipeline, services.index(), new OriginalStore(services.data().originals()),
                    threads, services.clock()).ingest(List.of(folder), listener);
        }
        if (!summary.ingested().isEmpty()) {
            services.findings().replace(
                    new Analysis(SignalCatalog.all(), AnalysisContext.standard()).run(services.index()::forEach));
        }
        return summary;
    }
}
