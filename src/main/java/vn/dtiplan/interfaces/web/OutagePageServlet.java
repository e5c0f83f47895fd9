package vn.dtiplan.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@value OutagePage#PATH}: where a Faces Ajax request that met a database outage is redirected.
 * Always the 503 "try again" page; its link leads back to the screen named by {@code page} (a
 * path of this application only).
 */
@WebServlet(name = "outagePage", urlPatterns = OutagePage.PATH)
public class OutagePageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OutagePage.write(request, response, request.getParameter(OutagePage.PAGE_PARAMETER));
    }
}
