package id.sirakor.report.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The laporan kegiatan as .docx (Apache POI XWPF), for the secretariat to edit in Word or
 * LibreOffice: the same texts and tables as the PDF, the chapters as Word's "Heading 1" and the
 * sections as "Heading 2" (so the navigation pane and a generated table of contents work), the
 * photos embedded with their captions. The appended lampiran documents (letter, daftar hadir,
 * minutes) stay PDFs: the .docx lists them.
 */
public final class ReportDocx {

    private static final String FONT = "Arial";
    private static final Locale ID = Locale.forLanguageTag("id-ID");

    private ReportDocx() {
    }

    public static byte[] render(ReportContent c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            heading(styles, "Heading1", "heading 1", 0, 28);
            heading(styles, "Heading2", "heading 2", 1, 23);

            // cover
            XWPFParagraph t = centered(doc);
            t.setSpacingBefore(2400);
            run(t, "LAPORAN KEGIATAN", true, 22);
            XWPFParagraph title = centered(doc);
            title.setSpacingBefore(400);
            run(title, c.eventTitle().toUpperCase(ID), true, 15);
            if (c.theme() != null && !c.theme().isBlank()) {
                XWPFParagraph th = centered(doc);
                XWPFRun r = run(th, "\"" + c.theme().strip() + "\"", false, 12);
                r.setItalic(true);
            }
            XWPFParagraph unit = centered(doc);
            unit.setSpacingBefore(3600);
            for (String line : c.letterhead().institutionLines()) {
                XWPFRun r = run(unit, line.toUpperCase(ID), true, 13);
                r.addBreak();
            }
            run(unit, "TAHUN " + c.year(), true, 13);

            // BAB I
            chapter(doc, ReportContent.BAB_I);
            h2(doc, "A. Latar Belakang");
            text(doc, c.texts().background());
            h2(doc, "B. Dasar Hukum");
            numbered(doc, c.texts().legalBasis().isEmpty() ? List.of("-") : c.texts().legalBasis());
            h2(doc, "C. Maksud dan Tujuan");
            text(doc, c.texts().purpose());

            // BAB II
            chapter(doc, ReportContent.BAB_II);
            h2(doc, "A. Waktu");
            text(doc, c.eventType() + " \"" + c.eventTitle() + "\" dilaksanakan pada:");
            numbered(doc, c.days());
            h2(doc, "B. Tempat");
            numbered(doc, c.places());
            h2(doc, "C. Peserta");
            text(doc, ReportPdf.PARTICIPANTS_NOTE);
            XWPFTable pt = table(doc, "No", "Jenis Instansi", "Diundang", "Terdaftar", "Hadir");
            int i = 0;
            for (ReportContent.ParticipantRow r : c.participants()) {
                row(pt, false, String.valueOf(++i), r.type(), String.valueOf(r.invited()), String.valueOf(r.registered()),
                        String.valueOf(r.present()));
            }
            ReportContent.ParticipantRow tot = c.total();
            row(pt, true, "", tot.type(), String.valueOf(tot.invited()), String.valueOf(tot.registered()), String.valueOf(tot.present()));
            h2(doc, "D. Narasumber, Moderator dan Materi");
            if (c.speakers().isEmpty()) {
                text(doc, "Tidak ada narasumber yang tercatat dalam susunan acara.");
            } else {
                XWPFTable st = table(doc, "No", "Sesi", "Peran", "Nama", "Jabatan / Instansi", "Materi");
                int k = 0;
                for (ReportContent.SpeakerRow r : c.speakers()) {
                    row(st, false, String.valueOf(++k), r.session() + " (" + r.when() + ")", r.role(), r.name(), r.position(), r.materi());
                }
            }

            // BAB III
            chapter(doc, ReportContent.BAB_III);
            XWPFRun src = run(doc.createParagraph(), "Sumber: " + c.minutesStatus() + ".", false, 10);
            src.setItalic(true);
            h2(doc, "A. Hasil Pembahasan per Sesi");
            if (c.sessions().isEmpty()) {
                text(doc, c.minutesApproved() ? "Notula tidak memuat catatan per sesi."
                        : "Hasil pembahasan belum dapat dimuat karena notula rapat belum disetujui.");
            }
            int s = 0;
            for (ReportContent.SessionResult r : c.sessions()) {
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingBefore(160);
                run(p, (++s) + ". " + r.title(), true, 11);
                if (r.when() != null && !r.when().isBlank()) {
                    run(doc.createParagraph(), r.when(), false, 10).setItalic(true);
                }
                labelled(doc, "Ringkasan:", r.summary());
                if (!r.points().isEmpty()) {
                    run(doc.createParagraph(), "Pokok-pokok yang disampaikan:", true, 11);
                    char ch = 'a';
                    for (String pt2 : r.points()) {
                        XWPFParagraph q = doc.createParagraph();
                        q.setIndentationLeft(567);
                        run(q, ch + ". " + pt2, false, 11);
                        ch = ch == 'z' ? 'a' : (char) (ch + 1);
                    }
                }
                labelled(doc, "Keputusan:", r.decisions());
            }
            h2(doc, "B. Ringkasan Umum dan Keputusan Rapat");
            boolean any = false;
            if (c.generalSummary() != null && !c.generalSummary().isBlank()) {
                text(doc, c.generalSummary());
                any = true;
            }
            if (c.generalDecisions() != null && !c.generalDecisions().isBlank()) {
                labelled(doc, "Keputusan rapat:", c.generalDecisions());
                any = true;
            }
            if (!any) {
                text(doc, "-");
            }
            h2(doc, "C. Tindak Lanjut");
            if (c.followUps().isEmpty()) {
                text(doc, "Tidak ada tindak lanjut yang tercatat.");
            } else {
                XWPFTable ft = table(doc, "No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu", "Status");
                int f = 0;
                for (ReportContent.FollowRow r : c.followUps()) {
                    row(ft, false, String.valueOf(++f), r.action(), r.responsible(), r.due(), r.status());
                }
            }

            // BAB IV
            chapter(doc, ReportContent.BAB_IV);
            h2(doc, "A. Kesimpulan");
            text(doc, c.texts().conclusion());
            h2(doc, "B. Rekomendasi");
            text(doc, c.texts().recommendation() == null || c.texts().recommendation().isBlank() ? "-" : c.texts().recommendation());
            text(doc, "Demikian laporan kegiatan ini disampaikan sebagai bahan pertanggungjawaban dan tindak lanjut.");
            ReportContent.Signature sig = c.signature();
            XWPFParagraph sp = doc.createParagraph();
            sp.setAlignment(ParagraphAlignment.RIGHT);
            sp.setSpacingBefore(400);
            XWPFRun sr = run(sp, sig.placeDate(), false, 11);
            sr.addBreak();
            sr.setText(sig.position() + ",");
            sr.addBreak();
            sr.addBreak();
            sr.setText(sig.signedLine() == null ? " " : sig.signedLine());
            sr.addBreak();
            sr.addBreak();
            XWPFRun name = run(sp, sig.name(), true, 11);
            name.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            if (sig.nip() != null) {
                name.addBreak();
                run(sp, sig.nip(), false, 11);
            }

            // LAMPIRAN
            chapter(doc, ReportContent.LAMPIRAN);
            numbered(doc, c.lampiran());
            if (!c.photos().isEmpty()) {
                h2(doc, "Dokumentasi Kegiatan");
                for (ReportContent.Photo p : c.photos()) {
                    XWPFParagraph ip = centered(doc);
                    ip.setSpacingBefore(240);
                    double w = 14.0;
                    double h = p.width() > 0 ? w * p.height() / p.width() : 9.0;
                    if (h > 10.0) {
                        w = w * 10.0 / h;
                        h = 10.0;
                    }
                    ip.createRun().addPicture(new ByteArrayInputStream(p.jpeg()), Document.PICTURE_TYPE_JPEG, "foto.jpg",
                            Units.toEMU(w * 72 / 2.54), Units.toEMU(h * 72 / 2.54));
                    XWPFParagraph cap = centered(doc);
                    run(cap, p.caption(), false, 10).setItalic(true);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException("laporan .docx", e));
        }
    }

