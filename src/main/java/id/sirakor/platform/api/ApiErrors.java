package id.sirakor.platform.api;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.error.Incidents;
import id.sirakor.platform.error.Outage;
import id.sirakor.platform.i18n.Messages;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/**
 * The one error format of /api/v1: {"error": key, "message": text, "field": name, "incident": id}.
 * The message language follows Accept-Language (Indonesian unless English is asked for).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    public record ApiError(String error, String message, String field, String incident) {
    }

    @Override
    public Response toResponse(Throwable t) {
        Locale locale = locale();
        BusinessException be = Incidents.business(t);
        if (be != null) {
            int status = switch (be.kind()) {
                case INVALID -> 400;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
                case CONFLICT -> 409;
                case UNAUTHENTICATED -> 401;
            };
            return json(status, new ApiError(be.key(), Messages.get(locale, be.key(), be.args()), be.field(), null));
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            String key = switch (status) {
                case 401 -> "error.loginRequired";
                case 403 -> "error.roleRequired";
                case 404 -> "error.notFound";
                case 405 -> "error.method";
                case 406 -> "error.notAcceptable";
                case 413 -> "error.tooLarge";
                case 415 -> "error.mediaType";
                default -> "error.badRequest";
            };
            Object[] args = status == 413 ? new Object[] {t instanceof TooLarge tl ? tl.limitKb() : StrictJsonReader.maxBytes() / 1024} : new Object[0];
            Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(key, Messages.get(locale, key, args), null, null));
            if (status == 413) {
                r.header("Connection", "close");
            }
            return r.build();
        }
        if (Outage.isDatabaseDown(t)) {
            Outage.note(t, "api");
            return Response.status(503).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS))
                    .entity(new ApiError("error.unavailable", Messages.get(locale, "error.unavailable"), null, null)).build();
        }
        if (malformedJson(t)) {
            return json(400, new ApiError("error.json.syntax", Messages.get(locale, "error.json.syntax"), null, null));
        }
        String incident = Incidents.record(t, "api");
        return json(500, new ApiError("error.unexpected", Messages.get(locale, "error.unexpected", incident), null, incident));
    }

    /** Bad JSON that reached another reader than {@link StrictJsonReader}: the client's fault, not a bug. */
    private static boolean malformedJson(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof jakarta.json.JsonException || c instanceof jakarta.json.bind.JsonbException
                    || c instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private Locale locale() {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : wanted) {
            if ("en".equals(l.getLanguage())) {
                return Messages.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Messages.INDONESIAN;
            }
        }
        return Messages.INDONESIAN;
    }

    private static Response json(int status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
