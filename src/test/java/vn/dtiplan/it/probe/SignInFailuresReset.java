package vn.dtiplan.it.probe;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only: {@code POST /it-probe/sign-in-failures?user=…} forgets the throttle's counts of
 * one account name, so a test that locked a shared demo account leaves it usable for the next test
 * class (the counts live in the database, which the IT classes of a suite share).
 */
@WebServlet("/it-probe/sign-in-failures")
public class SignInFailuresReset extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:app/jdbc/dtiplan")
    private transient DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from sign_in_failure where throttle_key = ?")) {
            delete.setString(1, "account:" + request.getParameter("user"));
            delete.executeUpdate();
            response.setStatus(204);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
