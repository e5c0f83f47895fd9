package vn.dtiplan.interfaces.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.interfaces.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into the API's error body: never a stack trace. Unknown failures are
 * logged with an id that the answer repeats, so support can find them.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    /** SQLSTATE of a unique-key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (roleRefused(t)) {
            return new ApiError("forbidden", "Bạn không có quyền thực hiện thao tác này.").toResponse(403);
        }
        if (t instanceof ImportRefusedException refused) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ImportError.of(refused)).build();
        }
        if (t instanceof DomainRuleException rule) {
            return new ApiError(rule.messageKey(), Messages.vietnamese(rule.messageKey(), rule.arguments()))
                    .toResponse(statusOf(rule));
        }
        if (concurrentUpdate(thrown) || duplicateKey(thrown)) {
            return new ApiError("conflict.concurrent", Messages.vietnamese("conflict.concurrent")).toResponse(409);
        }
        if (t instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return new ApiError(codeOf(status), messageOf(status)).toResponse(status);
        }
        String incident = Long.toString(System.nanoTime(), 36);
        LOG.log(Level.SEVERE, "API failure " + incident, thrown);
        return new ApiError("internal", "Lỗi hệ thống, mã sự cố " + incident + ".").toResponse(500);
    }

    private static int statusOf(DomainRuleException rule) {
        if (rule instanceof AccessRefusedException) {
            return 403;
        }
        if (rule instanceof RecordNotFoundException) {
            return 404;
        }
        return rule instanceof StateConflictException ? 409 : 422;
    }

    /** The container refused the call for the caller's roles ({@code @RolesAllowed}); local views throw the second. */
    private static boolean roleRefused(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    /**
     * Someone else stored the same record first: a unique key refused the insert at commit (two
     * drafts of one report period at once, on one instance or two). Retrying finds theirs.
     */
    private static boolean duplicateKey(Throwable thrown) {
        Throwable c = thrown;
        for (int depth = 0; c != null && depth < 20; c = next(c), depth++) {
            if (c instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The cause, or for EclipseLink's exceptions (not on the compile path) the JDBC exception inside. */
    private static Throwable next(Throwable t) {
        if (t.getCause() != null) {
            return t.getCause();
        }
        try {
            Object inner = t.getClass().getMethod("getInternalException").invoke(t);
            return inner instanceof Throwable internal && internal != t ? internal : null;
        } catch (ReflectiveOperationException notEclipseLink) {
            return null;
        }
    }

    /** Someone else changed the same record first (a version check failed at commit). */
    private static boolean concurrentUpdate(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof OptimisticLockException
                    || c.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && current.getCause() != null && !roleRefused(current)) {
            current = current.getCause();
        }
        return current;
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406, 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    private static String messageOf(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ.";
            case 401 -> "Cần đăng nhập.";
            case 403 -> "Bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy.";
            case 405 -> "Phương thức không được hỗ trợ.";
            case 406, 415 -> "Định dạng không được hỗ trợ; hãy dùng JSON.";
            default -> "Yêu cầu không thực hiện được.";
        };
    }
}
