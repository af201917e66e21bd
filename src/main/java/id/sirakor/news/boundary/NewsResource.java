package id.sirakor.news.boundary;

import id.sirakor.news.control.NewsService;
import id.sirakor.news.entity.NewsDraft;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The news release draft of an event (issue 14, ADR 0094): read, generate, edit, export as HTML and .docx. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NewsResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    NewsService news;

    /**
     * @param minutesVersion the minutes version it was generated from, minutesStatus its state then (APPROVED, DRAFT …)
     * @param edited         changed by hand since it was generated
     */
    public record NewsDto(long eventId, String title, String body, Integer minutesVersion, String minutesStatus, boolean edited,
                          Instant generatedAt, String generatedBy, Instant updatedAt, String updatedBy, long version) {
    }

    public record NewsRequest(String title, String body, Long version) {
    }

    static NewsDto dto(NewsDraft d) {
        return new NewsDto(d.getEventId(), d.getTitle(), d.getBody(), d.getMinutesVersion(), d.getMinutesStatus(), d.isEdited(),
                d.getGeneratedAt(), d.getGeneratedBy(), d.getUpdatedAt(), d.getUpdatedBy(), d.getVersion());
    }

    @GET
    @Path("events/{id}/news")
    @ApiDoc("The news release draft; 404 before it was generated")
    public NewsDto get(@PathParam("id") long id) {
        NewsDraft d = news.view(id).draft();
        if (d == null) {
            throw BusinessException.notFound("news.none");
        }
        return dto(d);
    }

    @POST
    @Path("events/{id}/news/draft")
    @ApiDoc("Generate the draft from the event, the minutes (approved version preferred), the points marked kutipan and the attendance;"
            + " 409 when it would overwrite an edited draft unless ?overwrite=true")
    public NewsDto generate(@PathParam("id") long id, @QueryParam("overwrite") boolean overwrite) {
        return dto(news.generate(id, overwrite));
    }

    @PUT
    @Path("events/{id}/news")
    @ApiDoc("Save the edited title (≤ 200) and body (≤ 20,000 characters; paragraphs separated by a blank line); version guards a lost update (409)")
    public NewsDto save(@PathParam("id") long id, NewsRequest r) {
        if (r == null) {
            throw BusinessException.invalid("title", "news.titleRequired");
        }
        return dto(news.save(id, r.title(), r.body(), r.version()));
    }

    @GET
    @Path("events/{id}/news.html")
    @Produces(MediaType.TEXT_HTML)
    @ApiDoc("The draft as a standalone HTML article (cover photo embedded), for the unit's website")
    public Response html(@PathParam("id") long id) {
        return Response.ok(news.html(id), MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"berita-" + id + ".html\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("events/{id}/news.docx")
    @Produces(DOCX)
    @ApiDoc("The draft as .docx: title, cover photo with caption, paragraphs")
    public Response docx(@PathParam("id") long id) {
        return Response.ok(news.docx(id), DOCX).header("Content-Disposition", "attachment; filename=\"berita-" + id + ".docx\"").build();
    }
}
