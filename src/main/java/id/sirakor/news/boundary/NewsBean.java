package id.sirakor.news.boundary;

import id.sirakor.news.control.NewsExport;
import id.sirakor.news.control.NewsService;
import id.sirakor.news.entity.NewsDraft;
import id.sirakor.photo.control.EventPhotos;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/** The news release draft page of one event: generate ("Buat draf"), edit, preview, export. */
@Named
@ViewScoped
public class NewsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsService news;

    @Inject
    EventPhotos photos;

    private Long id;
    private boolean found;
    private String eventTitle;
    private String unitName;
    private boolean canEdit;
    private boolean exists;
    private boolean edited;
    private Integer minutesVersion;
    private String minutesStatus;
    private java.time.Instant stampAt;
    private String stampBy;
    private long version;
    private String title;
    private String body;
    private String coverCaption;
    private String coverKey;
    private transient String coverSrc;

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
        NewsService.View v = news.view(id == null ? -1 : id);
        eventTitle = v.eventTitle();
        unitName = v.unitName();
        canEdit = v.canEdit();
        coverKey = v.cover().map(EventPhotos.Photo::fileKey).orElse(null);
        coverCaption = v.cover().map(EventPhotos.Photo::caption).orElse(null);
        coverSrc = null;
        NewsDraft d = v.draft();
        exists = d != null;
        if (d != null) {
            title = d.getTitle();
            body = d.getBody();
            version = d.getVersion();
            edited = d.isEdited();
            minutesVersion = d.getMinutesVersion();
            minutesStatus = d.getMinutesStatus();
            stampAt = d.isEdited() ? d.getUpdatedAt() : d.getGeneratedAt();
            stampBy = d.isEdited() ? d.getUpdatedBy() : d.getGeneratedBy();
        }
    }

    /** "Buat draf": the page asked first when the draft was edited; the service refuses if it was edited meanwhile. */
    public void generate() {
        try {
            news.generate(id, edited);
            refresh();
            Faces.info("news.generated");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void save() {
        try {
            news.save(id, title, body, exists ? version : null);
            refresh();
            Faces.info("news.saved");
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "edit:" + e.field(), e.key(), e.args());
        }
    }

    /** The article as the website would show it, from what is in the editor now (escaped). */
    public String getPreview() {
        return NewsExport.articleHtml(title == null ? "" : title, body, getCoverSrc(), coverCaption);
    }

    public String getCoverSrc() {
        if (coverSrc == null && coverKey != null) {
            coverSrc = NewsExport.dataUri(photos.bytes(coverKey));
        }
        return coverSrc;
    }

    public StreamedContent getHtml() {
        try {
            return Faces.download("berita-" + id + ".html", "text/html;charset=utf-8",
                    news.html(id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
            return null;
        }
    }

    public StreamedContent getDocx() {
        try {
            return Faces.download("berita-" + id + ".docx", NewsResource.DOCX, news.docx(id));
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
            return null;
        }
    }

    public int getTitleMax() { return NewsService.TITLE_MAX; }
    public int getBodyMax() { return NewsService.BODY_MAX; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getEventTitle() { return eventTitle; }
    public String getUnitName() { return unitName; }
    public boolean isCanEdit() { return canEdit; }
    public boolean isExists() { return exists; }
    public boolean isEdited() { return edited; }
    /** Built at render time, in the page's language (the view's locale isn't set yet in the view action). */
    public String getSource() {
        return minutesVersion == null ? Faces.text("news.sourceNoMinutes")
                : Faces.text("news.source", minutesVersion, Faces.text("minutes.status." + minutesStatus));
    }

    public String getStamp() {
        return stampAt == null ? "" : Faces.text(edited ? "news.stampEdited" : "news.stampGenerated",
                IndonesianTime.dateTime(stampAt, IndonesianTime.WIB, Faces.locale()), stampBy);
    }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCoverCaption() { return coverCaption; }
    public boolean isHasCover() { return coverKey != null; }
}
