package id.sirakor.platform.web;

import id.sirakor.platform.i18n.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.MissingResourceException;

/**
 * The audit log's action codes ({@code event.create}) as words for people ("Acara dibuat"), from
 * the bundle keys {@code audit.action.<code>}. A code without a key (a new action, or one written
 * by an older version) shows as itself rather than as {@code ??key??}.
 */
@Named("auditText")
@ApplicationScoped
public class AuditText {

    public static final String PREFIX = "audit.action.";

    public String action(String code) {
        if (code == null) {
            return "";
        }
        try {
            return Messages.bundle(Faces.locale()).getString(PREFIX + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
