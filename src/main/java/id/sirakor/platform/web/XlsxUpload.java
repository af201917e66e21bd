package id.sirakor.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.primefaces.model.file.UploadedFile;

/** An uploaded spreadsheet for the imports: present, at most 5 MB, and really an .xlsx (a zip), whatever its name says. */
public final class XlsxUpload {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private XlsxUpload() {
    }

    /** The file's bytes, or null after putting the reason under {@code clientId}. */
    public static byte[] read(UploadedFile file, String clientId) {
        if (file == null || file.getSize() == 0) {
            Faces.error(clientId, "institution.import.noFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            Faces.error(clientId, "institution.import.tooLarge", MAX_BYTES / 1024 / 1024);
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length < 4 || content[0] != ZIP_MAGIC[0] || content[1] != ZIP_MAGIC[1]
                || content[2] != ZIP_MAGIC[2] || content[3] != ZIP_MAGIC[3]) {
            Faces.error(clientId, "institution.import.notExcel");
            return null;
        }
        return content;
    }
}
