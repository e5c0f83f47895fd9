package vn.dtiplan.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.dtiplan.domain.Figures;

/** {@link Figures} for pages, in the view's language: {@code #{fig.score(row.total, row.max)}}, {@code #{fig.recorded(l.to)}}. */
@Named("fig")
@ApplicationScoped
public class FigureFormat {

    public String number(Number value) {
        return Figures.number(value, FigureELResolver.locale());
    }

    public String score(Number value, Number max) {
        return Figures.score(value, max, FigureELResolver.locale());
    }

    public String date(LocalDate day) {
        return Figures.date(day);
    }

    public String period(String label) {
        return Figures.period(label, FigureELResolver.locale());
    }

    public String recorded(String value) {
        return Figures.recorded(value, FigureELResolver.locale());
    }
}
