package id.sirakor.declaration.control;

import java.util.List;

/**
 * The built-in declaration templates. Placeholders {place}, {date}, {region} and {signer} are
 * replaced when a declaration is created from a template; the text can still be edited until it
 * opens for signing.
 */
public final class Templates {

    private Templates() {
    }

    public record Template(String key, String title, String opening, String points, String closing) {
    }

    public static final String NETRALITAS_ASN = "NETRALITAS_ASN";
    public static final String PAKTA_INTEGRITAS = "PAKTA_INTEGRITAS";
    public static final String KOMITMEN_BERSAMA = "KOMITMEN_BERSAMA";
    public static final String BLANK = "BLANK";

    /** Seed 001: the Deklarasi Kepala Daerah read at the Rakornas of 17 September 2024, its five points as published. */
    public static final Template NETRALITAS = new Template(NETRALITAS_ASN,
            "Deklarasi Kepala Daerah Menjaga Netralitas ASN pada Pemilihan Serentak Tahun 2024",
            "Kami Kepala Daerah/Penjabat Kepala Daerah mendukung Netralitas Aparatur Sipil Negara (ASN) dalam Pemilihan Tahun 2024 dengan cara:",
            String.join("\n",
                    "Memastikan (ASN) tidak membuat keputusan atau tindakan yang menunjukkan keberpihakan kepada Calon atau Pasangan Calon.",
                    "Memastikan ASN tidak terlibat dan/atau dilibatkan dalam kegiatan Kampanye Pemilihan.",
                    "Sebagai Pejabat Pembina Kepegawaian akan memberikan sanksi kepada ASN yang melakukan pelanggaran Netralitas ASN.",
                    "Menyampaikan informasi dugaan pelanggaran netralitas ASN Pada Pengawas Pemilu dalam Tahapan Penyelenggaran Pemilihan tahun 2024",
                    "Akan melakukan sosialisasi dan mendukung pelaksanaan Keputusan Bersama, Menteri Pendayagunaan Aparatur Negara dan Reformasi"
                            + " Birokrasi, Menteri Dalam Negeri, Kepala Badan Kepegawaian Negara dan Ketua Badan Pengawas Pemilihan Umum tentang"
                            + " Pedoman Pembinaan dan Pengawasan Netralitas Pegawai Aparatur Sipil Negara dalam Penyelenggaran Pemilihan Umum dan Pemilihan."),
            "Demikian deklarasi ini kami buat dengan penuh kesadaran dan tanggung jawab, ditandatangani di {place} pada {date}.");

    public static final Template PAKTA = new Template(PAKTA_INTEGRITAS, "Pakta Integritas",
            "Kami yang bertanda tangan di bawah ini, dalam rangka penyelenggaraan kegiatan ini, dengan ini menyatakan bahwa kami:",
            String.join("\n",
                    "Berperan secara proaktif dalam upaya pencegahan dan pemberantasan korupsi, kolusi dan nepotisme serta tidak melibatkan diri dalam perbuatan tercela.",
                    "Tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, bantuan, atau bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku.",
                    "Bersikap transparan, jujur, objektif, dan akuntabel dalam melaksanakan tugas.",
                    "Menghindari pertentangan kepentingan (conflict of interest) dalam melaksanakan tugas.",
                    "Memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan dalam melaksanakan tugas."),
            "Apabila kami melanggar hal-hal tersebut di atas, kami siap menghadapi konsekuensinya sesuai dengan ketentuan peraturan perundang-undangan.");

    public static final Template KOMITMEN = new Template(KOMITMEN_BERSAMA, "Komitmen Bersama",
            "Kami, pimpinan instansi yang bertanda tangan di bawah ini, bersepakat dan berkomitmen bersama untuk:",
            String.join("\n",
                    "Saling berkoordinasi dan bertukar informasi dalam pelaksanaan tugas sesuai kewenangan masing-masing.",
                    "Mendukung pengawasan penyelenggaraan pemilihan yang jujur, adil, dan berintegritas di wilayah {region}.",
                    "Menindaklanjuti setiap informasi dugaan pelanggaran sesuai ketentuan peraturan perundang-undangan.",
                    "Melakukan evaluasi bersama atas pelaksanaan komitmen ini secara berkala."),
            "Komitmen bersama ini dibuat di {place} pada {date} untuk dilaksanakan dengan penuh tanggung jawab.");

    public static final Template EMPTY = new Template(BLANK, "", "", "", "");

    public static final List<Template> BUILT_IN = List.of(NETRALITAS, PAKTA, KOMITMEN);

    public static Template builtIn(String key) {
        for (Template t : BUILT_IN) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** Replaces the placeholders; a placeholder without a value stays as written. */
    public static String fill(String text, String place, String date, String region, String signer) {
        if (text == null) {
            return null;
        }
        String s = text;
        if (place != null) {
            s = s.replace("{place}", place);
        }
        if (date != null) {
            s = s.replace("{date}", date);
        }
        if (region != null) {
            s = s.replace("{region}", region);
        }
        if (signer != null) {
            s = s.replace("{signer}", signer);
        }
        return s;
    }
}
