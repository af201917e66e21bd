package id.sirakor.onsite.control;

import id.sirakor.onsite.entity.SeatingLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of precedence (tata urutan) and the seat arrangement (tata tempat) for officials.
 * Pure functions, no database: unit-tested against documented cases (docs/adr/0080).
 *
 * <p>Defaults follow UU No. 9 Tahun 2010 tentang Keprotokolan (Pasal 9–10: tata urutan; Pasal 12:
 * tata tempat) and PP No. 39 Tahun 2018 tentang Pelaksanaan UU 9/2010 (the order at provincial and
 * regency level: kepala daerah, wakil, ketua DPRD, Forkopimda, sekretaris daerah, heads of vertical
 * agencies, heads of regional offices). A unit may replace the list with its own.
 *
 * <p>Seats: the most senior official takes the centre seat; the second sits at the first one's
 * right, the third at the left, and so on alternating. "Right" is the right of the seated person:
 * in a theatre they face the stage (the top of the plan), so it is the plan's right; at a head table
 * they face the hall, so it is the plan's left. A representative sits in the seat of the official
 * represented, labelled "mewakili …".
 */
public final class Protocol {

    private Protocol() {
    }

    /** One entry of a precedence list. */
    public record Rank(String code, String label, int rank) implements java.io.Serializable {
    }

    /** The documented default list (docs/adr/0080-protocol-precedence-defaults.md). */
    public static final List<Rank> DEFAULTS = List.of(
            new Rank("MENTERI", "Menteri / pimpinan lembaga negara", 10),
            new Rank("GUBERNUR", "Gubernur", 20),
            new Rank("WAKIL_GUBERNUR", "Wakil Gubernur", 30),
            new Rank("KETUA_DPRD_PROV", "Ketua DPRD Provinsi", 40),
            new Rank("FORKOPIMDA_PROV", "Forkopimda Provinsi (Pangdam/Danrem, Kapolda, Kajati, Ketua PT)", 50),
            new Rank("SEKDA_PROV", "Sekretaris Daerah Provinsi", 60),
            new Rank("BUPATI_WALIKOTA", "Bupati / Wali Kota / Pj Bupati", 70),
            new Rank("WAKIL_BUPATI", "Wakil Bupati / Wakil Wali Kota", 80),
            new Rank("KETUA_DPRD_KAB", "Ketua DPRD Kabupaten/Kota", 90),
            new Rank("FORKOPIMDA_KAB", "Forkopimda Kabupaten/Kota (Dandim, Kapolres, Kajari, Ketua PN)", 100),
            new Rank("KEPALA_INSTANSI_VERTIKAL", "Kepala instansi vertikal / ketua lembaga daerah", 110),
            new Rank("SEKDA_KAB", "Sekretaris Daerah Kabupaten/Kota", 120),
            new Rank("KEPALA_OPD", "Kepala perangkat daerah", 130),
            new Rank("NARASUMBER", "Narasumber", 140),
            new Rank("CAMAT", "Camat", 150),
            new Rank("LAINNYA", "Undangan lainnya", 200));

    /** An official to seat; {@code rank} from the precedence list, {@code hint} breaks ties (order entered). */
    public record Guest(long id, String name, String position, int rank, String representative,
                        String representativePosition, int hint) {

        public boolean represented() {
            return representative != null && !representative.isBlank();
        }

        /** Who actually sits here. */
        public String seatedName() {
            return represented() ? representative : name;
        }

        /** The line under the name: the position, or "mewakili …" for a representative. */
        public String seatedLine() {
            return represented() ? "mewakili " + position : position;
        }
    }

    /**
     * A guest placed: {@code group} is the row (theatre; the head table is group 0 of HEAD_TABLE)
     * or the table (ROUND), {@code slot} the seat within it — left to right on the plan for rows,
     * clockwise from the seat facing the stage for round tables — and {@code order} the guest's
     * precedence (1 = most senior).
     */
    public record Placed(int group, int slot, int seats, int order, Guest guest) {
    }

    public static List<Guest> sorted(List<Guest> guests) {
        List<Guest> g = new ArrayList<>(guests);
        g.sort(Comparator.comparingInt(Guest::rank).thenComparingInt(Guest::hint).thenComparingLong(Guest::id));
        return g;
    }

    /**
     * Seat indexes of a row of {@code n} seats, left to right on the plan, in the order they are
     * filled: centre, then alternately the seated person's right and left.
     * {@code facingStage}: the row faces the top of the plan (theatre) or the hall (head table).
     */
    public static List<Integer> centreOut(int n, boolean facingStage) {
        List<Integer> out = new ArrayList<>();
        int c = (n - 1) / 2;
        if (!facingStage && n % 2 == 0) {
            c = n / 2;
        }
        int dir = facingStage ? 1 : -1;
        out.add(c);
        for (int k = 1; out.size() < n; k++) {
            int right = c + dir * k;
            int left = c - dir * k;
            if (right >= 0 && right < n) {
                out.add(right);
            }
            if (left >= 0 && left < n && out.size() < n) {
                out.add(left);
            }
        }
        return out;
    }

    /** Places the guests by precedence; {@code perRow} seats per row or per table (2–20). */
    public static List<Placed> arrange(SeatingLayout layout, List<Guest> guests, int perRow) {
        int n = Math.max(2, Math.min(20, perRow));
        List<Guest> order = sorted(guests);
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int group = i / n;
            int within = i % n;
            List<Integer> slots;
            int seats = n;
            if (layout == SeatingLayout.ROUND) {
                slots = roundOrder(n);
            } else if (layout == SeatingLayout.HEAD_TABLE && group == 0) {
                seats = Math.min(n, order.size());
                slots = centreOut(seats, false);
            } else {
                slots = centreOut(n, true);
            }
            out.add(new Placed(group, slots.get(within), seats, i + 1, order.get(i)));
        }
        return out;
    }

    /** Round table of n: the host at position 0 (facing the stage), then right (1), left (n-1), 2, n-2 … */
    public static List<Integer> roundOrder(int n) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int k = 1; out.size() < n; k++) {
            out.add(k);
            if (out.size() < n && n - k != k) {
                out.add(n - k);
            }
        }
        return out;
    }
}
