package id.sirakor.onsite.control;

import id.sirakor.onsite.entity.SeatingLayout;
import id.sirakor.platform.document.PlanDrawing;
import java.util.ArrayList;
import java.util.List;

/** The geometry of a seating plan (millimetres) from the placed guests, and its SVG. */
public final class SeatingDrawings {

    private static final double SEAT_W = 40;
    private static final double SEAT_H = 18;
    private static final double GAP = 4;
    private static final double MARGIN = 10;

    private SeatingDrawings() {
    }

    public static PlanDrawing drawing(String title, SeatingLayout layout, int perRow, List<Protocol.Placed> placed) {
        int n = Math.max(2, Math.min(20, perRow));
        List<PlanDrawing.Shape> shapes = new ArrayList<>();
        double width;
        double height;
        if (layout == SeatingLayout.ROUND) {
            double cell = 100;
            int tables = placed.isEmpty() ? 1 : placed.get(placed.size() - 1).group() + 1;
            int perLine = Math.min(3, tables);
            width = Math.max(2 * MARGIN + perLine * cell, 160);
            int lines = (tables + 2) / 3;
            height = 40 + lines * cell;
            shapes.add(new PlanDrawing.Shape(MARGIN, MARGIN, width - 2 * MARGIN, 16, false, PlanDrawing.Style.STAGE, List.of("PANGGUNG")));
            List<Integer> order = Protocol.centreOut(3, true);
            for (int t = 0; t < tables; t++) {
                int line = t / 3;
                int inLine = Math.min(3, tables - line * 3);
                int pos = inLine == 3 ? order.get(t % 3) : Protocol.centreOut(inLine, true).get(t % 3);
                double offset = (width - inLine * cell) / 2;
                double cx = offset + pos * cell + cell / 2;
                double cy = 40 + line * cell + cell / 2;
                shapes.add(new PlanDrawing.Shape(cx - 22, cy - 22, 44, 44, true, PlanDrawing.Style.TABLE, List.of("Meja " + (t + 1))));
                for (Protocol.Placed p : placed) {
                    if (p.group() != t) {
                        continue;
                    }
                    double a = 2 * Math.PI * p.slot() / n;
                    double sx = cx + 36 * Math.sin(a);
                    double sy = cy + 36 * Math.cos(a);
                    shapes.add(seat(sx - 15, sy - 7, 30, 14, p));
                }
            }
        } else {
            int rows = placed.isEmpty() ? 1 : placed.get(placed.size() - 1).group() + 1;
            width = Math.max(2 * MARGIN + n * (SEAT_W + GAP), 180);
            double y = MARGIN;
            boolean head = layout == SeatingLayout.HEAD_TABLE;
            if (head) {
                int seats = placed.stream().filter(p -> p.group() == 0).mapToInt(Protocol.Placed::seats).findFirst().orElse(n);
                double x0 = (width - seats * (SEAT_W + GAP)) / 2;
                shapes.add(new PlanDrawing.Shape(MARGIN, y, width - 2 * MARGIN, 8, false, PlanDrawing.Style.STAGE,
                        List.of("PANGGUNG")));
                y += 10;
                for (Protocol.Placed p : placed) {
                    if (p.group() == 0) {
                        shapes.add(seat(x0 + p.slot() * (SEAT_W + GAP), y, SEAT_W, SEAT_H, p));
                    }
                }
                y += SEAT_H + 1;
                shapes.add(new PlanDrawing.Shape(x0, y, seats * (SEAT_W + GAP) - GAP, 9, false, PlanDrawing.Style.TABLE,
                        List.of("MEJA PIMPINAN (menghadap hadirin)")));
                y += 9 + 14;
            } else {
                shapes.add(new PlanDrawing.Shape(MARGIN, y, width - 2 * MARGIN, 16, false, PlanDrawing.Style.STAGE,
                        List.of("PANGGUNG")));
                y += 16 + 12;
            }
            double x0 = (width - n * (SEAT_W + GAP)) / 2;
            int firstRow = head ? 1 : 0;
            for (int r = firstRow; r < rows; r++) {
                for (Protocol.Placed p : placed) {
                    if (p.group() == r) {
                        shapes.add(seat(x0 + p.slot() * (SEAT_W + GAP), y, SEAT_W, SEAT_H, p));
                    }
                }
                y += SEAT_H + GAP;
            }
            height = y + MARGIN;
        }
        return new PlanDrawing(title, label(layout), width, height, shapes);
    }

