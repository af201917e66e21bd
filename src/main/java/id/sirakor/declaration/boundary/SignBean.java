package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationSigning;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The signer's page by the personal link: read the frozen text, get and enter the code, sign or decline. */
@Named
@ViewScoped
public class SignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationSigning signing;

    private String token;
    private boolean found;
    private String title;
    private String unit;
    private String opening;
    private List<String> points = new ArrayList<>();
    private String closing;
    private String place;
    private LocalDate date;
    private String textHash;
    private String state;
    private boolean locked;
    private boolean codeSent;
    private boolean verified;
    private String code;
    private String name;
    private String nip;
    private String position;
    private String representation;
    private String repName;
    private String repPosition;
    private String signature;
    private String reason;
    private boolean declining;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            DeclarationSigning.LinkView v = signing.view(token, Faces.request().getHeader("User-Agent"));
            Declaration d = v.declaration();
            DeclarationSigner s = v.signer();
            found = true;
            title = d.getTitle();
            unit = d.getUnit().getName();
            opening = d.getOpening();
            points = d.pointList();
            closing = d.getClosing();
            place = d.getPlace();
            date = d.getDate();
            textHash = d.getTextHash();
            state = s.getStatus().name();
            locked = v.locked();
            codeSent = v.codeSent();
            verified = v.codeVerified();
            if (name == null) {
                name = s.getName();
                nip = s.getNip();
                position = s.getPosition();
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void fail(BusinessException e, String form) {
        Faces.error(e.field() == null ? null : form + ":" + e.field(), e.key(), e.args());
    }

    public void sendCode() {
        try {
            signing.sendCode(token);
            Faces.info("decl.ui.codeSent");
            refresh();
        } catch (BusinessException e) {
            fail(e, "code");
        }
    }

    public void verify() {
        try {
            DeclarationSigning.CodeResult r = signing.verifyCode(token, code);
            code = null;
            if (!r.verified()) {
                Faces.request().setAttribute(id.sirakor.platform.web.RateLimitFilter.COUNT, Boolean.TRUE);
                if (r.attemptsLeft() == 0) {
                    Faces.error(null, "decl.linkLocked");
                } else {
                    Faces.error("code:code", "decl.codeWrong", r.attemptsLeft());
                }
            }
            refresh();
        } catch (BusinessException e) {
            fail(e, "code");
        }
    }

    public void sign() {
        try {
            signing.sign(token, new DeclarationSigning.SignInput(name, nip, position, representation, repName, repPosition, signature),
                    Faces.request().getRemoteAddr(), Faces.request().getHeader("User-Agent"));
            Faces.info("decl.ui.thanks");
            refresh();
        } catch (BusinessException e) {
            fail(e, "sign");
        }
    }

    public void decline() {
        try {
            signing.decline(token, reason, Faces.request().getRemoteAddr(), Faces.request().getHeader("User-Agent"));
            Faces.info("decl.ui.declined");
            refresh();
        } catch (BusinessException e) {
            fail(e, "decline");
        }
    }

    public boolean isOpen() {
        return "PENDING".equals(state) || "SENT".equals(state);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }
    public String getUnit() { return unit; }
    public String getOpening() { return opening; }
    public List<String> getPoints() { return points; }
    public String getClosing() { return closing; }
    public String getPlace() { return place; }
    public LocalDate getDate() { return date; }
    public String getTextHash() { return textHash; }
    public String getState() { return state; }
    public boolean isLocked() { return locked; }
    public boolean isCodeSent() { return codeSent; }
    public boolean isVerified() { return verified; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
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
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isDeclining() { return declining; }
    public void setDeclining(boolean declining) { this.declining = declining; }
}
