package vn.soi.web.page;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.soi.web.security.AccessControl;

/**
 * Turns errors into answers: a Vietnamese error page, or JSON {@code {"status", "title", "message"}} under
 * {@code /api/}. Messages thrown by our code are Vietnamese and shown; Javalin's own English messages are replaced by
 * a Vietnamese one for the status. Unexpected exceptions are logged and shown as a generic 500, never with details.
 */
public final class ErrorResponder {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponder.class);

    private final PageRenderer pages;

    /** @param pages renders the error page */
    public ErrorResponder(PageRenderer pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /**
     * Answers a Javalin HTTP exception.
     *
     * @param e the exception
     * @param ctx the request
     */
    public void httpError(HttpResponseException e, Context ctx) {
        respond(ctx, e.getStatus(), messageOf(e));
    }

    /**
     * Answers a failed parameter validation ({@code ctx.queryParamAsClass(...)} and the like) with a 400.
     *
     * @param e the exception, naming the bad parameters
     * @param ctx the request
     */
    public void invalid(ValidationException e, Context ctx) {
        respond(ctx, 400, "Tham số không hợp lệ: " + String.join(", ", e.getErrors().keySet()) + ".");
    }

    /**
     * Answers any other exception with a 500.
     *
     * @param e the exception
     * @param ctx the request
     */
    public void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "Đã xảy ra lỗi trong máy chủ. Lỗi đã được ghi lại; vui lòng thử lại sau.");
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        String title = title(status);
        if (AccessControl.isApi(ctx)) {
            ctx.json(Map.of("status", status, "title", title, "message", message));
            return;
        }
        pages.render(ctx, "error.jte", title, Map.of("status", status, "heading", title, "message", message));
    }

    private static String messageOf(HttpResponseException e) {
        String message = e.getMessage();
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        boolean javalinDefault = message == null || message.isBlank() || message.equals(status.getMessage())
                || message.startsWith("Endpoint ");
        return javalinDefault ? defaultMessage(e.getStatus()) : message;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Cần đăng nhập";
            case 403 -> "Không có quyền truy cập";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 413 -> "Dữ liệu gửi lên quá lớn";
            case 429 -> "Quá nhiều yêu cầu";
            default -> status >= 500 ? "Lỗi máy chủ" : "Lỗi " + status;
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu gửi lên không hợp lệ.";
            case 401 -> "Bạn cần đăng nhập.";
            case 403 -> "Tài khoản của bạn không có quyền dùng chức năng này.";
            case 404 -> "Không tìm thấy trang hoặc tài nguyên được yêu cầu.";
            case 405 -> "Địa chỉ này không nhận phương thức yêu cầu đó.";
            case 413 -> "Dữ liệu gửi lên vượt quá giới hạn cho phép.";
            default -> status >= 500 ? "Đã xảy ra lỗi trong máy chủ; vui lòng thử lại sau." : "Yêu cầu không thực hiện được.";
        };
    }
}
