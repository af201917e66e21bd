package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.control.DeclarationSigning;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Ceremony mode on one tablet at the venue: the secretariat picks the next signer, the signer
 * confirms name, NIP and position (and a.n./Plh./diwakili oleh), draws, signs; then the next.
 */
@Named
@ViewScoped
public class CeremonyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationService declarations;

    @Inject
    DeclarationSigning signing;

    public record Waiting(long id, String name, String position, String nip) implements Serializable {
    }

    private Long id;
    private boolean found;
    private String title;
    private String boardToken;
    private List<String> points = new ArrayList<>();
    private String opening;
    private List<Waiting> waiting = new ArrayList<>();
    private int signed;
    private int total;
    private Long current;
    private String name;
    private String nip;
    private String position;
    private String representation;
    private String repName;
    private String repPosition;
    private String signature;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            Declaration d = declarations.get(id);
            found = true;
            title = d.getTitle();
            opening = d.getOpening();
            points = d.pointList();
            boardToken = d.getBoardToken();
            waiting = new ArrayList<>();
            signed = 0;
            List<DeclarationSigner> all = declarations.signers(id);
            total = all.size();
            for (DeclarationSigner s : all) {
                if (s.getStatus() == DeclarationSigner.Status.SIGNED) {
                    signed++;
                }
                if (s.isOpen() && d.getStatus() == Declaration.Status.OPEN) {
                    waiting.add(new Waiting(s.getId(), s.getName(), s.getPosition(), s.getNip()));
                }
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void choose(Waiting w) {
        current = w.id();
        name = w.name();
        position = w.position();
        nip = w.nip();
        representation = null;
        repName = null;
        repPosition = null;
        signature = null;
    }

    public void cancel() {
        current = null;
    }

    public void sign() {
        try {
            signing.signInCeremony(id, current, new DeclarationSigning.SignInput(name, nip, position, representation, repName, repPosition,
                    signature), Faces.request().getRemoteAddr(), Faces.request().getHeader("User-Agent"));
            Faces.info("decl.ui.signedBy", name);
            current = null;
            signature = null;
            refresh();
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "sign:" + e.field(), e.key(), e.args());
        }
    }

    public String getCurrentName() {
        return waiting.stream().filter(w -> w.id() == (current == null ? -1 : current)).map(Waiting::name).findFirst().orElse(name);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public String getBoardToken() { return boardToken; }
    public List<String> getPoints() { return points; }
    public String getOpening() { return opening; }
    public List<Waiting> getWaiting() { return waiting; }
    public int getSigned() { return signed; }
    public int getTotal() { return total; }
    public Long getCurrent() { return current; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getRepresentation() { return representation; }
    public void setRepresentation(String representation) { this.representation = representation; }
    public String getRepName() { return repName; }
    public void setRepName(String repName) { this.repName = repName; }
    public String getRepPosition() { return repPosition; }
    public void setRepPosition(String repPosition) { this.repPosition = repPosition; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
}
