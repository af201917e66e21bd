package id.sirakor.declaration.control;

import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.sheet.SheetStyles;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the big-screen board shows (public, by the declaration's secret board link) and the
 * coverage by region (staff): which provinces and regencies/cities have signed, as a table, a
 * tile map of the 38 provinces and an Excel workbook.
 */
@ApplicationScoped
public class DeclarationBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeclarationService declarations;

    public record BoardLine(String name, String position, String region, String status, Instant signedAt) implements java.io.Serializable {
    }

    public record Board(String title, String unit, String status, int signed, int total, List<BoardLine> lines) implements java.io.Serializable {
    }

    /** The board by its secret link: no login; names, positions, regions and status only (no contact data). */
    @Transactional
    public Board board(String token) {
        if (token == null || token.isBlank() || token.length() > 40) {
            throw BusinessException.notFound("decl.boardInvalid");
        }
        List<Declaration> found = em.createQuery("select d from Declaration d join fetch d.unit where d.boardToken = :t", Declaration.class)
                .setParameter("t", token).getResultList();
        if (found.isEmpty() || found.get(0).getStatus() == Declaration.Status.DRAFT) {
            throw BusinessException.notFound("decl.boardInvalid");
        }
        Declaration d = found.get(0);
        List<DeclarationSigner> all = declarations.signersOf(d.getId());
        List<BoardLine> lines = new ArrayList<>();
        int signed = 0;
        for (DeclarationSigner s : all) {
            if (s.getStatus() == DeclarationSigner.Status.SIGNED) {
                signed++;
            }
            lines.add(new BoardLine(s.getName(), s.getPosition(), s.getRegionCode() == null ? null : declarations.regionName(s.getRegionCode()),
                    s.getStatus().name(), s.getSignedAt()));
        }
        return new Board(d.getTitle(), d.getUnit().getName(), d.getStatus().name(), signed, all.size(), lines);
    }

    /** One province on the tile map. status: SIGNED (all invited signed), PARTIAL, PENDING, DECLINED, NONE (nobody invited). */
    public record Tile(String code, String name, String abbr, int col, int row, int invited, int signed, int declined, String status) implements java.io.Serializable {
    }

    public record RegionLine(String code, String name, String level, String signer, String position, String status, Instant at) implements java.io.Serializable {
    }

    public record Coverage(List<Tile> provinces, List<RegionLine> regions, int signed, int pending, int declined, int total) implements java.io.Serializable {
    }

    /** Tile-grid cartogram of the 38 provinces, laid out roughly by geography: code → {column, row}. */
    static final Map<String, int[]> TILES = Map.ofEntries(
            Map.entry("11", new int[] {0, 0}), Map.entry("12", new int[] {1, 1}), Map.entry("14", new int[] {2, 1}),
            Map.entry("21", new int[] {3, 1}), Map.entry("13", new int[] {1, 2}), Map.entry("15", new int[] {2, 2}),
            Map.entry("16", new int[] {3, 2}), Map.entry("19", new int[] {4, 2}), Map.entry("17", new int[] {2, 3}),
            Map.entry("18", new int[] {3, 3}), Map.entry("31", new int[] {5, 3}), Map.entry("36", new int[] {4, 4}),
            Map.entry("32", new int[] {5, 4}), Map.entry("33", new int[] {6, 4}), Map.entry("34", new int[] {6, 5}),
            Map.entry("35", new int[] {7, 4}), Map.entry("51", new int[] {8, 4}), Map.entry("52", new int[] {9, 4}),
            Map.entry("53", new int[] {10, 4}), Map.entry("61", new int[] {6, 1}), Map.entry("62", new int[] {7, 2}),
            Map.entry("63", new int[] {8, 2}), Map.entry("64", new int[] {8, 1}), Map.entry("65", new int[] {8, 0}),
            Map.entry("72", new int[] {10, 1}), Map.entry("75", new int[] {11, 1}), Map.entry("71", new int[] {12, 1}),
            Map.entry("76", new int[] {9, 2}), Map.entry("73", new int[] {10, 2}), Map.entry("74", new int[] {11, 2}),
            Map.entry("82", new int[] {13, 1}), Map.entry("81", new int[] {13, 3}), Map.entry("96", new int[] {14, 1}),
            Map.entry("92", new int[] {15, 1}), Map.entry("91", new int[] {16, 1}), Map.entry("94", new int[] {15, 2}),
            Map.entry("95", new int[] {16, 2}), Map.entry("93", new int[] {16, 3}));

    @Transactional
    public Coverage coverage(long id) {
        declarations.get(id);
        List<DeclarationSigner> all = declarations.signersOf(id);
        List<Region> provinces = em.createQuery("select r from Region r where r.level = :l order by r.code", Region.class)
                .setParameter("l", RegionLevel.PROVINCE).getResultList();
        Map<String, int[]> counts = new HashMap<>();
        List<RegionLine> regions = new ArrayList<>();
        int signed = 0;
        int declined = 0;
        int pending = 0;
        for (DeclarationSigner s : all) {
            switch (s.getStatus()) {
                case SIGNED -> signed++;
                case DECLINED -> declined++;
                case PENDING, SENT -> pending++;
                default -> { }
            }
            if (s.getRegionCode() == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(s.getRegionCode().substring(0, 2), k -> new int[3]);
            c[0]++;
            if (s.getStatus() == DeclarationSigner.Status.SIGNED) {
                c[1]++;
            } else if (s.getStatus() == DeclarationSigner.Status.DECLINED) {
                c[2]++;
            }
            Region r = em.find(Region.class, s.getRegionCode());
            regions.add(new RegionLine(s.getRegionCode(), r == null ? s.getRegionCode() : r.getName(),
                    r == null ? null : r.getLevel().name(), s.getName(), s.getPosition(), s.getStatus().name(),
                    s.getSignedAt() != null ? s.getSignedAt() : s.getDeclinedAt()));
        }
        regions.sort(java.util.Comparator.comparing(RegionLine::code));
        List<Tile> tiles = new ArrayList<>();
        for (Region p : provinces) {
            int[] c = counts.getOrDefault(p.getCode(), new int[3]);
            int[] pos = TILES.getOrDefault(p.getCode(), new int[] {0, 6});
            String status = c[0] == 0 ? "NONE" : c[1] == c[0] ? "SIGNED" : c[1] > 0 ? "PARTIAL" : c[2] > 0 ? "DECLINED" : "PENDING";
            tiles.add(new Tile(p.getCode(), p.getName(), abbr(p.getName()), pos[0] + 1, pos[1] + 1, c[0], c[1], c[2], status));
        }
        return new Coverage(tiles, regions, signed, pending, declined, all.size());
    }

    /** A short label for a tile: "Sumatera Barat" → "SUMBAR"-like initials, at most 6 letters. */
    static String abbr(String name) {
        String[] w = name.replace("Kepulauan", "Kep").replace("Daerah Istimewa", "DI").split("\\s+");
        if (w.length == 1) {
            return name.length() <= 7 ? name : name.substring(0, 6);
        }
        StringBuilder b = new StringBuilder();
        for (String s : w) {
            b.append(s, 0, Math.min(s.length(), w.length > 2 ? 2 : 3));
        }
        return b.toString();
    }

    @Transactional
    public byte[] coverageSheet(long id) {
        Declaration d = declarations.get(id);
        Coverage c = coverage(id);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var header = SheetStyles.header(wb);
            Sheet p = wb.createSheet("Provinsi");
            String[] ph = {"Kode", "Provinsi", "Diundang", "Menandatangani", "Menolak", "Status"};
            Row h = p.createRow(0);
            for (int i = 0; i < ph.length; i++) {
                h.createCell(i).setCellValue(ph[i]);
                h.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (Tile t : c.provinces()) {
                Row row = p.createRow(r++);
                row.createCell(0).setCellValue(t.code());
                row.createCell(1).setCellValue(t.name());
                row.createCell(2).setCellValue(t.invited());
                row.createCell(3).setCellValue(t.signed());
                row.createCell(4).setCellValue(t.declined());
                row.createCell(5).setCellValue(statusText(t.status()));
            }
            Sheet s = wb.createSheet("Penanda tangan");
            String[] sh = {"Kode wilayah", "Wilayah", "Nama", "Jabatan", "Status", "Waktu (UTC)"};
            h = s.createRow(0);
            for (int i = 0; i < sh.length; i++) {
                h.createCell(i).setCellValue(sh[i]);
                h.getCell(i).setCellStyle(header);
            }
            r = 1;
            for (RegionLine l : c.regions()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.name());
                row.createCell(2).setCellValue(l.signer());
                row.createCell(3).setCellValue(l.position());
                row.createCell(4).setCellValue(statusText(l.status()));
                row.createCell(5).setCellValue(l.at() == null ? "" : l.at().toString());
            }
            for (int i = 0; i < 6; i++) {
                p.autoSizeColumn(i);
                s.autoSizeColumn(i);
            }
            wb.setSheetName(0, "Provinsi");
            wb.getProperties().getCoreProperties().setTitle(d.getTitle());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String statusText(String status) {
        return switch (status) {
            case "SIGNED" -> "Sudah menandatangani";
            case "PARTIAL" -> "Sebagian";
            case "PENDING", "SENT" -> "Belum";
            case "DECLINED" -> "Menolak";
            case "CLOSED" -> "Tidak menandatangani";
            case "NONE" -> "Tidak diundang";
            default -> status;
        };
    }
}
