package vn.soi.indexer.ingest;

import java.util.Objects;

import vn.soi.indexer.document.DocumentType;

/** What happened to one file in an ingest run. */
public sealed interface IngestOutcome {

    /** The file's path as recorded (relative to the root it was found under). */
    String path();

    /** Parsed, structured and indexed (new, or replacing a changed earlier version). */
    record Ingested(String path, String id, DocumentType type, boolean replaced) implements IngestOutcome {
        public Ingested {
            Objects.requireNonNull(type, "type");
        }
    }

    /** Already ingested with the same content: nothing done. */
    record Unchanged(String path, String id) implements IngestOutcome {
    }

    /** Not ingested, with the stage that failed and a reason a user can act on; nothing of it was kept. */
    record Failed(String path, String stage, String reason) implements IngestOutcome {
    }

    /** Not a supported format: left alone. */
    record Skipped(String path, String reason) implements IngestOutcome {
    }
}
