package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The list of declarations and the form for a new one from a template. */
@Named
@ViewScoped
public class DeclarationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationService declarations;

    @Inject
    id.sirakor.event.control.EventService eventService;

    public record EventOption(long id, String title) implements Serializable {
    }

    private List<EventOption> events = new ArrayList<>();
    private Long eventId;
    // the unit's own template
    private String templateTitle;
    private String templateOpening;
    private String templatePoints;
    private String templateClosing;

    public record Row(long id, String title, String unit, String event, String status, LocalDate date, int signed, int total)
            implements Serializable {
    }

    public record TemplateOption(String key, String title) implements Serializable {
    }

    private List<Row> rows = new ArrayList<>();
    private List<TemplateOption> templates = new ArrayList<>();
    private String templateKey = "NETRALITAS_ASN";
    private String place;
    private LocalDate date;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            refresh();
        } catch (BusinessException e) {
            Faces.refused(e);
        }
    }

    private void refresh() {
        rows = new ArrayList<>();
        for (Declaration d : declarations.list()) {
            List<DeclarationSigner> s = declarations.signers(d.getId());
            rows.add(new Row(d.getId(), d.getTitle(), d.getUnit().getName(), d.getEvent() == null ? null : d.getEvent().getTitle(),
                    d.getStatus().name(), d.getDate(), (int) s.stream().filter(x -> x.getStatus() == DeclarationSigner.Status.SIGNED).count(),
                    s.size()));
        }
        templates = declarations.templates().stream().map(t -> new TemplateOption(t.key(), t.title())).toList();
        events = eventService.list(null, null, 0, 200).stream().map(e -> new EventOption(e.getId(), e.getTitle())).toList();
    }

    /** The unit's own template (opening, numbered points one per line, closing); it joins the choice above. */
    public void saveTemplate() {
        try {
            var t = declarations.createTemplate(templateTitle, templateOpening, templatePoints, templateClosing);
            templateTitle = null;
            templateOpening = null;
            templatePoints = null;
            templateClosing = null;
            refresh();
            templateKey = "T" + t.getId();
            Faces.info("decl.ui.templateSaved");
        } catch (BusinessException e) {
            String field = e.field() == null ? "title" : e.field();
            String id = switch (field) {
                case "opening" -> "templateOpening";
                case "points" -> "templatePoints";
                case "closing" -> "templateClosing";
                default -> "templateTitle";
            };
            Faces.error("template:" + id, e.key(), e.args());
        }
    }

    public List<EventOption> getEvents() { return events; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getTemplateTitle() { return templateTitle; }
    public void setTemplateTitle(String v) { templateTitle = v; }
    public String getTemplateOpening() { return templateOpening; }
    public void setTemplateOpening(String v) { templateOpening = v; }
    public String getTemplatePoints() { return templatePoints; }
    public void setTemplatePoints(String v) { templatePoints = v; }
    public String getTemplateClosing() { return templateClosing; }
    public void setTemplateClosing(String v) { templateClosing = v; }

    public String create() {
        try {
            Declaration d = declarations.create(templateKey, eventId, place, date);
            return "/manage/declaration.xhtml?faces-redirect=true&id=" + d.getId();
        } catch (BusinessException e) {
            Faces.error("create:" + (e.field() == null ? "templateKey" : e.field()), e.key(), e.args());
            return null;
        }
    }

    /** Formatted while rendering, in the page's language (the view's locale is not set yet in the view action). */
    public String dateText(LocalDate date) {
        return date == null ? "" : id.sirakor.platform.time.IndonesianTime.date(date, Faces.locale());
    }

    public List<Row> getRows() { return rows; }
    public List<TemplateOption> getTemplates() { return templates; }
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
}
