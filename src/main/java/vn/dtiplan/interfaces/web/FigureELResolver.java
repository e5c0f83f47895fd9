package vn.dtiplan.interfaces.web;

import jakarta.el.ELContext;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Locale;
import vn.dtiplan.domain.Figures;

/**
 * Writes every decimal a page prints ({@code #{row.score}} in template text) by {@link Figures}:
 * "83,105" in Vietnamese, never "8E+1". EL turns a value into text through the resolvers'
 * {@code convertToType} first; this one answers for {@code BigDecimal}, {@code Double} and
 * {@code Float} to {@code String} and leaves everything else (whole numbers, years) alone.
 * Registered in faces-config.xml.
 */
public class FigureELResolver extends PassiveELResolver {

    @Override
    public <T> T convertToType(ELContext context, Object obj, Class<T> targetType) {
        if (targetType != String.class || !(obj instanceof BigDecimal || obj instanceof Double || obj instanceof Float)) {
            return null;
        }
        context.setPropertyResolved(true);
        return targetType.cast(Figures.number((Number) obj, locale()));
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("vi") : faces.getViewRoot().getLocale();
    }
}
