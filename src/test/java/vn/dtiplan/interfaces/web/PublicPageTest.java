package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dtiplan.application.PublicUnitView;

class PublicPageTest {

    private static PublicUnitView unit(String name, List<PublicUnitView.ScoreLine> scores) {
        return new PublicUnitView("26509", name, List.of(new PublicUnitView.PlanLine("12/KH-UBND",
                "Kế hoạch <b>khắc phục</b>", LocalDate.of(2024, 3, 5), 4, 1, 2)), 75, scores);
    }

    @Test
    void everyValueIsEscapedAndThePageHasNoScript() {
        String html = PublicPage.render(unit("Phường <script>alert(1)</script>", List.of()));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("Phường &lt;script&gt;"), html);
        assertTrue(html.contains("Kế hoạch &lt;b&gt;khắc phục&lt;/b&gt;"), html);
        assertTrue(html.contains("05/03/2024") && html.contains("25 %") && html.contains("75 %"), html);
        assertTrue(html.contains("Chưa có kết quả đánh giá nào được công bố."), html);
    }

    @Test
    void scoresShowTheChangeOnTheYearBeforeAndThePublishedRank() {
        String html = PublicPage.render(unit("Phường 2", List.of(
                new PublicUnitView.ScoreLine(2025, "DTI", new BigDecimal("512.5"), new BigDecimal("1000"), null, null),
                new PublicUnitView.ScoreLine(2024, "DTI", new BigDecimal("530"), new BigDecimal("1000"), 5, 17),
                new PublicUnitView.ScoreLine(2022, "DTI", new BigDecimal("400"), new BigDecimal("1000"), 9, 17))));
        assertTrue(html.contains("512,5 / 1.000"), html);
        assertTrue(html.contains("class=\"down\">-17,5<"), "2025 on 2024: " + html);
        assertTrue(html.contains("5/17"), html);
        assertFalse(html.contains("+130"), "2023 is missing: no change shown for 2024: " + html);
    }
}
