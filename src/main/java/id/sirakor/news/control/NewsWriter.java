package id.sirakor.news.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fills the news release template from facts the event already holds (ADR 0094): no AI, every
 * sentence has one source. Pure: {@link NewsService} gathers the {@link Facts}, this class writes
 * the title and the paragraphs; the unit tests read its output directly.
 */
public final class NewsWriter {

    private NewsWriter() {
    }

    /** A person as the article names them: name with titles, position (institution when not in the position). */
    public record Person(String name, String position, String institution) implements java.io.Serializable {
        public String full() {
            return NewsText.person(name, position, institution);
        }
    }

    /** A speaker slot: the official invited, and who spoke for them when represented. */
    public record Slot(Person official, Person representedBy) implements java.io.Serializable {
        String text() {
            return representedBy == null ? official.full() : official.full() + ", yang diwakili oleh " + representedBy.full();
        }

        Person actual() {
            return representedBy == null ? official : representedBy;
        }
    }

    /** A point of the minutes marked "kutipan", with who said it. */
    public record Quote(String body, Person by) implements java.io.Serializable {
    }

    /** A talk (PAPARAN/DISKUSI session) with its speakers, the minutes' summary of it and its quotes. */
    public record Talk(String title, List<Slot> speakers, String summary, List<Quote> quotes) implements java.io.Serializable {
    }

    /**
     * @param unitName      the organizing unit ("Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat")
     * @param unitShort     its short name ("Bawaslu Provinsi Sumatera Barat")
     * @param typeLong      "rapat koordinasi (Rakor)"
     * @param typeShort     "Rakor"
     * @param venue         venue name, null when none
     * @param city          the venue's city (for the dateline and the lead)
     * @param opening       the SAMBUTAN speakers (who opened it); empty: chair of the minutes if any
     * @param chair         the minutes' chair, used when no one is on the timetable to open it
     * @param openingQuotes quotes from the opening session
     * @param present       persons present (attendance), 0 when none recorded
     * @param institutions  institutions present
     * @param kinds         the kinds of institutions present, most frequent first ("Bawaslu", "BKPSDM/BKD", …)
     * @param decisions     the decisions of the minutes, one per item
     * @param closing       the PENUTUPAN speakers
     */
    public record Facts(String unitName, String unitShort, String typeLong, String typeShort, String title, String theme,
                        String venue, String city, LocalDate firstDay, LocalDate lastDay, List<Slot> opening, Person chair,
                        List<Quote> openingQuotes, List<Talk> talks, long present, long institutions, List<String> kinds,
                        String summary, List<String> decisions, List<Slot> closing, List<Quote> otherQuotes) {
    }

    /** Title and paragraphs (the first starts with the dateline). */
    public record Article(String title, List<String> paragraphs) {
        public String body() {
            return String.join("\n\n", paragraphs);
        }
    }

    static final String[] VERBS = {"kata", "ujar", "ungkap", "tegas"};

