package org.zhaoshang.crm.shared.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the broken rules of a command or query, then rejects it with all of them at once. */
public final class Violations {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_DECIMAL_PLACES = 10;
    /** Digits of a number as given (trailing zeros count): more than any figure within its range needs. */
    public static final int MAX_DIGITS = 30;
    private static final int MAX_UNSCALED_BITS = 100; // 10^30 < 2^100

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{3,40}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Login names as users are made with (demo users such as {@code staff-li.na} have a dot). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            found.add(new FieldViolation(field, "required", "must not be empty"));
        }
        return this;
    }

    /** An id that callers choose, kept safe for read models that key documents and maps by it. */
    public Violations identifier(String field, String value) {
        if (value == null || value.isBlank()) {
            return required(field, value);
        }
        return check(IDENTIFIER.matcher(value).matches(), field, "identifier",
                     "letters, digits, - and _ only, at most 64");
    }

    /** A user's login name, if given. */
    public Violations username(String field, String value) {
        return check(value == null || USERNAME.matcher(value).matches(), field, "username", "a user's login name");
    }

    /** Whether a login name is one users are made with. */
    public static boolean isUsername(String value) {
        return value != null && USERNAME.matcher(value).matches();
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            found.add(new FieldViolation(field, "max-length", "must be at most " + max + " characters"));
        }
        return this;
    }

    /**
     * A number, if given, lies between {@code min} and {@code max} (inclusive) with at most
     * {@value #MAX_DECIMAL_PLACES} decimal places and {@value #MAX_DIGITS} digits: arithmetic on a finer one
     * (1E-2147483647) overflows, and on 1E-10000000 it takes seconds and its plain text is ten million digits. Checked
     * in bounded time whatever the number's scale or length.
     */
    public Violations between(String field, Number value, long min, long max) {
        if (value != null) {
            BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
            if (tooManyDigits(number)) {
                found.add(new FieldViolation(field, "digits", "must have at most " + MAX_DIGITS + " digits"));
            } else if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
                found.add(new FieldViolation(field, "range", "must be between " + min + " and " + max));
            } else if (number.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
                found.add(new FieldViolation(field, "decimal-places",
                                             "must have at most " + MAX_DECIMAL_PLACES + " decimal places"));
            }
        }
        return this;
    }

    /** As {@link #between}, and above 0: a rate or factor. */
    public Violations positiveAtMost(String field, BigDecimal value, long max) {
        int before = found.size();
        between(field, value, 0, max);
        return found.size() > before ? this : check(value == null || value.signum() > 0, field, "range",
                                                    "must be above 0 and at most " + max);
    }

    /**
     * Whether arithmetic on the number stays cheap: at most {@value #MAX_DIGITS} digits and
     * {@value #MAX_DECIMAL_PLACES} decimal places, no exponent beyond the digits (1E-10000000 and 1E1000000000 are not).
     */
    public static boolean withinBounds(BigDecimal number) {
        return !tooManyDigits(number) && number.scale() <= MAX_DECIMAL_PLACES && number.scale() >= -MAX_DIGITS;
    }

    /** The unscaled digits' bit length first: the precision of a number of millions of digits costs seconds. */
    private static boolean tooManyDigits(BigDecimal number) {
        return number.unscaledValue().bitLength() > MAX_UNSCALED_BITS || number.precision() > MAX_DIGITS;
    }

    /** A day, if given, is not after {@code today}: what happened cannot happen tomorrow. */
    public Violations notAfter(String field, LocalDate day, LocalDate today) {
        return check(day == null || !day.isAfter(today), field, "not-future",
                     "must not be after today (" + today + ")");
    }

    /** A day, if given, is not before {@code today}: what is due cannot be due yesterday. */
    public Violations notBefore(String field, LocalDate day, LocalDate today) {
        return check(day == null || !day.isBefore(today), field, "not-past",
                     "must be today (" + today + ") or later");
    }

    public Violations email(String field, String value) {
        return check(!Texts.hasText(value) || EMAIL.matcher(value.strip()).matches(),
                     field, "email", "must be an e-mail address");
    }

    public Violations phone(String field, String value) {
        return check(!Texts.hasText(value) || PHONE.matcher(value.strip()).matches(),
                     field, "phone", "digits, spaces, +, -, ( and ) only, at most 40");
    }

    public Violations check(boolean holds, String field, String rule, String message) {
        if (!holds) {
            found.add(new FieldViolation(field, rule, message));
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
