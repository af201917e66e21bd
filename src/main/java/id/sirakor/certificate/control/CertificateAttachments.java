package id.sirakor.certificate.control;

import id.sirakor.certificate.entity.Certificate;
import id.sirakor.platform.mail.AttachmentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** "certificate:42" in a queued mail → the stored PDF of certificate 42. */
@ApplicationScoped
public class CertificateAttachments implements AttachmentSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    @Override
    public String kind() {
        return "certificate";
    }

    @Override
    @Transactional
    public Attachment render(long id) {
        Certificate c = em.find(Certificate.class, id);
        if (c == null) {
            throw new IllegalStateException("no certificate " + id);
        }
        return new Attachment(CertificateService.fileName(c), "application/pdf", issuer.read(c.getFileKey()));
    }
}
