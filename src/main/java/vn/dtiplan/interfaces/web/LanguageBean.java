package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the screens for this session: Vietnamese unless the user picks English. */
@Named
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public void switchTo(String language) {
        setLanguage(language);
    }
}
