package id.sirakor.platform.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Letter numbers from an organizer unit's numbering pattern, e.g.
 * {@code {seq}/PM.00.02/K.SB/{month-roman}/{year}} gives {@code 7/PM.00.02/K.SB/III/2027}.
 *
 * <p>Tokens: {@code {seq}} the counter as is, {@code {seq:N}} zero-padded to N digits (never cut
 * when longer), {@code {month-roman}} I..XII, {@code {month}} 01..12, {@code {year}} four digits,
 * {@code {unit}} the unit's code. Everything else is copied. The counter is yearly and gap-free per
 * unit (Tata Naskah Dinas); keeping it is the caller's job, this class only formats.
 *
 * <p>A pattern must hold the counter and the year: with a yearly counter and no year in the
 * number, next year's letter 1 would carry the same number as this year's.
 */
public final class LetterNumbers {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final int MAX_PADDING = 10;

    private LetterNumbers() {
    }

    /** Throws {@link IllegalArgumentException} saying what is wrong with the pattern. */
    public static void validate(String pattern) {
        parse(pattern);
    }

    /**
     * The number of letter {@code seq} (1, 2, …) of the year, dated {@code date}.
     *
     * @param unitCode needed only when the pattern has {@code {unit}}
     */
    public static String format(String pattern, long seq, LocalDate date, String unitCode) {
        Objects.requireNonNull(date, "date");
        if (seq < 1) {
            throw new IllegalArgumentException("letter counter starts at 1, got " + seq);
        }
        StringBuilder out = new StringBuilder();
        for (Part p : parse(pattern)) {
            switch (p.kind()) {
                case LITERAL -> out.append(p.text());
                case SEQ -> out.append(pad(seq, p.width()));
                case MONTH_ROMAN -> out.append(ROMAN[date.getMonthValue() - 1]);
                case MONTH -> out.append(pad(date.getMonthValue(), 2));
                case YEAR -> out.append(date.getYear());
                case UNIT -> {
                    if (unitCode == null || unitCode.isBlank()) {
                        throw new IllegalArgumentException("pattern uses {unit} but the unit has no code");
                    }
                    out.append(unitCode.strip());
                }
            }
        }
        return out.toString();
    }

    /** "III" for 3. */
    public static String romanMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return ROMAN[month - 1];
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private enum Kind { LITERAL, SEQ, MONTH_ROMAN, MONTH, YEAR, UNIT }

    private record Part(Kind kind, String text, int width) {
    }

    private static List<Part> parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("letter number pattern is empty");
        }
        List<Part> parts = new ArrayList<>();
        boolean seq = false;
        boolean year = false;
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int strayClose = pattern.indexOf('}', i);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new IllegalArgumentException("'}' without '{' at position " + (strayClose + 1) + " in " + pattern);
            }
            if (open < 0) {
                parts.add(new Part(Kind.LITERAL, pattern.substring(i), 0));
                break;
            }
            if (open > i) {
                parts.add(new Part(Kind.LITERAL, pattern.substring(i, open), 0));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("'{' without '}' at position " + (open + 1) + " in " + pattern);
            }
            String token = pattern.substring(open, close + 1);
            Part part = token(token);
            seq |= part.kind() == Kind.SEQ;
            year |= part.kind() == Kind.YEAR;
            parts.add(part);
            i = close + 1;
        }
        if (!seq) {
            throw new IllegalArgumentException("letter number pattern needs {seq} or {seq:N}: " + pattern);
        }
        if (!year) {
            throw new IllegalArgumentException(
                    "letter number pattern needs {year}, or the yearly counter would repeat numbers: " + pattern);
        }
        return parts;
    }

    private static Part token(String token) {
        switch (token) {
            case "{seq}":
                return new Part(Kind.SEQ, token, 0);
            case "{month-roman}":
                return new Part(Kind.MONTH_ROMAN, token, 0);
            case "{month}":
                return new Part(Kind.MONTH, token, 0);
            case "{year}":
                return new Part(Kind.YEAR, token, 0);
            case "{unit}":
                return new Part(Kind.UNIT, token, 0);
            default:
                if (token.startsWith("{seq:")) {
                    String n = token.substring(5, token.length() - 1);
                    if (n.matches("[0-9]{1,2}")) {
                        int width = Integer.parseInt(n);
                        if (width >= 1 && width <= MAX_PADDING) {
                            return new Part(Kind.SEQ, token, width);
                        }
                    }
                    throw new IllegalArgumentException("padding in " + token + " must be 1 to " + MAX_PADDING);
                }
                throw new IllegalArgumentException("unknown token " + token
                        + " (known: {seq}, {seq:N}, {month-roman}, {month}, {year}, {unit})");
        }
    }
}
