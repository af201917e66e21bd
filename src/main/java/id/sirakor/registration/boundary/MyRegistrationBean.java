package id.sirakor.registration.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.entity.Registration;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import id.sirakor.registration.control.TicketDocuments;
import id.sirakor.registration.control.Tickets;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/** The participant's personal page, reached by the secret link: status, place in line, cancel. */
@Named
@ViewScoped
public class MyRegistrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    TicketDocuments tickets;

    private String token;
    private boolean found;
    private String eventTitle;
    private String eventSlug;
    private String name;
    private String institution;
    private String idText;
    private String status;
    private Integer position;
    private String phone;
    private String email;
    private String ticketCode;
    /** Issue 13: the participant's valid certificate, if one was issued. */
    private String certificateNumber;

    @Inject
    id.sirakor.certificate.control.CertificateService certificates;

    public void load() {
        try {
            Registration r = registrations.byToken(token);
            found = true;
            eventTitle = r.getEvent().getTitle();
            eventSlug = r.getEvent().getSlug();
            name = id.sirakor.speaker.entity.Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
            institution = r.getInstitutionName();
            idText = "NIP".equals(r.getIdKind()) ? "NIP " + PersonalIds.formatNip(r.getNip()) : "NIK " + registrations.maskedNik(r);
            status = r.getStatus().name();
            position = registrations.position(r);
            phone = r.getPhone();
            email = r.getEmail();
            ticketCode = Tickets.display(r.getTicketCode());
            var cert = certificates.ofRegistration(r.getId());
            certificateNumber = cert == null ? null : cert.getNumber();
            loadPrivacy();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void cancel() {
        registrations.cancel(token);
        Faces.info("registration.cancelled");
        Faces.redirect("/p/registration.xhtml?t=" + token);
    }

    public void saveContact() {
        registrations.updateContact(token, phone, email);
        Faces.info("reg.contactSaved");
        load();
    }

    public StreamedContent getTicket() {
        Registration r = registrations.byToken(token);
        byte[] pdf = tickets.pdf(r.getId());
        return Faces.download(TicketDocuments.fileName(r), "application/pdf", pdf);
    }

    /** Issue 13: the participant's own certificate, found by the registration the token opens. */
    public StreamedContent getCertificate() {
        Registration r = registrations.byToken(token);
        var cert = certificates.ofRegistration(r.getId());
        if (cert == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return Faces.download(id.sirakor.certificate.control.CertificateService.fileName(cert), "application/pdf", certificates.file(cert));
    }

    // ---- UU 27/2022: the participant's own data (ADR 0096) ------------------------------------

    @Inject
    id.sirakor.privacy.control.PrivacyService privacy;

    private String deletionReason;
    private boolean deletionConfirmed;
    private java.time.Instant deletionRequestedAt;
    /** Only the personal link (not the share link) downloads the data and asks for deletion. */
    private boolean personalLink;

    private void loadPrivacy() {
        try {
            Registration own = privacy.byPersonalToken(token);
            personalLink = true;
            var q = privacy.pending(own.getId());
            deletionRequestedAt = q == null ? null : q.getRequestedAt();
        } catch (BusinessException e) {
            personalLink = false;
        }
    }

    public StreamedContent getMyDataJson() {
        var data = privacy.myData(token);
        byte[] json;
        try (var jsonb = jakarta.json.bind.JsonbBuilder.create(new jakarta.json.bind.JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(data).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Faces.download("data-saya.json", "application/json", json);
    }

    public StreamedContent getMyDataPdf() {
        return Faces.download("data-saya.pdf", "application/pdf", id.sirakor.privacy.control.MyDataPdf.render(privacy.myData(token)));
    }

    public void requestDeletion() {
        var q = privacy.requestDeletion(token, deletionReason, deletionConfirmed);
        deletionRequestedAt = q.getRequestedAt();
        Faces.info("privacy.requested");
    }

    public String getDeletionReason() { return deletionReason; }
    public void setDeletionReason(String v) { deletionReason = v; }
    public boolean isDeletionConfirmed() { return deletionConfirmed; }
    public void setDeletionConfirmed(boolean v) { deletionConfirmed = v; }
    public java.time.Instant getDeletionRequestedAt() { return deletionRequestedAt; }
    public boolean isPersonalLink() { return personalLink; }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public boolean isActive() {
        return "CONFIRMED".equals(status) || "WAITLISTED".equals(status) || "PENDING".equals(status);
    }

    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getTicketCode() { return ticketCode; }

    public String getToken() { return token; }
    public void setToken(String v) { token = v; }
    public boolean isFound() { return found; }
    public String getEventTitle() { return eventTitle; }
    public String getEventSlug() { return eventSlug; }
    public String getName() { return name; }
    public String getInstitution() { return institution; }
    public String getIdText() { return idText; }
    public String getStatus() { return status; }
    public Integer getPosition() { return position; }
}