    public static Article write(Facts f) {
        List<String> ps = new ArrayList<>();
        int[] verb = {0};
        String unit = f.unitShort() == null || f.unitShort().isBlank() ? f.unitName() : f.unitShort();

        // lead: who, what, where, when (dateline first)
        StringBuilder lead = new StringBuilder(NewsText.dateline(f.city(), f.firstDay())).append(' ');
        lead.append(unit).append(" menggelar ").append(what(f));
        String where = where(f);
        if (!where.isEmpty()) {
            // "… di Sumatera Barat di Grand Rocky Hotel" reads badly
            lead.append(f.title().toLowerCase(Locale.ROOT).contains(" di ") ? " bertempat di " : " di ").append(where);
        }
        lead.append(", ").append(NewsText.when(f.firstDay(), f.lastDay())).append('.');
        if (f.theme() != null && !f.theme().isBlank() && !f.theme().equalsIgnoreCase(f.title())) {
            lead.append(" Kegiatan ini mengusung tema \u201C").append(f.theme().strip()).append("\u201D.");
        }
        ps.add(lead.toString());

        // participants: count and kinds of institutions present (attendance)
        long days = f.lastDay() == null ? 1 : Math.max(1, f.lastDay().toEpochDay() - f.firstDay().toEpochDay() + 1);
        if (f.present() > 0) {
            StringBuilder p = new StringBuilder(NewsText.capitalize(f.typeShort()));
            p.append(days > 1 ? " yang berlangsung selama " + NewsText.count(days) + " hari tersebut" : " tersebut");
            p.append(" diikuti oleh ").append(f.present()).append(" peserta");
            if (f.institutions() > 1) {
                p.append(" dari ").append(f.institutions()).append(" instansi");
            }
            if (!f.kinds().isEmpty()) {
                p.append(", di antaranya ").append(NewsText.join(f.kinds()));
            }
            p.append('.');
            ps.add(p.toString());
        }

        // who opened it, and what they said
        if (!f.opening().isEmpty()) {
            ps.add(NewsText.capitalize(f.typeShort()) + " dibuka oleh " + NewsText.join(f.opening().stream().map(Slot::text).toList()) + ".");
        } else if (f.chair() != null && f.chair().name() != null && !f.chair().name().isBlank()) {
            ps.add(NewsText.capitalize(f.typeShort()) + " dipimpin oleh " + f.chair().full() + ".");
        }
        for (Quote q : f.openingQuotes()) {
            ps.add(quote(q, verb, true));
        }

        // the speakers with their titles and positions
        List<String> speakers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Talk t : f.talks()) {
            for (Slot s : t.speakers()) {
                if (seen.add(s.text())) {
                    speakers.add(s.text());
                }
            }
        }
        if (!speakers.isEmpty()) {
            ps.add((speakers.size() == 1 ? "Hadir sebagai narasumber " : "Hadir sebagai narasumber yaitu ") + NewsText.join(speakers) + ".");
        }
        Set<String> said = new java.util.HashSet<>();
        for (Talk t : f.talks()) {
            if (t.summary() != null && !t.summary().isBlank() && said.add(t.summary().strip())) {
                ps.add(sentence(t.summary()));
            }
            for (Quote q : t.quotes()) {
                ps.add(quote(q, verb, false));
            }
        }
        if (f.talks().stream().allMatch(t -> t.summary() == null || t.summary().isBlank()) && f.summary() != null) {
            for (String line : NewsText.items(f.summary())) {
                ps.add(sentence(line));
            }
        }
        for (Quote q : f.otherQuotes()) {
            ps.add(quote(q, verb, false));
        }

        // key decisions
        if (!f.decisions().isEmpty()) {
            ps.add(NewsText.capitalize(f.typeShort()) + " tersebut menghasilkan " + (f.decisions().size() == 1 ? "kesepakatan" : "sejumlah kesepakatan")
                    + ", antara lain:");
            List<String> lines = new ArrayList<>();
            int n = 0;
            for (String d : f.decisions()) {
                lines.add(++n + ". " + sentence(d));
            }
            ps.add(String.join("\n", lines));
        }

        // closing line
        StringBuilder close = new StringBuilder();
        if (!f.closing().isEmpty()) {
            close.append("Kegiatan ditutup oleh ").append(NewsText.join(f.closing().stream().map(Slot::text).toList())).append(". ");
        }
        close.append("Demikian informasi mengenai ").append(f.typeShort()).append(" \u201C").append(f.title().strip())
                .append("\u201D yang diselenggarakan oleh ").append(unit).append('.');
        ps.add(close.toString());

        return new Article(title(f, unit), ps);
    }

    /** "Bawaslu Provinsi Sumatera Barat Gelar Rapat Koordinasi …" within 200 characters. */
    static String title(Facts f, String unit) {
        String t = unit + " Gelar " + (startsWithType(f.title()) ? f.title().strip() : NewsText.capitalize(f.typeShort()) + " " + f.title().strip());
        return t.length() <= NewsService.TITLE_MAX ? t : t.substring(0, NewsService.TITLE_MAX - 1).strip() + "\u2026";
    }

    static boolean startsWithType(String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        for (String w : new String[] {"rapat", "rakor", "sosialisasi", "bimbingan", "bimtek", "seminar", "lokakarya", "workshop", "diskusi"}) {
            if (t.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    static String what(Facts f) {
        return startsWithType(f.title()) ? f.title().strip() : f.typeLong() + " bertajuk \u201C" + f.title().strip() + "\u201D";
    }

    static String where(Facts f) {
        if (f.venue() == null || f.venue().isBlank()) {
            return f.city() == null ? "" : f.city();
        }
        String v = f.venue().strip();
        if (f.city() == null || v.toLowerCase(Locale.ROOT).contains(f.city().toLowerCase(Locale.ROOT))) {
            return v;
        }
        return v + ", " + f.city();
    }

    static String quote(Quote q, int[] verb, boolean opening) {
        String v = VERBS[verb[0]++ % VERBS.length];
        if (opening && verb[0] == 1) {
            // the first words of the person who opened the meeting: "dalam sambutannya"
            return NewsText.quote(q.body(), v, q.by().full() + " dalam sambutannya");
        }
        return NewsText.quote(q.body(), v, q.by().full());
    }

    /** A fragment as a sentence: capital first letter, a full stop at the end. */
    static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = NewsText.capitalize(t);
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' ? t : t + ".";
    }
}
