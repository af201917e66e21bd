package id.sirakor.platform.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.declaration.control.DeclarationPdf;
import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.control.Templates;
import id.sirakor.platform.document.Letterhead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PKCS#12 signer with a development keystore generated for the test: a declaration PDF is
 * signed PAdES, the signature verifies with iText (and poppler's pdfsig when installed), and one
 * changed byte breaks it. Keeps the PDF in target/documents to look at.
 */
public class DocumentSignerTest {

    static Path dir;

    @BeforeAll
    static void devKeystoreInATemporaryFileStore() throws Exception {
        dir = Files.createTempDirectory("sirakor-sign");
        System.setProperty("sirakor.files.dir", dir.resolve("files").toString());
    }

    @AfterAll
    static void clear() {
        System.clearProperty("sirakor.files.dir");
    }

    static byte[] declaration() {
        List<DeclarationService.Step> steps = List.of(
                new DeclarationService.Step(101, Instant.parse("2024-09-16T02:00:00Z"), "declaration.create", "ri.sekretariat", "10.0.0.1", "Dibuat", "a".repeat(64)),
                new DeclarationService.Step(102, Instant.parse("2024-09-17T03:10:00Z"), "declaration.sign", "link", "10.0.0.2",
                        "Budi Santoso · REMOTE · Mozilla/5.0", "b".repeat(64)));
        List<DeclarationPdf.SignerBlock> signed = List.of(
                new DeclarationPdf.SignerBlock("Budi Santoso, S.H.", "197001012000031001", "Bupati Agam", "Kabupaten Agam", null, null, null,
                        null, Instant.parse("2024-09-17T03:10:00Z"), "REMOTE"),
                new DeclarationPdf.SignerBlock("H. Mahyeldi", null, "Gubernur Sumatera Barat", "Sumatera Barat", "AN", "Drs. Hansastri",
                        "Sekretaris Daerah", null, Instant.parse("2024-09-17T03:20:00Z"), "CEREMONY"),
                new DeclarationPdf.SignerBlock("Hj. Erni Marlina", null, "Wali Kota Bukittinggi", "Kota Bukittinggi", null, null, null,
                        null, Instant.parse("2024-09-17T03:25:00Z"), "CEREMONY"));
        return DeclarationPdf.render(new DeclarationPdf.Model(new Letterhead(null, List.of("Badan Pengawas Pemilihan Umum", "Republik Indonesia"),
                "Jalan M.H. Thamrin No. 14, Jakarta Pusat", null), "Badan Pengawas Pemilihan Umum Republik Indonesia",
                Templates.NETRALITAS.title(), Templates.NETRALITAS.opening(), Arrays.asList(Templates.NETRALITAS.points().split("\n")),
                "Demikian deklarasi ini kami buat.", "Jakarta", LocalDate.of(2024, 9, 17), java.time.ZoneId.of("Asia/Jakarta"), signed,
                List.of(new DeclarationPdf.Other("Drs. Yohanes Kore", "Penjabat Gubernur NTT", "menolak", "Berhalangan")),
                "c".repeat(64), Instant.parse("2024-09-16T05:00:00Z"), "ABCD234567", "http://localhost:8080/p/verify.xhtml?c=ABCD234567",
                steps, Instant.parse("2024-09-17T04:00:00Z")));
    }

    @Test
    void signsPadesAndOneChangedByteBreaksTheSignature() throws Exception {
        Pkcs12DocumentSigner signer = new Pkcs12DocumentSigner();
        signer.load();
        assertEquals("PAdES B-B", signer.level());
        assertTrue(Files.exists(dir.resolve("signing").resolve("dev-signing.p12")), "the development keystore is kept");
        byte[] pdf = signer.sign(declaration(), new DocumentSigner.Request("Deklarasi", "Jakarta"));
        Path out = Files.createDirectories(Path.of("target", "documents")).resolve("declaration-signed.pdf");
        Files.write(out, pdf);

        PdfSignatures.Check check = PdfSignatures.check(pdf);
        assertTrue(check.valid(), String.valueOf(check));
        assertEquals("Sirakor Development Signing (not for production)", check.signer());

        // a second signer instance reads the same keystore: yesterday's documents still verify
        Pkcs12DocumentSigner again = new Pkcs12DocumentSigner();
        again.load();
        assertEquals(signer.signerName(), again.signerName());

        byte[] altered = pdf.clone();
        int at = insideSignedRange(pdf);
        altered[at] = (byte) (altered[at] ^ 0x20);
        assertFalse(PdfSignatures.check(altered).valid());

        if (Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
            assertTrue(pdfsig(out).contains("Signature is Valid"), pdfsig(out));
            Path bad = out.resolveSibling("declaration-signed-altered.pdf");
            Files.write(bad, altered);
            assertFalse(pdfsig(bad).contains("Signature is Valid"));
        }
    }

    /** A byte the signature covers: the middle of the first signed range (/ByteRange [0 a b c]). */
    public static int insideSignedRange(byte[] pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            throw new AssertionError("no /ByteRange");
        }
        return Integer.parseInt(m.group(1)) / 2;
    }

    static String pdfsig(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfsig", "-nocert", pdf.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return text;
    }
}
