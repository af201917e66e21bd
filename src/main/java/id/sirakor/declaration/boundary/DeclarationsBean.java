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
    }

    public String create() {
        try {
            Declaration d = declarations.create(templateKey, null, place, date);
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
