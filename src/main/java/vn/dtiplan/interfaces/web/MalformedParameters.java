package vn.dtiplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters cannot be read ({@code plan.xhtml?id=abc}, a period that is no date)
 * names nothing that exists: the not-found page answers, as for an id nobody can see. Without
 * this, a failed view parameter skips the page's view action and an empty shell of the screen was
 * rendered. Only first requests are concerned; a postback's failed validation is the form's own.
 */
public class MalformedParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() || !context.isValidationFailed()) {
            return;
        }
        try {
            context.getExternalContext().responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
