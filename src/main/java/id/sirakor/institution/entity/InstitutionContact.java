package id.sirakor.institution.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/** A contact person of an institution (often the one who names the delegates). */
@Entity
@Table(name = "institution_contact")
public class InstitutionContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;
    private String name;
    private String position;
    /** E.164, "+6281234567890". */
    private String phone;
    private String email;
    @Column(name = "sort_order")
    private int sortOrder;

    protected InstitutionContact() {
    }

    public InstitutionContact(Institution institution, String name, String position, String phone, String email,
                              int sortOrder) {
        this.institution = institution;
        this.name = name;
        this.position = position;
        this.phone = phone;
        this.email = email;
        this.sortOrder = sortOrder;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("position", position);
        m.put("phone", phone);
        m.put("email", email);
        return m;
    }

    public Long getId() { return id; }
    public Institution getInstitution() { return institution; }
    public String getName() { return name; }
    public String getPosition() { return position; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public int getSortOrder() { return sortOrder; }
}
