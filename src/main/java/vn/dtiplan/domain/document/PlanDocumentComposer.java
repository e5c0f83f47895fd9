package vn.dtiplan.domain.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dtiplan.domain.document.Block.Bullet;
import vn.dtiplan.domain.document.Block.Paragraph;
import vn.dtiplan.domain.document.PlanFacts.TaskFacts;

/**
 * Composes the official document of a stored plan, in the structure of the seed plans
 * (4638/KH-UBND and Phường 2's): legal bases citing the parent plan, I. purpose and
 * requirements, II. tasks and solutions (one entry per task), III. organisation of
 * implementation composed from the tasks (each lead with the tasks it leads and supports, the
 * supporting units, the reporting line), the closing sentence, recipients, the signature block and
 * the appendix task table.
 *
 * <p>The issuing body is the unit's People's Committee with no governing body line: Decree 30
 * prints a parent only over bodies that have one (a department), and the real 4638 is headed
 * "ỦY BAN NHÂN DÂN / THÀNH PHỐ VŨNG TÀU" alone. The parent unit is a recipient instead. The
 * standing text of section I is the seeds' wording; an official edits the DOCX for
 * anything more particular. Without a recorded signer the block is "TM. Ủy ban nhân dân /
 * Chủ tịch" with the name left blank for the signer.
 */
public final class PlanDocumentComposer {

    static final Signature DEFAULT_SIGNATURE = new Signature("TM. Ủy ban nhân dân", "Chủ tịch", null);

    public PlanDocument compose(PlanFacts plan) {
        PlanFacts.Wording own = plan.wording();
        String committee = UnitNames.committee(plan.unitName());
        return new PlanDocument(IssuingAuthority.of(committee), plan.number(),
                own.place() != null ? own.place() : UnitNames.place(plan.unitName()),
                plan.date(), plan.title(), own.legalBases().isEmpty() ? legalBases(plan) : ownBases(plan),
                sections(plan), closing(plan),
                own.recipients().isEmpty() ? recipients(plan) : own.recipients(),
                own.signature() == null ? DEFAULT_SIGNATURE : own.signature(),
                new Appendix("Phân công thực hiện nhiệm vụ chi tiết", appendix(plan)));
    }

    /**
     * The signature a plan header records: "TM." signs for the committee, "KT." for the
     * chairman; anything longer is taken as written. No title: the default block.
     */
    public static Signature signature(String authority, String title, String name) {
        String prefix = Text.optional(authority);
        if (Text.optional(title) == null) {
            return null;
        }
        String line = prefix == null ? null : switch (prefix.toUpperCase(IssuingAuthority.VIETNAMESE)) {
            case "TM.", "TM" -> "TM. Ủy ban nhân dân";
            case "KT.", "KT" -> "KT. Chủ tịch";
            default -> prefix;
        };
        return new Signature(line, title, name);
    }

    private static List<Section> sections(PlanFacts plan) {
        List<Section> sections = new ArrayList<>(List.of(purpose(plan), tasks(plan)));
        if (plan.wording().budget() != null) {
            sections.add(Section.numbered(3, "Kinh phí thực hiện", paragraphs(plan.wording().budget())));
        }
        sections.add(organisation(plan, sections.size() + 1));
        return sections;
    }

