package vn.dtiplan.interfaces.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.DateTimeException;
import vn.dtiplan.domain.AccessRefusedException;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.RecordNotFoundException;
import vn.dtiplan.domain.StaleVersionException;
import vn.dtiplan.domain.StateConflictException;
import vn.dtiplan.domain.VersionRequiredException;
import vn.dtiplan.domain.plan.PlanIncompleteException;
import vn.dtiplan.domain.workbook.ImportRefusedException;
import vn.dtiplan.domain.listing.InvalidQueryException;
import vn.dtiplan.domain.progress.BulkProgressRefusedException;
import vn.dtiplan.interfaces.DatabaseOutage;
import vn.dtiplan.interfaces.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into the API's error body: never a stack trace. A body that is not JSON
 * or not of the record's shape (a wrong type, a number that does not fit) is 400
 * {@code request.malformed}; a value the database refuses (too long, out of range) that slipped
 * past the request records is 422 {@code request.value.invalid}; a stale version is 412, a missing
 * one 428, and an update that lost a race at commit is 412 when the caller sent {@code If-Match}
 * (409 otherwise). A database that cannot be reached ({@link DatabaseOutage}) is 503
 * {@code database.unavailable} with {@code Retry-After}, logged in one line. Bean Validation's refusals are {@link ViolationMapper}'s. Unknown failures are
 * logged with an id that the answer repeats, so support can find them.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    /** SQLSTATE of a unique-key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class of data exceptions: a value too long, a number or date out of range. */
    private static final String DATA_EXCEPTION = "22";

    @Context
    private HttpHeaders headers;

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
        if (t instanceof BulkProgressRefusedException refused) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(BulkError.of(refused)).build();
        }
        if (t instanceof PlanIncompleteException incomplete) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(IssueRefusal.of(incomplete)).build();
        }
        if (t instanceof DomainRuleException rule) {
            return new ApiError(rule.messageKey(), Messages.vietnamese(rule.messageKey(), rule.arguments()))
                    .toResponse(statusOf(rule));
        }
        if (unreadable(thrown)) {
            return new ApiError("request.malformed", Messages.vietnamese("request.malformed")).toResponse(400);
        }
        if (DatabaseOutage.causedBy(thrown)) {
            LOG.warning(() -> "API request answered 503, the database is unreachable: " + DatabaseOutage.summary(thrown));
            return Response.fromResponse(new ApiError("database.unavailable", Messages.vietnamese("database.unavailable"))
                    .toResponse(503)).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        if (concurrentUpdate(thrown) && ifMatchSent()) {
            return new ApiError("precondition.failed", Messages.vietnamese("precondition.failed")).toResponse(412);
        }
        if (concurrentUpdate(thrown) || sqlState(thrown, UNIQUE_VIOLATION::equals)) {
            return new ApiError("conflict.concurrent", Messages.vietnamese("conflict.concurrent")).toResponse(409);
        }
        if (sqlState(thrown, state -> state.startsWith(DATA_EXCEPTION))) {
            return new ApiError("request.value.invalid", Messages.vietnamese("request.value.invalid")).toResponse(422);
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
        if (rule instanceof StaleVersionException) {
            return 412;
        }
        if (rule instanceof VersionRequiredException) {
            return 428;
        }
        if (rule instanceof AccessRefusedException) {
            return 403;
        }
        if (rule instanceof RecordNotFoundException) {
            return 404;
        }
        if (rule instanceof InvalidQueryException) {
            return 400;
        }
        return rule instanceof StateConflictException ? 409 : 422;
    }

    /** The container refused the call for the caller's roles ({@code @RolesAllowed}); local views throw the second. */
    private static boolean roleRefused(Throwable t) {
        return t instanceof EJBAccessException || t instanceof AccessLocalException;
    }

    /**
     * Whether a JDBC exception in the chain has a matching SQLSTATE. A unique key that refused an
     * insert at commit means someone else stored the same record first (two drafts of one report
     * period at once, on one instance or two): retrying finds theirs.
     */
    private static boolean sqlState(Throwable thrown, java.util.function.Predicate<String> matches) {
        return DatabaseOutage.anyInChain(thrown,
                c -> c instanceof java.sql.SQLException sql && sql.getSQLState() != null && matches.test(sql.getSQLState()));
    }

    /** The body could not be read into the request record: not JSON, or a value of the wrong type or size. */
    static boolean unreadable(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof JsonbException || c instanceof JsonParsingException || c instanceof DateTimeException) {
                return true;
            }
        }
        return false;
    }

    private boolean ifMatchSent() {
        try {
            return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
        } catch (IllegalStateException outsideRequest) {
            return false;
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
