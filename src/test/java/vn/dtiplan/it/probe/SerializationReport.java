package vn.dtiplan.it.probe;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Test-only: {@code GET /it-probe/serialization} answers how many session attributes the
 * {@link SessionSerializationProbe} wrote and read back, then one failure per line.
 */
@WebServlet("/it-probe/serialization")
public class SerializationReport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> failures;
        synchronized (SessionSerializationProbe.FAILURES) {
            failures = List.copyOf(SessionSerializationProbe.FAILURES);
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().println(SessionSerializationProbe.CHECKED.sum());
        for (String failure : failures) {
            response.getWriter().println(failure);
        }
    }
}
