package id.sirakor.platform.signing;

/**
 * Signs a finished PDF with the organizer's certificate as PAdES: baseline B-B, and B-T (with a
 * signature time stamp) when a timestamp authority is configured. Document-agnostic: declarations
 * sign through it today; minutes, certificates and reports use the same call.
 * <p>The default implementation is {@link Pkcs12DocumentSigner} (a PKCS#12 keystore from the
 * configuration). The national signing service (BSrE) would be another implementation of this
 * interface; it is not implemented (docs/adr/0041).
 */
public interface DocumentSigner {

    /**
     * What the signature dictionary says besides the certificate.
     *
     * @param reason e.g. "Deklarasi ... – ditandatangani secara elektronik"
     * @param location the place, e.g. "Jakarta"
     */
    record Request(String reason, String location) {
    }

    /** The signed PDF (an incremental update of {@code pdf} holding one signature over the whole file). */
    byte[] sign(byte[] pdf, Request request);

    /** The certificate's subject as people read it (its CN), e.g. for the verification page. */
    String signerName();

    /** "PAdES B-B" or "PAdES B-T". */
    String level();
}