    static String label(SeatingLayout l) {
        return switch (l) {
            case THEATRE -> "teater, baris VIP di depan";
            case HEAD_TABLE -> "meja pimpinan";
            case ROUND -> "meja bundar";
        };
    }

    private static PlanDrawing.Shape seat(double x, double y, double w, double h, Protocol.Placed p) {
        Protocol.Guest g = p.guest();
        return new PlanDrawing.Shape(x, y, w, h, false, g.represented() ? PlanDrawing.Style.SEAT_REPRESENTED : PlanDrawing.Style.SEAT,
                List.of(String.valueOf(p.order()), g.seatedName(), g.seatedLine()));
    }

    public static String svg(PlanDrawing d) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"seating-plan\" role=\"img\" viewBox=\"0 0 ")
                .append(fmt(d.width())).append(' ').append(fmt(d.height())).append("\" aria-label=\"")
                .append(esc("Denah tata tempat: " + d.title())).append("\">");
        for (PlanDrawing.Shape sh : d.shapes()) {
            String fill = switch (sh.style()) {
                case STAGE -> "#e9e4d8";
                case TABLE -> "#f3efe6";
                case SEAT -> "#ffffff";
                case SEAT_REPRESENTED -> "#fdf3d6";
            };
            if (sh.round()) {
                s.append("<circle cx=\"").append(fmt(sh.x() + sh.w() / 2)).append("\" cy=\"").append(fmt(sh.y() + sh.h() / 2))
                        .append("\" r=\"").append(fmt(Math.min(sh.w(), sh.h()) / 2)).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#1f2a37\" stroke-width=\"0.3\"/>");
            } else {
                s.append("<rect class=\"").append(sh.style().name().toLowerCase()).append("\" x=\"").append(fmt(sh.x()))
                        .append("\" y=\"").append(fmt(sh.y())).append("\" width=\"").append(fmt(sh.w())).append("\" height=\"")
                        .append(fmt(sh.h())).append("\" rx=\"1\" fill=\"").append(fill).append("\" stroke=\"#1f2a37\" stroke-width=\"0.3\"/>");
            }
            int lines = sh.lines().size();
            if (lines > 0) {
                // the full text of a seat whose lines are clipped to fit: shown on hover, read by screen readers
                s.append("<title>").append(esc(String.join(" — ", sh.lines()))).append("</title>");
            }
            double fs = Math.min(3.2, sh.h() / (lines * 1.4 + 0.4));
            double top = sh.y() + sh.h() / 2 - (lines - 1) * fs * 1.2 / 2 + fs * 0.35;
            for (int i = 0; i < lines; i++) {
                s.append("<text x=\"").append(fmt(sh.x() + sh.w() / 2)).append("\" y=\"").append(fmt(top + i * fs * 1.2))
                        .append("\" font-size=\"").append(fmt(i == 1 ? fs : fs * 0.85)).append("\" text-anchor=\"middle\"")
                        .append(i == 1 ? " font-weight=\"bold\"" : "").append(" fill=\"#1f2a37\" font-family=\"sans-serif\">")
                        .append(esc(clip(sh.lines().get(i), sh.w(), i == 1 ? fs : fs * 0.85))).append("</text>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static String clip(String s, double w, double fs) {
        int max = (int) (w / (fs * 0.52));
        return s == null ? "" : s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
