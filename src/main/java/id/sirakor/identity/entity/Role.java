package id.sirakor.identity.entity;

/** The roles of product.md. Each user has one or more, and is bound to one organizer unit. */
public enum Role {
    ADMIN, SEKRETARIAT, NOTULIS, NARASUMBER, OPERATOR_INSTANSI,
    /** Door staff: check-in of the one event the account is bound to (AppUser#assignedEvent, ADR 0033). */
    PETUGAS,
    /** Pejabat Pelindungan Data (UU 27/2022): reads the personal-data access log of its units and carries out deletion requests (ADR 0097). */
    PDP;

    /** Role names as used in web.xml constraints and Jakarta Security groups. */
    public static final String[] ALL = {"ADMIN", "SEKRETARIAT", "NOTULIS", "NARASUMBER", "OPERATOR_INSTANSI", "PETUGAS", "PDP"};
}
