package vn.dtiplan.domain.progress;

import java.util.Collection;
import java.util.List;
import vn.dtiplan.domain.tenancy.TenantScope;

/** What happened on a set of tasks, for {@link ReportChanges}; every read goes through the caller's scope. */
public interface ActivityRepository {

    /** Every progress report of the tasks, oldest first. */
    List<ReportChanges.Reported> progressOf(TenantScope scope, Collection<Long> taskIds);

    /** The tasks' evidence without file contents. */
    List<EvidenceSummary> evidenceOf(TenantScope scope, Collection<Long> taskIds);

    /** The change notices the tasks (inherited copies) received. */
    List<ReportChanges.NoticeFacts> noticesOf(TenantScope scope, Collection<Long> taskIds);
}
