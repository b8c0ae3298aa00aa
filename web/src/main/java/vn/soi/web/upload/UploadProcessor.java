package vn.soi.web.upload;

import java.io.IOException;
import java.nio.file.Path;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestSummary;

/**
 * Ingests an uploaded folder and re-runs the analysis: the server's ingest pipeline (the {@code Ingester} over the
 * server's index and originals, then the analysis replacing the stored findings). Called from the upload job's
 * thread, one folder at a time; the folder is deleted afterwards.
 */
@FunctionalInterface
public interface UploadProcessor {
    /**
     * @param folder the folder holding the uploaded files (paths are recorded relative to it)
     * @param listener told the number of files, then each file's outcome
     * @return the outcome of every file
     * @throws IOException when the run as a whole fails (a single file's failure is an outcome, not an exception)
     */
    IngestSummary process(Path folder, IngestListener listener) throws IOException;
}
