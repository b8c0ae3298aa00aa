package vn.soi.web.upload;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soi.web.audit.AuditAction;
import vn.soi.web.audit.AuditLog;
import vn.soi.web.page.PageRenderer;
import vn.soi.web.security.SessionUser;
import vn.soi.web.security.Sessions;

/**
 * {@code GET /upload} (the form, and a job's progress drawn by {@code /static/upload.js}), {@code POST /upload} (the
 * form's multipart post, field {@code files}), {@code POST /api/uploads} (the same for API clients, 202) and
 * {@code GET /api/uploads/{job}} (a job's status). Files are received into {@code DATA/uploads/JOB/} and ingested by
 * a background job; only one job runs at a time (409 otherwise). Without an {@link UploadProcessor} the server takes
 * no uploads (503).
 */
public final class UploadController {
    /** The multipart field that carries the files. */
    public static final String FILES_FIELD = "files";

    private static final Logger LOG = LoggerFactory.getLogger(UploadController.class);

    private final UploadJobs jobs;
    private final UploadLimits limits;
    private final Path uploads;
    private final AuditLog audit;
    private final Sessions sessions;
    private final PageRenderer pages;

    /**
     * @param jobs runs the jobs, or null when this server takes no uploads
     * @param limits the limits of one upload
     * @param uploads the folder under which each upload gets its own folder
     * @param audit records who uploaded which files
     * @param sessions reads the signed-in account
     * @param pages renders the page
     */
    public UploadController(UploadJobs jobs, UploadLimits limits, Path uploads, AuditLog audit, Sessions sessions,
            PageRenderer pages) {
        this.jobs = jobs;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * A {@code before} handler for every path that looks only at posts to the two upload routes: refuses a request
     * larger than the limit before its body is read (413), and, for a signed-in account, reads the multipart body
     * here so that a malformed one is answered 400 (or 413 when a part is over the parser's limit) instead of failing
     * later in the CSRF check. Anonymous requests are left to the access control, unread.
     *
     * @param ctx the request
     */
    public void checkUpload(Context ctx) {
        boolean upload = ctx.method() == HandlerType.POST
                && (ctx.path().equals("/upload") || ctx.path().equals("/api/uploads"));
        if (!upload) {
            return;
        }
        if (ctx.contentLength() > limits.maxRequestBytes()) {
            throw new ContentTooLargeResponse("Dữ liệu tải lên lớn quá " + (limits.maxRequestBytes() >> 20)
                    + " MB cho một lần.");
        }
        if (!ctx.isMultipartFormData() || sessions.user(ctx).isEmpty()) {
            return;
        }
        try {
            ctx.uploadedFileMap();
        } catch (Exception e) {
            // Jetty's multipart parser throws IllegalStateException over its size limits and IOException (undeclared,
            // through Kotlin) on a malformed body: both are the client's doing, answered with a named error.
            LOG.info("refused a multipart body on {}: {}", ctx.path(), e.toString());
            if (e instanceof IllegalStateException) {
                throw new ContentTooLargeResponse("Dữ liệu tải lên vượt quá giới hạn cho phép.");
            }
            throw new BadRequestResponse("Dữ liệu tải lên không đúng định dạng multipart/form-data.");
        }
    }

    /**
     * {@code GET /upload?job=ID}.
     *
     * @param ctx the request
     */
    public void page(Context ctx) {
        String id = ctx.queryParam("job");
        UploadStatus status = null;
        if (jobs != null) {
            status = (id == null ? jobs.latest() : jobs.find(id)).map(UploadJob::status).orElse(null);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("enabled", jobs != null);
        parameters.put("status", status);
        parameters.put("maxRequestMb", limits.maxRequestBytes() >> 20);
        parameters.put("maxFileMb", limits.maxFileBytes() >> 20);
        parameters.put("maxFiles", limits.maxFiles());
        pages.render(ctx, "upload.jte", "Tải lên", parameters);
    }

    /**
     * {@code POST /upload}: receives the files, starts the job and shows its progress (303 to the page).
     *
     * @param ctx the request
     * @throws IOException when the data folder cannot be written
     */
    public void submit(Context ctx) throws IOException {
        UploadJob job = receive(ctx);
        ctx.redirect("/upload?job=" + job.id(), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code POST /api/uploads}: as {@link #submit}, answering 202 with the job's status.
     *
     * @param ctx the request
     * @throws IOException when the data folder cannot be written
     */
    public void apiSubmit(Context ctx) throws IOException {
        UploadJob job = receive(ctx);
        ctx.status(HttpStatus.ACCEPTED).header("Location", "/api/uploads/" + job.id()).json(job.status());
    }

    /**
     * {@code GET /api/uploads/{job}}: a job's status; 404 for an unknown job.
     *
     * @param ctx the request
     */
    public void apiStatus(Context ctx) {
        String id = ctx.pathParam("job");
        UploadJob job = jobs == null ? null : jobs.find(id).orElse(null);
        if (job == null) {
            throw new NotFoundResponse("Không có lần tải lên nào với mã này.");
        }
        ctx.json(job.status());
    }

    private UploadJob receive(Context ctx) throws IOException {
        SessionUser user = sessions.user(ctx).orElseThrow();
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestResponse("Tệp phải được gửi dạng multipart/form-data, trường \"" + FILES_FIELD + "\".");
        }
        if (jobs == null) {
            throw new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    "Máy chủ này không nhận tài liệu tải lên.");
        }
        if (jobs.busy()) {
            throw new ConflictResponse("Đang xử lý một lần tải lên khác; vui lòng chờ xong rồi thử lại.");
        }
        List<UploadedFile> files = ctx.uploadedFiles(FILES_FIELD);
        if (files.isEmpty()) {
            throw new BadRequestResponse("Hãy chọn ít nhất một tệp để tải lên.");
        }
        String id = jobs.newId();
        Path folder = uploads.resolve(id);
        Path scratch = uploads.resolve(id + ".parts");
        UploadIntake intake = new UploadIntake(limits, folder, scratch);
        try {
            for (UploadedFile file : files) {
                try (InputStream in = file.content()) {
                    intake.add(file.filename(), in);
                }
            }
        } catch (UploadRejectedException e) {
            UploadJobs.deleteTree(folder);
            throw new ContentTooLargeResponse(e.getMessage());
        } finally {
            UploadJobs.deleteTree(scratch);
        }
        if (intake.accepted() == 0) {
            UploadJobs.deleteTree(folder);
            throw new BadRequestResponse("Không nhận được tệp nào: " + intake.refused().stream()
                    .map(p -> p.name() + " (" + p.reason() + ")").collect(Collectors.joining("; ")) + ".");
        }
        String received = files.stream().map(UploadedFile::filename).collect(Collectors.joining(", "));
        String refused = intake.refused().isEmpty() ? "" : "; từ chối: " + intake.refused().stream()
                .map(FileProblem::name).collect(Collectors.joining(", "));
        // Recorded before the job starts, so that its end never comes first in the log (an upload that then loses a
        // race for the worker is answered 409 and stays logged as tried).
        audit.record(user.name(), AuditAction.UPLOAD_STARTED, "lần tải lên " + id + ": " + received + refused,
                ctx.ip());
        return jobs.start(id, user.name(), folder, intake.refused()).orElseGet(() -> {
            UploadJobs.deleteTree(folder);
            throw new ConflictResponse("Đang xử lý một lần tải lên khác; vui lòng chờ xong rồi thử lại.");
        });
    }
}
