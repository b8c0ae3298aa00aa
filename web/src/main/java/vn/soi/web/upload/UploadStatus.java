package vn.soi.web.upload;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where an upload job stands: the answer of {@code GET /api/uploads/{job}} and what the upload page shows.
 *
 * @param id the job's id
 * @param state {@code running}, {@code done} or {@code failed}
 * @param stateLabel the state in Vietnamese
 * @param startedBy the account that uploaded
 * @param startedAt when the job started
 * @param finishedAt when it ended, or null while running
 * @param total the files to ingest, once known (0 before)
 * @param done the files ingested so far, whatever their outcome
 * @param ingested files ingested (new or changed)
 * @param unchanged files already ingested with the same content
 * @param skipped files of an unsupported format
 * @param failed files whose ingest failed, with the reason
 * @param refused files refused at upload (names, links, nested archives, sizes), with the reason
 * @param message a Vietnamese summary
 */
public record UploadStatus(String id, String state, String stateLabel, String startedBy, Instant startedAt,
        Instant finishedAt, int total, int done, int ingested, int unchanged, int skipped, List<FileProblem> failed,
        List<FileProblem> refused, String message) {
    /** Validates and copies the fields. */
    public UploadStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        failed = List.copyOf(failed);
        refused = List.copyOf(refused);
    }

    /** @return whether the job has ended */
    public boolean finished() {
        return finishedAt != null;
    }

    /** @return progress in whole percent (0 while the number of files is unknown) */
    public int percent() {
        return total == 0 ? (finished() ? 100 : 0) : done * 100 / total;
    }
}
