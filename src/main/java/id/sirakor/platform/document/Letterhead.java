package id.sirakor.platform.document;

import java.util.List;
import java.util.Objects;

/**
 * The kop surat of an organizer unit: its logo at the left, the institution's name in centred
 * bold capitals (one entry per printed line, e.g. "BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI
 * SUMATERA BARAT"), the address and the contact line in small type, closed by a thick and a thin
 * rule. Drawn by {@link PdfKit#letterhead(Letterhead)}, the one letterhead of every document.
 *
 * @param logoPng PNG (or JPEG) bytes of the emblem, or null for a letterhead without logo
 * @param institutionLines the name as printed, at least one line; printed in capitals
 * @param address e.g. "Jalan Pramuka Raya No. 5, Padang 25171", or null
 * @param contact e.g. "Telepon (0751) 000000, Laman sumbar.bawaslu.go.id", or null
 */
public record Letterhead(byte[] logoPng, List<String> institutionLines, String address, String contact) {

    public Letterhead {
        institutionLines = List.copyOf(Objects.requireNonNull(institutionLines, "institutionLines"));
        if (institutionLines.isEmpty()) {
            throw new IllegalArgumentException("a letterhead names its institution");
        }
        logoPng = logoPng == null ? null : logoPng.clone();
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }
}
