package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.Suggestions;
import id.sirakor.minutes.entity.Suggestion;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Sumbang saran on the participant's personal page (/p/registration.xhtml?t=…): send one, see those sent. */
@Named
@ViewScoped
public class MySuggestionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Suggestions suggestions;

    private String token;
    private boolean open;
    private List<Suggestions.SessionOption> sessions = List.of();
    /** Reloaded when null (after a failover the view arrives without it): see {@link #getSent()}. */
    private transient List<Suggestion> sent;
    private String text;
    private Long sessionId;

    /** Called with the page's token; loads once per view. */
    public boolean isAvailable(String t) {
        if (token == null && t != null) {
            token = t;
            reload();
        }
        return open;
    }

    private void reload() {
        try {
            open = suggestions.open(token);
            if (open) {
                sessions = suggestions.sessions(token);
                sent = suggestions.mine(token);
            }
        } catch (BusinessException e) {
            open = false;
        }
    }

    public void send() {
        try {
            suggestions.submit(token, sessionId, text);
            text = null;
            sessionId = null;
            reload();
            Faces.info("suggestion.sent");
        } catch (BusinessException e) {
            // under the field, or under the text (too soon, too many): where the participant is looking
            Faces.error("suggest:" + (e.field() == null ? "text" : e.field()), e.key(), e.args());
        }
    }

    public int getMaxLength() {
        return Suggestions.TEXT_MAX;
    }

    public List<Suggestions.SessionOption> getSessions() { return sessions; }
    public List<Suggestion> getSent() {
        if (sent == null) {
            try {
                sent = open && token != null ? suggestions.mine(token) : List.of();
            } catch (BusinessException e) {
                sent = List.of();
            }
        }
        return sent;
    }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
}
