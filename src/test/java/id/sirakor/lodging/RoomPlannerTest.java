package id.sirakor.lodging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.lodging.control.RoomPlanner;
import id.sirakor.lodging.control.RoomPlanner.Conflict;
import id.sirakor.lodging.control.RoomPlanner.Guest;
import id.sirakor.lodging.control.RoomPlanner.Plan;
import id.sirakor.lodging.control.RoomPlanner.Problem;
import id.sirakor.lodging.control.RoomPlanner.Room;
import id.sirakor.lodging.control.RoomPlanner.RoomType;
import id.sirakor.lodging.control.RoomingList;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Room assignment: the gender rule, the capacity of the block, a change after the list was sent. */
class RoomPlannerTest {

    static Guest g(long id, String name, long inst, Character gender) {
        return new Guest(id, name, inst, "Instansi " + inst, gender);
    }

    static Map<Long, Character> genders(List<Guest> guests) {
        Map<Long, Character> m = new HashMap<>();
        guests.forEach(x -> m.put(x.id(), x.gender()));
        return m;
    }

    @Test
    void twinsAreSharedOnlyBySameGenderAndSameInstitutionFirst() {
        List<Guest> guests = List.of(g(1, "Ani", 10, 'P'), g(2, "Budi", 10, 'L'), g(3, "Citra", 20, 'P'), g(4, "Dewi", 10, 'P'),
                g(5, "Eko", 20, 'L'), g(6, "Fajar", 10, 'L'));
        Plan plan = RoomPlanner.plan(guests, 0, 10);
        assertTrue(plan.unassigned().isEmpty());
        for (Room r : plan.rooms()) {
            if (r.guests().size() == 2) {
                assertEquals(genders(guests).get(r.guests().get(0)), genders(guests).get(r.guests().get(1)), "mixed gender in " + r);
            }
        }
        // Ani and Dewi (both women of institution 10) share; Budi and Fajar (men of 10) share; Citra and Eko are alone
        assertTrue(plan.rooms().stream().anyMatch(r -> r.guests().containsAll(List.of(1L, 4L))), plan.toString());
        assertTrue(plan.rooms().stream().anyMatch(r -> r.guests().containsAll(List.of(2L, 6L))), plan.toString());
        assertEquals(4, plan.rooms().size());
        assertTrue(RoomPlanner.check(plan.rooms(), 0, 10, genders(guests), Set.of(1L, 2L, 3L, 4L, 5L, 6L)).isEmpty());
    }

    @Test
    void unknownGenderSleepsAloneAndNobodyIsPlannedBeyondTheBlock() {
        List<Guest> guests = List.of(g(1, "A", 1, 'L'), g(2, "B", 2, 'L'), g(3, "C", 3, null), g(4, "D", 4, 'P'), g(5, "E", 5, 'P'),
                g(6, "F", 6, 'P'));
        Plan plan = RoomPlanner.plan(guests, 1, 2);
        // two twins (A+B, D+E), one single (F): C, whose gender is unknown, cannot share and waits
        assertEquals(3, plan.rooms().size());
        assertEquals(List.of(3L), plan.unassigned(), "the guest of unknown gender waits: no single room left");
        long twins = plan.rooms().stream().filter(r -> r.type() == RoomType.TWIN).count();
        assertEquals(2, twins);
        List<Conflict> conflicts = RoomPlanner.check(plan.rooms(), 1, 2, genders(guests), Set.of(1L, 2L, 3L, 4L, 5L, 6L));
        assertEquals(1, conflicts.stream().filter(c -> c.problem() == Problem.UNASSIGNED).count());
        assertTrue(conflicts.stream().noneMatch(c -> c.problem() == Problem.OVER_BLOCK));
    }

