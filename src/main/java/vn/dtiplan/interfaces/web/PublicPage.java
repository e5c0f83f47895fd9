package vn.dtiplan.interfaces.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.dtiplan.application.PublicUnitView;
import vn.dtiplan.interfaces.Messages;

/**
 * The HTML of a unit's public page, in Vietnamese: issued plans with their progress, the on-time
 * reporting rate and the published scores year on year. Every value is escaped; the page has no
 * script and no form, and its only style is its own (the page policy allows inline style).
 */
final class PublicPage {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String STYLE = "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
            + "color:#1f2937;background:#f5f7fa;line-height:1.45}header{background:#b71c1c;color:#fff;padding:20px 24px}"
            + "header h1{margin:0;font-size:1.5rem}header p{margin:4px 0 0;opacity:.9}main{max-width:1080px;margin:0 auto;"
            + "padding:16px}section{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px;"
            + "margin-bottom:16px}h2{font-size:1.15rem;margin:0 0 12px;color:#b71c1c}.scroll{overflow-x:auto}"
            + "table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:8px;"
            + "border-bottom:1px solid #e5e7eb;vertical-align:top}th{background:#f9fafb;white-space:nowrap}"
            + "td.n,th.n{text-align:right;white-space:nowrap}.bar{background:#e5e7eb;border-radius:4px;height:8px;"
            + "min-width:80px}.bar span{display:block;height:8px;border-radius:4px;background:#2e7d32}"
            + ".big{font-size:2rem;font-weight:700;color:#2e7d32}.empty{color:#6b7280}.up{color:#2e7d32}.down{color:#b71c1c}"
            + "footer{color:#6b7280;font-size:.85rem;text-align:center;padding:8px 16px 24px}"
            + "@media(max-width:700px){header{padding:16px}header h1{font-size:1.25rem}main{padding:8px}section{padding:12px}"
            + "thead{display:none}table,tbody,tr,td{display:block;width:auto}tr{border-bottom:1px solid #e5e7eb;"
            + "padding:6px 0}td,td.n{border:0;padding:3px 0;text-align:left;white-space:normal}"
            + "td[data-label]::before{content:attr(data-label) ': ';color:#6b7280}.bar{display:inline-block;width:45%;"
            + "margin-right:8px;vertical-align:middle}}";

    private PublicPage() {
    }

    static String render(PublicUnitView unit) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(text("public.title", unit.name())).append("</title><style>").append(STYLE)
                .append("</style></head><body><header><h1 id=\"unit-name\">").append(escape(unit.name()))
                .append("</h1><p>").append(text("public.subtitle", unit.code())).append("</p></header><main>");
        plans(html, unit.plans());
        reporting(html, unit.onTimeReporting());
        scores(html, unit.scores());
        return html.append("</main><footer>").append(text("public.footer")).append("</footer></body></html>").toString();
    }

    private static void plans(StringBuilder html, List<PublicUnitView.PlanLine> plans) {
        html.append("<section id=\"plans\"><h2>").append(text("public.plans")).append("</h2>");
        if (plans.isEmpty()) {
            html.append("<p class=\"empty\">").append(text("public.plans.none")).append("</p></section>");
            return;
        }
        html.append("<div class=\"scroll\"><table><thead><tr><th>").append(text("public.plan.number")).append("</th><th>")
                .append(text("public.plan.title")).append("</th><th>").append(text("public.plan.issued"))
                .append("</th><th class=\"n\">").append(text("public.plan.tasks")).append("</th><th class=\"n\">")
                .append(text("public.plan.done")).append("</th><th class=\"n\">").append(text("public.plan.overdue"))
                .append("</th><th>").append(text("public.plan.progress")).append("</th></tr></thead><tbody>");
        for (PublicUnitView.PlanLine p : plans) {
            int percent = p.tasks() == 0 ? 0 : p.done() * 100 / p.tasks();
            html.append("<tr>").append(cell("public.plan.number", "", escape(p.number())))
                    .append(cell("public.plan.title", "", escape(p.title())))
                    .append(cell("public.plan.issued", "", p.issued() == null ? "" : p.issued().format(DAY)))
                    .append(cell("public.plan.tasks", "n", String.valueOf(p.tasks())))
                    .append(cell("public.plan.done", "n", String.valueOf(p.done())))
                    .append(cell("public.plan.overdue", "n", String.valueOf(p.overdue())))
                    .append(cell("public.plan.progress", "", "<div class=\"bar\" title=\"" + percent
                            + " %\"><span style=\"width:" + percent + "%\"></span></div>" + percent + " %"))
                    .append("</tr>");
        }
        html.append("</tbody></table></div></section>");
    }

    private static void reporting(StringBuilder html, Integer onTime) {
        html.append("<section id=\"reporting\"><h2>").append(text("public.reporting")).append("</h2>");
        html.append(onTime == null ? "<p class=\"empty\">" + text("public.reporting.none") + "</p>"
                : "<p><span class=\"big\">" + onTime + " %</span> " + text("public.reporting.onTime") + "</p>");
        html.append("</section>");
    }

    private static void scores(StringBuilder html, List<PublicUnitView.ScoreLine> scores) {
        html.append("<section id=\"scores\"><h2>").append(text("public.scores")).append("</h2>");
        if (scores.isEmpty()) {
            html.append("<p class=\"empty\">").append(text("public.scores.none")).append("</p></section>");
            return;
        }
        html.append("<div class=\"scroll\"><table><thead><tr><th>").append(text("public.score.year")).append("</th><th>")
                .append(text("public.score.kind")).append("</th><th class=\"n\">").append(text("public.score.total"))
                .append("</th><th class=\"n\">").append(text("public.score.change")).append("</th><th class=\"n\">")
                .append(text("public.score.rank")).append("</th></tr></thead><tbody>");
        for (int i = 0; i < scores.size(); i++) {
            PublicUnitView.ScoreLine s = scores.get(i);
            html.append("<tr>").append(cell("public.score.year", "", String.valueOf(s.year())))
                    .append(cell("public.score.kind", "", escape(s.kind())))
                    .append(cell("public.score.total", "n", number(s.total()) + " / " + number(s.max())))
                    .append(cell("public.score.change", "n", change(s, i + 1 < scores.size() ? scores.get(i + 1) : null)))
                    .append(cell("public.score.rank", "n", s.rank() == null ? "—" : s.rank() + "/" + s.of()))
                    .append("</tr>");
        }
        html.append("</tbody></table></div></section>");
    }

    /** A cell of already escaped {@code html}, labelled with its column's heading (shown on a phone). */
    private static String cell(String headingKey, String type, String html) {
        return "<td" + (type.isEmpty() ? "" : " class=\"" + type + "\"") + " data-label=\"" + text(headingKey) + "\">" + html
                + "</td>";
    }

    /** The change from the previous published year of the same kind, or a dash. */
    private static String change(PublicUnitView.ScoreLine score, PublicUnitView.ScoreLine previous) {
        if (previous == null || previous.year() != score.year() - 1 || score.total() == null || previous.total() == null
                || !score.kind().equals(previous.kind())) {
            return "—";
        }
        BigDecimal delta = score.total().subtract(previous.total());
        String sign = delta.signum() > 0 ? "+" : "";
        return "<span class=\"" + (delta.signum() >= 0 ? "up" : "down") + "\">" + sign + number(delta) + "</span>";
    }

    private static String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VI);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String text(String key, Object... arguments) {
        return escape(Messages.vietnamese(key, arguments));
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
