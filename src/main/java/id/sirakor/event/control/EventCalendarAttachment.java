package id.sirakor.event.control;

import id.sirakor.event.entity.Event;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.mail.AttachmentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;

/** "event-ics:ID": the event's calendar file, attached to invitations and confirmations. */
@ApplicationScoped
@Transactional
public class EventCalendarAttachment implements AttachmentSource {

    public static final String KIND = "event-ics";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicEvents publicEvents;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Attachment render(long id) {
        Event e = em.find(Event.class, id);
        EventService.initialize(e);
        String base = Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", "http://localhost:8080");
        String ics = publicEvents.ics(e, base.endsWith("/") ? base : base + "/");
        return new Attachment(e.getSlug() + ".ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                ics.getBytes(StandardCharsets.UTF_8));
    }
}
