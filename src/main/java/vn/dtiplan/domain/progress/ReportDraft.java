package vn.dtiplan.domain.progress;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;

/**
 * The text of a periodic report drafted from the unit's task progress, and the figures it was
 * drafted from (kept with the report, so a parent compares its children at a glance).
 *
 * <p>The body follows the offices' usual report: overall figures, then the tasks done, under way
 * and overdue, the child units' figures for a unit that has children, and a closing section on
 * difficulties that the unit writes itself. It is in Vietnamese whatever the user's language,
 * since it is an official document. Each list stops after {@link #MAX_LINES} tasks and long
 * task texts are shortened, so a unit with hundreds of tasks still fits the report's length.
 */
public final class ReportDraft {

    public static final int MAX_LINES = 30;
    private static final int MAX_TEXT = 180;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII"};

    /** One of the unit's live tasks as of the drafting day. */
    public record Line(String criterion, String solution, ProgressStatus status, int percent, DueState dueState) {
    }

    /** A child unit's roll-up over its subtree. */
    public record ChildLine(String unitName, Rollup rollup) {
    }

    /** The counts the draft states in its first section. */
    public record Figures(int tasks, int done, int inProgress, int overdue) implements Serializable {

        public int percentDone() {
            return tasks == 0 ? 0 : done * 100 / tasks;
        }
    }

    private final String body;
    private final Figures figures;

    private ReportDraft(String body, Figures figures) {
        this.body = body;
        this.figures = figures;
    }

    /**
     * @param lines    the unit's live tasks
     * @param pending  how many inherited tasks the unit has not decided on yet
     * @param children the child units' roll-ups (empty for a ward)
     */
    public static ReportDraft compose(String unitName, ReportingPeriod period, List<Line> lines, long pending,
            List<ChildLine> children) {
        Figures figures = new Figures(lines.size(), count(lines, l -> l.status() == ProgressStatus.DONE),
                count(lines, l -> l.status() == ProgressStatus.IN_PROGRESS), count(lines, l -> l.dueState().overdue()));
        StringBuilder text = new StringBuilder();
        text.append("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ\n")
                .append("Đơn vị: ").append(unitName).append('\n')
                .append("Kỳ báo cáo: ").append(label(period)).append(" (từ ").append(DAY.format(period.start()))
                .append(" đến ").append(DAY.format(period.end())).append(")\n");
        int[] section = {0};
        heading(text, section, "Kết quả chung");
        text.append("- Tổng số nhiệm vụ: ").append(figures.tasks()).append("; hoàn thành: ").append(figures.done())
                .append(" (").append(figures.percentDone()).append(" %); đang thực hiện: ").append(figures.inProgress())
                .append("; chưa bắt đầu: ").append(figures.tasks() - figures.done() - figures.inProgress())
                .append("; quá hạn: ").append(figures.overdue()).append(".\n");
        if (pending > 0) {
            text.append("- Nhiệm vụ cấp trên giao chưa tiếp nhận: ").append(pending).append(".\n");
        }
        list(text, section, "Nhiệm vụ đã hoàn thành", lines, l -> l.status() == ProgressStatus.DONE, false);
        list(text, section, "Nhiệm vụ đang thực hiện", lines,
                l -> l.status() == ProgressStatus.IN_PROGRESS && !l.dueState().overdue(), true);
        list(text, section, "Nhiệm vụ quá hạn, chưa hoàn thành", lines, l -> l.dueState().overdue(), true);
        if (!children.isEmpty()) {
            heading(text, section, "Tình hình các đơn vị trực thuộc");
            children.forEach(c -> text.append("- ").append(c.unitName()).append(": ").append(c.rollup().tasks())
                    .append(" nhiệm vụ, hoàn thành ").append(c.rollup().done()).append(" (")
                    .append(c.rollup().percentDone()).append(" %), quá hạn ").append(c.rollup().overdue()).append(".\n"));
        }
        heading(text, section, "Khó khăn, vướng mắc và đề xuất");
        text.append("(Đơn vị bổ sung.)\n");
        return new ReportDraft(text.toString(), figures);
    }

    /** "tháng 6/2024", "quý II/2024" or "năm 2024": the period named by its due month. */
    public static String label(ReportingPeriod period) {
        int month = period.end().getMonthValue();
        int year = period.end().getYear();
        return switch (period.frequency()) {
            case MONTHLY -> "tháng " + month + "/" + year;
            case QUARTERLY -> "quý " + ROMAN[(month - 1) / 3] + "/" + year;
            case YEARLY -> "năm " + year;
        };
    }

    private static void heading(StringBuilder text, int[] section, String title) {
        text.append('\n').append(ROMAN[section[0]++]).append(". ").append(title).append('\n');
    }

    private static void list(StringBuilder text, int[] section, String title, List<Line> lines, Predicate<Line> which,
            boolean withPercent) {
        List<Line> chosen = lines.stream().filter(which).toList();
        if (chosen.isEmpty()) {
            return;
        }
        heading(text, section, title);
        for (int i = 0; i < Math.min(chosen.size(), MAX_LINES); i++) {
            Line line = chosen.get(i);
            text.append(i + 1).append(". ");
            if (line.criterion() != null && !line.criterion().isBlank()) {
                text.append('[').append(line.criterion()).append("] ");
            }
            text.append(shorten(line.solution()));
            if (withPercent) {
                text.append(" (").append(line.percent()).append(" %)");
            }
            text.append('\n');
        }
        if (chosen.size() > MAX_LINES) {
            text.append("… và ").append(chosen.size() - MAX_LINES).append(" nhiệm vụ khác.\n");
        }
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_TEXT ? flat : flat.substring(0, MAX_TEXT - 1) + "…";
    }

    private static int count(List<Line> lines, Predicate<Line> which) {
        return (int) lines.stream().filter(which).count();
    }

    public String body() {
        return body;
    }

    public Figures figures() {
        return figures;
    }
}
