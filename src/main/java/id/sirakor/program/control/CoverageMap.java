package id.sirakor.program.control;

import java.util.List;
import java.util.Map;

/**
 * A schematic map of a program's area: one tile per region (kecamatan of a regency, regencies of
 * a province), in code order on a grid, coloured by status. Needs no boundary data and prints
 * well; the tile's tooltip and text name the region and the participants reached (ADR 0050).
 */
public final class CoverageMap {

    public static final Map<ProgramService.Status, String> COLOURS = Map.of(ProgramService.Status.HELD, "#2e7d32",
            ProgramService.Status.PLANNED, "#f9a825", ProgramService.Status.MISSING, "#cfd8dc");
    private static final int W = 118;
    private static final int H = 64;
    private static final int GAP = 6;

    private CoverageMap() {
    }

    /** The SVG document; {@code labels} gives the legend's words for HELD, PLANNED, MISSING and "participants". */
    public static String svg(List<ProgramService.CoverageRow> rows, Map<String, String> labels) {
        int n = Math.max(rows.size(), 1);
        int cols = Math.max(1, Math.min(6, (int) Math.ceil(Math.sqrt(n * 1.6))));
        int lines = (n + cols - 1) / cols;
        int width = cols * (W + GAP) + GAP;
        int height = lines * (H + GAP) + GAP + 34;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"coverage-map\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(esc(labels.getOrDefault("title", ""))).append("\">");
        for (int i = 0; i < rows.size(); i++) {
            ProgramService.CoverageRow r = rows.get(i);
            int x = GAP + (i % cols) * (W + GAP);
            int y = GAP + (i / cols) * (H + GAP);
            String fill = COLOURS.get(r.status());
            String ink = r.status() == ProgramService.Status.HELD ? "#fff" : "#1b1b1b";
            b.append("<g class=\"tile status-").append(r.status()).append("\" data-region=\"").append(esc(r.regionCode())).append("\">")
                    .append("<title>").append(esc(r.regionName())).append(" — ").append(esc(labels.getOrDefault(r.status().name(), "")))
                    .append(", ").append(r.participants()).append(' ').append(esc(labels.getOrDefault("participants", ""))).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(W).append("\" height=\"")
                    .append(H).append("\" rx=\"6\" fill=\"").append(fill).append("\"/>")
                    .append("<text x=\"").append(x + W / 2).append("\" y=\"").append(y + 26).append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\" fill=\"")
                    .append(ink).append("\">").append(esc(shorten(r.regionName(), 17))).append("</text>")
                    .append("<text x=\"").append(x + W / 2).append("\" y=\"").append(y + 46).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                    .append(ink).append("\">").append(r.participants()).append(' ').append(esc(labels.getOrDefault("participants", "")))
                    .append("</text></g>");
        }
        int ly = lines * (H + GAP) + GAP + 14;
        int lx = GAP;
        for (ProgramService.Status s : ProgramService.Status.values()) {
            b.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 10).append("\" width=\"14\" height=\"14\" rx=\"3\" fill=\"")
                    .append(COLOURS.get(s)).append("\"/><text x=\"").append(lx + 20).append("\" y=\"").append(ly + 1)
                    .append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(esc(labels.getOrDefault(s.name(), s.name()))).append("</text>");
            lx += 130;
        }
        return b.append("</svg>").toString();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
