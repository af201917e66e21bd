package id.sirakor.event.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.platform.audit.AuditEntry;
import id.sirakor.platform.audit.AuditQueries;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.speaker.control.SpeakerService;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.venue.control.VenueService;
import id.sirakor.venue.entity.Hall;
import jakarta.faces.view.ViewScoped;
import id.sirakor.privacy.control.PrivacyService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.event.entity.SpeakerMaterial;
import id.sirakor.event.control.Materials;

/** The planning screen of one event: details, days and halls, timetable, status, history. */
@Named
@ViewScoped
public class EventBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    VenueService venues;

    @Inject
    SpeakerService speakers;

    @Inject
    AuditQueries auditQueries;

    @Inject
    UnitScope scope;

    @Inject
    EventDisplay display;

    @Inject
    Materials materials;

    @Inject
    FileStore files;

    private Long id;
    /**
     * Display only (the details form edits the scalar fields below): transient, as an entity does not
     * replicate; {@link #getEvent()} reads it again through the same scoped {@code events.find} after a
     * failover. {@code editable} and {@code overlapping} are plain values and stay.
     */
    private transient Event event;
    private boolean found = true;
    private boolean editable;
    private List<Long> overlapping = List.of();

    // details form
    private EventType type = EventType.RAKOR;
    private String title;
    private String theme;
    private String description;
    private Integer capacity;
    private String budgetLine;
    /** Months after the last day before the participants are anonymized (ADR 0096); empty = the default. */
    private Integer retentionMonths;

    @Inject
    PrivacyService privacy;

    // new day form
    private LocalDate dayDate;
    private Long dayHallId;
    private LocalTime dayStart = LocalTime.of(8, 0);
    private LocalTime dayEnd = LocalTime.of(16, 0);

    // session dialog
    private Long sessionId;
    private Long sessionDayId;
    private LocalTime sessionStart;
    private LocalTime sessionEnd;
    private String sessionTitle;
    private SessionKind sessionKind = SessionKind.PAPARAN;
    private String sessionDescription;
    private Long moderatorId;
    private List<SlotRow> slots = new ArrayList<>();

    // materials (the secretariat uploads for a speaker, e.g. slides sent by mail)
    private transient List<SpeakerMaterial> materialList; // entities: reloaded by getMaterials() when null
    private Long materialSessionId;
    private Long materialSpeakerId;
    private boolean materialPublish = true;
    private transient UploadedFile materialFile;

    // clone
    private LocalDate cloneDate;
    private String cloneTitle;

    /** One speaker line in the session dialog. */
    public static class SlotRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long speakerId;
        private Long representedById;

        public Long getSpeakerId() { return speakerId; }
        public void setSpeakerId(Long v) { speakerId = v; }
        public Long getRepresentedById() { return representedById; }
        public void setRepresentedById(Long v) { representedById = v; }
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        if (id == null) {
            editable = true;
            return;
        }
        try {
            reload();
            Event e = getEvent();
            type = e.getType();
            title = e.getTitle();
            theme = e.getTheme();
            description = e.getDescription();
            capacity = e.getCapacity();
            budgetLine = e.getBudgetLine();
            retentionMonths = e.getRetentionMonths();
            if (!e.getDays().isEmpty()) {
                dayDate = e.getDays().get(e.getDays().size() - 1).getDayDate().plusDays(1);
                dayHallId = e.getDays().get(0).getHall() == null ? null : e.getDays().get(0).getHall().getId();
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void reload() {
        event = events.find(id);
        editable = events.canEdit(event);
        materialList = null;
        overlapping = EventService.overlapping(event).stream().map(EventSession::getId).toList();
    }

    public void saveDetails() {
        PrivacyService.checkRetention(retentionMonths);
        EventService.EventData d = new EventService.EventData(type, title, theme, description, capacity, budgetLine);
        if (id == null) {
            Event e = events.create(d);
            if (retentionMonths != null) {
                privacy.setRetention(e.getId(), retentionMonths);
            }
            Faces.info("event.created");
            Faces.redirect("/manage/event.xhtml?id=" + e.getId() + "&tab=1");
        } else {
            events.update(id, d);
            privacy.setRetention(id, retentionMonths);
            reload();
            Faces.info("event.saved");
        }
    }

    public void addDay() {
        events.addDay(id, new EventService.DayData(dayDate, dayHallId, dayStart, dayEnd));
        reload();
        Faces.info("event.day.added");
        dayDate = dayDate.plusDays(1);
    }

    public void removeDay(EventDay day) {
        events.removeDay(id, day.getId());
        reload();
        Faces.info("event.day.removed");
    }

    public void newSession() {
        Event e = getEvent();
        sessionId = null;
        sessionDayId = e.getDays().isEmpty() ? null : e.getDays().get(0).getId();
        sessionStart = null;
        sessionEnd = null;
        if (!e.getSessions().isEmpty()) {
            EventSession last = e.getSessions().get(e.getSessions().size() - 1);
            sessionDayId = last.getDay().getId();
            sessionStart = last.getEndsAt().atZone(e.zone()).toLocalTime();
            sessionEnd = sessionStart.plusHours(1);
        } else if (!e.getDays().isEmpty()) {
            sessionStart = e.getDays().get(0).getStartsAt().atZone(e.zone()).toLocalTime();
            sessionEnd = sessionStart.plusMinutes(30);
        }
        sessionTitle = null;
        sessionKind = SessionKind.PAPARAN;
        sessionDescription = null;
        moderatorId = null;
        slots = new ArrayList<>();
        slots.add(new SlotRow());
    }

    public void editSession(EventSession s) {
        sessionId = s.getId();
        sessionDayId = s.getDay().getId();
        sessionStart = s.getStartsAt().atZone(getEvent().zone()).toLocalTime();
        sessionEnd = s.getEndsAt().atZone(getEvent().zone()).toLocalTime();
        sessionTitle = s.getTitle();
        sessionKind = s.getKind();
        sessionDescription = s.getDescription();
        moderatorId = s.getModerator() == null ? null : s.getModerator().getId();
        slots = new ArrayList<>();
        for (SessionSpeaker sl : s.getSlots()) {
            SlotRow r = new SlotRow();
            r.speakerId = sl.getSpeaker().getId();
            r.representedById = sl.getRepresentedBy() == null ? null : sl.getRepresentedBy().getId();
            slots.add(r);
        }
        if (slots.isEmpty()) {
            slots.add(new SlotRow());
        }
    }

    public void addSlotRow() {
        slots.add(new SlotRow());
    }

    public void removeSlotRow(SlotRow r) {
        slots.remove(r);
    }

    public void saveSession() {
        List<EventService.SlotData> data = slots.stream().filter(r -> r.speakerId != null)
                .map(r -> new EventService.SlotData(r.speakerId, r.representedById)).toList();
        EventService.SessionData d = new EventService.SessionData(sessionDayId == null ? -1 : sessionDayId, sessionStart,
                sessionEnd, sessionTitle, sessionKind, sessionDescription, moderatorId, data);
        if (sessionId == null) {
            events.addSession(id, d);
        } else {
            events.updateSession(id, sessionId, d);
        }
        reload();
        Faces.info("event.session.saved");
        PrimeFaces.current().executeScript("PF('sessionDialog').hide()");
    }

    public void removeSession(EventSession s) {
        events.removeSession(id, s.getId());
        reload();
        Faces.info("event.session.removed");
    }

    public void transition(String target) {
        EventStatus to = EventStatus.valueOf(target);
        events.transition(id, to);
        reload();
        Faces.info("event.statusChanged", Faces.text("status." + to.name()));
    }

    public void cloneEvent() {
        Event copy = events.cloneEvent(id, cloneDate, cloneTitle);
        Faces.info("event.cloned");
        Faces.redirect("/manage/event.xhtml?id=" + copy.getId());
    }

    // ---- materials -----------------------------------------------------------------------

    /** Staff only: a minute taker sees the timetable, not unpublished slides. */
    public boolean isStaff() {
        return scope.isStaff();
    }

    public List<SpeakerMaterial> getMaterials() {
        if (materialList == null) {
            materialList = id == null || !scope.isStaff() ? List.of() : materials.ofEvent(id);
        }
        return materialList;
    }

    /** The speakers, representatives and moderator of a session, for the upload form. */
    public List<Speaker> getMaterialSpeakers() {
        Event e = getEvent();
        if (e == null || materialSessionId == null) {
            return List.of();
        }
        List<Speaker> out = new ArrayList<>();
        for (EventSession s : e.getSessions()) {
            if (s.getId().equals(materialSessionId)) {
                for (SessionSpeaker sl : s.getSlots()) {
                    out.add(sl.getRepresentedBy() != null ? sl.getRepresentedBy() : sl.getSpeaker());
                }
                if (s.getModerator() != null && out.stream().noneMatch(x -> x.getId().equals(s.getModerator().getId()))) {
                    out.add(s.getModerator());
                }
            }
        }
        return out;
    }

    public List<EventSession> getSessionsWithSpeakers() {
        Event e = getEvent();
        return e == null ? List.of() : e.getSessions().stream()
                .filter(s -> !s.getSlots().isEmpty() || s.getModerator() != null).toList();
    }

    public void materialSessionChanged() {
        List<Speaker> sp = getMaterialSpeakers();
        materialSpeakerId = sp.isEmpty() ? null : sp.get(0).getId();
    }

    public void uploadMaterial() {
        if (materialFile == null || materialFile.getSize() == 0) {
            Faces.error("materials:materialFile", "material.empty");
            return;
        }
        if (materialSessionId == null || materialSpeakerId == null) {
            Faces.error("materials:materialSession", "material.notInSession");
            return;
        }
        materials.upload(materialSessionId, materialSpeakerId, materialFile.getFileName(), materialFile.getContent(), materialPublish);
        Faces.info("material.uploaded", materialFile.getFileName());
        Faces.redirect("/manage/event.xhtml?id=" + id + "&tab=3");
    }

    public void toggleMaterial(SpeakerMaterial m) {
        materials.setPublished(m.getId(), !m.isPublished());
        materialList = null;
    }

    public StreamedContent downloadMaterial(long materialId) {
        var m = materials.forDownload(materialId);
        try (var in = files.open(m.getSha256())) {
            return Faces.download(m.getFileName(), m.getContentType(), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public long getMaterialMaxMb() {
        return Materials.maxBytes() / (1024 * 1024);
    }

    // ---- display helpers -----------------------------------------------------------------

    public List<Hall> getHalls() {
        return venues.bookableHalls();
    }

    public List<Speaker> getSpeakerOptions() {
        return speakers.list(null);
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : auditQueries.page("Event", String.valueOf(id), 0, 200);
    }

    public String dayLabel(EventDay d) {
        return display.dayLabel(d);
    }

    public String dayTimes(EventDay d) {
        return IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), getEvent().zone(), Faces.locale());
    }

    public String sessionTimes(EventSession s) {
        return IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), getEvent().zone(), Faces.locale());
    }

    public String slotLine(SessionSpeaker sl) {
        return display.slotLine(sl);
    }

    public boolean overlaps(EventSession s) {
        return overlapping.contains(s.getId());
    }

    public List<EventStatus> getNextStatuses() {
        Event e = getEvent();
        return e == null ? List.of() : List.copyOf(e.getStatus().next());
    }

    public boolean isTimetableEditable() {
        Event e = getEvent();
        return editable && e != null && e.getStatus().timetableEditable();
    }

    public EventType[] getTypes() { return EventType.values(); }
    public SessionKind[] getKinds() { return SessionKind.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Event getEvent() {
        if (event == null && id != null && found) {
            event = events.find(id);
        }
        return event;
    }
    public boolean isFound() { return found; }
    public boolean isEditable() { return editable; }
    public boolean isNew() { return id == null; }
    public EventType getType() { return type; }
    public void setType(EventType v) { type = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public Integer getRetentionMonths() { return retentionMonths; }
    public void setRetentionMonths(Integer v) { retentionMonths = v; }
    public int getDefaultRetentionMonths() { return PrivacyService.DEFAULT_RETENTION_MONTHS; }
    public String getBudgetLine() { return budgetLine; }
    public void setBudgetLine(String v) { budgetLine = v; }
    public LocalDate getDayDate() { return dayDate; }
    public void setDayDate(LocalDate v) { dayDate = v; }
    public Long getDayHallId() { return dayHallId; }
    public void setDayHallId(Long v) { dayHallId = v; }
    public LocalTime getDayStart() { return dayStart; }
    public void setDayStart(LocalTime v) { dayStart = v; }
    public LocalTime getDayEnd() { return dayEnd; }
    public void setDayEnd(LocalTime v) { dayEnd = v; }
    public Long getSessionId() { return sessionId; }
    public Long getSessionDayId() { return sessionDayId; }
    public void setSessionDayId(Long v) { sessionDayId = v; }
    public LocalTime getSessionStart() { return sessionStart; }
    public void setSessionStart(LocalTime v) { sessionStart = v; }
    public LocalTime getSessionEnd() { return sessionEnd; }
    public void setSessionEnd(LocalTime v) { sessionEnd = v; }
    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String v) { sessionTitle = v; }
    public SessionKind getSessionKind() { return sessionKind; }
    public void setSessionKind(SessionKind v) { sessionKind = v; }
    public String getSessionDescription() { return sessionDescription; }
    public void setSessionDescription(String v) { sessionDescription = v; }
    public Long getModeratorId() { return moderatorId; }
    public void setModeratorId(Long v) { moderatorId = v; }
    public List<SlotRow> getSlots() { return slots; }
    public Long getMaterialSessionId() { return materialSessionId; }
    public void setMaterialSessionId(Long v) { materialSessionId = v; }
    public Long getMaterialSpeakerId() { return materialSpeakerId; }
    public void setMaterialSpeakerId(Long v) { materialSpeakerId = v; }
    public boolean isMaterialPublish() { return materialPublish; }
    public void setMaterialPublish(boolean v) { materialPublish = v; }
    public UploadedFile getMaterialFile() { return materialFile; }
    public void setMaterialFile(UploadedFile v) { materialFile = v; }
    public LocalDate getCloneDate() { return cloneDate; }
    public void setCloneDate(LocalDate v) { cloneDate = v; }
    public String getCloneTitle() { return cloneTitle; }
    public void setCloneTitle(String v) { cloneTitle = v; }
}
