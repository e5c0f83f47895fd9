package vn.dtiplan.infrastructure.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.dtiplan.domain.VietnamTime;
import vn.dtiplan.application.report.ReportDrafting;
import vn.dtiplan.domain.progress.PeriodicReport;
import vn.dtiplan.domain.progress.ReportRepository;
import vn.dtiplan.domain.progress.ReportingPeriod;
import vn.dtiplan.domain.tenancy.TenantScope;
import vn.dtiplan.domain.unit.AdministrativeUnit;
import vn.dtiplan.domain.unit.AdministrativeUnitRepository;

/**
 * Demo monthly reports of Vũng Tàu's wards for May and June 2024 (due on the 20th), drafted from
 * the demo progress: Phường 2 and Phường 5 on time and approved, Phường 1 on time and waiting for
 * the city, Phường 4 late, Phường 3 late in May and returned in June for missing evidence,
 * Phường 7 never sent June's; the city's own June report is a draft (its wards are not all in).
 */
@ApplicationScoped
public class DemoReports {

    private static final String CITY = "tp.vungtau";

    @Inject
    private ReportRepository reports;

    @Inject
    private AdministrativeUnitRepository units;

    @Inject
    private ReportDrafting drafting;

    private record Step(String unit, int month, int submittedDay, String decision, String difficulties) {

        Step(String unit, int month, int submittedDay, String decision) {
            this(unit, month, submittedDay, decision, null);
        }
    }

    private static final List<Step> STORY = List.of(
            new Step("26509", 5, 18, "APPROVE"), new Step("26509", 6, 19, "APPROVE",
                    "Kinh phí số hóa hồ sơ, tài liệu chưa được bố trí; đề nghị thành phố hỗ trợ."),
            new Step("26518", 5, 20, "APPROVE"), new Step("26518", 6, 18, "APPROVE"),
            new Step("26506", 5, 20, "APPROVE"), new Step("26506", 6, 20, null),
            new Step("26515", 5, 24, "APPROVE"), new Step("26515", 6, 25, null),
            new Step("26512", 5, 23, "APPROVE"), new Step("26512", 6, 20, "RETURN",
                    "Phường đang rà soát các nhiệm vụ thành phố giao theo Kế hoạch số 4638/KH-UBND, sẽ tiếp nhận"
                            + " trong tháng 7/2024."),
            new Step("26524", 6, 0, null), new Step("747", 6, 0, null));

    /** Loads the reports of one month (5 or 6, drafted from the progress loaded so far); answers how many. */
    public int load(int month) {
        TenantScope system = TenantScope.system();
        List<Step> steps = STORY.stream().filter(s -> s.month() == month).toList();
        for (Step step : steps) {
            AdministrativeUnit unit = units.findByCode(system, step.unit()).orElseThrow();
            ReportingPeriod period = ReportingPeriod.containing(ReportingPeriod.Frequency.MONTHLY,
                    LocalDate.of(2024, step.month(), 1), ReportingPeriod.DEFAULT_CUT_OFF);
            String officer = "26509".equals(step.unit()) ? "phuong2.vungtau" : "26512".equals(step.unit()) ? "phuong3.vungtau" : "canbo." + step.unit();
            PeriodicReport report = PeriodicReport.drafted(unit.getId(), unit.getPath(), period,
                    drafting.compose(unit, period), officer, at(step.month(), 15, 8));
            if (step.difficulties() != null) {
                report.edit(report.getBody().replace("(Đơn vị bổ sung.)", step.difficulties()), officer,
                        at(step.month(), 17, 9));
            }
            if (step.submittedDay() > 0) {
                report.submit(officer, at(step.month(), step.submittedDay(), 16), List.of());
            }
            if ("APPROVE".equals(step.decision())) {
                report.approve(CITY, at(step.month(), 26, 9), List.of());
            } else if ("RETURN".equals(step.decision())) {
                report.returnToUnit(CITY, at(step.month(), 21, 10),
                        "Đề nghị bổ sung minh chứng cho các nhiệm vụ đã hoàn thành và số liệu dịch vụ công trực tuyến.");
            }
            reports.add(system, report);
        }
        return steps.size();
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDate.of(2024, month, day).atTime(LocalTime.of(hour, 0)).atZone(VietnamTime.ZONE).toInstant();
    }
}
