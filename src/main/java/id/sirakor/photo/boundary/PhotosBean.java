package id.sirakor.photo.boundary;

import id.sirakor.photo.control.EventPhotos;
import id.sirakor.photo.control.PhotoGallery;
import id.sirakor.photo.control.PhotoUploads;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The photo gallery of an event (/manage/photos.xhtml?id=): the upload box (the browser sends the
 * chosen files one by one to POST /api/v1/events/{id}/photos, see photo-upload.js, so a phone's
 * twenty photos never make one huge request), then the thumbnails with caption, session, public
 * flag, cover, order and delete.
 */
@Named
@ViewScoped
public class PhotosBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventPhotos photos;

    @Inject
    PhotoGallery gallery;

    @Inject
    PhotoUploads uploads;

    private Long id;
    private boolean found;
    private boolean editable;
    private boolean uploadable;
    private EventPhotos.Header header;
    private List<Row> rows = new ArrayList<>();

    /** One photo as the gallery edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long photoId;
        private final boolean cover;
        private final int width;
        private final int height;
        private String caption;
        private Long sessionId;
        private boolean publicShown;

        Row(EventPhotos.Photo p) {
            photoId = p.id();
            cover = p.cover();
            width = p.width();
            height = p.height();
            caption = p.caption();
            sessionId = p.sessionId();
            publicShown = p.publicShown();
        }

        public long getPhotoId() { return photoId; }
        public boolean isCover() { return cover; }
        public int getWidth() { return width; }
        public int getHeight() { return height; }
        public String getCaption() { return caption; }
        public void setCaption(String caption) { this.caption = caption; }
        public Long getSessionId() { return sessionId; }
        public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
        public boolean isPublicShown() { return publicShown; }
        public void setPublicShown(boolean publicShown) { this.publicShown = publicShown; }
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            header = photos.header(id == null ? -1 : id);
            editable = gallery.mayEdit(id);
            uploadable = uploads.mayUpload(id);
            found = true;
            refresh();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    /** Reads the photos again (after the uploads the browser made, and after every change). */
    public void refresh() {
        rows = new ArrayList<>(photos.inOrder(id).stream().map(Row::new).toList());
    }

    public void save(Row r) {
        try {
            gallery.update(id, r.getPhotoId(), r.getCaption(), r.getSessionId(), r.isPublicShown());
            Faces.info("photo.saved");
            refresh();
        } catch (BusinessException e) {
            // the row keeps what was typed
            Faces.error(null, e.key(), e.args());
        }
    }

    public void cover(Row r) {
        run(() -> gallery.cover(id, r.getPhotoId()), "photo.coverSet");
    }

    public void up(Row r) {
        run(() -> gallery.move(id, r.getPhotoId(), true), null);
    }

    public void down(Row r) {
        run(() -> gallery.move(id, r.getPhotoId(), false), null);
    }

    public void delete(Row r) {
        run(() -> gallery.delete(id, r.getPhotoId()), "photo.deleted");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                Faces.info(doneKey);
            }
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
        refresh();
    }

    public String sessionTitle(Long sessionId) {
        if (sessionId == null || header == null) {
            return null;
        }
        return header.sessions().stream().filter(s -> s.id() == sessionId).map(EventPhotos.SessionRef::title).findFirst().orElse(null);
    }

    /** The language the upload script asks the API's messages in. */
    public String getLanguage() {
        return Faces.locale().getLanguage();
    }

    public int getMaxMb() { return PhotoUploads.MAX_MB; }
    public int getMaxPerEvent() { return PhotoUploads.MAX_PER_EVENT; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isEditable() { return editable; }
    public boolean isUploadable() { return uploadable; }
    public EventPhotos.Header getHeader() { return header; }
    public List<Row> getRows() { return rows; }
}
