package id.sirakor.program.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.web.Faces;
import id.sirakor.program.control.ProgramService;
import id.sirakor.program.entity.Program;
import id.sirakor.region.entity.Region;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The programs of the user's units and the form for a new one. */
@Named
@ViewScoped
public class ProgramsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramService programs;

    @Inject
    UnitScope scope;

    // Row carries the Program entity and Region is an entity: both lists are transient and read
    // again by their getters when null (after a failover they are not replicated)
    private transient List<ProgramService.Row> rows;
    private String name;
    private String theme;
    private String budgetLine;
    private String areaCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private transient List<Region> areas;

    public List<ProgramService.Row> getRows() {
        if (rows == null) {
            rows = programs.list();
        }
        return rows;
    }

    /** The areas a program may cover: the unit's own region and, for a province, its regencies; all provinces for a national unit. */
    public List<Region> getAreas() {
        if (areas == null) {
            areas = programs.areas();
        }
        return areas;
    }

    public void create() {
        Program p = programs.create(new ProgramService.ProgramData(name, theme, budgetLine, areaCode, startsOn, endsOn));
        Faces.info("program.created");
        Faces.redirect("/manage/program.xhtml?id=" + p.getId() + "&tab=2");
    }

    public boolean isCanCreate() {
        return scope.isStaff();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getTheme() { return theme; }
    public void setTheme(String v) { theme = v; }
    public String getBudgetLine() { return budgetLine; }
    public void setBudgetLine(String v) { budgetLine = v; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String v) { areaCode = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
}
