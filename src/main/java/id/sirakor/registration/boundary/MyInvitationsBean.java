package id.sirakor.registration.boundary;

import id.sirakor.event.boundary.EventDisplay;
import id.sirakor.registration.control.InvitationService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An institution operator's invitations (OPERATOR_INSTANSI accounts). */
@Named
@RequestScoped
public class MyInvitationsBean {

    @Inject
    InvitationService invitations;

    @Inject
    EventDisplay display;

    public record Item(long id, String event, String dates, String institution, int quota, String status) {
    }

    private List<Item> items;

    @PostConstruct
    void init() {
        items = invitations.mine().stream().map(i -> {
            return new Item(i.getId(), i.getEvent().getTitle(), i.getEvent().getDays().isEmpty() ? "" : display.dateRange(i.getEvent()),
                    i.getInstitution().getName(), i.getQuota(), i.getStatus());
        }).toList();
    }

    public List<Item> getItems() {
        return items;
    }
}
