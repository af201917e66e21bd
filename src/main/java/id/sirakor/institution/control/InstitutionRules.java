package id.sirakor.institution.control;

import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.phone.IndonesianPhone;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks and normalises institution input without touching the database: required fields,
 * lengths, region code format, e-mail format, phones to E.164. Throws a BusinessException naming
 * the field; the service then checks what needs the database (region exists, owner, duplicates).
 */
public final class InstitutionRules {

    static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private InstitutionRules() {
    }

    /** The input with blanks as null, trimmed text and E.164 phones; or a BusinessException. */
    public static InstitutionData normalise(InstitutionData d) {
        String name = required("name", d.name(), 200);
        InstitutionType type = d.type();
        if (type == null) {
            throw BusinessException.invalid("type", "validation.required");
        }
        String region = required("regionCode", d.regionCode(), 13);
        if (!REGION.matcher(region).matches()) {
            throw BusinessException.invalid("regionCode", "institution.regionFormat");
        }
        String email = optional("email", d.email(), 150);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
        String phone = optional("phone", d.phone(), 40);
        if (phone != null) {
            phone = IndonesianPhone.any(phone)
                    .orElseThrow(() -> BusinessException.invalid("phone", "institution.phoneFormat"));
        }
        List<InstitutionData.Contact> contacts = new ArrayList<>();
        int n = 0;
        for (InstitutionData.Contact c : d.contactsOrEmpty()) {
            n++;
            if (c == null || (blank(c.name()) && blank(c.position()) && blank(c.phone()) && blank(c.email()))) {
                continue;
            }
            if (blank(c.name())) {
                throw BusinessException.invalid("contactName", "institution.contactNameRequired", n);
            }
            String cName = optional("contactName", c.name(), 150);
            String cPosition = optional("contactPosition", c.position(), 200);
            String cPhone = optional("contactPhone", c.phone(), 40);
            if (cPhone != null) {
                int row = n;
                cPhone = IndonesianPhone.mobile(cPhone)
                        .orElseThrow(() -> BusinessException.invalid("contactPhone", "institution.contactPhoneFormat", row));
            }
            String cEmail = optional("contactEmail", c.email(), 150);
            if (cEmail != null && !EMAIL.matcher(cEmail).matches()) {
                throw BusinessException.invalid("contactEmail", "institution.contactEmailFormat", n);
            }
            contacts.add(new InstitutionData.Contact(cName, cPosition, cPhone, cEmail));
        }
        return new InstitutionData(name, optional("shortName", d.shortName(), 80), type, region, d.parentId(),
                d.ownerUnitId(), optional("address", d.address(), 300), email, phone,
                d.active() == null ? Boolean.TRUE : d.active(), contacts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw BusinessException.invalid(field, "validation.required");
        }
        return v;
    }

    private static String optional(String field, String value, int max) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw BusinessException.invalid(field, "validation.tooLong", max);
        }
        return v;
    }
}
