package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationBoard;
import id.sirakor.declaration.control.DeclarationSigning;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** The public side of declarations: the signer's personal link (no account) and the big-screen board. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SigningResource {

    @Inject
    DeclarationSigning signing;

    @Inject
    DeclarationBoard board;

    @Context
    HttpServletRequest request;

    public record LinkDto(String title, String unit, String opening, List<String> points, String closing, String place, LocalDate date,
                          String textHash, String name, String nip, String position, String status, boolean locked,
                          boolean codeSent, boolean codeVerified) {
    }

    public record CodeRequest(String code) {
    }

    public record CodeReply(boolean verified, int attemptsLeft) {
    }

    public record ReasonRequest(String reason) {
    }

    public record Done(String status) {
    }

    @GET
    @Path("sign/{token}")
    @ApiDoc("What a personal signing link shows: the frozen text and the signer (public, by the secret link)")
    public LinkDto view(@PathParam("token") String token) {
        DeclarationSigning.LinkView v = signing.view(token, request.getHeader("User-Agent"));
        Declaration d = v.declaration();
        DeclarationSigner s = v.signer();
        return new LinkDto(d.getTitle(), d.getUnit().getName(), d.getOpening(), d.pointList(), d.getClosing(), d.getPlace(), d.getDate(),
                d.getTextHash(), s.getName(), s.getNip(), s.getPosition(), s.getStatus().name(), v.locked(), v.codeSent(), v.codeVerified());
    }

    @POST
    @Path("sign/{token}/code")
    @ApiDoc("Mail a 6-digit one-time code to the signer (at most once a minute, 5 per link)")
    public Done sendCode(@PathParam("token") String token) {
        signing.sendCode(token);
        return new Done("SENT");
    }

    @POST
    @Path("sign/{token}/verify")
    @ApiDoc("Check the one-time code; 400 with attemptsLeft when wrong, 409 once 5 wrong codes locked the link")
    public CodeReply verify(@PathParam("token") String token, CodeRequest r) {
        DeclarationSigning.CodeResult c = signing.verifyCode(token, r == null ? null : r.code());
        if (!c.verified()) {
            if (c.attemptsLeft() == 0) {
                throw BusinessException.conflict("decl.linkLocked");
            }
            throw BusinessException.invalid("code", "decl.codeWrong", c.attemptsLeft());
        }
        return new CodeReply(true, c.attemptsLeft());
    }

    @POST
    @Path("sign/{token}")
    @ApiDoc("Sign (after the code): name, NIP, position, representation (AN, PLH, DIWAKILI) with repName/repPosition, signature (PNG/JPEG data URL)")
    public Done sign(@PathParam("token") String token, DeclarationSigning.SignInput in) {
        signing.sign(token, in, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return new Done("SIGNED");
    }

    @POST
    @Path("sign/{token}/decline")
    @ApiDoc("Decline with a reason (after the code)")
    public Done decline(@PathParam("token") String token, ReasonRequest r) {
        signing.decline(token, r == null ? null : r.reason(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        return new Done("DECLINED");
    }

    @GET
    @Path("boards/{token}")
    @ApiDoc("The big-screen board of a declaration (public, by its secret board link): who has signed, with region, and the count")
    public DeclarationBoard.Board board(@PathParam("token") String token) {
        return board.board(token);
    }
}
