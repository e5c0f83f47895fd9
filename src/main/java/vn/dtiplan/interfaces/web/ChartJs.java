package vn.dtiplan.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces 13+ takes the Chart.js configuration
 * as a JSON string, written into the page's script as is: {@link ScriptJson} makes any label safe there). The charts the scores and dashboards need: a radar of pillars as a percentage of
 * their maxima (maxima differ from 3 to 50 points, so raw points would hide the small pillars)
 * a horizontal bar chart of totals, totals year on year as grouped bars, and a unit's tasks per
 * pillar as stacked bars (done, under way, overdue).
 */
final class ChartJs {

    private static final String[] COLOURS = {"#1d4ed8", "#9ca3af", "#f59e0b"};

    /** One series of a radar: a label and a value per axis. */
    record Series(String label, List<BigDecimal> values) {
    }

    private ChartJs() {
    }

    static String radar(List<String> axes, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values())).add("fill", i == 0)
                    .add("borderColor", colour).add("backgroundColor", colour + "33").add("pointBackgroundColor", colour));
        }
        JsonObjectBuilder scale = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("ticks", Json.createObjectBuilder().add("stepSize", 25).add("backdropColor", "transparent"))
                .add("pointLabels", Json.createObjectBuilder().add("font", Json.createObjectBuilder().add("size", 11)));
        return ScriptJson.write(Json.createObjectBuilder().add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", strings(axes)).add("datasets", datasets))
                .add("options", options().add("scales", Json.createObjectBuilder().add("r", scale)))
                .build());
    }

    /** Horizontal bars, one per label; {@code highlighted} (an index, or −1) drawn in the accent colour. */
    static String bars(String seriesLabel, List<String> labels, List<BigDecimal> values, BigDecimal max, int highlighted) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < labels.size(); i++) {
            colours.add(i == highlighted ? COLOURS[2] : COLOURS[0]);
        }
        JsonObjectBuilder x = Json.createObjectBuilder().add("min", 0);
        if (max != null) {
            x.add("max", max);
        }
        return ScriptJson.write(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", seriesLabel).add("data", numbers(values)).add("backgroundColor", colours))))
                .add("options", options().add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", x)))
                .build());
    }

    /** Horizontal bars grouped by label, one series per year (year on year); missing values are gaps. */
    static String groupedBars(List<String> labels, List<Series> series, BigDecimal max) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[(series.size() - 1 - i) % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values())).add("backgroundColor", colour));
        }
        JsonObjectBuilder x = Json.createObjectBuilder().add("min", 0);
        if (max != null) {
            x.add("max", max);
        }
        return ScriptJson.write(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options().add("indexAxis", "y").add("scales", Json.createObjectBuilder().add("x", x)))
                .build());
    }

    /** Horizontal bars, one per label, each stacked from the series in order, in the given colours (one per series). */
    static String stackedBars(List<String> labels, List<Series> series, List<String> colours) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values())).add("backgroundColor", colours.get(i)));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return ScriptJson.write(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", datasets))
                .add("options", options().add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true).add("min", 0)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                                .add("y", stacked)))
                .build());
    }

    /** {@code score} as a percentage of {@code max}, one decimal. */
    static BigDecimal percent(BigDecimal score, BigDecimal max) {
        if (score == null || max == null || max.signum() == 0) {
            return null;
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
    }

    private static JsonObjectBuilder options() {
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
        return array;
    }
}
