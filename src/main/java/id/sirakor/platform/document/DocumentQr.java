package id.sirakor.platform.document;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.util.HashMap;
import java.util.Map;

/** A QR code as vector art for any Sirakor document (the verification QR of signed documents). */
public final class DocumentQr {

    private DocumentQr() {
    }

    /** The symbol with its quiet zone, {@code size} points wide in all. */
    public static Image image(PdfKit kit, String payload, float size) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        BarcodeQRCode code = new BarcodeQRCode(payload, hints);
        PdfFormXObject symbol = code.createFormXObject(ColorConstants.BLACK, kit.pdf());
        return new Image(symbol).scaleAbsolute(size, size);
    }
}
