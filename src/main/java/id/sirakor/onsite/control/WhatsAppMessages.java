package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.onsite.entity.ScheduleNotice;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.phone.IndonesianPhone;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Short WhatsApp texts per confirmed participant, with their personal link, for the secretariat to
 * copy or open as a {@code https://wa.me/62…?text=…} link: no WhatsApp API (ADR 0084). The texts
 * hold names and phone numbers: only the event's own secretariat reads them, and every export
 * is audited.
 */
@ApplicationScoped
public class WhatsAppMessages {

    private static final Logger LOG = Logger.getLogger(WhatsAppMessages.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    /** One participant's message: the phone as shown, the text, the wa.me link (null without a mobile number). */
    public record Message(long registrationId, String name, String institution, String phone, String text, String link) implements java.io.Serializable {
    }

    /**
     * The wa.me link that opens WhatsApp with the text typed for the number, or null when the
     * phone is missing or not an Indonesian mobile number (a fixed line has no WhatsApp).
     */
    public static String link(String phone, String text) {
        return IndonesianPhone.mobile(phone)
                .map(e164 -> "https://wa.me/" + e164.substring(1) + "?text="
                        + URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20"))
                .orElse(null);
    }

    /** What the message says: the cancellation, the change told last, or a reminder. */
    static String text(Event e, String name, String schedule, boolean changed, String personalLink) {
        String when = schedule.replace("\n", "; ");
        String unit = "\n\u2013 Sekretariat " + e.getUnit().getName();
        if (e.getStatus() == EventStatus.CANCELLED) {
            return "Yth. " + name + ", dengan hormat kami sampaikan bahwa " + e.getTitle() + " (" + when + ") DIBATALKAN. Alasan: "
                    + e.getCancelReason() + ". Mohon maaf atas pembatalan ini." + unit;
        }
        String link = personalLink == null ? "" : "\nTiket QR dan info Anda: " + personalLink;
        if (changed) {
            return "Yth. " + name + ", jadwal " + e.getTitle() + " BERUBAH menjadi: " + when + ". Tiket Anda tetap berlaku." + link + unit;
        }
        return "Yth. " + name + ", kami mengingatkan kehadiran Anda pada " + e.getTitle() + ": " + when + "." + link + unit;
    }

    /** The messages of every confirmed participant (the event's secretariat only). */
    @Transactional
    public List<Message> messages(long eventId) {
        Event e = access.writable(eventId);
        String schedule = NoticeService.schedule(e);
        List<ScheduleNotice> last = em.createQuery("select n from ScheduleNotice n where n.eventId = :e order by n.seq desc",
                ScheduleNotice.class).setParameter("e", e.getId()).setMaxResults(1).getResultList();
        boolean changed = !last.isEmpty() && last.get(0).getSeq() > 1;
        String base = Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", "http://localhost:8080");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        List<Message> out = new ArrayList<>();
        for (Registration r : em.createQuery("select r from Registration r where r.event = :e and r.status = :s order by r.name, r.id",
                Registration.class).setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
            String token = shareToken(r);
            String personal = token == null ? base + "/event.xhtml?e=" + e.getSlug() : base + "/p/registration.xhtml?t=" + token;
            String name = Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
            String text = text(e, name, schedule, changed, personal);
            out.add(new Message(r.getId(), name, r.getInstitutionName(), r.getPhone() == null ? "" : IndonesianPhone.display(r.getPhone()),
                    text, link(r.getPhone(), text)));
        }
        return out;
    }

    /**
     * The registration's share link token: made once, kept as a hash for the lookup and under the
     * data key to be shown again. Null when no data key is configured (then the event page is linked).
     */
    private String shareToken(Registration r) {
        try {
            if (r.getShareTokenCipher() != null) {
                return cipher.decrypt(r.getShareTokenCipher());
            }
            String token = PasswordHasher.newSecret(24);
            r.setShareTokenCipher(cipher.encrypt(token));
            r.setShareTokenHash(PasswordHasher.sha256Hex(token));
            return token;
        } catch (IllegalStateException | IllegalArgumentException noKey) {
            LOG.warning("no share link for registration " + r.getId() + ": " + noKey.getMessage());
            return null;
        }
    }

    /** All messages as UTF-8 text, one block per person with name and phone; the export is audited. */
    @Transactional
    public String export(long eventId) {
        Event e = access.writable(eventId);
        List<Message> list = messages(eventId);
        StringBuilder sb = new StringBuilder();
        sb.append("Pesan WhatsApp \u2013 ").append(e.getTitle()).append("\r\n").append(list.size()).append(" peserta\r\n\r\n");
        for (Message m : list) {
            sb.append("=== ").append(m.name()).append(m.institution() == null ? "" : " (" + m.institution() + ")").append("\r\n")
                    .append("Telepon: ").append(m.phone().isEmpty() ? "-" : m.phone()).append("\r\n");
            if (m.link() != null) {
                sb.append("WhatsApp: ").append(m.link()).append("\r\n");
            }
            sb.append("\r\n").append(m.text().replace("\n", "\r\n")).append("\r\n\r\n");
        }
        audit.record("notice.whatsappExport", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + " (" + list.size() + ")", null,
                Map.of("messages", list.size()));
        return sb.toString();
    }
}
