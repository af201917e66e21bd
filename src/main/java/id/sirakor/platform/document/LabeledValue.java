package id.sirakor.platform.document;

import java.util.Objects;

/**
 * One row of a colon-aligned block: {@code Hari/Tanggal : Rabu, 10 Maret 2027}. A value may hold
 * several lines separated by {@code \n} (an event over two days); wrapped and further lines start
 * under the value, never under the label.
 */
public record LabeledValue(String label, String value) {

    public LabeledValue {
        Objects.requireNonNull(label, "label");
        value = value == null || value.isBlank() ? "-" : value;
    }
}
