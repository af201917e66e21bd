package id.sirakor.attendance.boundary;

import id.sirakor.attendance.control.AttendanceDocuments;
import id.sirakor.attendance.control.AttendanceEligibility;
import id.sirakor.attendance.control.AttendanceLists;
import id.sirakor.attendance.control.AttendanceService;
import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The secretariat's attendance page: live counts, the rule, eligibility with overrides, the daftar hadir PDFs. */
@Named
@ViewScoped
public class AttendanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttendanceLists lists;

    @Inject
    AttendanceService attendance;

    @Inject
    AttendanceDocuments documents;

    @Inject
    AttendanceEligibility eligibility;

    private Long id;
    private boolean found;
    private String title;
    private boolean writable;
    private List<AttendanceLists.DayInfo> days;
    private Long dayId;
    private transient AttendanceLists.Board board;
    private transient List<AttendanceEligibility.Row> rows;

    private AttendanceSetting.Rule rule;
    private Integer threshold;
    private boolean countsSessions;
    private boolean checksOut;

    private Long overrideId;
    private String overrideName;
    private String overrideChoice = "YES";
    private String overrideReason;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            AttendanceLists.EventInfo info = lists.info(id == null ? -1 : id, locale());
            found = true;
            title = info.title();
            writable = info.writable();
            days = info.days();
            dayId = info.today();
            rule = info.setting().getRule();
            threshold = info.setting().getThreshold();
            countsSessions = info.setting().isCountsSessions();
            checksOut = info.setting().isChecksOut();
            refresh();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void refresh() {
        board = lists.board(id, dayId, locale());
        rows = eligibility.forEvent(id, locale());
    }

    public void refreshBoard() {
        board = lists.board(id, dayId, locale());
    }

    public void saveSetting() {
        try {
            attendance.saveSetting(id, rule, threshold, countsSessions, checksOut);
            Faces.info("attendance.settingSaved");
            refresh();
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "setting:" + e.field(), e.key(), e.args());
        }
    }

    public void startOverride(AttendanceEligibility.Row r) {
        overrideId = r.registrationId();
        overrideName = r.name();
        overrideChoice = r.eligible() ? "NO" : "YES";
        overrideReason = null;
    }

    public void saveOverride() {
        try {
            Boolean e = switch (overrideChoice == null ? "" : overrideChoice) {
                case "YES" -> Boolean.TRUE;
                case "NO" -> Boolean.FALSE;
                default -> null;
            };
            eligibility.override(id, overrideId, e, overrideReason);
            Faces.info("attendance.overrideSaved", overrideName);
            overrideId = null;
            refresh();
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "override:" + e.field(), e.key(), e.args());
        }
    }

    public StreamedContent sheet(long day) {
        return Faces.download("daftar-hadir-" + id + "-" + day + ".pdf", "application/pdf", documents.daftarHadir(id, day));
    }

    public StreamedContent blank(long day) {
        return Faces.download("daftar-hadir-kosong-" + id + "-" + day + ".pdf", "application/pdf", documents.blankList(id, day));
    }

    /** The width of a bar in the chart, in percent of the registered. */
    public long percent(long present, long registered) {
        return registered == 0 ? 0 : Math.min(100, Math.round(present * 100.0 / registered));
    }

    public AttendanceSetting.Rule[] getRules() { return AttendanceSetting.Rule.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public boolean isWritable() { return writable; }
    public List<AttendanceLists.DayInfo> getDays() { return days; }
    public Long getDayId() { return dayId; }
    public void setDayId(Long dayId) { this.dayId = dayId; }
    public AttendanceLists.Board getBoard() {
        if (board == null && found) {
            refreshBoard();
        }
        return board;
    }
    public List<AttendanceEligibility.Row> getRows() {
        if (rows == null && found) {
            rows = eligibility.forEvent(id, locale());
        }
        return rows;
    }
    public AttendanceSetting.Rule getRule() { return rule; }
    public void setRule(AttendanceSetting.Rule rule) { this.rule = rule; }
    public Integer getThreshold() { return threshold; }
    public void setThreshold(Integer threshold) { this.threshold = threshold; }
    public boolean isCountsSessions() { return countsSessions; }
    public void setCountsSessions(boolean countsSessions) { this.countsSessions = countsSessions; }
    public boolean isChecksOut() { return checksOut; }
    public void setChecksOut(boolean checksOut) { this.checksOut = checksOut; }
    public Long getOverrideId() { return overrideId; }
    public String getOverrideName() { return overrideName; }
    public String getOverrideChoice() { return overrideChoice; }
    public void setOverrideChoice(String overrideChoice) { this.overrideChoice = overrideChoice; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }

    /** The page's language (the view's locale is not set yet while the view action runs). */
    private static java.util.Locale locale() {
        return LanguageFilter.locale(Faces.request());
    }
}
