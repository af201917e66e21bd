package id.sirakor.event.boundary;

import id.sirakor.event.control.Materials;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.event.entity.SpeakerMaterial;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.speaker.control.SpeakerService;
import id.sirakor.speaker.entity.Speaker;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** NARASUMBER: the sessions I speak in, and my materials for them. */
@Named
@ViewScoped
public class MySessionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Materials materials;

    @Inject
    SpeakerService speakers;

    // entities, reloaded from the database when null (after a failover they are not replicated)
    private transient List<EventSession> sessions;
    private transient List<SpeakerMaterial> myMaterials;
    private Long sessionId;
    private transient UploadedFile file; // only within the upload request; never replicated
    private boolean publish = true;

    public List<EventSession> getSessions() {
        if (sessions == null) {
            sessions = materials.mySessions();
        }
        return sessions;
    }

    private List<SpeakerMaterial> getMyMaterials() {
        if (myMaterials == null) {
            myMaterials = materials.ofMySessions();
        }
        return myMaterials;
    }

    public List<SpeakerMaterial> materialsOf(EventSession s) {
        return getMyMaterials().stream().filter(m -> m.getSession().getId().equals(s.getId())).toList();
    }

    public String when(EventSession s) {
        var zone = s.getEvent().zone();
        return IndonesianTime.date(s.getStartsAt().atZone(zone).toLocalDate(), Faces.locale()) + ", "
                + IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), zone, Faces.locale());
    }

    public String role(EventSession s) {
        for (SessionSpeaker sl : s.getSlots()) {
            if (sl.getRepresentedBy() != null && mine(sl.getRepresentedBy())) {
                return Faces.text("mySessions.representing", EventDisplay.withPosition(sl.getSpeaker()));
            }
            if (mine(sl.getSpeaker())) {
                return Faces.text("mySessions.speaker");
            }
        }
        return Faces.text("event.session.moderator");
    }

    private boolean mine(Speaker sp) {
        return speakers.mine().stream().anyMatch(x -> x.getId().equals(sp.getId()));
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.error(null, "material.empty");
            return;
        }
        EventSession s = getSessions().stream().filter(x -> x.getId().equals(sessionId)).findFirst().orElse(null);
        List<Speaker> mineList = speakers.mine();
        if (s == null || mineList.isEmpty()) {
            Faces.error(null, "material.notInSession");
            return;
        }
        Speaker me = mineList.stream().filter(sp -> s.getSlots().stream().anyMatch(sl -> sl.getSpeaker().getId().equals(sp.getId())
                        || (sl.getRepresentedBy() != null && sl.getRepresentedBy().getId().equals(sp.getId())))
                || (s.getModerator() != null && s.getModerator().getId().equals(sp.getId()))).findFirst().orElse(mineList.get(0));
        materials.upload(sessionId, me.getId(), file.getFileName(), file.getContent(), publish);
        Faces.info("material.uploaded", file.getFileName());
        sessions = null;
        myMaterials = null;
        Faces.redirect("/manage/my-sessions.xhtml");
    }

    public void togglePublished(SpeakerMaterial m) {
        materials.setPublished(m.getId(), !m.isPublished());
        sessions = null;
        myMaterials = null;
    }

    public long getMaxMb() {
        return Materials.maxBytes() / (1024 * 1024);
    }

    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long v) { sessionId = v; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile v) { file = v; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean v) { publish = v; }
}
