package id.sirakor.institution.entity;

import java.util.Locale;
import java.util.Map;

/** Kinds of invited institutions (product.md item 4). Screen labels: bundle keys institutionType.NAME. */
public enum InstitutionType {
    BAWASLU, OPD, BKPSDM, KEJAKSAAN, TNI, POLRI, PENGADILAN_NEGERI, PENGADILAN_AGAMA, KEMENAG, BPN, KASN_BKN,
    KECAMATAN, DESA, UNIVERSITAS, LSM, LAINNYA;

    /** What people write in a spreadsheet's "Jenis" column besides the code itself. */
    private static final Map<String, InstitutionType> ALIASES = Map.ofEntries(
            Map.entry("PERANGKAT DAERAH", OPD), Map.entry("DINAS", OPD), Map.entry("BADAN", OPD),
            Map.entry("BKD", BKPSDM), Map.entry("BKPP", BKPSDM), Map.entry("BKPSDMD", BKPSDM),
            Map.entry("KEJARI", KEJAKSAAN), Map.entry("KEJAKSAAN NEGERI", KEJAKSAAN),
            Map.entry("KODIM", TNI), Map.entry("KOREM", TNI), Map.entry("POLRES", POLRI), Map.entry("POLRESTA", POLRI),
            Map.entry("POLSEK", POLRI), Map.entry("PN", PENGADILAN_NEGERI), Map.entry("PA", PENGADILAN_AGAMA),
            Map.entry("KEMENTERIAN AGAMA", KEMENAG), Map.entry("KANTOR KEMENTERIAN AGAMA", KEMENAG),
            Map.entry("KANTOR PERTANAHAN", BPN), Map.entry("ATR/BPN", BPN), Map.entry("KASN", KASN_BKN),
            Map.entry("BKN", KASN_BKN), Map.entry("KASN/BKN", KASN_BKN), Map.entry("CAMAT", KECAMATAN),
            Map.entry("KELURAHAN", DESA), Map.entry("NAGARI", DESA), Map.entry("KAMPUNG", DESA),
            Map.entry("GAMPONG", DESA), Map.entry("PEMERINTAH DESA", DESA), Map.entry("KAMPUS", UNIVERSITAS),
            Map.entry("PERGURUAN TINGGI", UNIVERSITAS), Map.entry("NGO", LSM), Map.entry("ORMAS", LSM),
            Map.entry("LAIN-LAIN", LAINNYA), Map.entry("LAIN", LAINNYA));

    /** The type named by a code ("PENGADILAN_NEGERI"), a label ("Pengadilan Negeri") or a common alias; null if none. */
    public static InstitutionType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (InstitutionType type : values()) {
            if (type.name().equals(t) || type.name().replace('_', ' ').equals(t)) {
                return type;
            }
        }
        return ALIASES.get(t);
    }
}
