package id.sirakor.stats.boundary;

import id.sirakor.stats.control.Stats;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PF 15 takes the configuration as a JSON
 * string): plain bar charts in the portal's colours, horizontal for labelled categories so that
 * long region and institution names stay readable on a phone, no animation (screenshots and
 * print). Every chart has its table of numbers beside it on the page.
 */
public final class Charts {

    static final String PRIMARY = "#0b4f6c";
    static final String ACCENT = "#f2b705";
    static final String GREEN = "#2e7d32";
    static final String GREY = "#9aa5b1";

    private Charts() {
    }

    public record Series(String label, String color, List<Long> values) {
    }

    /** A bar chart; {@code horizontal} puts the categories on the y axis. */
    public static String bar(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder ls = Json.createArrayBuilder();
        for (String l : labels) {
            List<String> lines = lines(l, horizontal ? 22 : 16);
            if (lines.size() == 1) {
                ls.add(lines.get(0));
            } else {
                JsonArrayBuilder ml = Json.createArrayBuilder();
                lines.forEach(ml::add);
                ls.add(ml);
            }
        }
        JsonArrayBuilder ds = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder v = Json.createArrayBuilder();
            s.values().forEach(v::add);
            ds.add(Json.createObjectBuilder().add("label", s.label()).add("data", v).add("backgroundColor", s.color())
                    .add("borderWidth", 0).add("maxBarThickness", 28));
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder categoryAxis = Json.createObjectBuilder()
                .add("ticks", Json.createObjectBuilder().add("autoSkip", false));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                        .add("display", series.size() > 1).add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis).add(horizontal ? "y" : "x", categoryAxis));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", ls).add("datasets", ds))
                .add("options", options).build().toString();
    }

    public static String counts(List<Stats.Count> rows, String label) {
        return bar(rows.stream().map(Stats.Count::label).toList(),
                List.of(new Series(label, PRIMARY, rows.stream().map(Stats.Count::value).toList())), true);
    }

    public static String ratios(List<Stats.Ratio> rows, String partLabel, String wholeLabel, boolean horizontal) {
        return bar(rows.stream().map(Stats.Ratio::label).toList(), List.of(
                new Series(partLabel, PRIMARY, rows.stream().map(Stats.Ratio::part).toList()),
                new Series(wholeLabel, GREY, rows.stream().map(Stats.Ratio::whole).toList())), horizontal);
    }

    public static String periods(List<Stats.Period> rows, String registered, String present, boolean horizontal) {
        return bar(rows.stream().map(Stats.Period::label).toList(), List.of(
                new Series(registered, GREY, values(rows, Stats.Period::registered)),
                new Series(present, PRIMARY, values(rows, Stats.Period::present))), horizontal);
    }

    static List<Long> values(List<Stats.Period> rows, ToLongFunction<Stats.Period> f) {
        return rows.stream().map(p -> f.applyAsLong(p)).toList();
    }

    /** A label cut at spaces into lines of at most {@code width} characters (Chart.js draws an array as lines), at most 3 lines. */
    static List<String> lines(String label, int width) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : (label == null ? "" : label).split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        out.add(line.toString());
        if (out.size() > 3) {
            List<String> cut = new java.util.ArrayList<>(out.subList(0, 3));
            cut.set(2, cut.get(2) + "\u2026");
            return cut;
        }
        return out;
    }

    /** Height in px for a horizontal chart of {@code n} categories (each bar readable, at least 180 px). */
    public static int height(int n, int seriesCount) {
        return Math.max(180, 60 + n * (seriesCount > 1 ? 44 : 34));
    }
}
