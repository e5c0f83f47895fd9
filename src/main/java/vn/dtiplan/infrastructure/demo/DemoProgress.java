package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.domain.plan.Task;
import vn.dtiplan.domain.progress.Evidence;
import vn.dtiplan.domain.progress.EvidencePolicy;
import vn.dtiplan.domain.progress.Progress;
import vn.dtiplan.domain.progress.ProgressRepository;
import vn.dtiplan.domain.progress.ProgressStatus;
import vn.dtiplan.domain.progress.TaskProgress;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;
import vn.dtiplan.infrastructure.document.SimplePdf;

/**
 * Demo progress that makes the dashboards tell the seeds' story: Phường 2 is ahead (most of its
 * tasks under way, several done, a minutes PDF as evidence on the first), Phường 3 has started
 * one, the other wards report nothing yet, so their dated tasks show as overdue.
 *
 * <p>In two steps, so two consecutive monthly reports differ: in May (20/5/2024, after it adopted the city's tasks) Phường 2 starts
 * half of those tasks at 20 %; in June (20/6/2024) it reports where they stand now and attaches the
 * minutes, and Phường 3 starts. {@link DemoData} drafts May's reports between the two steps.
 */
@ApplicationScoped
public class DemoProgress {

    private static final Instant REPORTED = LocalDate.of(2024, 6, 20).atStartOfDay(VietnamTime.ZONE).toInstant();
    private static final Instant MAY = LocalDate.of(2024, 5, 20).atTime(15, 0).atZone(VietnamTime.ZONE).toInstant();
    private static final double WARD_2_SHARE = 0.8;

    @Inject
    private ProgressRepository progress;

    @Inject
    private AdministrativeUnitRepository units;

    /** May's step: Phường 2 starts half of the tasks it will report on; answers the number of reports. */
    public int loadMay() {
        TenantScope system = TenantScope.system();
        List<Task> tasks = takenOn(system, "26509");
        int count = (int) Math.round(tasks.size() * WARD_2_SHARE) / 2;
        for (Task task : tasks.subList(0, count)) {
            TaskProgress current = new TaskProgress(task.getId(), task.getUnitPath());
            progress.add(system, current);
            progress.add(system, current.apply(Progress.of(ProgressStatus.IN_PROGRESS, 20,
                    "Đã phân công bộ phận, bắt đầu triển khai."), "phuong2.vungtau", MAY));
        }
        return count;
    }

    /** June's step: where the tasks stand now; answers the number of reports. */
    public int loadJune() {
        TenantScope system = TenantScope.system();
        int reports = reportOn(system, "26509", WARD_2_SHARE, "phuong2.vungtau");
        reports += reportOn(system, "26512", 0.15, "phuong3.vungtau");
        return reports;
    }

    private List<Task> takenOn(TenantScope system, String unitCode) {
        AdministrativeUnit unit = units.findByCode(system, unitCode).orElseThrow();
        return progress.liveTasksOf(system, unit.getPath()).stream().filter(Task::isTakenOn).toList();
    }

    private int reportOn(TenantScope system, String unitCode, double share, String by) {
        AdministrativeUnit unit = units.findByCode(system, unitCode).orElseThrow();
        List<Task> tasks = takenOn(system, unitCode);
        int count = (int) Math.round(tasks.size() * share);
        for (int i = 0; i < count; i++) {
            Task task = tasks.get(i);
            Progress reported = i % 3 == 0 ? Progress.of(ProgressStatus.DONE, null, "Đã hoàn thành, minh chứng đính kèm.")
                    : Progress.of(ProgressStatus.IN_PROGRESS, 30 + 20 * (i % 3), "Đang triển khai theo kế hoạch.");
            TaskProgress current = progress.findProgress(system, task.getId()).orElseGet(() ->
                    progress.add(system, new TaskProgress(task.getId(), task.getUnitPath())));
            progress.add(system, current.apply(reported, by, REPORTED));
            if (i == 0) {
                attachMinutes(task, unit, by);
            }
        }
        return count;
    }

    private void attachMinutes(Task task, AdministrativeUnit unit, String by) {
        byte[] pdf = SimplePdf.of("BIÊN BẢN KIỂM TRA KẾT QUẢ THỰC HIỆN NHIỆM VỤ", List.of(
                "Đơn vị: " + unit.getName() + ", thành phố Vũng Tàu.",
                "Nhiệm vụ: " + task.getSolution(),
                "Kết quả: đã hoàn thành; số liệu được cập nhật lên phần mềm chấm điểm Chỉ số chuyển đổi số."));
        EvidencePolicy.AcceptedFile file = new EvidencePolicy(EvidencePolicy.DEFAULT_MAX_BYTES)
                .accept("Biên bản kiểm tra.pdf", pdf.length, pdf);
        progress.add(TenantScope.system(), Evidence.file(task.getId(), task.getUnitPath(), file, pdf, by, REPORTED));
    }
}
