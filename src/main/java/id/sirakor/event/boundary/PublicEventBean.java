package id.sirakor.event.boundary;

import id.sirakor.event.control.PublicEvents;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public event page (?e=slug) and the public list: stateless, phone first. */
@Named
@RequestScoped
public class PublicEventBean {

    @Inject
    PublicEvents publicEvents;

    @Inject
    EventDisplay display;

    @Inject
    id.sirakor.platform.clock.AppClock clock;

    @Inject
    id.sirakor.event.control.Materials materials;

    public List<id.sirakor.event.entity.SpeakerMaterial> getMaterials() {
        return getEvent() == null ? List.of() : materials.published(getEvent().getId());
    }

    @Inject
    id.sirakor.photo.control.PhotoGallery photoGallery;

    private List<id.sirakor.photo.control.EventPhotos.Photo> photos;

    /** The public gallery (issue 14): the photos marked public, cover first; none for a cancelled event. */
    public List<id.sirakor.photo.control.EventPhotos.Photo> getPhotos() {
        if (photos == null) {
            try {
                photos = getEvent() == null ? List.of() : photoGallery.publicGallery(getEvent().getSlug());
            } catch (BusinessException e) {
                photos = List.of();
            }
        }
        return photos;
    }

    private String slug;
    private Event event;
    private boolean loaded;

    public Event getEvent() {
        if (!loaded) {
            loaded = true;
            try {
                event = publicEvents.find(slug);
            } catch (BusinessException e) {
                event = null;
            }
        }
        return event;
    }

    private List<Event> all;

    private List<Event> all() {
        if (all == null) {
            all = publicEvents.list(40);
        }
        return all;
    }

    /** Coming and running events: registration may still be open (a cancelled one is not among them). */
    public List<Event> getUpcoming() {
        var now = clock.now();
        return all().stream().filter(e -> !e.isOver(now) && e.getStatus() != EventStatus.CANCELLED).toList();
    }

    /**
     * Events whose last day is over, latest first, marked "Selesai", and cancelled ones marked
     * "Dibatalkan" (so that people who saw them learn they are off): none has a register button.
     */
    public List<Event> getPast() {
        var now = clock.now();
        return all().stream().filter(e -> e.isOver(now) || e.getStatus() == EventStatus.CANCELLED).limit(12).toList();
    }

    public boolean isOver(Event e) {
        return e.isOver(clock.now());
    }

    public boolean isRegistrationOpen() {
        return getEvent() != null && getEvent().isRegistrationOpen(clock.now());
    }

    public String dayTimes(EventDay d) {
        return IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), d.getEvent().zone(), Faces.locale());
    }

    public String sessionTimes(EventSession s) {
        return IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), s.getEvent().zone(), Faces.locale());
    }

    /** The sessions of one day. */
    public List<EventSession> sessions(EventDay d) {
        return getEvent().getSessions().stream().filter(s -> s.getDay() == d).toList();
    }

    public String slotLine(SessionSpeaker sl) {
        return display.slotLine(sl);
    }

    /** Everybody who speaks or moderates, once each, in timetable order. */
    public List<Speaker> getSpeakers() {
        Map<Long, Speaker> out = new LinkedHashMap<>();
        for (EventSession s : getEvent().getSessions()) {
            for (SessionSpeaker sl : s.getSlots()) {
                out.putIfAbsent(sl.getActualSpeaker().getId(), sl.getActualSpeaker());
            }
            if (s.getModerator() != null) {
                out.putIfAbsent(s.getModerator().getId(), s.getModerator());
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Distinct venues of the event's days. */
    public List<EventDay> getVenueDays() {
        Map<Long, EventDay> out = new LinkedHashMap<>();
        for (EventDay d : getEvent().getDays()) {
            if (d.getHall() != null) {
                out.putIfAbsent(d.getHall().getVenue().getId(), d);
            }
        }
        return new ArrayList<>(out.values());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
}
