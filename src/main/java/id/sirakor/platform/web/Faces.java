package id.sirakor.platform.web;

import id.sirakor.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Small helpers for backing beans: bundle messages, redirects. */
public final class Faces {

    private Faces() {
    }

    public static FacesContext context() {
        return FacesContext.getCurrentInstance();
    }

    public static Locale locale() {
        FacesContext fc = context();
        return fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Messages.INDONESIAN;
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        context().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
        context().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String clientId, String key, Object... args) {
        context().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
        context().validationFailed();
    }

    public static HttpServletRequest request() {
        return (HttpServletRequest) context().getExternalContext().getRequest();
    }

    public static HttpServletResponse response() {
        return (HttpServletResponse) context().getExternalContext().getResponse();
    }

    /** A file for p:fileDownload, from bytes already made (PDF, Excel). */
    public static org.primefaces.model.StreamedContent download(String fileName, String contentType, byte[] content) {
        return org.primefaces.model.DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) content.length).stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    /**
     * A page whose record could not be loaded answers with the matching status (404, or 403 when
     * the role may not see such records), while it shows its "not found" card.
     */
    public static void refused(id.sirakor.platform.error.BusinessException e) {
        if (!context().getExternalContext().isResponseCommitted()) {
            response().setStatus(e.kind() == id.sirakor.platform.error.BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public static void redirect(String path) {
        try {
            context().getExternalContext().redirect(context().getExternalContext().getRequestContextPath() + path);
            context().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
