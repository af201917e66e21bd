package id.sirakor.institution.boundary;

import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.control.InstitutionSheet;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.platform.web.XlsxUpload;
import id.sirakor.region.boundary.PickedRegion;
import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
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

/** The institution directory page: lazy list with filters, Excel import and template, village office generation. */
@Named
@ViewScoped
public class InstitutionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionService institutions;

    @Inject
    RegionService regions;

    private String search;
    private InstitutionType type;
    /** The region filter: its code replicates, the entity is looked up again (getRegion()). */
    private final PickedRegion region = new PickedRegion();

    private transient UploadedFile file;
    private List<InstitutionService.ImportLine> report;

    /** The area to create village offices in: its code replicates, the entity is looked up again (getArea()). */
    private final PickedRegion area = new PickedRegion();
    private long toCreate = -1;

    /** Rows are entities: not replicated; made again after a failover (PrimeFaces then reloads the page). */
    private transient LazyDataModel<Institution> model;

    private LazyDataModel<Institution> newModel() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) institutions.count(filter());
            }

            @Override
            public List<Institution> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return institutions.list(filter(), first, pageSize);
            }

            @Override
            public String getRowKey(Institution i) {
                return String.valueOf(i.getId());
            }

            @Override
            public Institution getRowData(String key) {
                return institutions.find(Long.parseLong(key));
            }
        };
    }

    private InstitutionService.Filter filter() {
        return new InstitutionService.Filter(search, type, region.code(), null);
    }

    public boolean canEdit(Institution i) {
        return institutions.canEdit(i);
    }

    public boolean isCanCreate() {
        return institutions.canCreate();
    }

    /** Runs the import; the file must be an .xlsx (a zip) of at most 5 MB, whatever its name says. */
    public void importFile() {
        report = null;
        byte[] content = XlsxUpload.read(file, "institutions:file");
        if (content == null) {
            return;
        }
        try {
            report = institutions.importSheet(new ByteArrayInputStream(content));
        } catch (BusinessException e) {
            Faces.error("institutions:file", e.key(), e.args());
            return;
        }
        Faces.context().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                Faces.text("institution.import.report", count(InstitutionService.ImportStatus.CREATED),
                        count(InstitutionService.ImportStatus.UPDATED), count(InstitutionService.ImportStatus.ERROR)), null));
    }

    private long count(InstitutionService.ImportStatus s) {
        return report == null ? 0 : report.stream().filter(l -> l.status() == s).count();
    }

    public String message(InstitutionService.ImportLine line) {
        return Faces.text(line.messageKey(), line.args());
    }

    public StreamedContent getTemplate() {
        byte[] bytes = InstitutionSheet.template(Faces.locale());
        return Faces.download(Faces.text("institution.template.sheet").toLowerCase() + "-sirakor.xlsx", InstitutionResource.XLSX, bytes);
    }

    /** First step of "create village offices": count, then ask for confirmation. */
    public void checkArea() {
        toCreate = -1;
        Region picked = getArea();
        if (picked == null) {
            Faces.error("generate:area", "validation.required");
            return;
        }
        toCreate = institutions.countMissingVillageOffices(picked.getCode(), null);
        if (toCreate == 0) {
            Faces.context().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                    Faces.text("institution.generate.nothing", picked.getName()), null));
            return;
        }
        PrimeFaces.current().executeScript("PF('generateConfirm').show()");
    }

    public void generate() {
        Region picked = getArea();
        if (picked == null) {
            return;
        }
        int created = institutions.generateVillageOffices(picked.getCode(), null);
        Faces.context().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO,
                Faces.text("institution.generate.done", created, picked.getName()), null));
        toCreate = -1;
        PrimeFaces.current().executeScript("PF('generateConfirm').hide()");
    }

    public String getConfirmText() {
        Region picked = getArea();
        return picked == null ? "" : Faces.text("institution.generate.confirm", toCreate, picked.getName());
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public LazyDataModel<Institution> getModel() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public InstitutionType getType() { return type; }
    public void setType(InstitutionType type) { this.type = type; }
    public Region getRegion() { return region.get(regions); }
    public void setRegion(Region picked) { region.set(picked); }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<InstitutionService.ImportLine> getReport() { return report; }
    public Region getArea() { return area.get(regions); }
    public void setArea(Region picked) { area.set(picked); }
    public long getToCreate() { return toCreate; }
}
