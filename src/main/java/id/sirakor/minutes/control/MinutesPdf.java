package id.sirakor.minutes.control;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import id.sirakor.platform.document.DocumentQr;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.document.PdfKit;
import java.util.List;

/**
 * The NOTULA RAPAT (domain.md): letterhead, title, the meeting's particulars (Rapat, Hari/Tanggal,
 * Waktu, Tempat, Acara, Pimpinan Rapat, Pencatat, Peserta), the Kegiatan Rapat (opening,
 * discussion, points raised, decisions, follow-ups as a table), the chair's and the minute taker's
 * approval blocks, and the verification QR. The daftar hadir is appended and the whole is signed
 * afterwards (PAdES).
 */
public final class MinutesPdf {

    private static final float SIZE = 11f;
    private static final float SMALL = 8.5f;

    private MinutesPdf() {
    }

    public record Follow(String action, String responsible, String due, String status) {
    }

    /** One session of the timetable as recorded: points are "Name (Institution): text" lines. */
    public record SessionBlock(String title, String when, String speakers, String summary, List<String> points, String decisions) {
    }

    /** A photo printed in the lampiran, with its caption. */
    public record Photo(byte[] image, String caption) {
    }

    /** A signature block: role line, position, name, the date it was signed. */
    public record Signer(String role, String position, String name, String signedOn) {
    }

    public record Model(Letterhead letterhead, String unitName, String title, List<LabeledValue> particulars, String opening,
                        List<String> sessions, String summary, String points, String decisions, List<Follow> followUps,
                        String place, String date, String chairPosition, String chairName, String takerName, String approvedLine,
                        int versionNo, String verifyCode, String verifyUrl, List<SessionBlock> sessionBlocks, Signer chair, Signer taker,
                        List<String> attachmentList, List<Photo> photos) {
    }