    private static void heading(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId(id);
        st.setType(STStyleType.PARAGRAPH);
        st.addNewName().setVal(name);
        st.addNewNext().setVal("Normal");
        st.addNewQFormat();
        CTPPrGeneral ppr = st.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 0 ? 0 : 240));
        CTRPr rpr = st.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(st));
    }

    private static XWPFParagraph centered(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(text == null ? "" : text);
        return r;
    }

    private static void chapter(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading1");
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setPageBreak(true);
        p.setSpacingAfter(240);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setText(title);
    }

    private static void h2(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading2");
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setText(title);
    }

    private static void text(XWPFDocument doc, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(567);
            p.setSpacingAfter(120);
            run(p, line.strip(), false, 11);
        }
    }

    private static void labelled(XWPFDocument doc, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        run(doc.createParagraph(), label, true, 11);
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, line.strip(), false, 11);
            }
        }
    }

    private static void numbered(XWPFDocument doc, List<String> items) {
        int n = 0;
        for (String s : items) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(567);
            p.setIndentationHanging(340);
            p.setSpacingAfter(60);
            run(p, (++n) + ". " + s, false, 11);
        }
    }

    private static XWPFTable table(XWPFDocument doc, String... headers) {
        XWPFTable t = doc.createTable(1, headers.length);
        t.setWidth("100%");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFTableCell cell = head.getCell(i);
            cell.setColor("E0E0E0");
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, headers[i], true, 10);
        }
        return t;
    }

    private static void row(XWPFTable t, boolean bold, String... values) {
        XWPFTableRow r = t.createRow();
        for (int i = 0; i < values.length; i++) {
            XWPFTableCell cell = r.getCell(i);
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (i == 0) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
            String[] lines = (values[i] == null ? "-" : values[i]).split("\n");
            XWPFRun run = run(p, lines[0], bold, 10);
            for (int k = 1; k < lines.length; k++) {
                run.addBreak();
                run.setText(lines[k]);
            }
        }
    }
}
