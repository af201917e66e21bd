package id.sirakor.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title that a spreadsheet would not read as a formula: it must not start with
 * {@code = + - @}. The participant lists
 * are opened in Excel and LibreOffice and passed on as CSV, where such a cell runs ("CSV
 * injection"). No person's or institution's name starts like that.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoFormula.Check.class)
public @interface NoFormula {

    String message() default "{validation.formula}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoFormula, String> {
        @Override
        public boolean isValid(String s, ConstraintValidatorContext ctx) {
            if (s == null) {
                return true;
            }
            String t = s.strip();
            if (t.isEmpty()) {
                return true;
            }
            char c = t.charAt(0);
            return c != '=' && c != '+' && c != '@' && c != '-';
        }
    }
}
