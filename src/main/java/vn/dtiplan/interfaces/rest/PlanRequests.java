package vn.dtiplan.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.plan.DecisionRequest;
import vn.dtiplan.application.plan.PlanDraft;
import vn.dtiplan.domain.DomainRuleException;
import vn.dtiplan.domain.plan.MeasurableTarget;
import vn.dtiplan.domain.plan.AnsweredAssessment;
import vn.dtiplan.domain.plan.NotAddressed;
import vn.dtiplan.domain.plan.PlanAnswers;
import vn.dtiplan.domain.plan.PlanHeader;
import vn.dtiplan.domain.plan.TargetDirection;
import vn.dtiplan.domain.plan.TaskChanges;
import vn.dtiplan.domain.plan.TaskContent;

/**
 * The request bodies of the plan endpoints (docs/api.md), read by JSON-B and checked by Bean
 * Validation before a service sees them. Each text is {@link PlainText} and no longer than its
 * column ({@code V20__plans_tasks.sql}); rules of the plan itself (a title is required, a due date
 * fits the parent's) stay in the domain.
 */
public final class PlanRequests {

    /** Years a plan may be for. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    private PlanRequests() {
    }

    /** {@code POST /plans}. */
    public record PlanBody(@PlainText @Size(max = 16) String unitCode, @PlainText @Size(max = 60) String number,
                           @IsoDate String date, @PlainText @Size(max = 120) String place,
                           @PlainText @Size(max = 1000) String title,
                           @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year,
                           @Size(max = 100) List<@NotNull @PlainText @Size(max = 2000) String> legalBases,
                           @PlainText @Size(max = 8000) String purpose, @PlainText @Size(max = 2000) String budget,
                           @Size(max = 100) List<@NotNull @PlainText @Size(max = 400) String> recipients,
                           @PlainText @Size(max = 20) String signerAuthority,
                           @PlainText @Size(max = 120) String signerTitle,
                           @PlainText @Size(max = 120) String signerName, Long implementsPlanId,
                           @Size(max = 500) List<@NotNull @Valid TaskBody> tasks,
                           @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer toYear, Boolean openEnded,
                           @Size(max = 20) List<@NotNull @Valid AnswerBody> answers,
                           @Size(max = 300) List<@NotNull @Valid NotAddressedBody> notAddressed) {

        PlanDraft draft() {
            return new PlanDraft(unitCode, header(), implementsPlanId,
                    tasks == null ? List.of() : tasks.stream().map(TaskBody::content).toList(), planAnswers());
        }

        PlanAnswers planAnswers() {
            return new PlanAnswers(orEmpty(answers).stream().map(a -> new AnsweredAssessment(a.frameworkId(), a.year()))
                    .toList(), orEmpty(notAddressed).stream().map(n -> new NotAddressed(n.criterionCode(), n.reason()))
                    .toList());
        }

        PlanHeader header() {
            return new PlanHeader(number, IsoDate.Validator.parse(date), place, title, year == null ? 0 : year,
                    orEmpty(legalBases), purpose, budget, orEmpty(recipients), signerAuthority, signerTitle,
                    signerName, toYear, Boolean.TRUE.equals(openEnded));
        }
    }

    /** An assessment a plan answers ({@code POST /plans}, {@code answers}). */
    public record AnswerBody(@NotNull Long frameworkId, @NotNull @Min(FIRST_YEAR) @Max(LAST_YEAR) Integer year) {
    }

    /** A criterion left for later with its reason ({@code POST /plans}, {@code notAddressed}). */
    public record NotAddressedBody(@NotNull @PlainText @Size(min = 1, max = 20) String criterionCode,
                                   @NotNull @PlainText @Size(min = 1, max = 1000) String reason) {
    }

    /** {@code PUT /plans/{id}/not-addressed}: the whole list of criteria left for later (empty: none). */
    public record NotAddressedList(@NotNull @Size(max = 300) List<@NotNull @Valid NotAddressedBody> notAddressed) {

        List<NotAddressed> lines() {
            return notAddressed.stream().map(n -> new NotAddressed(n.criterionCode(), n.reason())).toList();
        }
    }

