package vn.dtiplan.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.unit.ReferenceDay;

/**
 * The day a request reads unit codes on: the API's {@code ?at=YYYY-MM-DD} (set by the REST
 * layer before any service runs), else today in Vietnam.
 */
@RequestScoped
public class RequestedDay implements ReferenceDay {

    @Inject
    private VietnamTime time;

    private LocalDate requested;

    /** Reads codes on {@code day} for the rest of this request. */
    public void set(LocalDate day) {
        this.requested = day;
    }

    @Override
    public LocalDate day() {
        return requested != null ? requested : time.today();
    }
}
