package id.sirakor.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;

/** The error page: the incident id from the JSF handler, or one made for a servlet-level error. */
@Named
@RequestScoped
public class ErrorBean {

    private String incident;

    public String getIncident() {
        if (incident == null) {
            Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            String given = params.get("incident");
            if (given != null && given.matches("INC-[A-Z0-9]{8}")) {
                incident = given;
            } else {
                Object t = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                        .get(RequestDispatcher.ERROR_EXCEPTION);
                // Only a real failure gets an incident: a bare visit to /error.xhtml must not fill the log.
                incident = t instanceof Throwable th ? id.sirakor.platform.error.Incidents.record(th, "servlet") : "";
            }
        }
        return incident;
    }
}
