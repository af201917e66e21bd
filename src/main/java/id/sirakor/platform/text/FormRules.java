package id.sirakor.platform.text;

import id.sirakor.platform.error.BusinessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.Set;

/**
 * Checks a form record's Bean Validation constraints (the one source of maximum lengths, equal
 * to the column sizes; see docs/adr/0021-one-constraint-source.md) before anything touches the
 * database, and turns the first violation, in the record's component order, into a
 * {@link BusinessException} naming the field: 400 in the API, a message under the input in JSF.
 */
public final class FormRules {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private FormRules() {
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    public static <T extends Record> void check(T form) {
        if (form == null) {
            throw BusinessException.invalid("error.json.type");
        }
        Set<ConstraintViolation<T>> violations = validator().validate(form);
        if (violations.isEmpty()) {
            return;
        }
        for (RecordComponent c : form.getClass().getRecordComponents()) {
            ConstraintViolation<T> first = null;
            for (ConstraintViolation<T> v : violations) {
                if (c.getName().equals(v.getPropertyPath().toString()) && (first == null || rank(v) < rank(first))) {
                    first = v;
                }
            }
            if (first != null) {
                throw toBusiness(c.getName(), first);
            }
        }
        ConstraintViolation<T> v = violations.iterator().next();
        throw toBusiness(v.getPropertyPath().toString(), v);
    }

    /** What is wrong with a text first: control characters, then a formula, then its length. */
    private static int rank(ConstraintViolation<?> v) {
        Object a = v.getConstraintDescriptor().getAnnotation();
        return a instanceof SingleLine ? 0 : a instanceof NoFormula ? 1 : a instanceof Size ? 2 : 3;
    }

    private static BusinessException toBusiness(String field, ConstraintViolation<?> v) {
        Object a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof Size s) {
            return BusinessException.invalid(field, "validation.tooLong", s.max());
        }
        if (a instanceof SingleLine) {
            return BusinessException.invalid(field, "validation.control");
        }
        if (a instanceof NoFormula) {
            return BusinessException.invalid(field, "validation.formula");
        }
        return BusinessException.invalid(field, "validation.invalid");
    }
}
