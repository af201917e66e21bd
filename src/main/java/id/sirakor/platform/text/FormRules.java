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
            for (ConstraintViolation<T> v : violations) {
                if (c.getName().equals(v.getPropertyPath().toString())) {
                    throw toBusiness(c.getName(), v);
                }
            }
        }
        ConstraintViolation<T> v = violations.iterator().next();
        throw toBusiness(v.getPropertyPath().toString(), v);
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
