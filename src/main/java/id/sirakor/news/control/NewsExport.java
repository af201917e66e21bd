package id.sirakor.news.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The news draft as a standalone HTML article for the unit's website and as .docx (ADR 0094).
 * Both read the same {@link #paragraphs(String)}: blank lines separate paragraphs, a line break
 * inside one is kept; the first paragraph's dateline is set in bold. Everything from the draft is
 * escaped in the HTML, so a name typed as markup comes out as text. The cover photo is embedded
 * (a data: URI in the HTML, a picture in the .docx): the photos aren't public unless marked so,
 * and an editor pasting the article elsewhere needs no link back to Sirakor.
 */
public final class NewsExport {

    private static final Pattern DATELINE = Pattern.compile("^(.{0,80}?\\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus"
            + "|September|Oktober|November|Desember) \\d{4} [\u2013\u2014-])\\s*");

    private NewsExport() {
    }

    /** One paragraph: the dateline (bold, may be null) and its lines. */
    public record Paragraph(String dateline, List<String> lines) {
    }

    public static List<Paragraph> paragraphs(String body) {
        List<Paragraph> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (String block : body.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            String dateline = null;
            String text = block.strip();
            if (out.isEmpty()) {
                Matcher m = DATELINE.matcher(text);
                if (m.find()) {
                    dateline = m.group(1);
                    text = text.substring(m.end());
                }
            }
            out.add(new Paragraph(dateline, text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        }
        return out;
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The article's body as HTML (no document around it): figure, paragraphs. Used by the page's preview too. */
    public static String articleHtml(String title, String body, String coverSrc, String caption) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        if (coverSrc != null) {
            h.append("<figure>\n<img src=\"").append(escape(coverSrc)).append("\" alt=\"").append(escape(caption == null ? title : caption))
                    .append("\">\n");
            if (caption != null && !caption.isBlank()) {
                h.append("<figcaption>").append(escape(caption)).append("</figcaption>\n");
            }
            h.append("</figure>\n");
        }
        for (Paragraph p : paragraphs(body)) {
            h.append("<p>");
            if (p.dateline() != null) {
                h.append("<strong>").append(escape(p.dateline())).append("</strong> ");
            }
            h.append(String.join("<br>\n", p.lines().stream().map(NewsExport::escape).toList()));
            h.append("</p>\n");
        }
        return h.toString();
    }

    public static String dataUri(byte[] jpeg) {
        return jpeg == null ? null : "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg);
    }

    public static String html(NewsService.Export x) {
        String title = x.draft().getTitle();
        return "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:Georgia,'Times New Roman',serif;line-height:1.6;color:#222;margin:0;padding:2rem 1rem}"
                + "article{max-width:44rem;margin:0 auto}h1{font-family:Arial,Helvetica,sans-serif;font-size:1.9rem;line-height:1.25;margin:0 0 1rem}"
                + "figure{margin:0 0 1.25rem}figure img{width:100%;height:auto;display:block}"
                + "figcaption{font-family:Arial,Helvetica,sans-serif;font-size:.85rem;color:#555;margin-top:.35rem}p{margin:0 0 1rem}</style>\n"
                + "</head>\n<body>\n<article>\n" + articleHtml(title, x.draft().getBody(), dataUri(x.coverJpeg()), x.coverCaption())
                + "</article>\n</body>\n</html>\n";
    }

    public static byte[] docx(NewsService.Export x) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph t = doc.createParagraph();
            t.setSpacingAfter(240);
            XWPFRun tr = t.createRun();
            tr.setBold(true);
            tr.setFontSize(16);
            tr.setFontFamily("Arial");
            tr.setText(x.draft().getTitle());
            if (x.coverJpeg() != null && x.coverWidth() > 0 && x.coverHeight() > 0) {
                XWPFParagraph pic = doc.createParagraph();
                pic.setAlignment(ParagraphAlignment.CENTER);
                double w = 430;
                double h = w * x.coverHeight() / x.coverWidth();
                if (h > 320) {
                    w = w * 320 / h;
                    h = 320;
                }
                try {
                    pic.createRun().addPicture(new ByteArrayInputStream(x.coverJpeg()), XWPFDocument.PICTURE_TYPE_JPEG, "sampul.jpg",
                            Units.toEMU(w), Units.toEMU(h));
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IllegalStateException(e);
                }
                if (x.coverCaption() != null && !x.coverCaption().isBlank()) {
                    XWPFParagraph cap = doc.createParagraph();
                    cap.setAlignment(ParagraphAlignment.CENTER);
                    cap.setSpacingAfter(240);
                    XWPFRun cr = cap.createRun();
                    cr.setItalic(true);
                    cr.setFontSize(9);
                    cr.setFontFamily("Arial");
                    cr.setText(x.coverCaption());
                }
            }
            for (Paragraph p : paragraphs(x.draft().getBody())) {
                XWPFParagraph para = doc.createParagraph();
                para.setSpacingAfter(160);
                para.setAlignment(ParagraphAlignment.BOTH);
                if (p.dateline() != null) {
                    XWPFRun d = para.createRun();
                    d.setBold(true);
                    d.setFontFamily("Times New Roman");
                    d.setFontSize(12);
                    d.setText(p.dateline() + " ");
                }
                XWPFRun r = para.createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(12);
                for (int i = 0; i < p.lines().size(); i++) {
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(p.lines().get(i));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
