package id.sirakor.declaration.control;

import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.config.Settings;

/** The mails of the signing flow, in Bahasa Indonesia (the signer has no account and no language setting). */
final class DeclarationMails {

    private DeclarationMails() {
    }

    record Mail(String subject, String text) {
    }

    static String baseUrl() {
        return Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", "http://localhost:8080").replaceAll("/$", "");
    }

    static String signUrl(String token) {
        return baseUrl() + "/p/sign.xhtml?t=" + token;
    }

    static Mail link(Declaration d, DeclarationSigner s, String token) {
        String text = "Yth. " + s.getName() + "\n" + s.getPosition() + "\n\n"
                + d.getUnit().getName() + " mengundang Bapak/Ibu untuk menandatangani secara elektronik:\n\n"
                + "  " + d.getTitle() + "\n\n"
                + "Tautan pribadi Anda (berlaku 14 hari, hanya untuk satu kali penandatanganan):\n"
                + signUrl(token) + "\n\n"
                + "Untuk menandatangani, Anda akan diminta kode sekali pakai 6 angka yang dikirim ke alamat surel ini.\n"
                + "Jangan teruskan surel ini kepada orang lain.\n\n"
                + "Sekretariat " + d.getUnit().getName();
        return new Mail("Permintaan tanda tangan: " + d.getTitle(), text);
    }

    static Mail code(Declaration d, String code) {
        String text = "Kode sekali pakai untuk menandatangani \"" + d.getTitle() + "\":\n\n    " + code + "\n\n"
                + "Kode berlaku 10 menit. Jika Anda tidak meminta kode ini, abaikan surel ini.\n\n"
                + "Sekretariat " + d.getUnit().getName();
        return new Mail("Kode tanda tangan " + code, text);
    }
}
