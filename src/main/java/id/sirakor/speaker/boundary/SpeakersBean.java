package id.sirakor.speaker.boundary;

import id.sirakor.platform.web.Faces;
import id.sirakor.speaker.control.SpeakerService;
import id.sirakor.speaker.entity.Speaker;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Speakers of the user's units: list and edit dialog. */
@Named
@ViewScoped
public class SpeakersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpeakerService speakers;

    private String search;
    /** Entities: not replicated; read again through getRows() after a failover. */
    private transient List<Speaker> rows;
    private Long editingId;
    private String rankTitle;
    private String frontTitle;
    private String name;
    private String backTitle;
    private String position;
    private String institutionName;
    private String email;
    private String phone;
    private String bio;
    private String username;

    public List<Speaker> getRows() {
        if (rows == null) {
            rows = speakers.list(search);
        }
        return rows;
    }

    public void find() {
        rows = null;
    }

    public void newSpeaker() {
        editingId = null;
        rankTitle = frontTitle = name = backTitle = position = institutionName = email = phone = bio = username = null;
    }

    public void edit(Speaker row) {
        // the row is detached (the list was read in an earlier request): read it again, account included
        Speaker s = speakers.find(row.getId());
        editingId = s.getId();
        rankTitle = s.getRankTitle();
        frontTitle = s.getFrontTitle();
        name = s.getName();
        backTitle = s.getBackTitle();
        position = s.getPosition();
        institutionName = s.getInstitutionName();
        email = s.getEmail();
        phone = s.getPhone();
        bio = s.getBio();
        username = s.getUser() == null ? null : s.getUser().getUsername();
    }

    public void save() {
        SpeakerService.SpeakerData d = new SpeakerService.SpeakerData(rankTitle, frontTitle, name, backTitle, position,
                institutionName, email, phone, bio, username);
        Speaker s = editingId == null ? speakers.create(d) : speakers.update(editingId, d);
        rows = null;
        Faces.info("speaker.saved", s.displayName());
        PrimeFaces.current().executeScript("PF('speakerDialog').hide()");
    }

    public boolean canEdit(Speaker s) {
        return speakers.canEdit(s);
    }

    /** How the name will be printed, while typing. */
    public String getPreview() {
        return Speaker.formatName(rankTitle, frontTitle, name, backTitle);
    }

    public boolean isEditing() { return editingId != null; }
    public String getSearch() { return search; }
    public void setSearch(String v) { search = v; }
    public String getRankTitle() { return rankTitle; }
    public void setRankTitle(String v) { rankTitle = v; }
    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String v) { frontTitle = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String v) { backTitle = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String v) { institutionName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getBio() { return bio; }
    public void setBio(String v) { bio = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
}
