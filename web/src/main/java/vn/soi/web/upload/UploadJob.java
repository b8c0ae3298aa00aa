package vn.soi.web.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.soi.indexer.ingest.IngestListener;
import vn.soi.indexer.ingest.IngestOutcome;

/**
 * One upload's ingest and analysis, as it progresses. Listens to the ingest (from its worker threads) and gives
 * consistent snapshots to readers. Thread-safe.
 */
public final class UploadJob implements IngestListener {
    /** What state a job is in. */
    public enum State {
        /** Ingest and analysis under way. */
        RUNNING("running", "Đang xử lý"),
        /** Ended; single files may have failed. */
        DONE("done", "Đã xong"),
        /** The run as a whole failed. */
        FAILED("failed", "Thất bại");

        private final String code;
        private final String label;

        State(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** @return the code used in the API */
        public String code() {
            return code;
        }

        /** @return the Vietnamese name */
        public String label() {
            return label;
        }
    }

    private final String id;
    private final String startedBy;
    private final Clock clock;
    private final Instant startedAt;
    private final List<FileProblem> refused;
    private final List<FileProblem> failed = new ArrayList<>();
    private State state = State.RUNNING;
    private Instant finishedAt;
    private int total;
    private int done;
    private int ingested;
    private int unchanged;
    private int skipped;
    private String message = "Đang nhập tài liệu.";

    UploadJob(String id, String startedBy, List<FileProblem> refused, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.refused = List.copyOf(refused);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.startedAt = clock.instant();
    }

    /** @return the job's id */
    public String id() {
        return id;
    }

    @Override
    public synchronized void started(int files) {
        total = files;
    }

    @Override
    public synchronized void finished(IngestOutcome outcome) {
        done++;
        if (outcome instanceof IngestOutcome.Ingested) {
            ingested++;
        } else if (outcome instanceof IngestOutcome.Unchanged) {
            unchanged++;
        } else if (outcome instanceof IngestOutcome.Skipped) {
            skipped++;
        } else if (outcome instanceof IngestOutcome.Failed f) {
            failed.add(new FileProblem(f.path(), f.stage() + ": " + f.reason()));
        }
    }

    synchronized void succeeded() {
        state = State.DONE;
        finishedAt = clock.instant();
        message = "Đã nhập " + ingested + " tệp mới hoặc đã thay đổi, " + unchanged + " tệp không đổi, " + skipped
                + " tệp không hỗ trợ, " + failed.size() + " tệp lỗi; đã phân tích lại.";
    }

    synchronized void failed(String reason) {
        state = State.FAILED;
        finishedAt = clock.instant();
        message = "Xử lý thất bại: " + reason;
    }

    /** @return whether the job has ended */
    public synchronized boolean finished() {
        return finishedAt != null;
    }

    /** @return a consistent snapshot */
    public synchronized UploadStatus status() {
        return new UploadStatus(id, state.code(), state.label(), startedBy, startedAt, finishedAt, total, done,
                ingested, unchanged, skipped, failed, refused, message);
    }
}
