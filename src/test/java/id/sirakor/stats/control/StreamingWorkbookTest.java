package id.sirakor.stats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming writer keeps memory flat: the heap still in use (after a full GC) while a sheet
 * of 100,000 rows is being written is no larger than with 10,000 rows (a non-streaming workbook
 * holds every cell: some 150 MB more for these 90,000 extra rows, so the bound of 12 MB fails it).
 * The file is read back with a streaming reader; the temporary files are gone after close.
 */
class StreamingWorkbookTest {

    static final List<String> HEADERS = List.of("No.", "Nama", "NIK", "Instansi", "Jenis", "Wilayah", "Waktu daftar", "Status",
            "Hari hadir", "Hari 1", "Hari 2", "Persen");

    /** Heap in use after the rows went in (workbook still open), bytes. */
    static long write(int rows, OutputStream out) throws Exception {
        long retained;
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            StreamingWorkbook.Sheet s = wb.sheet("Peserta", "Rakor uji \u2014 Daftar peserta", HEADERS,
                    new int[] {7, 34, 20, 36, 22, 30, 17, 16, 10, 12, 12, 10});
            LocalDateTime t = LocalDateTime.of(2032, 3, 1, 8, 0);
            for (int i = 1; i <= rows; i++) {
                s.row(i, "Peserta Uji Nomor " + i + ", S.H.", "3171\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001",
                        "Badan Kepegawaian dan Pengembangan SDM Kabupaten " + (i % 500), "BKPSDM", "Kota Padang, Sumatera Barat",
                        t.plusSeconds(i), "Terdaftar", i % 3, i % 2 == 0 ? "08:14" : "\u2014", "09:02",
                        StreamingWorkbook.Percent.of(i % 7, 7));
            }
            retained = usedAfterGc();
            wb.write(out);
        }
        return retained;
    }

    static long usedAfterGc() throws InterruptedException {
        var mem = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(60);
            best = Math.min(best, mem.getHeapMemoryUsage().getUsed());
        }
        return best;
    }

    static long poiTempFiles() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith("poi-sxssf")).count();
        }
    }

    @Test
    void memoryStaysFlatFrom10kTo100kRows() throws Exception {
        OutputStream nowhere = OutputStream.nullOutputStream();
        write(2_000, nowhere); // warm up (classes, styles)
        long small = write(10_000, nowhere);
        long large = write(100_000, nowhere);
        long growth = large - small;
        System.out.printf("StreamingWorkbook: heap in use after GC with 10k rows %.1f MB, with 100k rows %.1f MB (growth %.1f MB)%n",
                small / 1e6, large / 1e6, growth / 1e6);
        assertTrue(growth < 12_000_000, "heap grew by " + growth / 1_000_000 + " MB from 10k to 100k rows");
    }

    @Test
    void fileReadsBackRowByRowAndTempFilesAreRemoved() throws Exception {
        long before = poiTempFiles();
        File f = File.createTempFile("stats-test", ".xlsx");
        try {
            try (OutputStream out = new BufferedOutputStream(new FileOutputStream(f))) {
                write(10_000, out);
            }
            assertEquals(before, poiTempFiles(), "dispose() removed the temporary sheet files");
            List<XlsxStream.SheetRows> sheets = XlsxStream.read(f, Set.of(3, 4, 10_003));
            assertEquals(1, sheets.size());
            XlsxStream.SheetRows s = sheets.get(0);
            assertEquals("Peserta", s.name());
            assertEquals(1 + 1 + 10_000, s.rows(), "title, header and 10,000 data rows");
            List<String> header = s.kept().get(3);
            assertEquals(new ArrayList<>(HEADERS), header);
            List<String> first = s.kept().get(4);
            assertEquals(1.0, Double.parseDouble(first.get(0)));
            assertEquals("Peserta Uji Nomor 1, S.H.", first.get(1));
            assertEquals("3171\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001", first.get(2));
            assertEquals("Peserta Uji Nomor 10000, S.H.", s.kept().get(10_003).get(1));
            assertEquals(StatsMath.fraction(10_000 % 7, 7), Double.parseDouble(s.kept().get(10_003).get(11)), 1e-9);
        } finally {
            Files.deleteIfExists(f.toPath());
        }
    }
}
