package vn.soi.indexer.ingest;

/** Hears about an ingest run as it goes, for progress bars and logs. Called from worker threads. */
public interface IngestListener {

    /** The number of candidate files is known. */
    default void started(int files) {
    }

    /** One file is done, whatever its outcome. */
    default void finished(IngestOutcome outcome) {
    }

    /** A listener that hears nothing. */
    IngestListener NONE = new IngestListener() {
    };
}
