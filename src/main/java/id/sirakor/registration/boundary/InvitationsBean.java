package id.sirakor.registration.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.institution.boundary.InstitutionPicker;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.region.boundary.PickedRegion;
import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import id.sirakor.registration.control.InvitationLetters;
import id.sirakor.registration.control.InvitationService;
import id.sirakor.registration.entity.Invitation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The invitations of one event: invite institutions with quotas, letter settings, issue and send letters. */
@Named
@ViewScoped
public class InvitationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvitationService invitations;

    @Inject
    EventService events;

    @Inject
    InvitationLetters letters;

    @Inject
    RegionService regions;

    private Long id;
    private boolean found;
    private String title;
    private String unitName;
    private boolean editable;
    /** Rows carry the invitation entity: not replicated; read again through getRows() after a failover. */
    private transient List<InvitationService.Row> rows = new ArrayList<>();
    /** The table's selection (rows of the list above): not replicated either; the table posts it again. */
    private transient List<InvitationService.Row> selected = new ArrayList<>();

    private String mode = "ONE";
    private InstitutionPicker.Option institution;
    private InstitutionType matchType;
    /** The region to invite in: its code replicates, the entity is looked up again (getMatchRegion()). */
    private final PickedRegion matchRegion = new PickedRegion();
    private Integer quota = 1;

    private String letterSubject;
    private String letterNature;
    private String letterCopies;

    public void load() {
        try {
            Event e = events.find(id == null ? -1 : id);
            found = true;
            title = e.getTitle();
            unitName = e.getUnit().getName();
            editable = events.canEdit(e) && !e.getStatus().isFinished();
            letterSubject = e.getLetterSubject();
            letterNature = e.getLetterNature() == null ? "Biasa" : e.getLetterNature();
            letterCopies = e.getLetterCopies();
            refresh();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void refresh() {
        rows = invitations.list(id);
        selected = new ArrayList<>();
    }

    public void invite() {
        if (quota == null) {
            Faces.error("invite:quota", "validation.required");
            return;
        }
        if ("ONE".equals(mode)) {
            if (institution == null) {
                Faces.error("invite:institution", "validation.required");
                return;
            }
            invitations.invite(id, institution.id(), quota);
            Faces.info("invitation.invited", institution.name());
            institution = null;
        } else {
            int n = invitations.inviteMatching(id, matchType, matchRegion.code(), quota);
            Faces.info("invitation.invitedMany", n);
        }
        refresh();
    }

    public void saveQuota(InvitationService.Row row) {
        invitations.setQuota(id, row.invitation().getId(), row.invitation().getQuota());
        Faces.info("invitation.quotaSaved", row.invitation().getInstitution().getName());
        refresh();
    }

    public void remove(InvitationService.Row row) {
        invitations.remove(id, row.invitation().getId());
        Faces.info("invitation.removed", row.invitation().getInstitution().getName());
        refresh();
    }

    public void issue(InvitationService.Row row) {
        Invitation i = invitations.issue(id, row.invitation().getId());
        Faces.info("invitation.issued", i.getLetterNumber());
        refresh();
    }

    public void sendSelected() {
        if (selected == null || selected.isEmpty()) {
            Faces.error(null, "invitation.noneSelected");
            return;
        }
        report(invitations.send(id, selected.stream().map(r -> r.invitation().getId()).toList()));
    }

    public void sendAllUnsent() {
        report(invitations.send(id, List.of()));
    }

    private void report(InvitationService.SendReport r) {
        Faces.info("invitation.sent", r.sent());
        if (!r.withoutEmail().isEmpty()) {
            Faces.context().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Faces.text("invitation.withoutEmail", String.join(", ", r.withoutEmail())), null));
        }
        refresh();
    }

    public void saveLetterSettings() {
        invitations.letterSettings(id, letterSubject, letterNature, letterCopies);
        Faces.info("common.saved");
    }

    public StreamedContent letter(InvitationService.Row row) {
        Invitation i = invitations.find(id, row.invitation().getId());
        byte[] pdf = letters.pdf(i.getId());
        return Faces.download(InvitationLetters.fileName(i), "application/pdf", pdf);
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public long getTotalQuota() {
        return getRows().stream().mapToLong(r -> r.invitation().getQuota()).sum();
    }

    public long getTotalNamed() {
        return getRows().stream().mapToLong(InvitationService.Row::named).sum();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public String getUnitName() { return unitName; }
    public boolean isEditable() { return editable; }
    public List<InvitationService.Row> getRows() {
        if (rows == null) {
            rows = found ? invitations.list(id) : new ArrayList<>();
        }
        return rows;
    }
    public List<InvitationService.Row> getSelected() {
        if (selected == null) {
            selected = new ArrayList<>();
        }
        return selected;
    }
    public void setSelected(List<InvitationService.Row> selected) { this.selected = selected; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public InstitutionPicker.Option getInstitution() { return institution; }
    public void setInstitution(InstitutionPicker.Option institution) { this.institution = institution; }
    public InstitutionType getMatchType() { return matchType; }
    public void setMatchType(InstitutionType matchType) { this.matchType = matchType; }
    public Region getMatchRegion() { return matchRegion.get(regions); }
    public void setMatchRegion(Region picked) { matchRegion.set(picked); }
    public Integer getQuota() { return quota; }
    public void setQuota(Integer quota) { this.quota = quota; }
    public String getLetterSubject() { return letterSubject; }
    public void setLetterSubject(String letterSubject) { this.letterSubject = letterSubject; }
    public String getLetterNature() { return letterNature; }
    public void setLetterNature(String letterNature) { this.letterNature = letterNature; }
    public String getLetterCopies() { return letterCopies; }
    public void setLetterCopies(String letterCopies) { this.letterCopies = letterCopies; }
}
