package vn.dtiplan.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dtiplan.interfaces.Messages;

/**
 * A screen upload larger than the Faces servlet's multipart limit (web.xml, 51 MiB per request)
 * is answered with 413 and a page in Vietnamese that says so and leads back, instead of the
 * container's failure deep in the parsing of the parts (which reached the error page). The body
 * is read and dropped first, up to a bound, so that the browser, still sending, sees the answer
 * rather than a reset connection. Files within the multipart limit but over their own field's
 * limit are refused by the screen that takes them.
 */
@WebFilter(filterName = "uploadSize", urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** web.xml's {@code max-request-size} of the Faces servlet. */
    static final long MAX_REQUEST_BYTES = 53_477_376L;
    private static final long MAX_DRAINED_BYTES = 512L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!tooLarge(request)) {
            chain.doFilter(request, response);
            return;
        }
        drain(request);
        response.setStatus(413);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Connection", "close");
        String text = Messages.vietnamese("upload.tooLarge", MAX_REQUEST_BYTES / (1024 * 1024));
        String back = Messages.vietnamese("upload.back");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>413</title></head>"
                + "<body style=\"font-family:sans-serif;margin:2em\"><h1 id=\"upload-too-large\">" + text + "</h1>"
                + "<p><a href=\"" + request.getContextPath() + "/app/home.xhtml\">" + back + "</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }

    static boolean tooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES;
    }

    private static void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // dropped
            }
        } catch (IOException gone) {
            // the browser stopped sending: the answer is written all the same
        }
    }
}
