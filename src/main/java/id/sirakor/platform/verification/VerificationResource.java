package id.sirakor.platform.verification;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/** Public verification of any signed document: by the code under its QR, or by uploading the PDF. */
@Path("/verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    static final int MAX_PDF = 20 * 1024 * 1024;

    @Inject
    Verifications verifications;

    public record DocumentDto(String code, String kind, String title, String issuer, String summary, String sha256, String signedBy,
                              Instant signedAt, String status, Instant revokedAt, String revokeReason) {
    }

    public record VerdictDto(String result, boolean original, String signer, Instant signedAt, DocumentDto document) {
    }

    static DocumentDto dto(VerifiableDocument d) {
        return d == null ? null : new DocumentDto(d.getCode(), d.getKind(), d.getTitle(), d.getIssuer(), d.getSummary(), d.getSha256(),
                d.getSignedBy(), d.getSignedAt(), d.getStatus(), d.getRevokedAt(), d.getRevokeReason());
    }

    @GET
    @Path("{code}")
    @ApiDoc("What a verification code stands for: document, issuer, signer, time, SHA-256 and status (VALID or REVOKED)")
    public DocumentDto lookup(@PathParam("code") String code) {
        return dto(verifications.lookup(code));
    }

    @POST
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @ApiDoc("Check a PDF: ORIGINAL (asli dan utuh), ALTERED, UNKNOWN, REVOKED or UNSIGNED; at most 20 MB")
    public VerdictDto check(InputStream body) throws IOException {
        byte[] pdf = body == null ? new byte[0] : body.readNBytes(MAX_PDF + 1);
        if (pdf.length > MAX_PDF) {
            throw BusinessException.invalid("file", "verify.tooLarge", 20);
        }
        Verifications.Verdict v = verifications.check(pdf);
        return new VerdictDto(v.result(), v.original(), v.signer(), v.signedAt(), dto(v.document()));
    }
}
