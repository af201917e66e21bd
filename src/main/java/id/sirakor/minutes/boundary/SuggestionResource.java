package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.Suggestions;
import id.sirakor.minutes.entity.Suggestion;
import id.sirakor.platform.api.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Sumbang saran by the participant's personal link (the link is the credential; only that registration's event). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    @Inject
    Suggestions suggestions;

    public record SuggestionRequest(String text, Long sessionId) {
    }

    public record MySuggestion(long id, Long sessionId, String text, Instant createdAt) {
    }

    static MySuggestion dto(Suggestion s) {
        return new MySuggestion(s.getId(), s.getSessionId(), s.getBody(), s.getCreatedAt());
    }

    @POST
    @Path("public/registrations/{token}/suggestions")
    @ApiDoc("Send a sumbang saran (at most 1,000 characters, optionally for a session of the event); confirmed participants only, "
            + "at most 10 per registration and one every 20 seconds (409)")
    public Response submit(@PathParam("token") String token, SuggestionRequest r) {
        Suggestion s = suggestions.submit(token, r == null ? null : r.sessionId(), r == null ? null : r.text());
        return Response.status(201).entity(dto(s)).build();
    }

    @GET
    @Path("public/registrations/{token}/suggestions")
    @ApiDoc("The suggestions sent with this personal link")
    public List<MySuggestion> mine(@PathParam("token") String token) {
        return suggestions.mine(token).stream().map(SuggestionResource::dto).toList();
    }
}
