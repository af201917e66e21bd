package id.sirakor.registration.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.institution.boundary.InstitutionPicker;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.platform.web.XlsxUpload;
import id.sirakor.registration.control.ParticipantService;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The secretariat's participant list of one event. */
@Named
@ViewScoped
public class ParticipantsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ParticipantService participants;

    @Inject
    EventService events;

    private Long id;
    private boolean found;
    private String title;
    private Integer capacity;
    private boolean editable;
    private boolean requiresApproval;
    private ParticipantService.Counts counts;

    private String search;
    private RegistrationStatus status;

    private PersonForm person = new PersonForm();
    private InstitutionPicker.Option institution;
    private String institutionName;

    private transient UploadedFile file;
    private List<ParticipantService.ImportLine> report;

    private String revealedNik;
    private String revealedName;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            Event e = events.find(id == null ? -1 : id);
            found = true;
            title = e.getTitle();
            capacity = e.getCapacity();
            requiresApproval = e.isRequiresApproval();
            editable = participants.canManage(id);
            counts = participants.counts(id);
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    /** Rows are entities: not replicated; made again after a failover (PrimeFaces then reloads the page). */
    private transient LazyDataModel<Registration> model;

    private LazyDataModel<Registration> newModel() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) participants.count(id, filter());
            }

            @Override
            public List<Registration> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return participants.list(id, filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Registration r) {
                return String.valueOf(r.getId());
            }

            @Override
            public Registration getRowData(String key) {
                return null;
            }
        };
    }

    private ParticipantService.Filter filter() {
        return new ParticipantService.Filter(search, status, null);
    }

    private void changed(String key, Object... args) {
        counts = participants.counts(id);
        Faces.info(key, args);
    }

    public void approve(Registration r) {
        Registration x = participants.approve(id, r.getId());
        changed(x.getStatus() == RegistrationStatus.CONFIRMED ? "participant.approved" : "participant.approvedWaiting", x.getName());
    }

    public void promote(Registration r) {
        participants.promote(id, r.getId());
        changed("participant.promoted", r.getName());
    }

    public void cancel(Registration r) {
        participants.cancel(id, r.getId());
        changed("participant.cancelled", r.getName());
    }

    public void reveal(Registration r) {
        revealedNik = participants.revealNik(id, r.getId());
        revealedName = display(r);
        PrimeFaces.current().executeScript("PF('nikDialog').show()");
    }

    public void toggleApproval() {
        participants.setRequiresApproval(id, requiresApproval);
        Faces.info(requiresApproval ? "participant.approvalOn" : "participant.approvalOff");
    }

    public void openAdd() {
        person = new PersonForm();
        institution = null;
        institutionName = null;
    }

    public void add() {
        Registration r = participants.addByHand(id, person.toForm(institution == null ? null : institution.id(), institutionName));
        counts = participants.counts(id);
        Faces.info("participant.added", r.getName(), Faces.text("reg.short." + r.getStatus().name()));
        PrimeFaces.current().executeScript("PF('addDialog').hide()");
    }

    public StreamedContent getExport() {
        byte[] bytes = participants.export(id, filter());
        return Faces.download("peserta-" + id + ".xlsx", XLSX, bytes);
    }

    public void importFile() {
        report = null;
        byte[] content = XlsxUpload.read(file, "import:file");
        if (content == null) {
            return;
        }
        try {
            report = participants.importSheet(id, new ByteArrayInputStream(content));
        } catch (BusinessException e) {
            Faces.error("import:file", e.key(), e.args());
            return;
        }
        counts = participants.counts(id);
        long ok = report.stream().filter(l -> l.status() == ParticipantService.ImportStatus.ADDED).count();
        Faces.context().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Faces.text("participant.import.report", ok, report.size() - ok), null));
    }

    public String message(ParticipantService.ImportLine line) {
        return line.messageKey() == null ? Faces.text("reg.short." + line.result().name()) : Faces.text(line.messageKey(), line.args());
    }

    public String display(Registration r) {
        return Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
    }

    public String idText(Registration r) {
        return "NIP".equals(r.getIdKind()) ? PersonalIds.formatNip(r.getNip()) : "NIK \u2022\u2022\u2022\u2022 (" + Faces.text("participants.hidden") + ")";
    }

    public String ticket(Registration r) {
        return Tickets.display(r.getTicketCode());
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public Integer getCapacity() { return capacity; }
    public boolean isEditable() { return editable; }
    public boolean isRequiresApproval() { return requiresApproval; }
    public void setRequiresApproval(boolean v) { requiresApproval = v; }
    public ParticipantService.Counts getCounts() { return counts; }
    public LazyDataModel<Registration> getModel() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public PersonForm getPerson() { return person; }
    public InstitutionPicker.Option getInstitution() { return institution; }
    public void setInstitution(InstitutionPicker.Option institution) { this.institution = institution; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String institutionName) { this.institutionName = institutionName; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ParticipantService.ImportLine> getReport() { return report; }
    public String getRevealedNik() { return revealedNik; }
    public String getRevealedName() { return revealedName; }
}
