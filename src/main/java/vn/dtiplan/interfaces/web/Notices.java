package vn.dtiplan.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.plan.PlanIncompleteException;
import vn.dtiplan.interfaces.IssueProblemText;
import vn.dtiplan.interfaces.Messages;

/**
 * Messages for the current screen in the user's language, from the bundle. A refused rule
 * ({@link DomainRuleException}) is shown by its key, so the screen says exactly what the API says.
 */
public final class Notices {

    private Notices() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error attached to one field ({@code clientId}), shown beside it. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void refused(DomainRuleException refusal) {
        if (refusal instanceof PlanIncompleteException incomplete) {
            String text = IssueProblemText.refusal(FacesContext.getCurrentInstance().getViewRoot().getLocale(), incomplete);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            return;
        }
        error(refusal.messageKey(), refusal.arguments());
    }

    /** The text of a key in the current view's language. */
    public static String text(String key, Object... arguments) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
