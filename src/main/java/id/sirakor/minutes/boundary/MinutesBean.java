package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.MinutesService;
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

    private Long id;
    private Integer v;
    private boolean found;
    private String eventTitle;
    private boolean canStart;
    private MinutesService.View view;
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
        canStart = view == null && minutes.canStart(id);
        eventTitle = minutes.eventTitle(id);
        if (view != null) {
            Minutes m = view.minutes();
            chairName = m.getChairName();
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
    }

    private void fail(BusinessException e, String form) {
        String field = e.field() == null ? null : e.field().startsWith("followUp") ? null : form + ":" + e.field();
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
                            .toList()));
            return true;
        } catch (BusinessException e) {
            fail(e, "draft");
            return false;
        }
    }

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
        Minutes m = view.minutes();
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
    public MinutesService.View getView() { return view; }
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
