package vn.dtiplan.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import vn.dtiplan.interfaces.DatabaseOutage;
import vn.dtiplan.interfaces.security.AuthenticationMechanism;

/**
 * The two failures of a Faces request (full page or Ajax) that get an answer of their own instead
 * of the error pages of web.xml, taken out of Faces' queue before Faces would log them with their
 * stack traces:
 * <ul>
 * <li>the database cannot be reached ({@link DatabaseOutage}): {@link OutagePage} answers;</li>
 * <li>the form was posted from a page whose view state is gone (left open too long, server
 * restarted): back to the sign-in page with a message.</li>
 * </ul>
 * When both are queued the outage is answered (signing in again would fail the same way). Every
 * other exception goes on unchanged. Registered in faces-config.xml.
 */
public class FailedPageHandlerFactory extends ExceptionHandlerFactory {

    public FailedPageHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Throwable outage = null;
            boolean expired = false;
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (DatabaseOutage.causedBy(thrown)) {
                    events.remove();
                    outage = outage == null ? thrown : outage;
                } else if (DatabaseOutage.anyInChain(thrown, ViewExpiredException.class::isInstance)) {
                    events.remove();
                    expired = true;
                }
            }
            if (outage != null || expired) {
                answer(outage);
            }
            getWrapped().handle();
        }

        /** The outage page for {@code outage}, else the sign-in page saying the page had expired. */
        private static void answer(Throwable outage) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getResponseComplete()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            try {
                if (outage != null) {
                    OutagePage.answer((HttpServletRequest) external.getRequest(),
                            (HttpServletResponse) external.getResponse(), outage);
                } else {
                    external.redirect(external.getRequestContextPath() + AuthenticationMechanism.LOGIN_PAGE + "?"
                            + AuthenticationMechanism.EXPIRED_PARAMETER + "=true");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
