package id.sirakor.registration.boundary;

import id.sirakor.registration.control.RegistrationService;
import java.io.Serializable;

/** The person fields shared by the operator's delegate form and the secretariat's "add by hand". */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String frontTitle;
    private String name;
    private String backTitle;
    private String position;
    private String idKind = "NIP";
    private String idNumber;
    private String phone;
    private String email;
    private boolean consent;

    public RegistrationService.Form toForm(Long institutionId, String institutionName) {
        return new RegistrationService.Form(frontTitle, name, backTitle, position, idKind, idNumber, institutionId,
                institutionName, phone, email, consent);
    }

    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String v) { frontTitle = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String v) { backTitle = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getIdKind() { return idKind; }
    public void setIdKind(String v) { idKind = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean v) { consent = v; }
}
