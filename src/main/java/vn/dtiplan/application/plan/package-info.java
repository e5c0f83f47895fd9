/**
 * The plan cascade as services for screens and the API: plans and their tasks
 * ({@link vn.dtiplan.application.plan.PlanService}), adoption of inherited tasks and change
 * notices ({@link vn.dtiplan.application.plan.AdoptionService}), lineage and the adoption
 * matrix ({@link vn.dtiplan.application.plan.LineageService}). Every method works inside the
 * caller's scope; records outside it are {@link vn.dtiplan.domain.RecordNotFoundException}.
 */
package vn.dtiplan.application.plan;
