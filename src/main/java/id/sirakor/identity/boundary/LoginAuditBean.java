package id.sirakor.identity.boundary;

import id.sirakor.identity.control.LoginAudit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The login audit page: failed logins per account and per address over 1, 7 or 30 days (ADMIN). */
@Named
@ViewScoped
public class LoginAuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LoginAudit logins;

    private int days = 7;
    private transient LoginAudit.Report report;

    public LoginAudit.Report getReport() {
        if (report == null) {
            report = logins.report(days);
        }
        return report;
    }

    public void refresh() {
        report = null;
    }

    public int getDays() { return days; }
    public void setDays(int days) { this.days = days == 1 || days == 30 ? days : 7; }
}
