package id.sirakor.onsite.entity;

/** The role printed on a name badge, each with its colour band. */
public enum BadgeRoleKind {
    PESERTA("Peserta", "#1d5c9a"), NARASUMBER("Narasumber", "#b3261e"), PANITIA("Panitia", "#1d7a3a"),
    PERS("Pers", "#e0a100"), VIP("VIP", "#4a2a7a");

    private final String label;
    private final String colour;

    BadgeRoleKind(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The word printed on the band (the same in both languages: it is what the hall reads). */
    public String label() {
        return label;
    }

    /** "#rrggbb" */
    public String colour() {
        return colour;
    }
}
