package vn.dtiplan.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import vn.dtiplan.interfaces.security.AuthenticationMechanism;

/**
 * A form posted from a page whose view state is gone (left open too long, server restarted)
 * leads back to the sign-in page with a message instead of an error page, for full and Ajax
 * requests alike. Registered in faces-config.xml; every other exception goes on to the
 * error pages of web.xml.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
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
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (isExpiredView(events.next().getContext().getException())) {
                    events.remove();
                    toSignIn();
                }
            }
            getWrapped().handle();
        }

        private static boolean isExpiredView(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void toSignIn() {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            if (faces.getResponseComplete()) {
                return;
            }
            try {
                external.redirect(external.getRequestContextPath() + AuthenticationMechanism.LOGIN_PAGE + "?"
                        + AuthenticationMechanism.EXPIRED_PARAMETER + "=true");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
