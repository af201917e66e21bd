package id.sirakor.institution.control;

import id.sirakor.institution.entity.InstitutionType;
import java.util.List;

/** What an institution form, the API or a spreadsheet row sends. {@code ownerUnitId} null means the caller's unit. */
public record InstitutionData(String name, String shortName, InstitutionType type, String regionCode, Long parentId,
                              Long ownerUnitId, String address, String email, String phone, Boolean active,
                              List<Contact> contacts) {

    public record Contact(String name, String position, String phone, String email) {
    }

    public List<Contact> contactsOrEmpty() {
        return contacts == null ? List.of() : contacts;
    }
}
