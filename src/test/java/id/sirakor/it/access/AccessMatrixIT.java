package id.sirakor.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import id.sirakor.it.WebSession;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may read and write what, as one table a reader can check line by line: every /api/v1
 * endpoint and every /manage page, for every role, on records of the caller's own unit, of a unit
 * below it and of a foreign unit. The callers are the demo accounts; the records are the demo
 * data: Bawaslu Provinsi Sumatera Barat (own), Bawaslu Kota Bukittinggi (child), Bawaslu
 * Kabupaten Banjarnegara (foreign).
 *
 * <p>Columns: anonymous · admin (ADMIN, Bawaslu RI) · sumbar.sekretariat (SEKRETARIAT) ·
 * sumbar.notulis (NOTULIS) · narasumber.demo (NARASUMBER, linked to one speaker) ·
 * operator.bkpsdm (OPERATOR_INSTANSI of BKPSDM Kabupaten Agam).
 *
 * <p>A write is sent with a body that is wrong on purpose: a caller allowed to write gets 400 (the
 * request reached validation, nothing changes), one who may not gets 403 or 404 first. "login"
 * means a redirect to the login page. docs/access.md states the same rules in words.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static final String[] USERS = {null, "admin", "sumbar.sekretariat", "sumbar.notulis", "narasumber.demo", "operator.bkpsdm"};

    // @formatter:off
    /**
     * method (UPLOAD: an empty .xlsx body; MULTIPART: a multipart upload of one empty file) · path · body (- none, {} empty object, @long a subject of
     * 400 characters, or a JSON without spaces) · anon admin sekretariat notulis narasumber operator
     */
    static final String API = """
        GET    /api/v1/me                                        -      401 200 200 200 200 200
        GET    /api/v1/events                                    -      401 200 200 200 403 403
        GET    /api/v1/events/{ownEvent}                         -      401 200 200 200 403 403
        GET    /api/v1/events/{childEvent}                       -      401 200 200 200 403 403
        GET    /api/v1/events/{foreignEvent}                     -      401 200 404 404 403 403
        PUT    /api/v1/events/{ownEvent}                         {}     401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}                       {}     401 400 403 403 403 403
        PUT    /api/v1/events/{foreignEvent}                     {}     401 409 404 404 403 403
        POST   /api/v1/events                                    {}     401 400 400 403 403 403
        POST   /api/v1/events/{ownEvent}/status                  {}     401 400 400 403 403 403
        GET    /api/v1/events/{ownEvent}/participants            -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/participants          -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/participants        -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/participants.xlsx       -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/participants.xlsx   -      401 200 404 403 403 403
        POST   /api/v1/events/{ownEvent}/participants            {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/participants          {}     401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/participants/{participant}/nik  -  401 409 409 403 403 403
        GET    /api/v1/events/{ownEvent}/invitations             -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/invitations           -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/invitations         -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/invitations/{opInvitation}/letter.pdf  -  401 200 200 403 403 403
        PUT    /api/v1/events/{ownEvent}/letter-settings         @long  401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/letter-settings       @long  401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/invitations             {}     401 400 400 403 403 403
        POST   /api/v1/events/{ownEvent}/days                    {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/days                  {}     401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/sessions                {}     401 400 400 403 403 403
        POST   /api/v1/events/{ownEvent}/clone                   {}     401 400 400 403 403 403
        PUT    /api/v1/events/{ownEvent}/invitations/{opInvitation}  {"quota":0}  401 400 400 403 403 403
        DELETE /api/v1/events/{ownEvent}/invitations/999999999   -      401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/invitations/send        {"ids":[999999999]}  401 404 404 403 403 403
        POST   /api/v1/events/{childEvent}/invitations/send      {"ids":[]}  401 200 403 403 403 403
        POST   /api/v1/events/{ownEvent}/invitations/999999999/issue  -  401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/participants/999999999/approve  -  401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/participants/999999999/promote  -  401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/participants/999999999/cancel   -  401 404 404 403 403 403
        PUT    /api/v1/events/{childEvent}/participants/settings {}     401 200 403 403 403 403
        UPLOAD /api/v1/events/{ownEvent}/participants/import     -      401 400 400 403 403 403
        UPLOAD /api/v1/events/{childEvent}/participants/import   -      401 400 403 403 403 403
        GET    /api/v1/users                                     -      401 200 200 403 403 403
        POST   /api/v1/users                                     {}     401 400 403 403 403 403
        GET    /api/v1/units                                     -      401 200 200 403 403 403
        GET    /api/v1/units/{ownUnit}                           -      401 200 200 403 403 403
        GET    /api/v1/units/{childUnit}                         -      401 200 200 403 403 403
        GET    /api/v1/units/{foreignUnit}                       -      401 200 404 403 403 403
        PUT    /api/v1/units/{childUnit}                         {}     401 400 403 403 403 403
        GET    /api/v1/venues                                    -      401 200 200 403 403 403
        GET    /api/v1/venues/{foreignVenue}                     -      401 200 200 403 403 403
        PUT    /api/v1/venues/{ownVenue}                         {}     401 400 400 403 403 403
        PUT    /api/v1/venues/{foreignVenue}                     {}     401 400 404 403 403 403
        GET    /api/v1/speakers                                  -      401 200 200 403 200 403
        GET    /api/v1/speakers/{mySpeaker}                      -      401 200 200 403 200 403
        GET    /api/v1/speakers/{ownSpeaker}                     -      401 200 200 403 404 403
        GET    /api/v1/speakers/{foreignSpeaker}                 -      401 200 404 403 404 403
        PUT    /api/v1/speakers/{mySpeaker}                      {}     401 400 400 403 400 403
        PUT    /api/v1/speakers/{foreignSpeaker}                 {}     401 400 404 403 404 403
        GET    /api/v1/institutions                              -      401 200 200 403 403 403
        GET    /api/v1/institutions/{institution}                -      401 200 200 403 403 403
        POST   /api/v1/institutions                              {}     401 400 400 403 403 403
        PUT    /api/v1/institutions/{institution}                {}     401 400 400 403 403 403
        UPLOAD /api/v1/institutions/import                       -      401 400 400 403 403 403
        POST   /api/v1/institutions/generate-villages?region=99  -      401 400 400 403 403 403
        POST   /api/v1/units                                     {}     401 400 403 403 403 403
        POST   /api/v1/venues                                    {}     401 400 400 403 403 403
        POST   /api/v1/speakers                                  {}     401 400 400 403 403 403
        GET    /api/v1/audit/verify                              -      401 200 403 403 403 403
        GET    /api/v1/admin/logins                              -      401 200 403 403 403 403
        POST   /api/v1/admin/personal-data/reencrypt             -      401 200 403 403 403 403
        GET    /api/v1/privacy/access-log                        -      401 200 403 403 403 403
        GET    /api/v1/privacy/deletion-requests                 -      401 200 403 403 403 403
        POST   /api/v1/privacy/deletion-requests/999999999/carry-out  -  401 404 403 403 403 403
        PUT    /api/v1/privacy/events/{ownEvent}/retention       {"months":0}  401 400 400 403 403 403
        PUT    /api/v1/privacy/events/{foreignEvent}/retention   {"months":0}  401 400 404 403 403 403
        GET    /api/v1/materials/999999999                       -      401 404 404 404 404 404
        GET    /api/v1/public/events                             -      200 200 200 200 200 200
        GET    /api/v1/public/events/{ownSlug}                   -      200 200 200 200 200 200
        GET    /api/v1/public/events/{ownSlug}/calendar.ics      -      200 200 200 200 200 200
        GET    /api/v1/public/events/no-such-event               -      404 404 404 404 404 404
        POST   /api/v1/public/events/{ownSlug}/registrations     {}     400 400 400 400 400 400
        GET    /api/v1/public/registrations/not-a-token/ticket.pdf  -   404 404 404 404 404 404
        PUT    /api/v1/public/registrations/not-a-token/contact  {}     404 404 404 404 404 404
        DELETE /api/v1/public/registrations/not-a-token          -      404 404 404 404 404 404
        POST   /api/v1/public/invitations/not-a-token/delegates  {}     404 404 404 404 404 404
        GET    /api/v1/public/materials/999999999                -      404 404 404 404 404 404
        GET    /api/v1/regions/13.75                             -      200 200 200 200 200 200
        GET    /api/v1/regions/13.75/children                    -      200 200 200 200 200 200
        GET    /api/v1/openapi.json                              -      200 200 200 200 200 200
        GET    /api/v1/regions?q=bukittinggi                     -      200 200 200 200 200 200
        GET    /api/v1/public/registrations/not-a-token          -      404 404 404 404 404 404
        GET    /api/v1/public/invitations/not-a-token            -      404 404 404 404 404 404
        GET    /api/v1/health                                    -      200 200 200 200 200 200
        GET    /api/v1/declaration-templates                     -      401 200 200 403 403 403
        GET    /api/v1/declarations                              -      401 200 200 403 403 403
        POST   /api/v1/declarations                              {"templateKey":"nope"}  401 400 400 403 403 403
        GET    /api/v1/declarations/{ownDecl}                    -      401 200 200 403 403 403
        GET    /api/v1/declarations/{riDecl}                     -      401 200 404 403 403 403
        GET    /api/v1/declarations/{ownDecl}/signer-candidates?q=ba  -  401 200 200 403 403 403
        GET    /api/v1/declarations/{riDecl}/signer-candidates?q=ba   -  401 200 404 403 403 403
        PUT    /api/v1/declarations/{ownDecl}                    {}     401 409 409 403 403 403
        POST   /api/v1/declarations/{ownDecl}/signers            {}     401 409 409 403 403 403
        POST   /api/v1/declarations/{riDecl}/signers             {}     401 400 404 403 403 403
        POST   /api/v1/declarations/{ownDecl}/finalize           {}     401 409 409 403 403 403
        POST   /api/v1/declarations/{riDecl}/open                {}     401 409 404 403 403 403
        GET    /api/v1/declarations/{ownDecl}/declaration.pdf    -      401 200 200 403 403 403
        GET    /api/v1/declarations/{riDecl}/coverage.xlsx       -      401 200 404 403 403 403
        GET    /api/v1/declarations/{ownDecl}/evidence           -      401 200 200 403 403 403
        GET    /api/v1/declarations/{riDecl}/coverage            -      401 200 404 403 403 403
        GET    /api/v1/sign/not-a-token                          -      404 404 404 404 404 404
        POST   /api/v1/sign/not-a-token/code                     {}     404 404 404 404 404 404
        GET    /api/v1/boards/not-a-board                        -      404 404 404 404 404 404
        GET    /api/v1/verify/ZZZZZZZZZZ                         -      404 404 404 404 404 404
        GET    /api/v1/events/{ownEvent}/attendance              -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/attendance            -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/attendance          -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/attendance/roster       -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/attendance/roster     -      401 200 403 403 403 403
        GET    /api/v1/events/{foreignEvent}/attendance/roster   -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/attendance/search?q=a   -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/attendance/search?q=a  -   401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/attendance/board        -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/attendance/board      -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/attendance/board    -      401 200 404 403 403 403
        POST   /api/v1/events/{ownEvent}/check-ins               {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/check-ins             {}     401 400 403 403 403 403
        POST   /api/v1/events/{foreignEvent}/check-ins           {}     401 400 404 403 403 403
        POST   /api/v1/events/{ownEvent}/walk-ins                {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/walk-ins              {}     401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/attendance/manual       {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/attendance/manual     {}     401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/check-outs              {}     401 409 409 403 403 403
        GET    /api/v1/events/{ownEvent}/attendance/days/999999999/daftar-hadir.pdf  -  401 404 404 403 403 403
        GET    /api/v1/events/{foreignEvent}/attendance/days/999999999/daftar-hadir.pdf  -  401 404 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/attendance/setting      {}     401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/attendance/setting    {}     401 400 403 403 403 403
        GET    /api/v1/events/{ownEvent}/eligibility             -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/eligibility         -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/eligibility/999999999   {}     401 404 404 403 403 403
        PUT    /api/v1/events/{childEvent}/eligibility/999999999 {}     401 404 403 403 403 403
        GET    /api/v1/programs                                  -      401 200 200 403 403 403
        GET    /api/v1/programs/{ownProgram}                     -      401 200 200 403 403 403
        GET    /api/v1/programs/999999999                        -      401 404 404 403 403 403
        POST   /api/v1/programs                                  {}     401 400 400 403 403 403
        POST   /api/v1/programs/{ownProgram}/series              {}     401 400 400 403 403 403
        GET    /api/v1/programs/{ownProgram}/coverage            -      401 200 200 403 403 403
        GET    /api/v1/programs/{ownProgram}/coverage.xlsx       -      401 200 200 403 403 403
        GET    /api/v1/programs/{ownProgram}/report              -      401 200 200 403 403 403
        GET    /api/v1/events/{ownEvent}/room-blocks             -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/room-blocks         -      401 200 404 403 403 403
        POST   /api/v1/events/{ownEvent}/room-blocks             {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/room-blocks           {}     401 400 403 403 403 403
        GET    /api/v1/events/{ownEvent}/lodging                 -      401 200 200 403 403 403
        GET    /api/v1/events/{ownEvent}/meals-and-hall          -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/meals-and-hall      -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/participants/{participant}/lodging  {}  401 400 400 403 403 403
        PUT    /api/v1/public/registrations/not-a-token/lodging  {}     404 404 404 404 404 404
        GET    /api/v1/events/{ownEvent}/minutes                 -      401 404 404 404 403 403
        GET    /api/v1/events/{foreignEvent}/minutes             -      401 200 404 404 403 403
        PUT    /api/v1/events/{ownEvent}/minutes                 {}     401 404 404 404 403 403
        POST   /api/v1/events/{foreignEvent}/minutes/approve     {}     401 409 404 403 403 403
        GET    /api/v1/follow-ups                                -      401 200 200 200 403 403
        GET    /api/v1/events/{ownEvent}/minutes/suggestions     -      401 200 200 200 403 403
        GET    /api/v1/events/{foreignEvent}/minutes/suggestions -      401 200 404 404 403 403
        POST   /api/v1/events/{ownEvent}/minutes/suggestions/999999999/take  {}  401 404 404 404 403 403
        POST   /api/v1/events/{foreignEvent}/minutes/suggestions/999999999/take  {}  401 404 404 404 403 403
        POST   /api/v1/events/{ownEvent}/minutes/sign            {}     401 404 404 404 403 403
        GET    /api/v1/events/{foreignEvent}/minutes/attachments/999999999  -  401 404 404 404 403 403
        DELETE /api/v1/events/{ownEvent}/minutes/attachments/999999999  -  401 404 404 404 403 403
        GET    /api/v1/events/{ownEvent}/photos                  -      401 200 200 200 403 403
        GET    /api/v1/events/{childEvent}/photos                -      401 200 200 200 403 403
        GET    /api/v1/events/{foreignEvent}/photos              -      401 200 404 404 403 403
        MULTIPART /api/v1/events/{ownEvent}/photos               -      401 400 400 400 403 403
        MULTIPART /api/v1/events/{childEvent}/photos             -      401 400 403 403 403 403
        MULTIPART /api/v1/events/{foreignEvent}/photos           -      401 400 404 404 403 403
        PUT    /api/v1/events/{ownEvent}/photos/999999999        {}     401 404 404 403 403 403
        PUT    /api/v1/events/{childEvent}/photos/999999999      {}     401 404 403 403 403 403
        POST   /api/v1/events/{ownEvent}/photos/999999999/cover  {}     401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/photos/999999999/move   {}     401 400 400 403 403 403
        DELETE /api/v1/events/{ownEvent}/photos/999999999        -      401 404 404 403 403 403
        DELETE /api/v1/events/{foreignEvent}/photos/999999999    -      401 404 404 403 403 403
        GET    /api/v1/events/{ownEvent}/photos/999999999        -      401 404 404 404 403 403
        GET    /api/v1/events/{foreignEvent}/photos/999999999/thumb  -  401 404 404 404 403 403
        GET    /api/v1/public/events/{ownSlug}/photos            -      200 200 200 200 200 200
        GET    /api/v1/public/events/{ownSlug}/photos/999999999  -      404 404 404 404 404 404
        GET    /api/v1/public/events/not-a-slug/photos           -      404 404 404 404 404 404
        POST   /api/v1/public/registrations/not-a-token/suggestions  {}  404 404 404 404 404 404
        GET    /api/v1/events/{ownEvent}/news                    -      401 404 404 403 403 403
        GET    /api/v1/events/{foreignEvent}/news                -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/news                    {}     401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/news                  {}     401 400 403 403 403 403
        PUT    /api/v1/events/{foreignEvent}/news                {}     401 400 404 403 403 403
        POST   /api/v1/events/999999999/news/draft               {}     401 404 404 403 403 403
        POST   /api/v1/events/{childEvent}/news/draft            {}     401 200 403 403 403 403
        POST   /api/v1/events/{foreignEvent}/news/draft          {}     401 200 404 403 403 403
        GET    /api/v1/events/{foreignEvent}/news.html           -      401 200 404 403 403 403
        GET    /api/v1/events/{foreignEvent}/news.docx           -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/news.docx               -      401 404 404 403 403 403
        GET    /api/v1/public/registrations/not-a-token/suggestions  -   404 404 404 404 404 404
        GET    /api/v1/events/{ownEvent}/certificate-design      -      401 200 200 403 403 403
        PUT    /api/v1/events/{ownEvent}/certificate-design      {}     401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/certificate-design    {}     401 400 403 403 403 403
        GET    /api/v1/events/{foreignEvent}/certificates        -      401 200 404 403 403 403
        POST   /api/v1/events/{ownEvent}/certificates/issue      {}     401 409 409 403 403 403
        GET    /api/v1/events/{ownEvent}/certificate-design/logo -      401 404 404 403 403 403
        GET    /api/v1/events/{ownEvent}/certificate-committee   -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/certificate-committee  -   401 200 404 403 403 403
        POST   /api/v1/events/{ownEvent}/certificate-committee   {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/certificate-committee {}     401 400 403 403 403 403
        DELETE /api/v1/events/{ownEvent}/certificate-committee/999999999  -  401 404 404 403 403 403
        GET    /api/v1/events/{ownEvent}/rundown                 -      401 200 200 200 403 403
        GET    /api/v1/events/{foreignEvent}/rundown             -      401 200 404 404 403 403
        GET    /api/v1/events/{ownEvent}/rundown.pdf             -      401 200 200 200 403 403
        POST   /api/v1/events/{ownEvent}/rundown                 {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/rundown               {}     401 400 403 403 403 403
        POST   /api/v1/events/{foreignEvent}/rundown             {}     401 400 404 403 403 403
        DELETE /api/v1/events/{ownEvent}/rundown/999999999       -      401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/badges.pdf              -      401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/badges.pdf            -      401 400 403 403 403 403
        GET    /api/v1/events/{ownEvent}/badges/prints           -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/badges/prints       -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/badges/roles/{participant}  {}  401 400 400 403 403 403
        GET    /api/v1/events/{ownEvent}/seating                 -      401 200 200 200 403 403
        GET    /api/v1/events/{foreignEvent}/seating.svg         -      401 200 404 404 403 403
        GET    /api/v1/events/{ownEvent}/seating.pdf             -      401 200 200 200 403 403
        GET    /api/v1/events/{ownEvent}/place-cards.pdf         -      401 200 200 200 403 403
        PUT    /api/v1/events/{childEvent}/seating               {}     401 400 403 403 403 403
        POST   /api/v1/events/{ownEvent}/seating/guests          {}     401 400 400 403 403 403
        GET    /api/v1/events/{ownEvent}/badge-design            -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/badge-design        -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/badge-design            {"sheet":"A5"}  401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/badge-design          {"sheet":"A5"}  401 400 403 403 403 403
        PUT    /api/v1/events/{foreignEvent}/badge-design        {"sheet":"A5"}  401 400 404 403 403 403
        PUTPNG /api/v1/events/{ownEvent}/badge-design/logo       -      401 400 400 403 403 403
        PUTPNG /api/v1/events/{childEvent}/badge-design/logo     -      401 400 403 403 403 403
        PUTPNG /api/v1/events/{foreignEvent}/badge-design/logo   -      401 400 404 403 403 403
        DELETE /api/v1/events/{childEvent}/badge-design/logo     -      401 204 403 403 403 403
        GET    /api/v1/events/{ownEvent}/badge-design/preview.pdf  -    401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/badge-design/preview.pdf  -  401 200 404 403 403 403
        GET    /api/v1/precedence/{ownUnit}                     -      401 200 200 403 403 403
        GET    /api/v1/precedence/{foreignUnit}                 -      401 200 404 403 403 403
        PUT    /api/v1/precedence/{childUnit}                   [{}]   401 400 403 403 403 403
        PUT    /api/v1/precedence/{ownUnit}                     [{"code":"X","label":"","rank":1}]  401 400 400 403 403 403
        PUT    /api/v1/precedence/{foreignUnit}                 [{}]   401 400 404 403 403 403
        GET    /api/v1/events/{ownEvent}/change-notice           -      401 200 200 403 403 403
        POST   /api/v1/events/{childEvent}/change-notice         -      401 409 403 403 403 403
        POST   /api/v1/events/{childEvent}/reminders/run         -      401 200 403 403 403 403
        GET    /api/v1/events/{ownEvent}/notice-letters          -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/notice-letters      -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/notice-letters/999999999.pdf  -  401 404 404 403 403 403
        POST   /api/v1/events/{ownEvent}/cancel                  {}     401 400 400 403 403 403
        POST   /api/v1/events/{childEvent}/cancel                {}     401 400 403 403 403 403
        POST   /api/v1/events/{foreignEvent}/cancel              {}     401 409 404 403 403 403
        GET    /api/v1/events/{ownEvent}/whatsapp                -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/whatsapp              -      401 200 403 403 403 403
        GET    /api/v1/events/{foreignEvent}/whatsapp.txt        -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/days/999999999          {}     401 400 400 403 403 403
        GET    /api/v1/events/{ownEvent}/report                  -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/report                -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/report              -      401 200 404 403 403 403
        PUT    /api/v1/events/{ownEvent}/report                  {}     401 400 400 403 403 403
        PUT    /api/v1/events/{childEvent}/report                {}     401 400 403 403 403 403
        PUT    /api/v1/events/{foreignEvent}/report              {}     401 400 404 403 403 403
        POST   /api/v1/events/{ownEvent}/report/finalize         {}     401 409 409 403 403 403
        POST   /api/v1/events/{foreignEvent}/report/finalize     {}     401 409 404 403 403 403
        GET    /api/v1/events/{ownEvent}/report.pdf              -      401 200 200 403 403 403
        GET    /api/v1/events/{ownEvent}/stats                   -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/stats                 -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/stats               -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/stats/tables.xlsx       -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/stats/tables.xlsx   -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/stats/participants.xlsx -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/stats/participants.xlsx -    401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/stats/participants.xlsx -  401 200 404 403 403 403
        GET    /api/v1/units/{ownUnit}/stats?year=2026           -      401 200 200 403 403 403
        GET    /api/v1/units/{childUnit}/stats?year=2026         -      401 200 200 403 403 403
        GET    /api/v1/units/{foreignUnit}/stats?year=2026       -      401 200 404 403 403 403
        GET    /api/v1/units/{ownUnit}/stats?year=1999           -      401 400 400 403 403 403
        GET    /api/v1/units/{ownUnit}/stats/tables.xlsx?year=2026 -      401 200 200 403 403 403
        GET    /api/v1/units/{foreignUnit}/stats/tables.xlsx?year=2026 -      401 200 404 403 403 403
        GET    /api/v1/events/{foreignEvent}/report.pdf          -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/report.docx             -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/report.docx         -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/spj                     -      401 200 200 403 403 403
        GET    /api/v1/events/{childEvent}/spj                   -      401 200 403 403 403 403
        GET    /api/v1/events/{foreignEvent}/spj                 -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/spj.zip                 -      401 200 200 403 403 403
        GET    /api/v1/events/{foreignEvent}/spj.zip             -      401 200 404 403 403 403
        GET    /api/v1/events/{ownEvent}/spj/honorarium.xlsx     -      401 200 200 403 403 403
        GET    /api/v1/events/{ownEvent}/spj/nothing.pdf         -      401 404 404 403 403 403
        GET    /api/v1/spj-rates/{ownUnit}                       -      401 200 200 403 403 403
        GET    /api/v1/spj-rates/{foreignUnit}                   -      401 200 404 403 403 403
        PUT    /api/v1/spj-rates/{ownUnit}                       {}     401 400 400 403 403 403
        PUT    /api/v1/spj-rates/{childUnit}                     {}     401 400 403 403 403 403
        GET    /api/v1/speaker-finance/{ownSpeaker}              -      401 200 200 403 403 403
        PUT    /api/v1/speaker-finance/{ownSpeaker}              {"npwp":"1"}  401 400 400 403 403 403
        """;

    /** path · anon admin sekretariat notulis narasumber operator */
    static final String PAGES = """
        /manage/dashboard.xhtml                                  login 200 200 200 200 200
        /manage/account.xhtml                                    login 200 200 200 200 200
        /manage/events.xhtml                                     login 200 200 200 403 403
        /manage/event.xhtml?id={ownEvent}                        login 200 200 200 403 403
        /manage/event.xhtml?id={childEvent}                      login 200 200 200 403 403
        /manage/event.xhtml?id={foreignEvent}                    login 200 404 404 403 403
        /manage/participants.xhtml?id={ownEvent}                 login 200 200 403 403 403
        /manage/participants.xhtml?id={childEvent}               login 200 200 403 403 403
        /manage/participants.xhtml?id={foreignEvent}             login 200 404 403 403 403
        /manage/invitations.xhtml?id={ownEvent}                  login 200 200 403 403 403
        /manage/invitations.xhtml?id={foreignEvent}              login 200 404 403 403 403
        /manage/venues.xhtml                                     login 200 200 403 403 403
        /manage/venue.xhtml?id={foreignVenue}                    login 200 200 403 403 403
        /manage/speakers.xhtml                                   login 200 200 403 200 403
        /manage/institutions.xhtml                               login 200 200 403 403 403
        /manage/institution.xhtml?id={institution}               login 200 200 403 403 403
        /manage/units.xhtml                                      login 200 200 403 403 403
        /manage/unit.xhtml?id={ownUnit}                          login 200 200 403 403 403
        /manage/unit.xhtml?id={childUnit}                        login 200 200 403 403 403
        /manage/unit.xhtml?id={foreignUnit}                      login 200 404 403 403 403
        /manage/admin/users.xhtml                                login 200 200 403 403 403
        /manage/admin/audit.xhtml                                login 200 403 403 403 403
        /manage/admin/logins.xhtml                               login 200 403 403 403 403
        /manage/privacy.xhtml                                    login 200 403 403 403 403
        /manage/my-sessions.xhtml                                login 403 403 403 200 403
        /manage/my-invitations.xhtml                             login 403 403 403 403 200
        /p/invitation.xhtml?id={opInvitation}                    404   200 200 404 404 200
        /p/invitation.xhtml?id={otherInvitation}                 404   200 200 404 404 404
        /index.xhtml                                             200   200 200 200 200 200
        /manage/declarations.xhtml                               login 200 200 403 403 403
        /manage/declaration.xhtml?id={ownDecl}                   login 200 200 403 403 403
        /manage/declaration.xhtml?id={riDecl}                    login 200 404 403 403 403
        /manage/ceremony.xhtml?id={riDecl}                       login 200 404 403 403 403
        /p/sign.xhtml?t=not-a-token                              404   404 404 404 404 404
        /p/board.xhtml?b=not-a-board                             404   404 404 404 404 404
        /p/verify.xhtml                                          200   200 200 200 200 200
        /manage/attendance.xhtml?id={ownEvent}                   login 200 200 403 403 403
        /manage/attendance.xhtml?id={childEvent}                 login 200 200 403 403 403
        /manage/attendance.xhtml?id={foreignEvent}               login 200 404 403 403 403
        /manage/checkin.xhtml?id={ownEvent}                      login 200 200 403 403 403
        /manage/checkin.xhtml?id={childEvent}                    login 200 403 403 403 403
        /manage/checkin.xhtml?id={foreignEvent}                  login 200 404 403 403 403
        /manage/programs.xhtml                                   login 200 200 403 403 403
        /manage/program.xhtml?id={ownProgram}                    login 200 200 403 403 403
        /manage/rooms.xhtml?id={ownEvent}                        login 200 200 403 403 403
        /manage/rooms.xhtml?id={foreignEvent}                    login 200 404 403 403 403
        /manage/outbox.xhtml                                     login 200 200 403 403 403
        /manage/outbox.xhtml?status=FAILED                       login 200 200 403 403 403
        /manage/minutes.xhtml?id={ownEvent}                      login 200 200 200 403 403
        /manage/minutes.xhtml?id={foreignEvent}                  login 200 404 404 403 403
        /manage/follow-ups.xhtml                                 login 200 200 200 403 403
        /manage/certificates.xhtml?id={ownEvent}                 login 200 200 403 403 403
        /manage/news.xhtml?id={ownEvent}                         login 200 200 403 403 403
        /manage/news.xhtml?id={childEvent}                       login 200 200 403 403 403
        /manage/news.xhtml?id={foreignEvent}                     login 200 404 403 403 403
        /manage/certificates.xhtml?id={foreignEvent}             login 200 404 403 403 403
        /manage/report.xhtml?id={ownEvent}                       login 200 200 403 403 403
        /manage/report.xhtml?id={foreignEvent}                   login 200 404 403 403 403
        /manage/stats.xhtml?id={ownEvent}                        login 200 200 403 403 403
        /manage/stats.xhtml?id={childEvent}                      login 200 200 403 403 403
        /manage/stats.xhtml?id={foreignEvent}                    login 200 404 403 403 403
        /manage/stats-unit.xhtml                                 login 200 200 403 403 403
        /manage/stats-unit.xhtml?unit={childUnit}&year=2026      login 200 200 403 403 403
        /manage/stats-unit.xhtml?unit={foreignUnit}              login 200 404 403 403 403
                /manage/onsite.xhtml?id={ownEvent}                       login 200 200 200 403 403
        /manage/onsite.xhtml?id={childEvent}                     login 200 200 200 403 403
        /manage/onsite.xhtml?id={foreignEvent}                   login 200 404 404 403 403
        /manage/photos.xhtml?id={ownEvent}                       login 200 200 200 403 403
        /manage/photos.xhtml?id={childEvent}                     login 200 200 200 403 403
        /manage/photos.xhtml?id={foreignEvent}                   login 200 404 404 403 403
        /manage/badges.xhtml?id={ownEvent}                       login 200 200 403 403 403
        /manage/badges.xhtml?id={childEvent}                     login 200 200 403 403 403
        /manage/badges.xhtml?id={foreignEvent}                   login 200 404 403 403 403
        /manage/precedence.xhtml?unit={ownUnit}                  login 200 200 403 403 403
        /manage/precedence.xhtml?unit={childUnit}                login 200 200 403 403 403
        /manage/precedence.xhtml?unit={foreignUnit}              login 200 404 403 403 403
        /manage/spj.xhtml?id={ownEvent}                          login 200 200 403 403 403
        /manage/spj.xhtml?id={childEvent}                        login 200 403 403 403 403
        /manage/spj.xhtml?id={foreignEvent}                      login 200 404 403 403 403
        /manage/rates.xhtml                                      login 200 200 403 403 403
        /manage/rates.xhtml?unit={foreignUnit}                   login 200 404 403 403 403
        """;
    // @formatter:on

    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, ApiClient> api = new LinkedHashMap<>();

    @BeforeEach
    void resolveTheDemoRecords() throws Exception {
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ids.put("ownEvent", event(admin, "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN"));
        ids.put("ownSlug", admin.get("/api/v1/events/" + ids.get("ownEvent")).object().getString("slug"));
        ids.put("childEvent", event(admin, "Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula Kota Bukittinggi"));
        ids.put("foreignEvent", event(admin, "Rapat Koordinasi bersama OPD: Mewujudkan Netralitas ASN pada Pemilu 2024"));
        ids.put("ownUnit", byField(admin.get("/api/v1/units").array(), "code", "BAWASLU-13"));
        ids.put("childUnit", byField(admin.get("/api/v1/units").array(), "code", "BAWASLU-13.75"));
        ids.put("foreignUnit", byField(admin.get("/api/v1/units").array(), "code", "BAWASLU-33.04"));
        ids.put("ownVenue", byField(admin.get("/api/v1/venues").array(), "name", "Grand Rocky Hotel Bukittinggi"));
        ids.put("foreignVenue", byField(admin.get("/api/v1/venues").array(), "name", "Hotel Central Banjarnegara"));
        JsonArray speakers = admin.get("/api/v1/speakers").array();
        ids.put("mySpeaker", byField(speakers, "name", "Hendra Gunawan"));
        ids.put("ownSpeaker", byField(speakers, "name", "Nurhayati Syafri"));
        ids.put("foreignSpeaker", byField(speakers, "name", "Sardi Wiratmo"));
        ids.put("institution", byField(admin.get("/api/v1/institutions?q=Agam&type=BKPSDM").object().getJsonArray("items"), "shortName",
                "BKPSDM Kabupaten Agam"));
        JsonArray invitations = admin.get("/api/v1/events/" + ids.get("ownEvent") + "/invitations").array();
        ids.put("opInvitation", byField(invitations, "institution", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam"));
        ids.put("otherInvitation", byField(invitations, "institution", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Padang"));
        JsonObject participants = admin.get("/api/v1/events/" + ids.get("ownEvent") + "/participants?max=1").object();
        ids.put("participant", participants.getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString());
        JsonArray declarations = admin.get("/api/v1/declarations").array();
        ids.put("ownDecl", byField(declarations, "title", "Pakta Integritas"));
        // the demo's rakornas declaration of Bawaslu RI (14 heads of region), not one a test created from the same template
        ids.put("riDecl", declarations.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("title").startsWith("Deklarasi Kepala Daerah") && d.getInt("total") == 14)
                .map(d -> d.getJsonNumber("id").toString()).findFirst().orElseThrow(() -> new AssertionError("demo declaration missing")));
        ids.put("ownProgram", byField(admin.get("/api/v1/programs").array(), "name", "Sosialisasi Pengawasan Partisipatif se-Kabupaten Agam 2026"));
        api.put("anonymous", new ApiClient(base, null));
        for (String u : USERS) {
            if (u != null) {
                api.put(u, new ApiClient(base, TestData.jdbcToken(u)));
            }
        }
    }

    @Test
    void everyApiEndpointAnswersEachRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String line : API.strip().split("\n")) {
            String[] c = line.trim().split("\\s+");
            String method = c[0];
            String path = fill(c[1]);
            String body = switch (c[2]) {
                case "-" -> null;
                case "@long" -> "{\"subject\":\"" + "x".repeat(400) + "\"}";
                default -> c[2];
            };
            for (int i = 0; i < USERS.length; i++) {
                ApiClient client = api.get(USERS[i] == null ? "anonymous" : USERS[i]);
                ApiClient.Reply r = switch (method) {
                    case "GET" -> file(path) ? bytesAsReply(client, path) : client.get(path);
                    case "POST" -> client.post(path, body == null ? "" : body);
                    case "PUT" -> client.put(path, body == null ? "" : body);
                    case "DELETE" -> client.delete(path);
                    case "PUTPNG" -> client.putBytes(path, "image/png", new byte[0]);
                    case "UPLOAD" -> client.upload(path, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[0]);
                    // a photo upload with one empty file: whoever may upload gets 400 (photo.empty), nothing is stored
                    case "MULTIPART" -> client.multipart(path, List.of(new ApiClient.FilePart("file", "leer.jpg", "image/jpeg", new byte[0])));
                    default -> throw new IllegalArgumentException(method);
                };
                cells++;
                String expected = c[3 + i];
                if (!String.valueOf(r.status()).equals(expected)) {
                    wrong.add(method + " " + c[1] + " as " + (USERS[i] == null ? "anonymous" : USERS[i]) + ": expected " + expected + ", got "
                            + r.status() + " " + abbreviate(r.body()));
                } else if (r.status() >= 400 && r.status() != 401 && r.body().startsWith("{")) {
                    // a refusal always says why, in the one error format, and never as an incident
                    JsonObject e = r.object();
                    boolean incident = e.containsKey("incident") && !e.isNull("incident");
                    if (!e.containsKey("error") || !e.containsKey("message") || incident) {
                        wrong.add(method + " " + c[1] + " as " + USERS[i] + ": not the error format: " + abbreviate(r.body()));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells + " cells differ from the table:\n" + String.join("\n", wrong));
    }

    /** A download (fetched without asking for JSON), also with a query string: {@code …/tables.xlsx?year=2026}. */
    static boolean file(String path) {
        String p = path.replaceAll("\\?.*$", "");
        return p.endsWith(".pdf") || p.endsWith(".xlsx") || p.endsWith(".ics") || p.endsWith(".docx") || p.endsWith(".html");
    }

    @Test
    void everyPageAnswersEachRoleAsTheTableSays() {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        for (String u : USERS) {
            sessions.put(u == null ? "anonymous" : u, u == null ? WebSession.anonymous(base.toString())
                    : WebSession.login(base.toString(), u, "rakor2026demo"));
        }
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String line : PAGES.strip().split("\n")) {
            String[] c = line.trim().split("\\s+");
            String path = fill(c[0]);
            for (int i = 0; i < USERS.length; i++) {
                WebSession.Page p = sessions.get(USERS[i] == null ? "anonymous" : USERS[i]).get(path);
                cells++;
                String expected = c[1 + i];
                String got = p.status() == 302 && p.location() != null && p.location().contains("login") ? "login" : String.valueOf(p.status());
                if (!got.equals(expected)) {
                    wrong.add(c[0] + " as " + (USERS[i] == null ? "anonymous" : USERS[i]) + ": expected " + expected + ", got " + got
                            + (p.location() == null ? "" : " → " + p.location()));
                } else if (p.status() == 200 && (p.body().contains("??") || p.body().contains("error.xhtml?incident"))) {
                    wrong.add(c[0] + " as " + USERS[i] + ": a missing text key or an incident on the page");
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cells + " cells differ from the table:\n" + String.join("\n", wrong));
    }

    /** What a 200 carries: each role gets its own records, never someone else's. */
    @Test
    void listsHoldOnlyWhatTheRoleMaySee() {
        JsonArray mine = api.get("narasumber.demo").get("/api/v1/speakers").array();
        assertEquals(1, mine.size(), "a speaker reads only their own profile: " + mine);
        assertEquals("Hendra Gunawan", mine.getJsonObject(0).getString("name"));
        JsonArray units = api.get("sumbar.sekretariat").get("/api/v1/units").array();
        assertEquals(List.of("BAWASLU-13", "BAWASLU-13.06", "BAWASLU-13.75"),
                units.stream().map(u -> u.asJsonObject().getString("code")).sorted().toList());
        JsonArray users = api.get("sumbar.sekretariat").get("/api/v1/users?max=200").array();
        assertTrue(users.size() >= 4, users.toString());
        users.forEach(u -> assertTrue(List.of("Bawaslu Provinsi Sumatera Barat", "Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat",
                "Badan Pengawas Pemilihan Umum Kota Bukittinggi", "Badan Pengawas Pemilihan Umum Kabupaten Agam")
                .contains(u.asJsonObject().getString("unitName")), "users of the unit and below only: " + u));
        JsonArray events = api.get("sumbar.notulis").get("/api/v1/events?max=200").array();
        assertTrue(events.stream().noneMatch(e -> e.asJsonObject().getString("unitName").contains("Banjarnegara")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.asJsonObject().getString("unitName").contains("Bukittinggi")), "a child unit's event is read");
    }

    private String fill(String path) {
        String out = path;
        for (var e : ids.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (out.contains("{")) {
            throw new IllegalStateException("unknown placeholder in " + path);
        }
        return out;
    }

    private static ApiClient.Reply bytesAsReply(ApiClient c, String path) {
        ApiClient.Bytes b = c.bytes(path);
        boolean json = b.contentType().startsWith("application/json");
        return new ApiClient.Reply(b.status(), json ? new String(b.body(), java.nio.charset.StandardCharsets.UTF_8) : "(" + b.contentType() + ")");
    }

    private static String event(ApiClient admin, String title) {
        for (JsonValue v : admin.get("/api/v1/events?max=200").array()) {
            if (v.asJsonObject().getString("title").equals(title)) {
                return v.asJsonObject().getJsonNumber("id").toString();
            }
        }
        throw new AssertionError("demo event missing: " + title);
    }

    private static String byField(JsonArray list, String field, String value) {
        for (JsonValue v : list) {
            JsonObject o = v.asJsonObject();
            if (o.containsKey(field) && !o.isNull(field) && o.getString(field).equals(value)) {
                return o.getJsonNumber("id").toString();
            }
        }
        throw new AssertionError("demo record missing: " + field + " = " + value + " in " + list);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
