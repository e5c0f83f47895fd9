package vn.dtiplan.interfaces.web;

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

/**
 * A Faces request (full page or Ajax) that failed because the database cannot be reached is
 * answered by {@link OutagePage} here, before Faces would log the failure with its stack trace
 * and send it to the 500 error page. Registered in faces-config.xml beside
 * {@link ExpiredViewHandlerFactory}; other exceptions go on unchanged.
 */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                if (DatabaseOutage.causedBy(thrown)) {
                    events.remove();
                    outage = outage == null ? thrown : outage;
                }
            }
            if (outage != null) {
                answer(outage);
            }
            getWrapped().handle();
        }

        private static void answer(Throwable outage) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces.getResponseComplete()) {
                return;
            }
            ExternalContext external = faces.getExternalContext();
            try {
                OutagePage.answer((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                        outage);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
