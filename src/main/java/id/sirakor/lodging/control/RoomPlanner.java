package id.sirakor.lodging.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Room assignment without a database: who shares which room of a block, and what is wrong with a
 * plan. Rules (issue 15): a twin room is shared only by two guests of the same gender; guests of
 * the same institution share first, then guests of different institutions; a guest whose gender
 * is unknown sleeps alone (a single room, else a twin alone). Rooms beyond the block are never
 * planned: such guests stay unassigned and are reported as "over the block".
 */
public final class RoomPlanner {

    public enum RoomType { SINGLE, TWIN;
        public int beds() { return this == SINGLE ? 1 : 2; }
    }

    public enum Problem { OVER_BLOCK, TWO_ROOMS, MIXED_GENDER, OVER_ROOM, UNASSIGNED }

    /** A guest who needs a room; gender 'L' (laki-laki), 'P' (perempuan) or null (unknown). */
    public record Guest(long id, String name, Long institutionId, String institution, Character gender) {
    }

    /** One room of the plan: its number within the block, type, occupants (ids). */
    public record Room(String no, RoomType type, List<Long> guests) {
    }

    public record Plan(List<Room> rooms, List<Long> unassigned) {
    }

    public record Conflict(Problem problem, String room, Long guest) {
    }

    private RoomPlanner() {
    }

    /** The automatic plan for these guests in a block of {@code singles} single and {@code twins} twin rooms. */
    public static Plan plan(List<Guest> guests, int singles, int twins) {
        List<List<Guest>> pairs = new ArrayList<>();
        List<Guest> alone = new ArrayList<>();
        for (char g : new char[] {'L', 'P'}) {
            // same institution first: sort by institution, pair neighbours within it, then pair the rest
            Map<Object, List<Guest>> byInstitution = new LinkedHashMap<>();
            guests.stream().filter(x -> x.gender() != null && x.gender() == g)
                    .sorted(Comparator.comparing((Guest x) -> x.institution() == null ? "" : x.institution()).thenComparing(Guest::name))
                    .forEach(x -> byInstitution.computeIfAbsent(x.institutionId() != null ? x.institutionId() : x.institution(),
                            k -> new ArrayList<>()).add(x));
            List<Guest> leftovers = new ArrayList<>();
            for (List<Guest> same : byInstitution.values()) {
                int i = 0;
                for (; i + 1 < same.size(); i += 2) {
                    pairs.add(List.of(same.get(i), same.get(i + 1)));
                }
                if (i < same.size()) {
                    leftovers.add(same.get(i));
                }
            }
            int i = 0;
            for (; i + 1 < leftovers.size(); i += 2) {
                pairs.add(List.of(leftovers.get(i), leftovers.get(i + 1)));
            }
            if (i < leftovers.size()) {
                alone.add(leftovers.get(i));
            }
        }
        guests.stream().filter(x -> x.gender() == null).sorted(Comparator.comparing(Guest::name)).forEach(alone::add);

        List<Room> rooms = new ArrayList<>();
        List<Long> unassigned = new ArrayList<>();
        int twinNo = 0;
        int singleNo = 0;
        for (List<Guest> p : pairs) {
            if (twinNo < twins) {
                rooms.add(new Room(roomNo(RoomType.TWIN, ++twinNo), RoomType.TWIN, List.of(p.get(0).id(), p.get(1).id())));
            } else {
                // no twin left: each one alone if single rooms remain
                for (Guest x : p) {
                    alone.add(x);
                }
            }
        }
        for (Guest x : alone) {
            if (singleNo < singles) {
                rooms.add(new Room(roomNo(RoomType.SINGLE, ++singleNo), RoomType.SINGLE, List.of(x.id())));
            } else if (twinNo < twins) {
                rooms.add(new Room(roomNo(RoomType.TWIN, ++twinNo), RoomType.TWIN, List.of(x.id())));
            } else {
                unassigned.add(x.id());
            }
        }
        return new Plan(rooms, unassigned);
    }

    /** Room numbers as the list shows them before the hotel gives real ones: T-01, S-01. */
    public static String roomNo(RoomType type, int n) {
        return (type == RoomType.TWIN ? "T-" : "S-") + (n < 10 ? "0" + n : String.valueOf(n));
    }

    /**
     * What is wrong with a plan (automatic or changed by hand): more rooms of a type than the
     * block holds, a guest in two rooms (also across blocks: pass every room of the event),
     * a twin shared by different genders, more guests than beds, a guest needing a room without one.
     */
    public static List<Conflict> check(List<Room> rooms, int singles, int twins, Map<Long, Character> genders, Set<Long> needRoom) {
        List<Conflict> out = new ArrayList<>();
        long singleRooms = rooms.stream().filter(r -> r.type() == RoomType.SINGLE && !r.guests().isEmpty()).count();
        long twinRooms = rooms.stream().filter(r -> r.type() == RoomType.TWIN && !r.guests().isEmpty()).count();
        if (singleRooms > singles) {
            out.add(new Conflict(Problem.OVER_BLOCK, RoomType.SINGLE.name(), null));
        }
        if (twinRooms > twins) {
            out.add(new Conflict(Problem.OVER_BLOCK, RoomType.TWIN.name(), null));
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (Room r : rooms) {
            if (r.guests().size() > r.type().beds()) {
                out.add(new Conflict(Problem.OVER_ROOM, r.no(), null));
            }
            Set<Character> g = new LinkedHashSet<>();
            for (Long id : r.guests()) {
                if (!seen.add(id)) {
                    out.add(new Conflict(Problem.TWO_ROOMS, r.no(), id));
                }
                g.add(genders.get(id));
            }
            if (r.guests().size() > 1 && (g.size() > 1 || g.contains(null))) {
                out.add(new Conflict(Problem.MIXED_GENDER, r.no(), null));
            }
        }
        for (Long id : needRoom) {
            if (!seen.contains(id)) {
                out.add(new Conflict(Problem.UNASSIGNED, null, id));
            }
        }
        return out;
    }

    /**
     * The gender of a person from their identity number: the 15th digit of a NIP is 1 (male) or 2
     * (female) (PP 11/2017 numbering); a NIK's birth day is increased by 40 for women
     * (Permendagri 8/2025 — the population number). Null when the number says nothing.
     */
    public static Character genderOf(String nip, String nik) {
        if (nip != null && nip.length() == 18) {
            char c = nip.charAt(14);
            if (c == '1') {
                return 'L';
            }
            if (c == '2') {
                return 'P';
            }
        }
        if (nik != null && nik.length() == 16 && Character.isDigit(nik.charAt(6)) && Character.isDigit(nik.charAt(7))) {
            int day = Integer.parseInt(nik.substring(6, 8));
            if (day >= 1 && day <= 31) {
                return 'L';
            }
            if (day >= 41 && day <= 71) {
                return 'P';
            }
        }
        return null;
    }

    /** The room each guest is in (the first, when a guest is in two). */
    public static Map<Long, String> roomOf(List<Room> rooms) {
        Map<Long, String> m = new LinkedHashMap<>();
        for (Room r : rooms) {
            for (Long id : r.guests()) {
                m.putIfAbsent(id, r.no());
            }
        }
        return m;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
