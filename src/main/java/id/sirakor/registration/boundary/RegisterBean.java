package id.sirakor.registration.boundary;

import id.sirakor.event.control.PublicEvents;
import id.sirakor.event.entity.Event;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.registration.control.RegistrationService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The public registration form, phone first. The idempotency key is made when the form is shown:
 * a double tap, a retry after a timeout or a resubmitted form all carry the same key and end on
 * the same registration.
 */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicEvents publicEvents;

    @Inject
    RegistrationService registrations;

    @Inject
    id.sirakor.platform.clock.AppClock clock;

    @Inject
    id.sirakor.institution.control.InstitutionService directory;

    private String slug;
    private String key;
    private String token;
    private boolean found;
    private boolean open;
    private boolean cancelled;
    private String eventTitle;
    private List<RegistrationService.InvitedInstitution> invited = List.of();

    private final PersonForm person = new PersonForm();
    private Long institutionId;
    private String institutionName;

    @PostConstruct
    void init() {
        key = UUID.randomUUID().toString();
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            Event e = publicEvents.find(slug);
            found = true;
            eventTitle = e.getTitle();
            // a closed or finished event says so at once, not after the whole form is filled in
            open = e.isRegistrationOpen(clock.now());
            cancelled = e.getStatus().isCancelled();
            invited = open ? registrations.invitedInstitutions(e.getId()) : List.of();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void submit() {
        Faces.request().setAttribute(id.sirakor.platform.web.RateLimitFilter.COUNT, Boolean.TRUE);
        RegistrationService.Outcome o = registrations.register(slug, person.toForm(institutionId, institutionName), key);
        if (o.token() != null) {
            token = o.token();
        }
        Faces.redirect("/p/registration.xhtml?t=" + token);
    }

    /** Suggestions from the directory while the participant types an institution's name. */
    public List<String> completeInstitution(String q) {
        return directory.directoryNames(q, 10);
    }

    public PersonForm getPerson() { return person; }
    public String getSlug() { return slug; }
    public void setSlug(String v) { slug = v; }
    public boolean isFound() { return found; }
    public boolean isOpen() { return open; }
    public boolean isCancelled() { return cancelled; }
    public String getEventTitle() { return eventTitle; }
    public List<RegistrationService.InvitedInstitution> getInvited() { return invited; }
    public String getConsentVersion() { return RegistrationService.CONSENT_VERSION; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long v) { institutionId = v; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String v) { institutionName = v; }
}
