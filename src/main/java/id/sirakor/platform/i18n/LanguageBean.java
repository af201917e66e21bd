package id.sirakor.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The locale of the page ({@code <f:view locale="#{language.locale}">}). */
@Named("language")
@RequestScoped
public class LanguageBean {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            locale = LanguageFilter.locale(req);
        }
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** This page's URL with ?lang= switched to the other language, other parameters kept. */
    public String getSwitchUrl() {
        HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = req.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : req.getRequestURI();
        String query = req.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING) instanceof String q
                ? q : req.getQueryString();
        StringBuilder sb = new StringBuilder(uri).append('?');
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty()) {
                    sb.append(part).append('&');
                }
            }
        }
        return sb.append("lang=").append(isEnglish() ? "id" : "en").toString();
    }

    public String getCode() {
        return getLocale().getLanguage();
    }
}
