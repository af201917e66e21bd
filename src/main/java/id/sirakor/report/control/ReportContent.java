package id.sirakor.report.control;

import id.sirakor.platform.document.Letterhead;
import java.util.List;

/**
 * Everything a laporan kegiatan prints, gathered once in the service's transaction so that the PDF
 * and the .docx are rendered from the same model and say the same (ADR 0091).
 */
public record ReportContent(Letterhead letterhead, String unitName, String eventTitle, String eventType, String theme, String year,
                            Texts texts, List<String> days, List<String> places, List<ParticipantRow> participants,
                            ParticipantRow total, List<SpeakerRow> speakers, String minutesStatus, boolean minutesApproved,
                            List<SessionResult> sessions, String generalSummary, String generalDecisions, List<FollowRow> followUps,
                            Signature signature, List<String> lampiran, List<Photo> photos) {

    /** The parts the secretariat writes; {@code legalBasis} one item per entry. */
    public record Texts(String background, List<String> legalBasis, String purpose, String conclusion, String recommendation) {
    }

    /** Counts of people per institution type: invited (the invitations' quotas), registered, present. */
    public record ParticipantRow(String type, long invited, long registered, long present) {
    }

    /** A narasumber or moderator of a session with their materi. */
    public record SpeakerRow(String session, String when, String role, String name, String position, String materi) {
    }

    /** One session's results from the approved minutes. */
    public record SessionResult(String title, String when, String summary, List<String> points, String decisions) {
    }

    public record FollowRow(String action, String responsible, String due, String status) {
    }

    /**
     * The unit head's signature block.
     *
     * @param signedLine e.g. "[ditandatangani secara elektronik pada 15 Maret 2023]", or null on a draft
     */
    public record Signature(String placeDate, String position, String name, String nip, String signedLine, String verifyCode,
                            String verifyUrl) {
    }

    public record Photo(byte[] jpeg, int width, int height, String caption) {
    }

    /** The chapter headings, as the PDF's daftar isi and the .docx's headings both print them. */
    public static final String BAB_I = "BAB I PENDAHULUAN";
    public static final String BAB_II = "BAB II PELAKSANAAN KEGIATAN";
    public static final String BAB_III = "BAB III HASIL KEGIATAN";
    public static final String BAB_IV = "BAB IV PENUTUP";
    public static final String LAMPIRAN = "LAMPIRAN";
}
