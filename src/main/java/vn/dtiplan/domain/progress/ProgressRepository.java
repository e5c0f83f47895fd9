package vn.dtiplan.domain.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dtiplan.domain.tenancy.TenantScope;

/** Progress, its history and evidence; every read goes through the caller's scope. */
public interface ProgressRepository {

    Optional<TaskProgress> findProgress(TenantScope scope, long taskId);

    /** The current progress of these tasks, by task id (tasks never reported on are absent). */
    Map<Long, TaskProgress> findProgress(TenantScope scope, Collection<Long> taskIds);

    TaskProgress add(TenantScope scope, TaskProgress progress);

    ProgressUpdate add(TenantScope scope, ProgressUpdate update);

    /** The task's reports, newest first. */
    List<ProgressUpdate> history(TenantScope scope, long taskId);

    /** The days (Vietnam time) progress was reported on each of these tasks, by task id (none: absent). */
    Map<Long, List<LocalDate>> reportDays(TenantScope scope, Collection<Long> taskIds);

    Evidence add(TenantScope scope, Evidence evidence);

    /** The task's evidence without file contents, newest first. */
    List<EvidenceSummary> evidenceOf(TenantScope scope, long taskId);

    /** How many evidence items (files and links) each of these tasks has, by task id (none: absent). */
    Map<Long, Long> evidenceCounts(TenantScope scope, Collection<Long> taskIds);

    /** An evidence item not removed, within the scope. */
    Optional<Evidence> findEvidence(TenantScope scope, long evidenceId);

    /**
     * Roll-up counts per owning unit over the subtree at {@code unitPath}, as of {@code today}:
     * tasks of issued plans and inherited tasks (drafts are not counted).
     */
    Map<String, Rollup> countsBelow(TenantScope scope, String unitPath, LocalDate today);

    /** The live tasks owned by the unit at {@code unitPath} (own tasks of issued plans and inherited tasks), in scope. */
    List<vn.dtiplan.domain.plan.Task> liveTasksOf(TenantScope scope, String unitPath);
}
