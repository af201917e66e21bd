package id.sirakor.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * The one error type for a rule the user broke. It carries a message key of the resource
 * bundle and its arguments, never a finished sentence, so the user reads it in their language.
 * The optional field names the input the message belongs under. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final String field;
    private final Kind kind;

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, UNAUTHENTICATED }

    public BusinessException(Kind kind, String field, String key, Object... args) {
        super(key);
        this.kind = kind;
        this.field = field;
        this.key = key;
        this.args = args == null ? new Object[0] : args;
    }

    public static BusinessException invalid(String field, String key, Object... args) {
        return new BusinessException(Kind.INVALID, field, key, args);
    }

    public static BusinessException invalid(String key, Object... args) {
        return new BusinessException(Kind.INVALID, null, key, args);
    }

    /** Also used when a record exists but lies outside the user's units: we do not reveal it. */
    public static BusinessException notFound(String key, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, null, key, args);
    }

    public static BusinessException forbidden(String key, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, null, key, args);
    }

    public static BusinessException unauthenticated() {
        return new BusinessException(Kind.UNAUTHENTICATED, null, "error.loginRequired");
    }

    public static BusinessException conflict(String key, Object... args) {
        return new BusinessException(Kind.CONFLICT, null, key, args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
