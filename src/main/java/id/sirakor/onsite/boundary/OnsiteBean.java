package id.sirakor.onsite.boundary;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.onsite.control.BadgeService;
import id.sirakor.onsite.control.NoticeService;
import id.sirakor.onsite.control.OnsiteAccess;
import id.sirakor.onsite.control.Protocol;
import id.sirakor.onsite.control.RundownService;
import id.sirakor.onsite.control.SeatingService;
import id.sirakor.onsite.control.WhatsAppMessages;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.onsite.entity.RundownKind;
import id.sirakor.onsite.entity.SeatingLayout;
import id.sirakor.platform.document.BadgePdf;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.registration.control.ParticipantService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/** The on-site page of an event: rundown, badges, protocol seating, reminders and change notices. */
@Named
@ViewScoped
public class OnsiteBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OnsiteAccess access;

    @Inject
    UnitScope scope;

    @Inject
    RundownService rundown;

    @Inject
    BadgeService badges;

    @Inject
    SeatingService seating;

    @Inject
    NoticeService notices;

    @Inject
    ParticipantService participants;

    @Inject
    WhatsAppMessages whatsappMessages;

    @Inject
    id.sirakor.onsite.control.BadgeDesigns designs;

    public record Option(long id, String label) implements Serializable {
    }

    private Long id;
    /** A registration whose badge is printed at once (a walk-in, from the attendance page). */
    private Long badge;
    private int activeTab;
    private boolean found;
    private boolean staff;
    private boolean editable;
    private String title;
    private long unitId;
    private List<LocalDate> days = new ArrayList<>();
    private List<RundownService.ItemView> items = List.of();
    private SeatingService.PlanView plan;
    private List<BadgeService.PrintView> prints = List.of();
    private List<Option> institutions = List.of();
    private List<Option> people = List.of();
    private NoticeService.ChangeView change;
    private List<NoticeService.LetterView> letters = List.of();
    private List<WhatsAppMessages.Message> whatsapp;
    private String cancelReason;

    // forms
    private LocalDate itemDate;
    private LocalTime itemStart;
    private Integer itemMinutes = 5;
    private RundownKind itemKind = RundownKind.SAMBUTAN;
    private String itemTitle;
    private String itemPerson;
    private String itemNote;

    private BadgeService.Selection selection = BadgeService.Selection.ALL;
    private Long institutionId;
    private Long registrationId;
    private BadgePdf.Sheet sheet = BadgePdf.Sheet.A4_4;
    private BadgeRoleKind role = BadgeRoleKind.PESERTA;

    private SeatingLayout layout;
    private Integer seatsPerRow;
    private String guestName;
    private String guestPosition;
    private String guestPrecedence;
    private String repName;
    private String repPosition;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            Event e = access.readable(id == null ? -1 : id);
            found = true;
            title = e.getTitle();
            unitId = e.getUnit().getId();
            staff = scope.isStaff();
            editable = access.canWrite(id);
            days = e.getDays().stream().map(EventDay::getDayDate).toList();
            itemDate = days.isEmpty() ? null : days.get(0);
            refresh();
            layout = plan.layout();
            seatsPerRow = plan.seatsPerRow();
            if (staff) {
                sheet = BadgePdf.Sheet.valueOf(designs.view(id).sheet()); // the designed sheet, unless chosen otherwise
            }
            if (badge != null && staff) {
                selection = BadgeService.Selection.ONE;
                registrationId = badge;
                sheet = BadgePdf.Sheet.A6;
                activeTab = 1;
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void refresh() {
        items = rundown.list(id);
        plan = seating.plan(id);
        if (staff) {
            prints = badges.log(id);
            change = notices.change(id);
            letters = notices.letters(id);
            Map<Long, String> inst = new LinkedHashMap<>();
            List<Option> ppl = new ArrayList<>();
            for (Registration r : participants.list(id, new ParticipantService.Filter(null, RegistrationStatus.CONFIRMED, null), 0, 1000)) {
                if (r.getInstitution() != null) {
                    inst.putIfAbsent(r.getInstitution().getId(), r.getInstitutionName());
                }
                ppl.add(new Option(r.getId(), r.getName() + " \u2013 " + r.getInstitutionName()));
            }
            institutions = inst.entrySet().stream().map(en -> new Option(en.getKey(), en.getValue())).toList();
            people = ppl;
        }
    }

    private boolean failed(BusinessException e, String form) {
        Faces.error(e.field() == null ? null : form + ":" + e.field(), e.key(), e.args());
        return true;
    }

    // ---- rundown -----------------------------------------------------------------------------

    public void addItem() {
        try {
            rundown.add(id, new RundownService.ItemData(itemDate, itemStart, itemMinutes, itemKind, itemTitle, itemPerson, itemNote));
        } catch (BusinessException e) {
            failed(e, "rundownForm");
            return;
        }
        if (itemStart != null && itemMinutes != null) {
            itemStart = itemStart.plusMinutes(itemMinutes);
        }
        itemTitle = null;
        itemPerson = null;
        itemNote = null;
        Faces.info("onsite.saved");
        refresh();
    }

    public void removeItem(long itemId) {
        try {
            rundown.remove(id, itemId);
            refresh();
        } catch (BusinessException e) {
            failed(e, "rundownForm");
        }
    }

    public void fromTimetable() {
        try {
            Faces.info("rundown.filled", rundown.fromTimetable(id));
            refresh();
        } catch (BusinessException e) {
            failed(e, "rundownForm");
        }
    }

    public StreamedContent getRundownPdf() {
        return Faces.download("susunan-acara-" + id + ".pdf", "application/pdf", rundown.pdf(id));
    }

    // ---- badges ------------------------------------------------------------------------------

    public StreamedContent getBadgePdf() {
        try {
            BadgeService.Printed p = badges.print(id, selection, institutionId, registrationId, sheet);
            refresh();
            return Faces.download("kartu-peserta-" + id + ".pdf", "application/pdf", p.pdf());
        } catch (BusinessException e) {
            failed(e, "badgeForm");
            return null;
        }
    }

    public void saveRole() {
        try {
            if (registrationId == null) {
                throw BusinessException.invalid("registrationId", "validation.required");
            }
            badges.setRole(id, registrationId, role);
            Faces.info("onsite.saved");
        } catch (BusinessException e) {
            failed(e, "badgeForm");
        }
    }

    // ---- seating -----------------------------------------------------------------------------

    public void saveLayout() {
        try {
            seating.setLayout(id, new SeatingService.LayoutData(layout, seatsPerRow));
            Faces.info("onsite.saved");
            refresh();
        } catch (BusinessException e) {
            failed(e, "layoutForm");
        }
    }

    public void addGuest() {
        try {
            seating.addGuest(id, new SeatingService.GuestData(guestName, guestPosition, guestPrecedence, repName, repPosition));
        } catch (BusinessException e) {
            failed(e, "guestForm");
            return;
        }
        guestName = null;
        guestPosition = null;
        repName = null;
        repPosition = null;
        Faces.info("onsite.saved");
        refresh();
    }

    public void removeGuest(long guestId) {
        try {
            seating.removeGuest(id, guestId);
            refresh();
        } catch (BusinessException e) {
            failed(e, "guestForm");
        }
    }

    public StreamedContent getSeatingPdf() {
        return Faces.download("tata-tempat-" + id + ".pdf", "application/pdf", seating.pdf(id));
    }

    public StreamedContent getPlaceCards() {
        return Faces.download("papan-nama-" + id + ".pdf", "application/pdf", seating.placeCards(id));
    }

    // ---- notices -----------------------------------------------------------------------------

    public void runReminders() {
        try {
            Faces.info("notice.remindersQueued", notices.runNow(id).reminders());
            refresh();
        } catch (BusinessException e) {
            failed(e, "noticeForm");
        }
    }

    public void sendChange() {
        try {
            NoticeService.Sent s = notices.sendChange(id);
            Faces.info("notice.changeSent", s.participants(), s.speakers(), s.letters().size());
            refresh();
        } catch (BusinessException e) {
            failed(e, "noticeForm");
        }
    }

    public void cancelEvent() {
        try {
            NoticeService.Sent s = notices.cancel(id, cancelReason);
            Faces.info("notice.cancelled", s.participants(), s.speakers(), s.letters().size());
            cancelReason = null;
            editable = access.canWrite(id);
            refresh();
        } catch (BusinessException e) {
            failed(e, "cancelForm");
        }
    }

    /** The notice letter to download (set by the row's button). */
    public StreamedContent letterPdf(long letterId) {
        var a = notices.letterPdf(id, letterId);
        return Faces.download(a.fileName(), "application/pdf", a.content());
    }

    public void loadWhatsApp() {
        try {
            whatsapp = whatsappMessages.messages(id);
        } catch (BusinessException e) {
            failed(e, "waForm");
        }
    }

    public StreamedContent getWhatsAppText() {
        try {
            return Faces.download("pesan-whatsapp-" + id + ".txt", "text/plain; charset=UTF-8",
                    whatsappMessages.export(id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            failed(e, "waForm");
            return null;
        }
    }

    public String dayLabel(LocalDate d) {
        return IndonesianTime.date(d, Faces.locale());
    }

    public String getReminderDays() {
        return String.join(", ", NoticeService.reminderDays().stream().map(d -> "H-" + d).toList());
    }

    // ---- getters/setters --------------------------------------------------------------------

    public RundownKind[] getKinds() { return RundownKind.values(); }
    public BadgeService.Selection[] getSelections() { return BadgeService.Selection.values(); }
    public BadgePdf.Sheet[] getSheets() { return BadgePdf.Sheet.values(); }
    public BadgeRoleKind[] getRoles() { return BadgeRoleKind.values(); }
    public SeatingLayout[] getLayouts() { return SeatingLayout.values(); }
    public List<Protocol.Rank> getPrecedence() { return plan == null ? List.of() : plan.precedence(); }

    public Long getBadge() { return badge; }
    public void setBadge(Long badge) { this.badge = badge; }
    public int getActiveTab() { return activeTab; }
    public void setActiveTab(int activeTab) { this.activeTab = activeTab; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isStaff() { return staff; }
    public boolean isEditable() { return editable; }
    public String getTitle() { return title; }
    public List<LocalDate> getDays() { return days; }
    public List<RundownService.ItemView> getItems() { return items; }
    public SeatingService.PlanView getPlan() { return plan; }
    public List<BadgeService.PrintView> getPrints() { return prints; }
    public List<Option> getInstitutions() { return institutions; }
    public List<Option> getPeople() { return people; }
    public NoticeService.ChangeView getChange() { return change; }
    public List<NoticeService.LetterView> getLetters() { return letters; }
    public List<WhatsAppMessages.Message> getWhatsapp() { return whatsapp; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public LocalDate getItemDate() { return itemDate; }
    public void setItemDate(LocalDate itemDate) { this.itemDate = itemDate; }
    public LocalTime getItemStart() { return itemStart; }
    public void setItemStart(LocalTime itemStart) { this.itemStart = itemStart; }
    public Integer getItemMinutes() { return itemMinutes; }
    public void setItemMinutes(Integer itemMinutes) { this.itemMinutes = itemMinutes; }
    public RundownKind getItemKind() { return itemKind; }
    public void setItemKind(RundownKind itemKind) { this.itemKind = itemKind; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public String getItemPerson() { return itemPerson; }
    public void setItemPerson(String itemPerson) { this.itemPerson = itemPerson; }
    public String getItemNote() { return itemNote; }
    public void setItemNote(String itemNote) { this.itemNote = itemNote; }
    public BadgeService.Selection getSelection() { return selection; }
    public void setSelection(BadgeService.Selection selection) { this.selection = selection; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long registrationId) { this.registrationId = registrationId; }
    public long getUnitId() { return unitId; }
    public BadgePdf.Sheet getSheet() { return sheet; }
    public void setSheet(BadgePdf.Sheet sheet) { this.sheet = sheet; }
    public BadgeRoleKind getRole() { return role; }
    public void setRole(BadgeRoleKind role) { this.role = role; }
    public SeatingLayout getLayout() { return layout; }
    public void setLayout(SeatingLayout layout) { this.layout = layout; }
    public Integer getSeatsPerRow() { return seatsPerRow; }
    public void setSeatsPerRow(Integer seatsPerRow) { this.seatsPerRow = seatsPerRow; }
    public String getGuestName() { return guestName; }
    public void setGuestName(String guestName) { this.guestName = guestName; }
    public String getGuestPosition() { return guestPosition; }
    public void setGuestPosition(String guestPosition) { this.guestPosition = guestPosition; }
    public String getGuestPrecedence() { return guestPrecedence; }
    public void setGuestPrecedence(String guestPrecedence) { this.guestPrecedence = guestPrecedence; }
    public String getRepName() { return repName; }
    public void setRepName(String repName) { this.repName = repName; }
    public String getRepPosition() { return repPosition; }
    public void setRepPosition(String repPosition) { this.repPosition = repPosition; }
}
