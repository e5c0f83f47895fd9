package vn.dtiplan.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * Test-only: {@code GET it-probe/visibility?kind=plan&unit=23&path=1.5.23&ids=4,5,6} answers the
 * ids {@link VisibilityProbe} finds visible, comma-separated ({@code path=*} for the system scope; a merged scope's roots comma-separated, its own unit first).
 */
@WebServlet("/it-probe/visibility")
public class VisibilityProbeServlet extends HttpServlet {

    @Inject
    private VisibilityProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getParameter("path");
        TenantScope viewer = "*".equals(path) ? TenantScope.system()
                : TenantScope.fromSetting(Long.parseLong(request.getParameter("unit")), path);
        List<Long> ids = Arrays.stream(request.getParameter("ids").split(",")).map(Long::valueOf).toList();
        response.setContentType("text/plain");
        response.getWriter().write(probe.visible(request.getParameter("kind"), viewer, ids).stream()
                .map(String::valueOf).collect(Collectors.joining(",")));
    }
}
