package id.sirakor.platform.api;

import jakarta.ws.rs.WebApplicationException;

/** 413: a request body over its limit; the limit (in KB) goes into the message. */
public class TooLarge extends WebApplicationException {

    private static final long serialVersionUID = 1L;
    private final long limitKb;

    public TooLarge(long limitBytes) {
        super(413);
        this.limitKb = limitBytes / 1024;
    }

    public long limitKb() {
        return limitKb;
    }
}
