package vn.dtiplan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

    private static final String HOSTILE = "</script><script>alert(1)</script><!-- & \u2028 \"x\"";

    @Test
    void anyLabelIsEscapedForAScriptElementAndReadsBackTheSame() {
        List<String> charts = List.of(
                ChartJs.bars(HOSTILE, List.of(HOSTILE), List.of(BigDecimal.ONE), null, 0),
                ChartJs.radar(List.of(HOSTILE), List.of(new ChartJs.Series(HOSTILE, List.of(BigDecimal.TEN)))),
                ChartJs.groupedBars(List.of(HOSTILE), List.of(new ChartJs.Series(HOSTILE, List.of(BigDecimal.TEN))), null),
                ChartJs.stackedBars(List.of(HOSTILE), List.of(new ChartJs.Series(HOSTILE, List.of(BigDecimal.TEN))),
                        List.of("#1d4ed8")));
        for (String chart : charts) {
            assertFalse(chart.contains("<") || chart.contains(">") || chart.contains("&") || chart.contains("\u2028"), chart);
            JsonObject read = Json.createReader(new StringReader(chart)).readObject();
            assertEquals(HOSTILE, read.getJsonObject("data").getJsonArray("labels").getString(0));
            assertEquals(HOSTILE, read.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
        }
    }
}
