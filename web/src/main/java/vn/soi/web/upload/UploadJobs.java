package vn.soi.web.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;

/**
 * Runs upload jobs in the background, one at a time, on a daemon thread. A job that throws ends as failed and is
 * logged; the server goes on. The last {@value #KEPT_JOBS} jobs are remembered (in memory) for their status. The end
 * of each job is written to the audit log (as {@link AuditAction#UPLOAD_FINISHED}) before the job shows as finished.
 */
public final class UploadJobs {
    /** How many ended jobs are remembered. */
    public static final int KEPT_JOBS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(UploadJobs.class);

    private final UploadProcessor processor;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "soi-upload");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, UploadJob> jobs = new LinkedHashMap<>();
    private UploadJob current;

    /**
     * @param processor ingests a folder and re-runs the analysis
     * @param clock stamps jobs
     * @param audit records the end of each job
     */
    public UploadJobs(UploadProcessor processor, Clock clock, AuditLog audit) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** @return a new random job id (16 hex digits) */
    public String newId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** @return whether a job is running now */
    public synchronized boolean busy() {
        return current != null && !current.finished();
    }

    /**
     * Starts a job over a received folder, unless one is running.
     *
     * @param id the job's id (from {@link #newId()})
     * @param user the account that uploaded
     * @param folder the received files; deleted when the job ends
     * @param refused the files refused at upload
     * @return the job, or empty when another job is running (the folder is left to the caller)
     */
    public synchronized Optional<UploadJob> start(String id, String user, Path folder, List<FileProblem> refused) {
        if (busy()) {
            return Optional.empty();
        }
        UploadJob job = new UploadJob(id, user, refused, clock);
        current = job;
        jobs.put(id, job);
        while (jobs.size() > KEPT_JOBS) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        worker.execute(() -> run(job, folder));
        return Optional.of(job);
    }

    /**
     * @param id a job id
     * @return the job, if remembered
     */
    public synchronized Optional<UploadJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return the most recent job, if any */
    public synchronized Optional<UploadJob> latest() {
        return Optional.ofNullable(current);
    }

    private void run(UploadJob job, Path folder) {
        boolean processed = false;
        // An Error (out of memory, a linkage problem) ends the job too, so that the next upload can start.
        String failure = "lỗi nghiêm trọng trong máy chủ; xem nhật ký của máy chủ";
        try {
            processor.process(folder, job);
            processed = true;
        } catch (IOException | RuntimeException e) {
            LOG.error("upload job {} failed", job.id(), e);
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            // The received files go before the job is marked finished: a finished job has left nothing behind.
            deleteTree(folder);
            auditEnd(job, processed ? "đã xong" : "thất bại: " + failure);
            if (processed) {
                job.succeeded();
            } else {
                job.failed(failure);
            }
        }
    }

    private void auditEnd(UploadJob job, String outcome) {
        UploadStatus status = job.status();
        try {
            audit.record(status.startedBy(), AuditAction.UPLOAD_FINISHED, "lần tải lên " + job.id() + ": " + outcome
                    + " (" + status.ingested() + " tệp đã nạp, " + status.failed().size() + " tệp lỗi)", null);
        } catch (RuntimeException e) {
            // The job still ends, so that the next upload can start; the missing line is in the server's log.
            LOG.error("could not write the end of upload job {} to the audit log", job.id(), e);
        }
    }

    /** Deletes a folder and everything in it; a file that cannot be deleted is logged and left. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("could not delete the upload folder {}", folder, e);
        }
    }
}
