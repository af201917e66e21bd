package id.sirakor.onsite.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.onsite.entity.SeatingLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The documented case of docs/adr/0080: a provincial rakor where the Gubernur is represented by an
 * assistant of the provincial secretariat, with Forkopimda, the Sekda, a Pj Bupati and the
 * organizer's own head. Names are fictional.
 */
class ProtocolSeatingTest {

    private static final Map<String, Integer> RANK = Protocol.DEFAULTS.stream()
            .collect(Collectors.toMap(Protocol.Rank::code, Protocol.Rank::rank));

    private static Protocol.Guest g(long id, String name, String position, String code, String rep, String repPosition) {
        return new Protocol.Guest(id, name, position, RANK.get(code), rep, repPosition, (int) id);
    }

    /** Entered in the order a secretariat would type them: not the order of precedence. */
    static List<Protocol.Guest> documentedCase() {
        return List.of(
                g(1, "Ir. Hendra Kusuma, M.M.", "Ketua Bawaslu Provinsi Sumatera Barat", "KEPALA_INSTANSI_VERTIKAL", null, null),
                g(2, "Irjen Pol. Bambang Wiratmo", "Kapolda Sumatera Barat", "FORKOPIMDA_PROV", null, null),
                g(3, "Dr. H. Arman Syahputra", "Gubernur Sumatera Barat", "GUBERNUR",
                        "Drs. Yulizar Hamdani, M.Si.", "Asisten Pemerintahan Setda Provinsi"),
                g(4, "Drs. Rinaldi Chaniago", "Pj Bupati Agam", "BUPATI_WALIKOTA", null, null),
                g(5, "Brigjen TNI Eko Prasetyo", "Danrem 032/Wirabraja", "FORKOPIMDA_PROV", null, null),
                g(6, "Dr. Hj. Desmawati", "Sekretaris Daerah Provinsi Sumatera Barat", "SEKDA_PROV", null, null),
                g(7, "H. Syafrizal, S.E.", "Ketua DPRD Provinsi Sumatera Barat", "KETUA_DPRD_PROV", null, null));
    }

    private static List<String> rowLeftToRight(List<Protocol.Placed> placed, int group, int seats) {
        String[] row = new String[seats];
        Arrays.fill(row, "-");
        for (Protocol.Placed p : placed) {
            if (p.group() == group) {
                row[p.slot()] = p.guest().seatedName();
            }
        }
        return Arrays.asList(row);
    }

    @Test
    void precedenceOrderWithRepresentation() {
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.THEATRE, documentedCase(), 7);
        List<String> order = placed.stream().map(p -> p.guest().position()).toList();
        assertEquals(List.of("Gubernur Sumatera Barat", "Ketua DPRD Provinsi Sumatera Barat", "Kapolda Sumatera Barat",
                "Danrem 032/Wirabraja", "Sekretaris Daerah Provinsi Sumatera Barat", "Pj Bupati Agam",
                "Ketua Bawaslu Provinsi Sumatera Barat"), order);
        Protocol.Guest first = placed.get(0).guest();
        assertEquals("Drs. Yulizar Hamdani, M.Si.", first.seatedName(), "the representative takes the Gubernur's seat");
        assertEquals("mewakili Gubernur Sumatera Barat", first.seatedLine());
    }

    @Test
    void theatreCentreThenRightThenLeft() {
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.THEATRE, documentedCase(), 7);
        // the plan's right is the seated person's right: they face the stage at the top
        assertEquals(List.of("Ir. Hendra Kusuma, M.M.", "Dr. Hj. Desmawati", "Irjen Pol. Bambang Wiratmo",
                "Drs. Yulizar Hamdani, M.Si.", "H. Syafrizal, S.E.", "Brigjen TNI Eko Prasetyo", "Drs. Rinaldi Chaniago"),
                rowLeftToRight(placed, 0, 7));
    }

    @Test
    void headTableFacesTheHallSoItsRightIsThePlansLeft() {
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.HEAD_TABLE, documentedCase(), 7);
        assertEquals(List.of("Drs. Rinaldi Chaniago", "Brigjen TNI Eko Prasetyo", "H. Syafrizal, S.E.",
                "Drs. Yulizar Hamdani, M.Si.", "Irjen Pol. Bambang Wiratmo", "Dr. Hj. Desmawati", "Ir. Hendra Kusuma, M.M."),
                rowLeftToRight(placed, 0, 7));
    }

    @Test
    void secondRowWhenTheFrontRowIsFull() {
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.THEATRE, documentedCase(), 4);
        assertEquals(List.of("Irjen Pol. Bambang Wiratmo", "Drs. Yulizar Hamdani, M.Si.", "H. Syafrizal, S.E.",
                "Brigjen TNI Eko Prasetyo"), rowLeftToRight(placed, 0, 4));
        assertEquals(List.of("Ir. Hendra Kusuma, M.M.", "Dr. Hj. Desmawati", "Drs. Rinaldi Chaniago", "-"),
                rowLeftToRight(placed, 1, 4));
    }

    @Test
    void roundTableHostFacesTheStageThenRightAndLeft() {
        assertEquals(List.of(0, 1, 7, 2, 6, 3, 5, 4), Protocol.roundOrder(8));
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.ROUND, documentedCase(), 5);
        assertEquals(0, placed.get(0).slot());
        assertEquals(0, placed.get(0).group());
        assertEquals(1, placed.get(5).group(), "the sixth official opens the second table");
        List<Integer> slots = new ArrayList<>();
        placed.stream().filter(p -> p.group() == 0).forEach(p -> slots.add(p.slot()));
        assertEquals(List.of(0, 1, 4, 2, 3), slots);
    }

    @Test
    void unknownPrecedenceSitsLast() {
        List<Protocol.Guest> guests = new ArrayList<>(documentedCase());
        guests.add(0, new Protocol.Guest(99, "Tamu", "Tamu undangan", Integer.MAX_VALUE, null, null, 0));
        List<Protocol.Placed> placed = Protocol.arrange(SeatingLayout.THEATRE, guests, 10);
        assertEquals("Tamu", placed.get(placed.size() - 1).guest().name());
        assertTrue(placed.get(0).guest().represented());
    }
}