    /** A task of {@code POST /plans}. */
    public record TaskBody(@PlainText @Size(max = 20) String criterionCode,
                           @PlainText @Size(max = 1000) String criterionTitle,
                           @Digits(integer = 5, fraction = 4) BigDecimal pointsAtStake,
                           @PlainText @Size(max = 4000) String solution, @PlainText @Size(max = 400) String lead,
                           @Size(max = 100) List<@NotNull @PlainText @Size(max = 400) String> coordinating,
                           @Valid TargetBody target, @PlainText @Size(max = 2000) String evidence,
                           @PlainText @Size(max = 400) String timeframe, @IsoDate String due, Boolean cascade,
                           @Size(max = 100) List<@NotNull @PlainText @Size(max = 400) String> cascadeTargets) {

        TaskContent content() {
            return new TaskContent(criterionCode, criterionTitle, pointsAtStake, solution, lead, orEmpty(coordinating),
                    target == null ? null : target.text(), evidence, timeframe, IsoDate.Validator.parse(due),
                    Boolean.TRUE.equals(cascade), orEmpty(cascadeTargets), target == null ? null : target.measurable());
        }
    }

    /**
     * A task's target: {@code text} alone is a target in words; with an indicator and a value it is
     * measurable ({@code direction} {@code AT_LEAST} or {@code AT_MOST}, the first if left out).
     */
    public record TargetBody(@PlainText @Size(max = 1000) String text, @PlainText @Size(max = 400) String indicator,
                             @PlainText @Size(max = 40) String unit, @Digits(integer = 14, fraction = 4) BigDecimal baseline,
                             @Digits(integer = 14, fraction = 4) BigDecimal value,
                             @PlainText @Size(max = 16) String direction) {

        MeasurableTarget measurable() {
            if (indicator == null && value == null) {
                return null;
            }
            return new MeasurableTarget(indicator, unit, baseline, value, directionOrDefault());
        }

        private TargetDirection directionOrDefault() {
            if (direction == null || direction.isBlank()) {
                return TargetDirection.AT_LEAST;
            }
            try {
                return TargetDirection.valueOf(direction.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new DomainRuleException("task.target.direction.invalid", direction);
            }
        }
    }

    /** {@code PATCH /tasks/{id}}: a field left out is not changed. */
    public record TaskPatch(@PlainText @Size(max = 20) String criterionCode, @PlainText @Size(max = 4000) String solution,
                            @PlainText @Size(max = 400) String lead,
                            @Size(max = 100) List<@NotNull @PlainText @Size(max = 400) String> coordinating,
                            @Valid TargetBody target, @PlainText @Size(max = 2000) String evidence,
                            @PlainText @Size(max = 400) String timeframe, @IsoDate String due, Boolean cascade) {

        TaskChanges changes() {
            return new TaskChanges(criterionCode, solution, lead, coordinating, target == null ? null : target.text(),
                    evidence, timeframe, IsoDate.Validator.parse(due), cascade, null, null,
                    target == null ? null : target.measurable());
        }
    }

    /** {@code POST /inherited/{id}/decision}. */
    public record DecisionBody(@PlainText @Size(max = 16) String action,
                               @PlainText @Size(max = 400) String leadDepartment, @IsoDate String due,
                               @PlainText @Size(max = 4000) String solution, @PlainText @Size(max = 2000) String reason,
                               Boolean cascade) {

        DecisionRequest decision() {
            return new DecisionRequest(action, leadDepartment, IsoDate.Validator.parse(due), solution, reason, cascade);
        }
    }

    /** {@code POST /inherited/decisions}: one decision for many inherited tasks. */
    public record DecisionsBody(@NotEmpty @Size(max = 1000) List<@NotNull Long> ids,
                                @PlainText @Size(max = 16) String action,
                                @PlainText @Size(max = 400) String leadDepartment, @IsoDate String due,
                                @PlainText @Size(max = 4000) String solution,
                                @PlainText @Size(max = 2000) String reason, Boolean cascade) {

        DecisionRequest decision() {
            return new DecisionBody(action, leadDepartment, due, solution, reason, cascade).decision();
        }
    }

    /** {@code POST /inherited/{id}/review}. */
    public record ReviewBody(@NotNull Boolean accept) {
    }

    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }
}
