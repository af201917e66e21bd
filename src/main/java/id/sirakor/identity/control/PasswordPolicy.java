package id.sirakor.identity.control;

import id.sirakor.platform.error.BusinessException;

/**
 * Password rules: at least 10 characters, letters and digits, not containing the username. Length beats
 * composition (NIST SP 800-63B); the digit rule is kept because Indonesian government IT
 * policies (e.g. Permen PANRB 2019 on SPBE security) expect it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw BusinessException.invalid(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw BusinessException.invalid(field, "password.tooLong", MAX_LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw BusinessException.invalid(field, "password.lettersAndDigits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw BusinessException.invalid(field, "password.containsUsername");
        }
    }
}