    /**
     * Free text of a plan header as blocks, one per line: "- …" a bullet, a short numbered line
     * without a final stop ("1. Mục đích") a heading, anything else a paragraph.
     */
    static List<Block> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(PlanDocumentComposer::block).toList();
    }

    private static Block block(String line) {
        if (line.startsWith("- ")) {
            return new Bullet(line.substring(2));
        }
        boolean heading = line.matches("\\d+(\\.\\d+)*\\.\\s+\\S.*") && line.length() <= 100 && !line.endsWith(".");
        return heading ? new Block.Heading(line) : new Paragraph(line);
    }

    /**
     * The header's legal bases as a plan states them: each "Căn cứ …;" (unless it already opens
     * with "Căn cứ" or "Thực hiện"), then the committee's sentence introducing the plan.
     */
    private static List<String> ownBases(PlanFacts plan) {
        List<String> bases = new ArrayList<>();
        for (String basis : plan.wording().legalBases()) {
            String text = basis.replaceAll("[;.,\\s]+$", "");
            boolean opened = text.startsWith("Căn cứ") || text.startsWith("Thực hiện");
            bases.add((opened ? text : "Căn cứ " + text) + ";");
        }
        bases.add(UnitNames.committeeShort(plan.unitName()) + " xây dựng Kế hoạch " + lowerFirst(plan.title())
                + ", cụ thể như sau:");
        return bases;
    }

    private static List<String> legalBases(PlanFacts plan) {
        List<String> bases = new ArrayList<>();
        PlanFacts.ParentPlan parent = plan.implementsPlan();
        if (parent != null) {
            StringBuilder basis = new StringBuilder("Căn cứ Kế hoạch");
            if (parent.number() != null) {
                basis.append(" số ").append(parent.number());
            }
            if (parent.issuedOn() != null) {
                basis.append(" ngày ").append(VietnameseDates.shortForm(parent.issuedOn()));
            }
            if (parent.unitName() != null) {
                basis.append(" của ").append(UnitNames.committeeShort(parent.unitName()));
            }
            bases.add(basis.append(';').toString());
        }
        bases.add("Căn cứ kết quả đánh giá Chỉ số chuyển đổi số năm " + plan.basedOnYear() + ", "
                + UnitNames.committeeShort(plan.unitName()) + " xây dựng Kế hoạch cụ thể như sau:");
        return bases;
    }

    private static Section purpose(PlanFacts plan) {
        if (plan.wording().purpose() != null) {
            return Section.numbered(1, "Mục đích, yêu cầu", paragraphs(plan.wording().purpose()));
        }
        String unit = UnitNames.committeeShort(plan.unitName());
        return Section.numbered(1, "Mục đích, yêu cầu", List.of(
                new Block.Heading("1. Mục đích"),
                new Paragraph("Khắc phục những tồn tại, hạn chế trong đánh giá Chỉ số chuyển đổi số năm "
                        + plan.basedOnYear() + " của " + unit + "; thúc đẩy thực hiện nhiệm vụ chuyển đổi số năm "
                        + plan.year() + "."),
                new Block.Heading("2. Yêu cầu"),
                new Paragraph("Các cơ quan, đơn vị được giao chủ trì nghiên cứu kỹ bộ tiêu chí đánh giá, triển khai "
                        + "các giải pháp cụ thể, đúng thời gian và có minh chứng thực hiện.")));
    }

    private static Section tasks(PlanFacts plan) {
        List<Block> blocks = new ArrayList<>();
        int number = 1;
        for (TaskFacts task : plan.tasks()) {
            blocks.addAll(new TaskEntry(Integer.toString(number++), task.criterionCode(), task.criterionTitle(),
                    task.solution(), lead(plan, task),
                    String.join("; ", task.coordinating()), timeframe(task)).blocks());
        }
        if (blocks.isEmpty()) {
            blocks.add(new Paragraph("(Chưa có nhiệm vụ.)"));
        }
        return Section.numbered(2, "Nhiệm vụ, giải pháp", blocks);
    }

    /**
     * "Trên đây là Kế hoạch …": the title names the plan's place already in most plans ("… năm
     * 2024 trên địa bàn Phường 2"), so the committee is added only when the title does not name
     * the unit, instead of "… thành phố Vũng Tàu năm 2024 của UBND thành phố Vũng Tàu".
     */
    static String closing(PlanFacts plan) {
        String title = lowerFirst(plan.title().strip().replaceAll("[.;,\\s]+$", ""));
        String place = UnitNames.place(plan.unitName()).toLowerCase(IssuingAuthority.VIETNAMESE);
        boolean named = title.toLowerCase(IssuingAuthority.VIETNAMESE).contains(place);
        return "Trên đây là Kế hoạch " + title + (named ? "" : " của " + UnitNames.committeeShort(plan.unitName()))
                + ". Đề nghị các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.";
    }

    /**
     * III. Organisation, composed from the plan's tasks as the seeds write it (seed 003, V.): a
     * numbered heading per lead with the tasks it leads (their numbers in section II and the
     * earliest due date) and those it supports; then the units that only support; then the
     * reporting line, up to the parent committee when there is one, and the tasks given by the
     * level above.
     */
    private static Section organisation(PlanFacts plan, int number) {
        Map<String, List<Integer>> leads = new LinkedHashMap<>();
        Map<String, List<Integer>> supports = new LinkedHashMap<>();
        List<Integer> inherited = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            TaskFacts task = plan.tasks().get(i);
            int n = i + 1;
            leads.computeIfAbsent(lead(plan, task), k -> new ArrayList<>()).add(n);
            task.coordinating().stream().map(Text::optional).filter(c -> c != null)
                    .forEach(c -> supports.computeIfAbsent(c.strip(), k -> new ArrayList<>()).add(n));
            if (task.inherited()) {
                inherited.add(n);
            }
        }
        String committee = UnitNames.committeeShort(plan.unitName());
        List<Block> blocks = new ArrayList<>();
        int heading = 1;
        for (Map.Entry<String, List<Integer>> lead : leads.entrySet()) {
            blocks.add(new Block.Heading(heading++ + ". " + lead.getKey()));
            blocks.add(new Bullet("Chủ trì thực hiện " + numbers(lead.getValue()) + " tại Mục II và Phụ lục kèm theo"
                    + earliestDue(plan, lead.getValue()) + "."));
            if (supports.containsKey(lead.getKey())) {
                blocks.add(new Bullet("Phối hợp thực hiện " + numbers(supports.get(lead.getKey())) + "."));
            }
            blocks.add(new Bullet("Cập nhật tiến độ và minh chứng thực hiện trên hệ thống; chịu trách nhiệm trước "
                    + "Chủ tịch " + committee + " về kết quả các nhiệm vụ được giao."));
        }
        List<Block> supportOnly = supports.entrySet().stream().filter(e -> !leads.containsKey(e.getKey()))
                .map(e -> (Block) new Bullet(e.getKey() + ": phối hợp thực hiện " + numbers(e.getValue()) + "."))
                .toList();
        if (!supportOnly.isEmpty()) {
            blocks.add(new Block.Heading(heading++ + ". Các cơ quan, đơn vị phối hợp"));
            blocks.addAll(supportOnly);
        }
        blocks.add(new Block.Heading(heading + ". Chế độ báo cáo"));
        String upward = plan.parentUnitName() == null ? ""
                : ", báo cáo " + UnitNames.committeeShort(plan.parentUnitName());
        blocks.add(new Bullet(ReportingSchedule.of(plan.tasks()).sentence() + ", các cơ quan, đơn vị báo cáo kết quả thực hiện về "
                + committee + " để tổng hợp" + upward + "."));
        if (!inherited.isEmpty() && plan.implementsPlan() != null) {
            blocks.add(new Bullet(capitalised(numbers(inherited)) + " là nhiệm vụ cấp trên giao theo " + parentPlanName(plan)
                    + "; kết quả được báo cáo đồng thời theo kế hoạch đó."));
        }
        return Section.numbered(number, "Tổ chức thực hiện", blocks);
    }

    /** "nhiệm vụ 2" or "các nhiệm vụ 1, 3, 5". */
    private static String numbers(List<Integer> numbers) {
        String list = String.join(", ", numbers.stream().map(String::valueOf).toList());
        return numbers.size() == 1 ? "nhiệm vụ " + list : "các nhiệm vụ " + list;
    }

    private static String earliestDue(PlanFacts plan, List<Integer> numbers) {
        return numbers.stream().map(n -> plan.tasks().get(n - 1).due()).filter(d -> d != null).min(LocalDate::compareTo)
                .map(d -> " (" + (numbers.size() == 1 ? "hạn" : "hạn sớm nhất") + " ngày " + VietnameseDates.shortForm(d) + ")")
                .orElse("");
    }

    private static String parentPlanName(PlanFacts plan) {
        PlanFacts.ParentPlan parent = plan.implementsPlan();
        return "Kế hoạch" + (parent.number() == null ? "" : " số " + parent.number())
                + (parent.unitName() == null ? "" : " của " + UnitNames.committeeShort(parent.unitName()));
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(IssuingAuthority.VIETNAMESE) + text.substring(1);
    }

    private static List<String> recipients(PlanFacts plan) {
        List<String> recipients = new ArrayList<>();
        if (plan.parentUnitName() != null) {
            recipients.add(UnitNames.committeeShort(plan.parentUnitName()) + " (báo cáo)");
        }
        recipients.add("Chủ tịch, các Phó Chủ tịch " + UnitNames.committeeShort(plan.unitName()));
        recipients.add("Các cơ quan, đơn vị chủ trì (thực hiện)");
        if (plan.hasChildUnits() && plan.tasks().stream().anyMatch(t -> !t.inherited())) {
            recipients.add("UBND các phường, xã (thực hiện)");
        }
        return recipients;
    }

    private static List<AppendixRow> appendix(PlanFacts plan) {
        List<AppendixRow> rows = new ArrayList<>();
        for (TaskFacts task : plan.tasks()) {
            rows.add(AppendixRow.task(task.criterionCode(), task.criterionTitle() == null ? task.solution() : task.criterionTitle(),
                    task.target(), lead(plan, task), String.join("; ", task.coordinating()), timeframe(task), task.evidence(),
                    task.inherited() ? "Nhiệm vụ được giao" : null).numbered(rows.size() + 1));
        }
        return rows;
    }

    /** Who leads a task, as the document names it ({@link UnitNames#leadOf}: a unit never leads itself). */
    static String lead(PlanFacts plan, TaskFacts task) {
        return UnitNames.leadOf(plan.unitName(), task.lead());
    }

    private static String timeframe(TaskFacts task) {
        String words = Text.optional(task.timeframe());
        if (task.due() == null) {
            return words;
        }
        String due = "hạn " + VietnameseDates.shortForm(task.due());
        return words == null ? "Trước ngày " + VietnameseDates.shortForm(task.due()) : words + " (" + due + ")";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(IssuingAuthority.VIETNAMESE) + text.substring(1);
    }
}
