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
 */
@ApplicationScoped
public class DemoProgress {

    private static final Instant REPORTED = LocalDate.of(2024, 6, 20).atStartOfDay(VietnamTime.ZONE).toInstant();

    @Inject
    private ProgressRepository progress;

    @Inject
    private AdministrativeUnitRepository units;

    /** Answers the number of progress reports loaded. */
    public int load() {
        TenantScope system = TenantScope.system();
        int reports = reportOn(system, "26509", 0.8, "phuong2.vungtau");
        reports += reportOn(system, "26512", 0.15, "phuong3.vungtau");
        return reports;
    }

    private int reportOn(TenantScope system, String unitCode, double share, String by) {
        AdministrativeUnit unit = units.findByCode(system, unitCode).orElseThrow();
        List<Task> tasks = progress.liveTasksOf(system, unit.getPath()).stream()
                .filter(Task::isTakenOn).toList();
        int count = (int) Math.round(tasks.size() * share);
        for (int i = 0; i < count; i++) {
            Task task = tasks.get(i);
            Progress reported = i % 3 == 0 ? Progress.of(ProgressStatus.DONE, null, "Đã hoàn thành, minh chứng đính kèm.")
                    : Progress.of(ProgressStatus.IN_PROGRESS, 30 + 20 * (i % 3), "Đang triển khai theo kế hoạch.");
            TaskProgress current = new TaskProgress(task.getId(), task.getUnitPath());
            var update = current.apply(reported, by, REPORTED);
            progress.add(system, current);
            progress.add(system, update);
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
