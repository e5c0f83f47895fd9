package vn.dtiplan.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.dtiplan.application.PublicService;
import vn.dtiplan.application.PublicUnitView;
import vn.dtiplan.interfaces.rest.PublicJson;

/**
 * {@code /cong-khai/{code}}: the public transparency page of a unit, for citizens, without sign-in.
 * A plain servlet rather than a Faces view: no session, no view state, no script, one small HTML
 * page ({@link PublicPage}) that a shared cache may keep five minutes. The entity tag is the API's
 * for the same data with a suffix, so both change together; a request holding it gets 304.
 */
@WebServlet(name = "publicPage", urlPatterns = "/cong-khai/*")
public class PublicPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicService publicPages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = Optional.ofNullable(request.getPathInfo()).map(p -> p.replaceAll("^/+|/+$", "")).orElse("");
        Optional<PublicUnitView> unit = code.isEmpty() || code.contains("/") ? Optional.empty() : publicPages.unit(code);
        if (unit.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = PublicJson.etag(PublicJson.of(unit.get()) + "#html");
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", PublicJson.CACHE_CONTROL);
        if (PublicJson.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] html = PublicPage.render(unit.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }
}
