package id.sirakor.platform.mail;

/**
 * Renders one kind of mail attachment when the mail is sent ("ticket:42" → the ticket PDF of
 * registration 42). The outbox keeps only the reference, so a queued mail stays small and the
 * document is rendered from the committed state.
 */
public interface AttachmentSource {

    /** The reference prefix this source answers, e.g. "ticket". */
    String kind();

    /** The attachment for the referenced record; throws if it cannot be rendered (the mail is retried). */
    Attachment render(long id);

    record Attachment(String fileName, String contentType, byte[] content) {
    }
}
