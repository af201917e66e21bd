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

    private String slug;
    private String key;
    private String token;
    private boolean found;
    private String eventTitle;
    private List<RegistrationService.InvitedInstitution> invited = List.of();

    private String frontTitle;
    private String name;
    private String backTitle;
    private String position;
    private String idKind = "NIP";
    private String idNumber;
    private Long institutionId;
    private String institutionName;
    private String phone;
    private String email;
    private boolean consent;

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
            invited = registrations.invitedInstitutions(e.getId());
        } catch (BusinessException e) {
            found = false;
        }
    }

    public void submit() {
        RegistrationService.Outcome o = registrations.register(slug, new RegistrationService.Form(frontTitle, name, backTitle,
                position, idKind, idNumber, institutionId, institutionName, phone, email, consent), key);
        if (o.token() != null) {
            token = o.token();
        }
        Faces.redirect("/p/registration.xhtml?t=" + token);
    }

    public String getSlug() { return slug; }
    public void setSlug(String v) { slug = v; }
    public boolean isFound() { return found; }
    public String getEventTitle() { return eventTitle; }
    public List<RegistrationService.InvitedInstitution> getInvited() { return invited; }
    public String getConsentVersion() { return RegistrationService.CONSENT_VERSION; }
    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String v) { frontTitle = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String v) { backTitle = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getIdKind() { return idKind; }
    public void setIdKind(String v) { idKind = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long v) { institutionId = v; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String v) { institutionName = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { consent = v; }
}
