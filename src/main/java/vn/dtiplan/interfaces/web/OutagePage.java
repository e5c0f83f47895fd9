package vn.dtiplan.interfaces.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.dtiplan.interfaces.DatabaseOutage;
import vn.dtiplan.interfaces.Messages;

/**
 * The screens' answer while the database cannot be reached ({@link DatabaseOutage}): a short page
 * "try again in a moment" in the user's language with HTTP 503 and {@code Retry-After}, written
 * without Faces and without the database, so it renders during the outage itself. A full-page
 * request gets the page in place (reloading the address is the retry); a Faces Ajax request gets
 * a partial-response redirect to {@value #PATH}, whose "try again" link leads back to the screen.
 * The session is left as it was. Used by {@link FailedPageHandlerFactory} (Faces requests),
 * {@link DatabaseOutageFilter} (everything else) and {@link OutagePageServlet}.
 */
public final class OutagePage {

    /** The page an Ajax request is redirected to. */
    public static final String PATH = "/unavailable";
    static final String PAGE_PARAMETER = "page";
    private static final String HOME = "/app/home.xhtml";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~%+=&?-]*");
    private static final Logger LOG = Logger.getLogger(OutagePage.class.getName());

    private OutagePage() {
    }

    /**
     * Answers {@code request} with the outage page (or the Ajax redirect to it), replacing whatever
     * was buffered; false when the response was already committed and nothing could be done.
     */
    public static boolean answer(HttpServletRequest request, HttpServletResponse response, Throwable cause)
            throws IOException {
        LOG.warning(() -> request.getMethod() + " " + request.getRequestURI() + " answered 503, the database is unreachable: "
                + DatabaseOutage.summary(cause));
        if (response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        String retry = request.getRequestURI().substring(request.getContextPath().length())
                + ("GET".equals(request.getMethod()) && request.getQueryString() != null ? "?" + request.getQueryString() : "");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            String target = request.getContextPath() + PATH + "?" + PAGE_PARAMETER + "="
                    + URLEncoder.encode(retry, StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + escape(target) + "\"/></partial-response>");
            return true;
        }
        write(request, response, retry);
        return true;
    }

    /** Writes the page with status 503; {@code retry} is the screen's path below the context root. */
    static void write(HttpServletRequest request, HttpServletResponse response, String retry) throws IOException {
        Locale locale = locale(request);
        String context = request.getContextPath();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        write(response, html(locale, context, safePage(retry)));
    }

    static String html(Locale locale, String context, String retry) {
        String title = escape(Messages.text(locale, "outage.title"));
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + title + " · " + escape(Messages.text(locale, "app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(context) + "/jakarta.faces.resource/css/dtiplan.css.xhtml\"/>"
                + "</head><body class=\"login-page\"><div class=\"login-card\" role=\"alert\">"
                + "<h1>" + title + "</h1><p>" + escape(Messages.text(locale, "outage.text")) + "</p>"
                + "<p><a href=\"" + escape(context + retry) + "\">" + escape(Messages.text(locale, "outage.retry")) + "</a>"
                + " · <a href=\"" + escape(context + HOME) + "\">" + escape(Messages.text(locale, "error.home")) + "</a></p>"
                + "</div></body></html>\n";
    }

    /** {@code page} when it is a path of this application (no other host, no scheme), else the home screen. */
    static String safePage(String page) {
        return page != null && page.length() < 2000 && LOCAL_PATH.matcher(page).matches() && !page.contains("..")
                ? page : HOME;
    }

    /** The session's language (Vietnamese unless the user chose English); never creates a session. */
    static Locale locale(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return VIETNAMESE;
        }
        try {
            return CDI.current().select(LanguageBean.class).get().getLocale();
        } catch (RuntimeException noContext) {
            return VIETNAMESE;
        }
    }

    private static void write(HttpServletResponse response, String text) throws IOException {
        PrintWriter out;
        try {
            out = response.getWriter();
        } catch (IllegalStateException streamInUse) {
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            response.getOutputStream().close();
            return;
        }
        out.write(text);
        // closed: whatever the interrupted renderer still flushes is dropped, not appended
        out.close();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
