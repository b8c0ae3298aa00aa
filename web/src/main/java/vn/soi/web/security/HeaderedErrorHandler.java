package vn.soi.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages, for the requests Jetty answers itself before the application sees them (a malformed request
 * line, two {@code Host} headers, an ambiguous path such as {@code /documents/%2e%2e/soi.db}): the same security
 * headers as every application response ({@link SecurityHeaders#ON_EVERY_RESPONSE}) and no caching.
 */
public final class HeaderedErrorHandler extends ErrorHandler {
    /** Plain pages without Jetty's stack traces or server version. */
    public HeaderedErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
        setCacheControl("no-store");
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        SecurityHeaders.ON_EVERY_RESPONSE.forEach(response::setHeader);
        super.handle(target, baseRequest, request, response);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ON_EVERY_RESPONSE.forEach(fields::put);
        fields.put("Cache-Control", "no-store");
        return super.badMessageError(status, reason, fields);
    }
}
