package id.sirakor.platform.document;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

/** Test helpers: a made-up emblem, reading PDFs back, keeping them in target/documents to look at. */
final class Documents {

    static final Path OUTPUT = Path.of("target", "documents");

    private Documents() {
    }

    /** Writes the PDF to target/documents/NAME so a person can look at it. */
    static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page as iText extracts it. */
    static List<String> pages(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text with every run of white space made one space, so wrapped lines still match. */
    static String flat(List<String> pages) {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    /** An invented emblem (a shield with a star): no real institution's logo in the repository. */
    static byte[] emblem() {
        int size = 240;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Polygon shield = new Polygon(new int[] {30, 210, 210, 120, 30}, new int[] {20, 20, 130, 225, 130}, 5);
        g.setColor(new Color(0x8b, 0x1a, 0x1a));
        g.fillPolygon(shield);
        g.setColor(new Color(0xe0, 0xb0, 0x30));
        g.setStroke(new BasicStroke(8));
        g.drawPolygon(shield);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 55 : 22;
            double a = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) Math.round(120 + r * Math.cos(a));
            ys[i] = (int) Math.round(105 - r * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A piece of text as drawn on a page: where its baseline starts, in points from the lower left. */
    record Run(int page, String text, float x, float y) {
    }

    /** Every text run of every page, in drawing order. */
    static List<Run> runs(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<Run> runs = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                int page = i;
                new PdfCanvasProcessor(new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        TextRenderInfo info = (TextRenderInfo) data;
                        runs.add(new Run(page, info.getText(), info.getBaseline().getStartPoint().get(0),
                                info.getBaseline().getStartPoint().get(1)));
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                }).processPageContent(doc.getPage(i));
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
