package id.sirakor.registration.boundary;

import id.sirakor.event.boundary.EventDisplay;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.registration.control.DelegateService;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.speaker.entity.Speaker;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The institution operator's page: by the invitation's secret link ({@code t}) without an
 * account, or by {@code id} for a logged-in operator (or the event's secretariat). Names
 * delegates up to the quota, substitutes one ("diwakili oleh"), withdraws one; shows the history.
 */
@Named
@ViewScoped
public class DelegatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DelegateService delegates;

    private String token;
    private Long id;
    private boolean found;
    private String eventTitle;
    /** The event's first day and, when it has more than one, its last (formatted at render time). */
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String eventSlug;
    private boolean eventPublic;
    private String institution;
    private String organizer;
    private String letterNumber;
    private int quota;
    private boolean open;
    private List<Line> lines = new ArrayList<>();
    private long active;

    private PersonForm person = new PersonForm();
    /** null: naming a new delegate; else the delegate being substituted. */
    private Long substituting;
    private String substitutingName;

    /** One row of the list: a delegate, and who replaced whom. */
    public record Line(long id, String name, String position, String idText, String status, String source,
                       String replaces, String changedBy, boolean active) implements Serializable {
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh();
    }

    private DelegateService.Access access() {
        return new DelegateService.Access(token, id);
    }

    private void refresh() {
        try {
            DelegateService.View view = delegates.view(access());
            Invitation i = view.invitation();
            Event e = i.getEvent();
            found = true;
            eventTitle = e.getTitle();
            eventSlug = e.getSlug();
            eventPublic = e.getStatus().isPublic();
            List<EventDay> days = e.getDays();
            firstDay = days.isEmpty() ? null : days.get(0).getDayDate();
            lastDay = days.size() < 2 ? null : days.get(days.size() - 1).getDayDate();
            institution = i.getInstitution().getName();
            organizer = e.getUnit().getName();
            letterNumber = i.getLetterNumber();
            quota = i.getQuota();
            open = !e.getStatus().isFinished();
            lines = new ArrayList<>();
            active = 0;
            for (Registration r : view.delegates()) {
                boolean act = r.getStatus().isActive();
                active += act ? 1 : 0;
                String idText = "NIP".equals(r.getIdKind()) ? "NIP " + PersonalIds.formatNip(r.getNip())
                        : "NIK \u2022\u2022\u2022\u2022";
                lines.add(new Line(r.getId(), Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()),
                        r.getPosition(), idText, r.getStatus().name(), r.getSource(),
                        r.getReplaces() == null ? null : Speaker.formatName(null, r.getReplaces().getFrontTitle(),
                                r.getReplaces().getName(), r.getReplaces().getBackTitle()), r.getChangedBy(), act));
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void startSubstitute(Line l) {
        substituting = l.id();
        substitutingName = l.name();
        person = new PersonForm();
    }

    public void cancelSubstitute() {
        substituting = null;
        substitutingName = null;
        person = new PersonForm();
    }

    public void save() {
        String institutionName = institution;
        try {
            if (substituting == null) {
                Registration r = delegates.name(access(), person.toForm(null, institutionName));
                Faces.info("delegate.named", r.getName());
            } else {
                Registration r = delegates.substitute(access(), substituting, person.toForm(null, institutionName));
                Faces.info("delegate.substituted", substitutingName, r.getName());
            }
        } catch (BusinessException refused) {
            // the seats may have changed meanwhile (the quota filled by someone else): show them as
            // they are now, with the refusal and the form as typed
            refresh();
            throw refused;
        }
        substituting = null;
        substitutingName = null;
        person = new PersonForm();
        refresh();
    }

    public void withdraw(Line l) {
        delegates.withdraw(access(), l.id());
        Faces.info("delegate.withdrawn", l.name());
        refresh();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getEventTitle() { return eventTitle; }
    /**
     * Rendered with the page's language (known at render time, not in the view action), as
     * {@link EventDisplay#dateRange(Event)} writes it: the one day, or the first – the last.
     */
    public String getEventDates() {
        if (firstDay == null) {
            return "";
        }
        String first = IndonesianTime.date(firstDay, Faces.locale());
        return lastDay == null ? first : first + " \u2013 " + IndonesianTime.date(lastDay, Faces.locale());
    }
    public String getEventSlug() { return eventSlug; }
    public boolean isEventPublic() { return eventPublic; }
    public String getInstitution() { return institution; }
    public String getOrganizer() { return organizer; }
    public String getLetterNumber() { return letterNumber; }
    public int getQuota() { return quota; }
    public boolean isOpen() { return open; }
    public List<Line> getLines() { return lines; }
    public long getActive() { return active; }
    public boolean isFull() { return active >= quota; }
    public PersonForm getPerson() { return person; }
    public Long getSubstituting() { return substituting; }
    public String getSubstitutingName() { return substitutingName; }
}
