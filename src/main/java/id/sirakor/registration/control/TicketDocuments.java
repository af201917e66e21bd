package id.sirakor.registration.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.platform.document.Ticket;
import id.sirakor.platform.document.TicketPdf;
import id.sirakor.platform.mail.AttachmentSource;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The participant's QR ticket as a PDF ("ticket:ID" for the outbox; the personal page's download). */
@ApplicationScoped
@Transactional
public class TicketDocuments implements AttachmentSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public String kind() {
        return Tickets.ATTACHMENT;
    }

    @Override
    public Attachment render(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        return new Attachment(fileName(r), "application/pdf", pdf(r));
    }

    public static String fileName(Registration r) {
        return "Tiket-" + r.getTicketCode() + ".pdf";
    }

    /**
     * The ticket of a registration, loaded in this transaction: the registration a caller holds
     * is detached (its event and unit are lazy), so it is read again by id, never rendered as given.
     */
    public byte[] pdf(long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null) {
            throw id.sirakor.platform.error.BusinessException.notFound("error.notFound");
        }
        return pdf(r);
    }

    private byte[] pdf(Registration r) {
        Event e = r.getEvent();
        EventService.initialize(e);
        List<String> schedule = new ArrayList<>();
        Set<String> venue = new LinkedHashSet<>();
        for (EventDay d : e.getDays()) {
            schedule.add(IndonesianTime.date(d.getDayDate(), IndonesianTime.ID) + " \u2022 "
                    + IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), IndonesianTime.ID));
            if (d.getHall() != null) {
                venue.add(d.getHall().getVenue().getName() + ", " + d.getHall().getName());
                if (d.getHall().getVenue().getAddress() != null) {
                    venue.add(d.getHall().getVenue().getAddress());
                }
            }
        }
        String status = switch (r.getStatus()) {
            case CONFIRMED -> "Terdaftar";
            case WAITLISTED -> "Daftar tunggu \u2013 belum mendapat kursi";
            case PENDING -> "Menunggu persetujuan sekretariat";
            case CANCELLED -> "Dibatalkan \u2013 tidak berlaku";
            case SUBSTITUTED -> "Diwakilkan \u2013 tidak berlaku";
        };
        String note = r.getStatus() == RegistrationStatus.CONFIRMED
                ? "Tunjukkan kode QR ini di meja registrasi. Tiket bersifat pribadi; jangan dibagikan."
                : "Tiket ini belum atau tidak lagi berlaku untuk masuk.";
        Ticket t = new Ticket(e.getUnit().getName(), e.getTitle(), schedule, new ArrayList<>(venue),
                Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()), r.getInstitutionName(), status,
                Tickets.display(r.getTicketCode()), Tickets.qrPayload(r.getTicketCode()), note);
        return TicketPdf.render(t);
    }
}
