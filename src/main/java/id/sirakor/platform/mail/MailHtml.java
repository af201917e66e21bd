package id.sirakor.platform.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a mail, made from its text part so the two never say different things:
 * a letterhead band with the unit's name, the paragraphs, "Label : value" lines (the event's
 * details) as a table, links clickable, and the unit's address as footer. Inline styles only
 * (mail clients drop style sheets), the letterhead colours of the documents (PdfKit).
 */
public final class MailHtml {

    private static final Pattern FIELD = Pattern.compile("^([^:\\n]{2,40}?)\\s+:\\s+(.+)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    static final String NAVY = "#1b2a4a";
    static final String GOLD = "#b8860b";

    private MailHtml() {
    }

    public static String of(String text, Sender sender) {
        StringBuilder h = new StringBuilder(text.length() * 2 + 1200);
        h.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"><title>").append(esc(sender.name()))
                .append("</title></head><body style=\"margin:0;padding:0;background:#f3f4f6;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f3f4f6;\"><tr><td align=\"center\" style=\"padding:16px;\">")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;width:100%;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1f2937;\">")
                .append("<tr><td style=\"background:").append(NAVY).append(";color:#ffffff;padding:18px 24px;border-bottom:4px solid ").append(GOLD).append(";\">")
                .append("<div style=\"font-size:12px;letter-spacing:1px;text-transform:uppercase;opacity:.85;\">Sekretariat</div>")
                .append("<div style=\"font-size:18px;font-weight:bold;\">").append(esc(sender.name())).append("</div></td></tr>")
                .append("<tr><td style=\"padding:20px 24px;\">");
        for (String block : text.strip().split("\\n\\s*\\n")) {
            List<String[]> rows = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String line : block.split("\\n")) {
                Matcher m = FIELD.matcher(line.strip());
                if (m.matches()) {
                    rows.add(new String[] {m.group(1).strip(), m.group(2).strip()});
                } else {
                    other.add(line);
                }
            }
            if (rows.size() >= 2 && other.isEmpty()) {
                h.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;border-collapse:collapse;margin:8px 0 16px;border:1px solid #d1d5db;\">");
                for (String[] r : rows) {
                    h.append("<tr><th align=\"left\" style=\"background:#f1f5f9;padding:6px 10px;border-bottom:1px solid #e5e7eb;width:32%;font-weight:bold;color:")
                            .append(NAVY).append(";\">").append(esc(r[0])).append("</th><td style=\"padding:6px 10px;border-bottom:1px solid #e5e7eb;\">")
                            .append(linked(r[1])).append("</td></tr>");
                }
                h.append("</table>");
            } else {
                h.append("<p style=\"margin:0 0 12px;\">");
                String[] lines = block.split("\\n");
                for (int i = 0; i < lines.length; i++) {
                    h.append(i == 0 ? "" : "<br>").append(linked(lines[i]));
                }
                h.append("</p>");
            }
        }
        h.append("</td></tr><tr><td style=\"padding:12px 24px;background:#f9fafb;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280;\">")
                .append(esc(sender.name()));
        if (sender.footer() != null && !sender.footer().isBlank()) {
            h.append("<br>").append(esc(sender.footer()));
        }
        h.append("<br>Surel ini dikirim otomatis oleh Sirakor; balasan diterima sekretariat.</td></tr></table></td></tr></table></body></html>");
        return h.toString();
    }

    private static String linked(String s) {
        Matcher m = URL.matcher(s);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(esc(s.substring(at, m.start())));
            String u = m.group();
            out.append("<a href=\"").append(esc(u)).append("\" style=\"color:#1d4ed8;\">").append(esc(u)).append("</a>");
            at = m.end();
        }
        return out.append(esc(s.substring(at))).toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Who a mail comes from: the unit's name (From's display name), its secretariat's address (Reply-To), a footer line. */
    public record Sender(String name, String replyTo, String footer) {
    }
}
