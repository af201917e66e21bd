package id.sirakor.platform.error;

import id.sirakor.platform.i18n.Messages;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The one JSF exception handler.
 * <ul>
 * <li>{@link BusinessException}: its message, in the user's language, under the named input
 *     (and at the top of the form); the page is rendered again with what the user typed.</li>
 * <li>An expired view: back to the same page with a note.</li>
 * <li>Anything else: an incident id in the log and on the error page.</li>
 * </ul>
 */
public class FacesErrorHandler extends ExceptionHandlerWrapper {

    public FacesErrorHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator();
        while (it.hasNext()) {
            Throwable t = it.next().getContext().getException();
            it.remove();
            BusinessException be = Incidents.business(t);
            if (be != null && refusesPage(fc, be)) {
                continue;
            }
            if (be != null) {
                showBusiness(fc, be);
                continue;
            }
            if (unwrap(t) instanceof org.primefaces.csp.CspException) {
                // A form sent without the nonce its page was given (ADR 0069): forged, or posted by a
                // client without the page's script. Nothing is done; the page is shown afresh, as for an
                // expired view, and one line is logged (no incident: no bug of ours).
                String viewId = fc.getViewRoot() == null ? null : fc.getViewRoot().getViewId();
                java.util.logging.Logger.getLogger("id.sirakor.security").warning("form of "
                        + (viewId == null ? "?" : viewId) + " sent without its page's nonce; refused");
                showAfresh(fc, viewId);
                continue;
            }
            if (unwrap(t) instanceof ViewExpiredException vee) {
                showAfresh(fc, vee.getViewId());
                continue;
            }
            if (Outage.isDatabaseDown(t) && !fc.getExternalContext().isResponseCommitted()) {
                Outage.note(t, fc.getViewRoot() == null ? "?" : fc.getViewRoot().getViewId());
                try {
                    fc.getExternalContext().responseReset();
                    fc.getExternalContext().setResponseHeader("Retry-After", String.valueOf(Outage.RETRY_AFTER_SECONDS));
                    if (fc.getPartialViewContext().isAjaxRequest()) {
                        redirect(fc, fc.getExternalContext().getRequestContextPath() + "/unavailable.html");
                    } else {
                        fc.getExternalContext().responseSendError(503, null);
                        fc.responseComplete();
                    }
                    continue;
                } catch (IOException | IllegalStateException e) {
                    // fall through to the incident page
                }
            }
            String incident = Incidents.record(t, fc.getViewRoot() == null ? "?" : fc.getViewRoot().getViewId());
            redirect(fc, fc.getExternalContext().getRequestContextPath() + "/error.xhtml?incident=" + incident);
        }
        getWrapped().handle();
    }

    /**
     * The page again, freshly, with a notice that nothing of the form was done. The same page means
     * with its parameters: a form's action has no query string, so {@code /manage/event.xhtml?id=6}
     * would come back as a new, empty event form; the parameters are taken from the Referer when it
     * names this very page (only the query is taken from it, so it cannot send the user elsewhere).
     */
    static void showAfresh(FacesContext fc, String viewId) {
        var ext = fc.getExternalContext();
        String path = ext.getRequestContextPath() + (viewId == null ? "/" : viewId);
        String query = samePageQuery(ext.getRequestHeaderMap().get("Referer"), path);
        Locale locale = fc.getViewRoot() != null ? fc.getViewRoot().getLocale()
                : id.sirakor.platform.i18n.LanguageFilter.locale((jakarta.servlet.http.HttpServletRequest) ext.getRequest());
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(locale, "page.viewExpired"), null));
        ext.getFlash().setKeepMessages(true);
        redirect(fc, query == null ? path : path + "?" + query);
    }

    /** The query of {@code referer} when its path is {@code path}; else null. */
    static String samePageQuery(String referer, String path) {
        if (referer == null || referer.length() > 2048) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            String query = uri.getRawQuery();
            return path.equals(uri.getRawPath()) && query != null && !query.isEmpty() ? query : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * A page opened (not a form sent) that the user may not see, or that does not exist for them:
     * the 403 or 404 page, as a status, instead of half a page with a message on top.
     */
    private static boolean refusesPage(FacesContext fc, BusinessException be) {
        int status = switch (be.kind()) {
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            default -> 0;
        };
        if (status == 0 || fc.isPostback() || fc.getExternalContext().isResponseCommitted()
                || fc.getPartialViewContext().isAjaxRequest()) {
            return false;
        }
        try {
            fc.getExternalContext().responseReset();
            fc.getExternalContext().responseSendError(status, null);
            fc.responseComplete();
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    public static void showBusiness(FacesContext fc, BusinessException be) {
        Locale locale = fc.getViewRoot() != null ? fc.getViewRoot().getLocale() : Messages.INDONESIAN;
        String text = Messages.get(locale, be.key(), be.args());
        FacesMessage msg = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        String clientId = be.field() == null ? null : findInput(fc, be.field());
        if (clientId != null) {
            fc.addMessage(clientId, msg);
        }
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        fc.validationFailed();
        fc.renderResponse();
    }

    private static String findInput(FacesContext fc, String field) {
        if (fc.getViewRoot() == null) {
            return null;
        }
        String[] found = new String[1];
        fc.getViewRoot().visitTree(VisitContext.createVisitContext(fc), (ctx, c) -> {
            if (c instanceof UIInput in && field.equals(c.getId())) {
                // An invalid input is rendered from its submitted value, which JSF has already
                // cleared: give it back, so the user sees what they typed, marked in red.
                Object value = in.getValue();
                jakarta.faces.convert.Converter<Object> converter = in.getConverter();
                in.setSubmittedValue(value == null ? null
                        : converter != null ? converter.getAsString(fc, in, value) : value.toString());
                in.setValid(false);
                found[0] = c.getClientId(fc);
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found[0];
    }

    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof FacesException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private static void redirect(FacesContext fc, String url) {
        try {
            if (!fc.getExternalContext().isResponseCommitted()) {
                fc.getExternalContext().redirect(url);
            }
            fc.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
