package vn.dtiplan.application.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import vn.dtiplan.domain.ChangeStamp;
import vn.dtiplan.domain.StampedAnswers;
import vn.dtiplan.domain.tenancy.TenantScope;

/**
 * A unit's progress summary as last computed, per scope, unit and day, given again while no write
 * has ended since ({@link StampedAnswers}): the call API clients poll. The scope is part of the key,
 * so an answer is only ever given to a caller who would have computed the very same one (the same
 * subtree, the same children visible); the day too, as overdue follows the calendar.
 */
@ApplicationScoped
public class UnitProgressAnswers {

    static final int MAX = 4_096;

    private record Key(TenantScope scope, String unitCode, LocalDate day) {
    }

    private final StampedAnswers<Key, UnitProgressView> answers = new StampedAnswers<>(MAX);

    @Inject
    private ChangeStamp stamp;

    UnitProgressView get(TenantScope scope, String unitCode, LocalDate day, Supplier<UnitProgressView> compute) {
        return answers.get(new Key(scope, unitCode, day), stamp, compute);
    }
}