    public static byte[] render(Model m) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2.0, 2.2, 2.2, 2.5), PdfKit.Typeface.SANS,
                new PdfKit.Info("Notula Rapat – " + m.title(), m.unitName(), m.title()))) {
            Document doc = kit.document();
            float width = kit.contentWidth();
            doc.add(kit.letterhead(m.letterhead()));
            doc.add(kit.paragraph("NOTULA RAPAT", kit.bold(), 13f).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
            if (m.versionNo() > 1) {
                doc.add(kit.paragraph("(perubahan ke-" + (m.versionNo() - 1) + ", versi " + m.versionNo() + ")", kit.italic(), SMALL)
                        .setTextAlignment(TextAlignment.CENTER));
            }
            doc.add(kit.labelTable(m.particulars(), SIZE, width).setMarginTop(10));
            doc.add(kit.paragraph("Kegiatan Rapat", kit.bold(), SIZE).setMarginTop(12));
            int n = 0;
            n = section(kit, doc, n, "Pembukaan", m.opening());
            StringBuilder disc = new StringBuilder();
            if (!m.sessions().isEmpty() && m.sessionBlocks().isEmpty()) {
                disc.append("Sesi: ").append(String.join("; ", m.sessions())).append("\n");
            }
            if (m.summary() != null) {
                disc.append(m.summary());
            }
            if (!m.sessionBlocks().isEmpty()) {
                doc.add(kit.paragraph((++n) + ". Jalannya rapat per sesi", kit.bold(), SIZE).setMarginTop(8));
                int k = 0;
                for (SessionBlock b : m.sessionBlocks()) {
                    sessionBlock(kit, doc, n + "." + (++k), b);
                }
            }
            n = section(kit, doc, n, m.sessionBlocks().isEmpty() ? "Pembahasan" : "Ringkasan umum", disc.toString().strip());
            n = section(kit, doc, n, "Pokok-pokok yang disampaikan", m.points());
            n = section(kit, doc, n, "Keputusan", m.decisions());
            if (!m.followUps().isEmpty()) {
                doc.add(kit.paragraph((++n) + ". Tindak lanjut", kit.bold(), SIZE).setMarginTop(8));
                Table t = new Table(UnitValue.createPercentArray(new float[] {5, 45, 25, 13, 12})).setWidth(width).setMarginTop(4);
                for (String h : new String[] {"No", "Tindak lanjut", "Penanggung jawab", "Batas waktu", "Status"}) {
                    t.addHeaderCell(new Cell().setBackgroundColor(new DeviceGray(0.9f)).setBorder(new SolidBorder(0.5f))
                            .add(kit.paragraph(h, kit.bold(), SMALL + 0.5f)));
                }
                int i = 0;
                for (Follow f : m.followUps()) {
                    for (String v : new String[] {String.valueOf(++i), f.action(), f.responsible(), f.due(), f.status()}) {
                        t.addCell(new Cell().setBorder(new SolidBorder(0.5f)).add(kit.paragraph(v, kit.regular(), SMALL + 0.5f)));
                    }
                }
                doc.add(t);
            }
            doc.add(kit.paragraph(m.place() + ", " + m.date(), kit.regular(), SIZE).setTextAlignment(TextAlignment.RIGHT).setMarginTop(14));
            Table sig = new Table(UnitValue.createPercentArray(new float[] {50, 50})).setWidth(width).setMarginTop(6);
            sig.addCell(signer(kit, m.chair()));
            sig.addCell(signer(kit, m.taker()));
            sig.setKeepTogether(true);
            doc.add(sig);
            doc.add(kit.paragraph(m.approvedLine(), kit.italic(), SMALL).setTextAlignment(TextAlignment.CENTER).setMarginTop(6));
            Table qr = new Table(UnitValue.createPointArray(new float[] {PdfKit.cm(2.4), width - PdfKit.cm(2.4)})).setWidth(width).setMarginTop(8);
            qr.addCell(PdfKit.bare(new Cell()).add(DocumentQr.image(kit, m.verifyUrl(), PdfKit.cm(2.2))));
            qr.addCell(PdfKit.bare(new Cell()).add(kit.paragraph("Kode verifikasi: " + m.verifyCode() + "\nPeriksa keaslian dokumen ini di "
                    + m.verifyUrl() + "\nDaftar hadir terlampir.", kit.regular(), SMALL)).setPaddingLeft(6));
            qr.setKeepTogether(true);
            doc.add(qr);
            if (!m.attachmentList().isEmpty()) {
                doc.add(new AreaBreak()); // the lampiran on its own page, as filed (and the QR page stays free of photos)
                doc.add(kit.paragraph("LAMPIRAN NOTULA RAPAT", kit.bold(), SIZE + 1).setTextAlignment(TextAlignment.CENTER));
                int i = 0;
                for (String line : m.attachmentList()) {
                    doc.add(kit.paragraph((++i) + ". " + line, kit.regular(), SIZE - 1).setMarginLeft(14).setFirstLineIndent(-14)
                            .setPaddingLeft(14));
                }
                for (Photo p : m.photos()) {
                    Table box = new Table(1).setWidth(width).setMarginTop(10).setKeepTogether(true);
                    Image img = new Image(ImageDataFactory.create(p.image())).scaleToFit(width * 0.85f, PdfKit.cm(10.5))
                            .setHorizontalAlignment(HorizontalAlignment.CENTER);
                    box.addCell(PdfKit.bare(new Cell()).add(img));
                    box.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(p.caption(), kit.italic(), SMALL + 0.5f)
                            .setTextAlignment(TextAlignment.CENTER).setMarginTop(3)));
                    doc.add(box);
                }
            }
            kit.numberPagesOfTotal("Halaman {0} dari {1}");
            return kit.finish();
        }
    }

    private static int section(PdfKit kit, Document doc, int n, String title, String text) {
        if (text == null || text.isBlank()) {
            return n;
        }
        doc.add(kit.paragraph((n + 1) + ". " + title, kit.bold(), SIZE).setMarginTop(8));
        for (String line : text.split("\n")) {
            Paragraph p = kit.paragraph(line.isBlank() ? " " : line, kit.regular(), SIZE).setMarginLeft(14)
                    .setTextAlignment(TextAlignment.JUSTIFIED);
            doc.add(p);
        }
        return n + 1;
    }

    private static void sessionBlock(PdfKit kit, Document doc, String no, SessionBlock b) {
        float indent = 14;
        doc.add(kit.paragraph(no + " " + b.title(), kit.bold(), SIZE).setMarginLeft(indent).setMarginTop(6).setKeepWithNext(true));
        String meta = String.join(" · ", java.util.stream.Stream.of(b.when(), b.speakers()).filter(x -> x != null && !x.isBlank()).toList());
        if (!meta.isBlank()) {
            doc.add(kit.paragraph(meta, kit.italic(), SMALL + 0.5f).setMarginLeft(indent + 14).setKeepWithNext(true));
        }
        if (b.summary() != null && !b.summary().isBlank()) {
            doc.add(kit.paragraph("Ringkasan:", kit.bold(), SIZE - 0.5f).setMarginLeft(indent + 14).setMarginTop(3).setKeepWithNext(true));
            lines(kit, doc, b.summary(), indent + 14);
        }
        if (!b.points().isEmpty()) {
            doc.add(kit.paragraph("Pokok-pokok yang disampaikan:", kit.bold(), SIZE - 0.5f).setMarginLeft(indent + 14).setMarginTop(3)
                    .setKeepWithNext(true));
            char c = 'a';
            for (String p : b.points()) {
                doc.add(kit.paragraph(c + ". " + p, kit.regular(), SIZE).setMarginLeft(indent + 28).setFirstLineIndent(-12));
                c = c == 'z' ? 'a' : (char) (c + 1);
            }
        }
        if (b.decisions() != null && !b.decisions().isBlank()) {
            doc.add(kit.paragraph("Keputusan:", kit.bold(), SIZE - 0.5f).setMarginLeft(indent + 14).setMarginTop(3).setKeepWithNext(true));
            lines(kit, doc, b.decisions(), indent + 14);
        }
    }

    private static void lines(PdfKit kit, Document doc, String text, float indent) {
        for (String line : text.split("\n")) {
            doc.add(kit.paragraph(line.isBlank() ? " " : line, kit.regular(), SIZE).setMarginLeft(indent).setTextAlignment(TextAlignment.JUSTIFIED));
        }
    }

    private static Cell signer(PdfKit kit, Signer s) {
        // bottom-aligned: a position that wraps to more lines does not lift one name above the other
        Cell c = PdfKit.bare(new Cell()).setVerticalAlignment(com.itextpdf.layout.properties.VerticalAlignment.BOTTOM);
        c.add(kit.paragraph(s.role(), kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER));
        if (s.position() != null) {
            c.add(kit.paragraph(s.position(), kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER));
        }
        c.add(kit.paragraph("[ditandatangani secara elektronik\npada " + s.signedOn() + "]", kit.italic(), SMALL)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(12).setMarginBottom(12));
        c.add(kit.paragraph(s.name() == null ? "-" : s.name(), kit.bold(), SIZE).setTextAlignment(TextAlignment.CENTER).setUnderline());
        return c;
    }
}
