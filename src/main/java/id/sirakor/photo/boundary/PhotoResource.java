package id.sirakor.photo.boundary;

import id.sirakor.photo.control.EventPhotos;
import id.sirakor.photo.control.PhotoGallery;
import id.sirakor.photo.control.PhotoUploads;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.api.UploadLimit;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Photos of an event (ADR 0090): upload (multipart, several files: each is checked and stored on its
 * own, the answer says which were refused and why), the gallery's changes, the images for the
 * people who read the event (private cache, ETag = the file's hash) and, under /public, the photos
 * marked public of a public event.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PhotoResource {

    /** A whole request: 20 files of 15 MB would be 300 MB; one request carries at most this, more go in further requests. */
    static final long REQUEST_LIMIT = 52L * 1024 * 1024;

    @Inject
    EventPhotos photos;

    @Inject
    PhotoUploads uploads;

    @Inject
    PhotoGallery gallery;

    @Context
    HttpHeaders headers;

    public record PhotoDto(long id, Long sessionId, int seq, int width, int height, String caption, boolean cover,
                           boolean publicShown, Instant takenAt, String url, String thumbUrl) {
    }

    public record RefusedDto(String file, String error, String message) {
    }

    public record UploadResult(List<PhotoDto> photos, List<RefusedDto> refused) {
    }

    public record PhotoUpdate(String caption, Long sessionId, Boolean publicShown) {
    }

    public record MoveRequest(String direction) {
    }

    static PhotoDto dto(EventPhotos.Photo p) {
        String base = "/api/v1/events/" + p.eventId() + "/photos/" + p.id();
        return new PhotoDto(p.id(), p.sessionId(), p.seq(), p.width(), p.height(), p.caption(), p.cover(), p.publicShown(), p.takenAt(),
                base, base + "/thumb");
    }

    static PhotoDto publicDto(String slug, EventPhotos.Photo p) {
        String base = "/api/v1/public/events/" + slug + "/photos/" + p.id();
        return new PhotoDto(p.id(), null, p.seq(), p.width(), p.height(), p.caption(), p.cover(), true, null, base, base + "/thumb");
    }

    @GET
    @Path("events/{id}/photos")
    @ApiDoc("The photos of an event, cover first, then in the gallery's order")
    public List<PhotoDto> list(@PathParam("id") long id) {
        return photos.forEvent(id).stream().map(PhotoResource::dto).toList();
    }

    @POST
    @Path("events/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ApiDoc("Upload photos (multipart, up to 20 files of 15 MB, JPEG or PNG): each is turned upright, resized and stripped of "
            + "metadata; 201 with the stored ones and the refused ones (file, error, message); 400 when none was stored")
    public Response upload(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId, @QueryParam("caption") String caption,
                           @UploadLimit(bytes = REQUEST_LIMIT) List<EntityPart> parts) {
        List<EntityPart> files = parts == null ? List.of() : parts.stream().filter(p -> p.getFileName().isPresent()).toList();
        if (files.isEmpty()) {
            throw BusinessException.invalid("file", "photo.noFile");
        }
        if (files.size() > PhotoUploads.MAX_PER_REQUEST) {
            throw BusinessException.invalid("file", "photo.tooManyInRequest", PhotoUploads.MAX_PER_REQUEST);
        }
        Locale locale = locale();
        List<PhotoDto> stored = new ArrayList<>();
        List<RefusedDto> refused = new ArrayList<>();
        BusinessException first = null;
        for (EntityPart part : files) {
            String name = cleanName(part.getFileName().orElse("foto"));
            try {
                byte[] bytes = read(part);
                stored.add(dto(photoOf(uploads.add(id, sessionId, bytes, caption))));
            } catch (BusinessException e) {
                if (e.kind() != BusinessException.Kind.INVALID) {
                    throw e; // 401/403/404 concern the whole request
                }
                first = first == null ? e : first;
                refused.add(new RefusedDto(name, e.key(), name + ": " + Messages.get(locale, e.key(), e.args())));
            }
        }
        if (stored.isEmpty()) {
            if (refused.size() == 1) {
                throw BusinessException.invalid("file", first.key(), first.args());
            }
            throw BusinessException.invalid("file", "photo.noneStored",
                    String.join("; ", refused.stream().map(RefusedDto::message).toList()));
        }
        return Response.status(201).entity(new UploadResult(stored, refused)).build();
    }

    private EventPhotos.Photo photoOf(id.sirakor.photo.entity.EventPhoto p) {
        return new EventPhotos.Photo(p.getId(), p.getEventId(), p.getSessionId(), p.getSeq(), p.getFileKey(), p.getThumbKey(), p.getWidth(),
                p.getHeight(), p.getCaption(), p.isCover(), p.isPublicShown(), p.getTakenAt());
    }

    /** The part's bytes, refused as soon as it passes 15 MB (the rest of the part is not kept). */
    static byte[] read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) PhotoUploads.MAX_BYTES + 1);
            if (bytes.length > PhotoUploads.MAX_BYTES) {
                throw BusinessException.invalid("file", "photo.tooLarge", PhotoUploads.MAX_MB);
            }
            return bytes;
        } catch (IOException e) {
            throw BusinessException.invalid("file", "photo.notAnImage");
        }
    }

    static String cleanName(String name) {
        String n = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return n.length() > 120 ? n.substring(0, 120) : n;
    }

    private Locale locale() {
        for (Locale l : headers == null ? List.<Locale>of() : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Messages.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Messages.INDONESIAN;
            }
        }
        return Messages.INDONESIAN;
    }

    @PUT
    @Path("events/{id}/photos/{photoId}")
    @ApiDoc("Change a photo's caption, session and whether it is shown in the public gallery")
    public PhotoDto update(@PathParam("id") long id, @PathParam("photoId") long photoId, PhotoUpdate r) {
        PhotoUpdate u = r == null ? new PhotoUpdate(null, null, null) : r;
        return dto(gallery.update(id, photoId, u.caption(), u.sessionId(), u.publicShown()));
    }

    @POST
    @Path("events/{id}/photos/{photoId}/cover")
    @ApiDoc(value = "Make the photo the event's cover (the previous cover stops being one)", success = {204})
    public Response cover(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        gallery.cover(id, photoId);
        return Response.noContent().build();
    }

    @POST
    @Path("events/{id}/photos/{photoId}/move")
    @ApiDoc(value = "Move the photo one place up or down in the gallery (direction: UP or DOWN)", success = {204})
    public Response move(@PathParam("id") long id, @PathParam("photoId") long photoId, MoveRequest r) {
        gallery.move(id, photoId, r == null ? null : r.direction());
        return Response.noContent().build();
    }

    @DELETE
    @Path("events/{id}/photos/{photoId}")
    @ApiDoc(value = "Delete a photo (in the audit log)", success = {204})
    public Response delete(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        gallery.delete(id, photoId);
        return Response.noContent().build();
    }

    @GET
    @Path("events/{id}/photos/{photoId}")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @ApiDoc("The photo (JPEG, at most 2048 px), for those who read the event; private cache, ETag")
    public Response image(@PathParam("id") long id, @PathParam("photoId") long photoId, @Context Request request) {
        EventPhotos.Photo p = gallery.find(id, photoId);
        return jpeg(p.fileKey(), request, false);
    }

    @GET
    @Path("events/{id}/photos/{photoId}/thumb")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @ApiDoc("The photo's thumbnail (JPEG, 480 px)")
    public Response thumb(@PathParam("id") long id, @PathParam("photoId") long photoId, @Context Request request) {
        EventPhotos.Photo p = gallery.find(id, photoId);
        return jpeg(p.thumbKey(), request, false);
    }

    @GET
    @Path("public/events/{slug}/photos")
    @ApiDoc("The public gallery of a public event: only the photos marked public, cover first (no login)")
    public List<PhotoDto> publicList(@PathParam("slug") String slug) {
        return gallery.publicGallery(slug).stream().map(p -> publicDto(slug, p)).toList();
    }

    @GET
    @Path("public/events/{slug}/photos/{photoId}")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @ApiDoc("A photo marked public of a public event (no login); 404 for any other")
    public Response publicImage(@PathParam("slug") String slug, @PathParam("photoId") long photoId, @Context Request request) {
        return jpeg(gallery.findPublic(slug, photoId).fileKey(), request, true);
    }

    @GET
    @Path("public/events/{slug}/photos/{photoId}/thumb")
    @Produces({"image/jpeg", MediaType.APPLICATION_JSON})
    @ApiDoc("The thumbnail of a photo marked public (no login)")
    public Response publicThumb(@PathParam("slug") String slug, @PathParam("photoId") long photoId, @Context Request request) {
        return jpeg(gallery.findPublic(slug, photoId).thumbKey(), request, true);
    }

    /**
     * The stored JPEG with its hash as ETag (a file never changes under its key): 304 when the browser
     * has it. Private photos: "private" (no shared cache keeps them); public ones: a short public cache,
     * so that a photo taken out of the public gallery disappears soon from caches too.
     */
    private Response jpeg(String key, Request request, boolean open) {
        EntityTag tag = new EntityTag(key);
        CacheControl cc = new CacheControl();
        if (open) {
            cc.setMaxAge(300);
        } else {
            cc.setPrivate(true);
            cc.setMaxAge(86400);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cc).build();
        }
        return Response.ok(photos.bytes(key), "image/jpeg").tag(tag).cacheControl(cc)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