    @Test
    void conflictsAreFlaggedForChangesByHand() {
        Map<Long, Character> genders = Map.of(1L, 'L', 2L, 'P', 3L, 'L');
        List<Room> rooms = List.of(new Room("T-01", RoomType.TWIN, List.of(1L, 2L)), new Room("S-01", RoomType.SINGLE, List.of(3L)),
                new Room("S-02", RoomType.SINGLE, List.of(3L, 1L)));
        List<Conflict> c = RoomPlanner.check(rooms, 1, 1, genders, Set.of(1L, 2L, 3L));
        assertTrue(c.contains(new Conflict(Problem.MIXED_GENDER, "T-01", null)), c.toString());
        assertTrue(c.contains(new Conflict(Problem.OVER_BLOCK, "SINGLE", null)), c.toString());
        assertTrue(c.contains(new Conflict(Problem.OVER_ROOM, "S-02", null)), c.toString());
        assertTrue(c.contains(new Conflict(Problem.TWO_ROOMS, "S-02", 3L)), c.toString());
        assertTrue(c.contains(new Conflict(Problem.TWO_ROOMS, "S-02", 1L)), c.toString());
    }

    @Test
    void genderComesFromTheNipOrTheNik() {
        assertEquals('L', RoomPlanner.genderOf("198203152006041003", null));
        assertEquals('P', RoomPlanner.genderOf("198507222009032004", null));
        assertEquals('L', RoomPlanner.genderOf(null, "1306011203850001"));
        assertEquals('P', RoomPlanner.genderOf(null, "1306015203850001"));
        assertNull(RoomPlanner.genderOf("123", "99"));
        assertNull(RoomPlanner.genderOf("198203152006043003", null));
    }

    @Test
    void aChangeAfterSendingIsShownAsADifferenceAndTheExcelReadsBack() throws Exception {
        LocalDate in = LocalDate.of(2027, 3, 9);
        LocalDate out = LocalDate.of(2027, 3, 11);
        List<RoomingList.Line> sent = List.of(new RoomingList.Line(1, "Ani", "BKPSDM Agam", "T-01", "Twin", in, out, "Dewi"),
                new RoomingList.Line(4, "Dewi", "BKPSDM Agam", "T-01", "Twin", in, out, "Ani"),
                new RoomingList.Line(2, "Budi", "BKPSDM Solok", "S-01", "Single", in, out, ""));
        String stored = RoomingList.encode(sent);
        List<RoomingList.Line> now = List.of(new RoomingList.Line(1, "Ani", "BKPSDM Agam", "S-02", "Single", in, out, ""),
                new RoomingList.Line(2, "Budi", "BKPSDM Solok", "S-01", "Single", in, out, ""),
                new RoomingList.Line(7, "Gita", "BKPSDM Padang", "T-01", "Twin", in, out, ""));
        List<RoomingList.Difference> diff = RoomingList.diff(RoomingList.decode(stored), now);
        assertEquals(3, diff.size(), diff.toString());
        assertEquals(RoomingList.Change.CHANGED, diff.get(0).change());
        assertEquals("T-01", diff.get(0).before().room());
        assertEquals("S-02", diff.get(0).after().room());
        assertEquals(RoomingList.Change.ADDED, diff.get(1).change());
        assertEquals("Gita", diff.get(1).after().name());
        assertEquals(RoomingList.Change.REMOVED, diff.get(2).change());
        assertEquals("Dewi", diff.get(2).before().name());
        assertTrue(RoomingList.diff(RoomingList.decode(stored), sent).isEmpty(), "nothing changed, nothing to send");

        byte[] xlsx = RoomingList.excel("Rakor", "Grand Rocky Hotel Bukittinggi", now, diff);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Rooming List");
            assertEquals("Grand Rocky Hotel Bukittinggi", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(RoomingList.COLUMNS.get(7), s.getRow(3).getCell(7).getStringCellValue());
            assertEquals("Ani", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Single", s.getRow(4).getCell(4).getStringCellValue());
            assertEquals("09-03-2027", s.getRow(4).getCell(5).getStringCellValue());
            assertEquals("Gita", s.getRow(6).getCell(1).getStringCellValue());
            Sheet d = wb.getSheet("Perubahan");
            assertEquals("Ubah", d.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Batal", d.getRow(3).getCell(0).getStringCellValue());
        }
    }
}
