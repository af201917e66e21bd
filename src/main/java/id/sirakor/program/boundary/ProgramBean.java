package id.sirakor.program.boundary;

import id.sirakor.event.entity.Event;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.program.control.CoverageMap;
import id.sirakor.program.control.ProgramService;
import id.sirakor.program.entity.Program;
import id.sirakor.program.entity.ProgramEvent;
import id.sirakor.region.entity.Region;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * One program: its coverage (table, schematic map, Excel), its events, the series generator
 * (preview, then create event by event with a progress bar) and the report.
 */
@Named
@ViewScoped
public class ProgramBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgramService programs;

    private Long id;
    private boolean found = true;
    private String areaName;
    private boolean editable;
    private List<ProgramService.CoverageRow> coverage;
    private ProgramService.Report report;
    // entities, display only: transient (they do not replicate), read again through the same scoped
    // service calls by their getters when null, e.g. after a failover
    private transient Program program;
    private transient List<ProgramEvent> eventList;
    private transient List<Region> regions;
    private transient List<Event> templates;

    // the series form
    private Long templateId;
    private List<String> chosen = new ArrayList<>();
    private LocalDate firstDate;
    private Integer everyDays = 7;
    private boolean inviteVillages = true;
    private Integer quota = 2;
    private List<Item> preview;
    private int done;
    private boolean running;
    private String failure;

    /** A previewed row with a date that can still be changed. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String regionCode;
        private final String regionName;
        private final long existing;
        private LocalDate date;
        private Long eventId;

        Item(ProgramService.SeriesItem s) {
            regionCode = s.regionCode();
            regionName = s.regionName();
            existing = s.existing();
            date = s.date();
        }

        public String getRegionCode() { return regionCode; }
        public String getRegionName() { return regionName; }
        public long getExisting() { return existing; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate v) { date = v; }
        public Long getEventId() { return eventId; }
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            reload();
            chosen = new ArrayList<>(coverage.stream().filter(c -> c.status() == ProgramService.Status.MISSING)
                    .map(ProgramService.CoverageRow::regionCode).toList());
            if (!getTemplates().isEmpty()) {
                templateId = getTemplates().get(0).getId();
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void reload() {
        program = programs.find(id);
        areaName = programs.areaName(program.getAreaCode());
        editable = programs.canEdit(program);
        coverage = programs.coverage(id);
        eventList = programs.events(program);
        report = programs.report(id);
        regions = programs.regions(program);
        templates = editable ? programs.templates(program) : List.of();
    }

    public void preview() {
        preview = programs.preview(id, request()).stream().map(Item::new).toList();
        done = 0;
        failure = null;
        running = false;
    }

    private ProgramService.SeriesRequest request() {
        return new ProgramService.SeriesRequest(templateId, chosen, firstDate, everyDays, inviteVillages, quota);
    }

    public void start() {
        done = 0;
        failure = null;
        running = preview != null && !preview.isEmpty();
    }

    /** Creates the next event of the previewed series; the page calls it again until all are done. */
    public void next() {
        if (!running || preview == null || done >= preview.size()) {
            running = false;
            PrimeFaces.current().ajax().addCallbackParam("finished", true);
            return;
        }
        Item item = preview.get(done);
        try {
            Event e = programs.createOne(id, templateId, new ProgramService.SeriesItem(item.regionCode, item.regionName, item.date,
                    item.existing), inviteVillages, quota == null ? 1 : quota);
            item.eventId = e.getId();
            done++;
        } catch (BusinessException ex) {
            running = false;
            failure = item.regionName + ": " + Faces.text(ex.key(), ex.args());
        }
        boolean finished = !running || done >= preview.size();
        if (finished) {
            running = false;
            reload();
            if (failure == null) {
                Faces.info("program.series.created", done);
            }
        }
        PrimeFaces.current().ajax().addCallbackParam("finished", finished);
    }

    public int getProgress() {
        return preview == null || preview.isEmpty() ? 0 : done * 100 / preview.size();
    }

    public String getMapSvg() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProgramService.Status s : ProgramService.Status.values()) {
            labels.put(s.name(), Faces.text("program.status." + s.name()));
        }
        labels.put("participants", Faces.text("program.participantsShort"));
        labels.put("title", Faces.text("program.map"));
        return CoverageMap.svg(coverage, labels);
    }

    public StreamedContent getCoverageExcel() {
        return Faces.download("cakupan-program-" + id + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", programs.coverageExcel(id));
    }

    public long count(ProgramService.Status s) {
        return coverage == null ? 0 : coverage.stream().filter(c -> c.status() == s).count();
    }

    public String date(LocalDate d) {
        return d == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Faces.locale()).format(d);
    }

    public String percent(Double rate) {
        return rate == null ? "—" : String.format(Faces.locale(), "%.0f %%", rate * 100);
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public boolean isFound() { return found; }
    public Program getProgram() {
        if (program == null && id != null && found) {
            program = programs.find(id);
        }
        return program;
    }

    public String getAreaName() { return areaName; }
    public boolean isEditable() { return editable; }
    public List<ProgramService.CoverageRow> getCoverage() { return coverage; }
    public List<ProgramEvent> getEventList() {
        if (eventList == null && getProgram() != null) {
            eventList = programs.events(getProgram());
        }
        return eventList;
    }

    public ProgramService.Report getReport() { return report; }
    public List<Region> getRegions() {
        if (regions == null && getProgram() != null) {
            regions = programs.regions(getProgram());
        }
        return regions;
    }

    public List<Event> getTemplates() {
        if (templates == null && getProgram() != null) {
            templates = editable ? programs.templates(getProgram()) : List.of();
        }
        return templates;
    }

    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long v) { templateId = v; }
    public List<String> getChosen() { return chosen; }
    public void setChosen(List<String> v) { chosen = v; }
    public LocalDate getFirstDate() { return firstDate; }
    public void setFirstDate(LocalDate v) { firstDate = v; }
    public Integer getEveryDays() { return everyDays; }
    public void setEveryDays(Integer v) { everyDays = v; }
    public boolean isInviteVillages() { return inviteVillages; }
    public void setInviteVillages(boolean v) { inviteVillages = v; }
    public Integer getQuota() { return quota; }
    public void setQuota(Integer v) { quota = v; }
    public List<Item> getPreview() { return preview; }
    public int getDone() { return done; }
    public boolean isRunning() { return running; }
    public String getFailure() { return failure; }
}
