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
                incident = id.sirakor.platform.error.Incidents.record(
                        t instanceof Throwable th ? th : new IllegalStateException("HTTP 500 without exception"), "servlet");
            }
        }
        return incident;
    }
}
