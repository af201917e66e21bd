package id.sirakor.platform.document;

import java.util.List;

/**
 * A floor plan in millimetres, y downwards: boxes (seats, tables, the stage) and circles (round
 * tables), each with up to three centred lines. Drawn as SVG on screen and as PDF to print, from
 * the same geometry, so the screen and the paper agree.
 */
public record PlanDrawing(String title, String subtitle, double width, double height, List<Shape> shapes) {

    public enum Style { STAGE, TABLE, SEAT, SEAT_REPRESENTED }

    /** A box or, when {@code round}, a circle inscribed in it. */
    public record Shape(double x, double y, double w, double h, boolean round, Style style, List<String> lines) {
    }

    public PlanDrawing {
        shapes = List.copyOf(shapes);
    }
}
