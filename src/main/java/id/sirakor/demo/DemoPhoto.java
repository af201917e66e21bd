package id.sirakor.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A drawn stand-in for a photo of a session (the demo has no real photos): a hall, a screen with the session's title, rows of people. */
final class DemoPhoto {

    private DemoPhoto() {
    }

    static byte[] meeting(String title) {
        int w = 960;
        int h = 600;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x8a6d4e), 0, h * 0.55f, new Color(0xb89b76)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x5a3d28));
        g.fillRect(0, (int) (h * 0.55), w, h);
        // the screen
        g.setColor(new Color(0x20262e));
        g.fillRect(250, 50, 460, 250);
        g.setPaint(new GradientPaint(0, 60, new Color(0x1b4f72), 0, 290, new Color(0x2e86c1)));
        g.fillRect(260, 60, 440, 230);
        g.setColor(Color.WHITE);
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
            drawWrapped(g, title, 280, 110, 400, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            g.drawString("Bawaslu", 280, 270);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // a server without any font (no fontconfig): the screen stays without its title
        }
        // the table of the speakers
        g.setColor(new Color(0x6b1f1f));
        g.fillRect(300, 320, 360, 40);
        g.setColor(new Color(0xf4e9d8));
        g.fillRect(300, 320, 360, 8);
        for (int i = 0; i < 3; i++) {
            person(g, 360 + i * 120, 305, 26, new Color(0x2c3e50));
        }
        // the audience, backs to the camera
        Color[] shirts = {new Color(0x7f8c8d), new Color(0x34495e), new Color(0x95a5a6), new Color(0x1e3a5f), new Color(0xbdc3c7)};
        for (int row = 0; row < 3; row++) {
            int y = 430 + row * 70;
            int r = 30 + row * 6;
            for (int i = 0; i < 9 - row; i++) {
                int x = 40 + row * 30 + i * (w - 80 - row * 60) / (8 - row);
                person(g, x, y, r, shirts[(i + row) % shirts.length]);
            }
        }
        g.setStroke(new BasicStroke(1));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void person(Graphics2D g, int x, int y, int r, Color shirt) {
        g.setColor(shirt);
        g.fillRoundRect(x - r, y + r / 2, r * 2, r * 2, r, r);
        g.setColor(new Color(0x2b1d14));
        g.fillOval(x - r / 2, y - r / 2, r, r + r / 5);
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width, int lineHeight) {
        StringBuilder line = new StringBuilder();
        int lines = 0;
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (g.getFontMetrics().stringWidth(next) > width && !line.isEmpty()) {
                g.drawString(line.toString(), x, y + lines++ * lineHeight);
                line = new StringBuilder(word);
                if (lines == 5) {
                    return;
                }
            } else {
                line = new StringBuilder(next);
            }
        }
        g.drawString(line.toString(), x, y + lines * lineHeight);
    }
}
