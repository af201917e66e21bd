package id.sirakor.lodging.boundary;

import id.sirakor.lodging.control.LodgingService;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The participant's own stay on the personal page (/p/registration.xhtml?t=…): "perlu kamar", dates, travel. */
@Named
@ViewScoped
public class MyStayBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LodgingService lodging;

    private String token;
    private boolean available;
    private boolean needsRoom;
    private String decidedBy;
    private String room;
    private LocalDate arrivalOn;
    private LocalDate departureOn;
    private String gender;
    private String travelMode;
    private String arrivalTime;
    private boolean pickup;

    @PostConstruct
    void init() {
        token = Faces.request().getParameter("t");
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            LodgingService.GuestRow g = lodging.own(token);
            available = g != null;
            if (g != null) {
                show(g);
            }
        } catch (BusinessException e) {
            available = false;
        }
    }

    private void show(LodgingService.GuestRow g) {
        needsRoom = g.needsRoom();
        decidedBy = g.decidedBy();
        room = g.room();
        arrivalOn = g.arrivalOn();
        departureOn = g.departureOn();
        gender = g.genderStated() && g.gender() != null ? String.valueOf(g.gender()) : null;
        travelMode = g.travelMode();
        arrivalTime = g.arrivalTime();
        pickup = g.pickup();
    }

    public void save() {
        LodgingService.GuestRow g = lodging.setOwnLodging(token, new LodgingService.LodgingData(needsRoom, arrivalOn, departureOn, gender,
                travelMode, arrivalTime, pickup));
        if (g != null) {
            show(g);
        }
        Faces.info("lodging.saved");
    }

    public boolean isAvailable() { return available; }
    public boolean isNeedsRoom() { return needsRoom; }
    public void setNeedsRoom(boolean v) { needsRoom = v; }
    public String getDecidedBy() { return decidedBy; }
    public String getRoom() { return room; }
    public LocalDate getArrivalOn() { return arrivalOn; }
    public void setArrivalOn(LocalDate v) { arrivalOn = v; }
    public LocalDate getDepartureOn() { return departureOn; }
    public void setDepartureOn(LocalDate v) { departureOn = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getTravelMode() { return travelMode; }
    public void setTravelMode(String v) { travelMode = v; }
    public String getArrivalTime() { return arrivalTime; }
    public void setArrivalTime(String v) { arrivalTime = v; }
    public boolean isPickup() { return pickup; }
    public void setPickup(boolean v) { pickup = v; }
}
