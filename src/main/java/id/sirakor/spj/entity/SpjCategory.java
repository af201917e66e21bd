package id.sirakor.spj.entity;

/**
 * The categories of the unit's Standar Biaya Masukan for an honorarium per hour. A narasumber is
 * paid by their own category; anyone chairing a session as moderator by {@link #MODERATOR}.
 */
public enum SpjCategory {
    MENTERI("Menteri/Pejabat Setingkat"),
    ESELON_I("Eselon I"),
    ESELON_II("Eselon II"),
    ESELON_III("Eselon III ke bawah"),
    NON_ASN("Non-ASN/Profesional"),
    MODERATOR("Moderator");

    private final String label;

    SpjCategory(String label) {
        this.label = label;
    }

    /** The label the documents print (in Indonesian, as the SBM names it). */
    public String label() {
        return label;
    }
}
