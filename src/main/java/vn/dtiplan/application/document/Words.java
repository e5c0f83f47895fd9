package vn.dtiplan.application.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.dtiplan.domain.plan.InheritanceState;
import vn.dtiplan.domain.progress.DueState;
import vn.dtiplan.domain.progress.ProgressStatus;

/**
 * The Vietnamese words exports print for states, the same words the screens show (the
 * Vietnamese bundle's {@code state.*}, {@code progress.*} and {@code due.*}; a test holds them
 * equal). Exports are official papers, so they are always in Vietnamese whatever the caller's
 * screen language.
 */
final class Words {

    static final String NOT_REACHED = "Không giao";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final Map<InheritanceState, String> STATES = Map.of(
            InheritanceState.PENDING, "Chờ quyết định",
            InheritanceState.ADOPTED, "Tiếp nhận",
            InheritanceState.ADAPTED, "Điều chỉnh",
            InheritanceState.DECLINED, "Từ chối");

    static final Map<ProgressStatus, String> STATUSES = Map.of(
            ProgressStatus.NOT_STARTED, "Chưa bắt đầu",
            ProgressStatus.IN_PROGRESS, "Đang thực hiện",
            ProgressStatus.DONE, "Hoàn thành");

    static final Map<DueState, String> DUE_STATES = Map.of(
            DueState.DONE, "Đã hoàn thành",
            DueState.OVERDUE, "Quá hạn",
            DueState.DUE_SOON, "Sắp đến hạn",
            DueState.ON_TRACK, "Trong hạn",
            DueState.ONGOING, "Thường xuyên",
            DueState.STALE, "Thường xuyên, lâu chưa cập nhật",
            DueState.NO_DUE_DATE, "Không có hạn");

    private Words() {
    }

    static String state(InheritanceState state) {
        return state == null ? NOT_REACHED : STATES.get(state);
    }

    /** A day as Vietnamese offices write it in tables: 05/02/2024. */
    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
