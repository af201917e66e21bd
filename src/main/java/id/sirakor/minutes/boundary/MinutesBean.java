package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.MinutesAttachments;
import id.sirakor.minutes.control.MinutesService;
import id.sirakor.minutes.control.MinutesSessions;
import id.sirakor.minutes.entity.MinutesPoint;
import org.primefaces.model.file.UploadedFile;
import id.sirakor.minutes.control.TextDiff;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The minutes page of one event: draft, review, approval, versions with their diff, the signed PDF. */
@Named
@ViewScoped
public class MinutesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    /** One editable follow-up row. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String action;
        private String responsible;
        private LocalDate dueDate;
        private FollowUp.Status status = FollowUp.Status.OPEN;

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getResponsible() { return responsible; }
        public void setResponsible(String responsible) { this.responsible = responsible; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public FollowUp.Status getStatus() { return status; }
        public void setStatus(FollowUp.Status status) { this.status = status; }
    }

    /** One editable point raised in a session. */
    public static class PointRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private MinutesPoint.By byKind = MinutesPoint.By.SPEAKER;
        private String byName;
        private String text;
        private Long suggestionId;
        private boolean quote;

        public boolean isQuote() { return quote; }
        public void setQuote(boolean quote) { this.quote = quote; }
        public MinutesPoint.By getByKind() { return byKind; }
        public void setByKind(MinutesPoint.By byKind) { this.byKind = byKind; }
        public String getByName() { return byName; }
        public void setByName(String byName) { this.byName = byName; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public Long getSuggestionId() { return suggestionId; }
    }

    /**
     * What the draft shows of a session above its inputs: the {@link MinutesSessions.SessionView}'s
     * scalars, without its points and attachments (entities), so that the row replicates.
     */
    public record SessionHead(long sessionId, String title, String when, String speakers) implements Serializable {
    }

    /** One session of the timetable with what the draft records for it. */
    public static class SessionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SessionHead session;
        private String summary;
        private String decisions;
        private final List<PointRow> points = new ArrayList<>();

        SessionRow(MinutesSessions.SessionView v) {
            this.session = new SessionHead(v.sessionId(), v.title(), v.when(), v.speakers());
            this.summary = v.summary();
            this.decisions = v.decisions();
            for (MinutesPoint p : v.points()) {
                PointRow r = new PointRow();
                r.byKind = p.getByKind();
                r.byName = p.getByName();
                r.text = p.getBody();
                r.suggestionId = p.getSuggestionId();
                r.quote = p.isQuote();
                points.add(r);
            }
        }

        public SessionHead getSession() { return session; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary; }
        public String getDecisions() { return decisions; }
        public void setDecisions(String decisions) { this.decisions = decisions; }
        public List<PointRow> getPoints() { return points; }
    }

    @Inject
    MinutesAttachments attachments;

    private List<SessionRow> sessionRows = new ArrayList<>();
    private String takerPosition;
    /** Reloaded when null (after a failover the view arrives without it): see {@link #getSuggestions()}. */
    private transient List<MinutesService.SuggestionRow> suggestions;
    private final java.util.Map<Long, Long> takeTo = new java.util.HashMap<>();
    private transient UploadedFile upload;
    private Long uploadSession;
    private String uploadCaption;

    private Long id;
    private Integer v;
    private boolean found;
    private String eventTitle;
    private boolean canStart;
    /** The minutes as shown (entities inside): reloaded after a failover, see {@link #getView()}. */
    private transient MinutesService.View view;
    /** False after a failover (transient): {@link #view} null then means "not read yet", not "no minutes". */
    private transient boolean viewLoaded;
    private List<TextDiff.Line> diff = List.of();

    private String chairName;
    private String chairPosition;
    private String opening;
    private String summary;
    private String points;
    private String decisions;
    private List<Row> rows = new ArrayList<>();
    private String comment;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            refresh();
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void refresh() {
        view = minutes.view(id == null ? -1 : id, v);
        viewLoaded = true;
        canStart = view == null && minutes.canStart(id);
        eventTitle = minutes.eventTitle(id);
        if (view != null) {
            Minutes m = view.minutes();
            chairName = m.getChairName();
            takerPosition = m.getTakerPosition();
            sessionRows = new ArrayList<>();
            for (MinutesSessions.SessionView sv : view.sessions()) {
                sessionRows.add(new SessionRow(sv));
            }
            chairPosition = m.getChairPosition();
            opening = m.getOpening();
            summary = m.getSummary();
            points = m.getPoints();
            decisions = m.getDecisions();
            rows = new ArrayList<>();
            for (FollowUp f : view.followUps()) {
                Row r = new Row();
                r.setAction(f.getAction());
                r.setResponsible(f.getResponsible());
                r.setDueDate(f.getDueDate());
                r.setStatus(f.getStatus());
                rows.add(r);
            }
            diff = minutes.diff(id, m.getVersionNo());
        }
        suggestions = minutes.suggestions(id);
        takeTo.clear();
        for (MinutesService.SuggestionRow r : suggestions) {
            takeTo.put(r.suggestion().getId(), r.suggestion().getSessionId());
        }
    }

    private void fail(BusinessException e, String form) {
        String field = e.field() == null ? null
                : e.field().startsWith("followUp") || e.field().startsWith("point") || e.field().startsWith("session") ? null
                : form + ":" + e.field();
        Faces.error(field, e.key(), e.args());
    }

    public void start() {
        try {
            minutes.start(id);
            v = null;
            refresh();
            Faces.info("minutes.started");
        } catch (BusinessException e) {
            fail(e, "draft");
        }
    }

    public void addRow() {
        rows.add(new Row());
    }

    public void removeRow(Row r) {
        rows.remove(r);
    }

    public void save() {
        if (doSave()) {
            Faces.info("minutes.saved");
        }
    }

    private boolean doSave() {
        try {
            minutes.save(id, new MinutesService.Draft(chairName, chairPosition, opening, summary, points, decisions,
                    rows.stream().map(r -> new MinutesService.FollowUpData(r.getAction(), r.getResponsible(), r.getDueDate(), r.getStatus()))
                            .toList(), takerPosition, sessionRows.stream().map(r -> new MinutesSessions.SessionData(r.session.sessionId(),
                            r.summary, r.decisions, r.points.stream().map(p -> new MinutesSessions.PointData(p.byKind, p.byName, p.text,
                                    p.suggestionId, p.quote)).toList())).toList()));
            return true;
        } catch (BusinessException e) {
            fail(e, "draft");
            return false;
        }
    }

    public void addPoint(SessionRow r) {
        r.points.add(new PointRow());
    }

    public void removePoint(SessionRow r, PointRow p) {
        r.points.remove(p);
    }

    /** Saves what was typed, then takes the suggestion into the chosen session's points. */
    public void take(long suggestionId) {
        if (!doSave()) {
            return;
        }
        try {
            minutes.takeSuggestion(id, suggestionId, takeTo.get(suggestionId));
            refresh();
            Faces.info("minutes.suggestionTakenIn");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void uploadAttachment() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw BusinessException.invalid("file", "minutes.attachmentEmpty");
            }
            if (upload.getSize() > MinutesAttachments.MAX_MB * 1024L * 1024L) {
                throw BusinessException.invalid("file", "minutes.attachmentTooLarge", MinutesAttachments.MAX_MB);
            }
            attachments.add(id, uploadSession, upload.getFileName(), uploadCaption, upload.getContent());
            uploadCaption = null;
            refresh();
            Faces.info("minutes.attached");
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "attach:" + ("file".equals(e.field()) ? "file" : e.field()), e.key(), e.args());
        }
    }

    public void removeAttachment(long attachmentId) {
        try {
            attachments.remove(id, attachmentId);
            refresh();
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void sign() {
        try {
            minutes.sign(id);
            refresh();
            Faces.info("minutes.signed");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public MinutesPoint.By[] getPointKinds() {
        return MinutesPoint.By.values();
    }

    public List<SessionRow> getSessionRows() { return sessionRows; }
    public String getTakerPosition() { return takerPosition; }
    public void setTakerPosition(String takerPosition) { this.takerPosition = takerPosition; }
    public List<MinutesService.SuggestionRow> getSuggestions() {
        if (suggestions == null) {
            suggestions = found ? minutes.suggestions(id) : List.of();
        }
        return suggestions;
    }
    public java.util.Map<Long, Long> getTakeTo() { return takeTo; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public Long getUploadSession() { return uploadSession; }
    public void setUploadSession(Long uploadSession) { this.uploadSession = uploadSession; }
    public String getUploadCaption() { return uploadCaption; }
    public void setUploadCaption(String uploadCaption) { this.uploadCaption = uploadCaption; }

    public void submit() {
        if (!doSave()) {
            return;
        }
        try {
            minutes.submit(id);
            refresh();
            Faces.info("minutes.submitted");
        } catch (BusinessException e) {
            fail(e, "draft");
        }
    }

    public void sendComment(boolean sendBack) {
        try {
            minutes.comment(id, comment, sendBack);
            comment = null;
            refresh();
            Faces.info(sendBack ? "minutes.returned" : "minutes.commented");
        } catch (BusinessException e) {
            fail(e, "review");
        }
    }

    public void approve() {
        try {
            minutes.approve(id);
            refresh();
            Faces.info("minutes.approved");
        } catch (BusinessException e) {
            fail(e, "review");
        }
    }

    public void revise() {
        try {
            minutes.revise(id);
            v = null;
            refresh();
            Faces.info("minutes.revised");
        } catch (BusinessException e) {
            fail(e, "approved");
        }
    }

    public StreamedContent getPdf() {
        Minutes m = getView().minutes();
        return Faces.download("notula-" + id + "-v" + m.getVersionNo() + ".pdf", "application/pdf", minutes.pdf(id, m.getVersionNo()));
    }

    public FollowUp.Status[] getStatuses() {
        return FollowUp.Status.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getV() { return v; }
    public void setV(Integer v) { this.v = v; }
    public boolean isFound() { return found; }
    public String getEventTitle() { return eventTitle; }
    public boolean isCanStart() { return canStart; }
    /** The minutes as {@link #refresh()} read them; after a failover read again by the same scoped service call. */
    public MinutesService.View getView() {
        if (!viewLoaded && found) {
            view = minutes.view(id == null ? -1 : id, v);
            viewLoaded = true;
        }
        return view;
    }
    public List<TextDiff.Line> getDiff() { return diff; }
    public String getChairName() { return chairName; }
    public void setChairName(String chairName) { this.chairName = chairName; }
    public String getChairPosition() { return chairPosition; }
    public void setChairPosition(String chairPosition) { this.chairPosition = chairPosition; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public List<Row> getRows() { return rows; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
