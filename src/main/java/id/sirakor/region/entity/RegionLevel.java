package id.sirakor.region.entity;

/** The four levels of the Kemendagri region tree; the code has one more segment per level. */
public enum RegionLevel {
    PROVINCE, REGENCY, DISTRICT, VILLAGE;

    /** Level of a well-formed code by its number of segments: 13, 13.75, 13.75.01, 13.75.01.1001. */
    public static RegionLevel ofCode(String code) {
        int dots = (int) code.chars().filter(c -> c == '.').count();
        return values()[Math.min(dots, 3)];
    }
}
