package org.zhaoshang.crm.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.zhaoshang.crm.shared.api.BureauTime;

import org.zhaoshang.crm.shared.api.InvalidInputException;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Random and half-valid instances of records, built from their components: nulls, blank, huge and control-character
 * texts, extreme numbers and days, random enum constants, empty and huge lists, nested records, and the texts the
 * store knows (mostly the ids of stored records as the targets, user names), so that many values pass and the rules
 * behind them are reached. A component of a type not covered here fails the generation: add its values here.
 */
final class RecordArbitraries {

    private static final int HUGE_TEXT = 3_000;
    private static final int HUGE_LIST = 5_000;

    private final boolean extremes;
    private final RecordArbitraries plausible;
    private final Arbitrary<Object> texts;
    private final Arbitrary<Object> targetIds;

    /**
     * @param storedIds  ids of stored records: most commands name one of them as their target
     * @param knownTexts other values the application accepts (ids of a lead's parts, user names)
     */
    RecordArbitraries(Arbitrary<String> storedIds, List<String> knownTexts) {
        this(storedIds, knownTexts, true);
    }

    private RecordArbitraries(Arbitrary<String> storedIds, List<String> knownTexts, boolean extremes) {
        this.extremes = extremes;
        plausible = extremes ? new RecordArbitraries(storedIds, knownTexts, false) : this;
        Arbitrary<String> plausibleTexts = Arbitraries.of(knownTexts);
        Arbitrary<String> someTexts = !extremes ? plausibleTexts : Arbitraries.frequencyOf(
                Tuple.of(12, plausibleTexts),
                Tuple.of(2, Arbitraries.of("", "  ", "\t\n", "\u0000", "x\u0000y", "\u202eevil", "$where", "a.b",
                                           "<script>", "../..", "名字", "\uD800")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(HUGE_TEXT)
                                       .map(text -> "  " + text)));
        texts = someTexts.injectNull(0.15).map(Object.class::cast);
        targetIds = !extremes ? storedIds.map(Object.class::cast)
                              : Arbitraries.frequencyOf(Tuple.of(9, storedIds.map(Object.class::cast)),
                                                        Tuple.of(1, texts));
    }

    /**
     * Half of the instances hold plausible values only, so that many commands get past the rules to the change they
     * make; the other half mix in the extremes.
     */
    Arbitrary<Object> of(Class<?> record) {
        return Arbitraries.oneOf(instances(record), plausible.instances(record));
    }

    private Arbitrary<Object> instances(Class<?> record) {
        RecordComponent[] components = record.getRecordComponents();
        List<Arbitrary<Object>> values = Arrays.stream(components)
                                               .map(component -> component.getAccessor().isAnnotationPresent(
                                                       TargetAggregateIdentifier.class)
                                                                 ? targetIds
                                                                 : valuesOf(component.getGenericType(),
                                                                            record.getSimpleName() + "."
                                                                            + component.getName()))
                                               .toList();
        Constructor<?> canonical = canonicalConstructor(record, components);
        return Combinators.combine(values).as(arguments -> construct(canonical, arguments));
    }

    private Arbitrary<Object> valuesOf(Type type, String component) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return orNull(listsOf(generic.getActualTypeArguments()[0], component));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Set.class
            && generic.getActualTypeArguments()[0] instanceof Class<?> element && element.isEnum()) {
            return orNull(Arbitraries.of(element.getEnumConstants()).set());
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == Map.class
            && generic.getActualTypeArguments()[0] instanceof Class<?> key && key.isEnum()) {
            Arbitrary<Object> values = valuesOf(generic.getActualTypeArguments()[1], component + "{}");
            return orNull(Arbitraries.maps(Arbitraries.of(key.getEnumConstants()), values).ofMaxSize(5)
                                     .map(Object.class::cast));
        }
        if (type == String.class) {
            return texts;
        }
        if (type == boolean.class) {
            return Arbitraries.<Object>of(true, false);
        }
        if (type == Boolean.class) {
            return orNull(Arbitraries.of(true, false));
        }
        if (type == Integer.class) {
            return orNull(integers());
        }
        if (type == int.class) {
            return integers().map(Object.class::cast);
        }
        if (type == Long.class) {
            return versions();
        }
        if (type == BigDecimal.class) {
            return orNull(decimals());
        }
        if (type == LocalDate.class) {
            return orNull(days());
        }
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return orNull(Arbitraries.of(enumType.getEnumConstants()));
        }
        if (type instanceof Class<?> recordType && recordType.isRecord()) {
            return orNull(instances(recordType));
        }
        throw new IllegalArgumentException("No values for " + type.getTypeName() + " (" + component
                                           + "): add them to " + RecordArbitraries.class.getSimpleName());
    }

    /** Texts come in short lists with nulls and in huge ones; anything else (records) in short lists without nulls. */
    private Arbitrary<Object> listsOf(Type element, String component) {
        Arbitrary<Object> elements = valuesOf(element, component + "[]");
        if (element == String.class && extremes) {
            return Arbitraries.oneOf(elements.list().ofMaxSize(5),
                                     Arbitraries.strings().alpha().ofLength(2).list().ofSize(HUGE_LIST))
                              .map(Object.class::cast);
        }
        return elements.filter(Objects::nonNull).list().ofMaxSize(3).map(Object.class::cast);
    }

    private Arbitrary<Integer> integers() {
        Arbitrary<Integer> plausibleIntegers = Arbitraries.integers().between(0, 100);
        return !extremes ? plausibleIntegers : Arbitraries.frequencyOf(Tuple.of(3, plausibleIntegers),
                                       Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, -1, 101, Integer.MAX_VALUE)),
                                       Tuple.of(1, Arbitraries.integers()));
    }

    /** Expected versions: none when plausible, else often none, mostly ones a stored record may have, some absurd. */
    private Arbitrary<Object> versions() {
        if (!extremes) {
            return Arbitraries.just(null);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.longs().between(0, 6)),
                                       Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, -1L, Long.MAX_VALUE)))
                          .injectNull(0.5).map(Object.class::cast);
    }

    private Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigDecimal> plausibleDecimals = Arbitraries.bigDecimals().ofScale(2)
                                                             .between(BigDecimal.ZERO, new BigDecimal("100"));
        return !extremes ? plausibleDecimals : Arbitraries.frequencyOf(
                Tuple.of(3, plausibleDecimals),
                Tuple.of(2, Arbitraries.of(
                        BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("100.0001"),
                        new BigDecimal("100000000"), new BigDecimal("0.0000000001"), new BigDecimal("1E+400"),
                        new BigDecimal("-1E+400"), new BigDecimal("1E-400"),
                        new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                        new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE))),
                // issue 15: exponents that cost seconds of arithmetic or a 500, and digit strings of any length
                Tuple.of(2, Arbitraries.of(
                        new BigDecimal("1e-10000000"), new BigDecimal("1e-1000000000"), new BigDecimal("1e1000000000"),
                        new BigDecimal("1E-2147483647"), new BigDecimal("7.12E-100000"),
                        new BigDecimal("1" + "0".repeat(5_000)), new BigDecimal("0." + "0".repeat(5_000) + "1"),
                        new BigDecimal("7." + "1".repeat(100_000)))),
                Tuple.of(1, Arbitraries.bigDecimals().ofScale(4)));
    }

    private Arbitrary<LocalDate> days() {
        LocalDate today = LocalDate.now(BureauTime.ZONE);
        Arbitrary<LocalDate> plausibleDays = Arbitraries.of(today, today.minusDays(1), today.plusDays(1),
                                                            today.minusYears(1), today.plusYears(1));
        return !extremes ? plausibleDays : Arbitraries.frequencyOf(
                Tuple.of(3, plausibleDays),
                Tuple.of(1, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(1900, 1, 1),
                                           LocalDate.of(9999, 12, 31))),
                Tuple.of(1, Arbitraries.longs().between(-400_000, 400_000).map(today::plusDays)));
    }

    private static Arbitrary<Object> orNull(Arbitrary<?> values) {
        return values.injectNull(0.15).map(Object.class::cast);
    }

    /** A record whose constructor refused the values (it checks them itself): refused before it could be sent. */
    record RefusedWhenMade(Class<?> record, InvalidInputException refusal) {
    }

    private static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
        try {
            return record.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                                                       .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException("A record without its canonical constructor: " + record, impossible);
        }
    }

    private static Object construct(Constructor<?> canonical, List<Object> arguments) {
        try {
            return canonical.newInstance(arguments.toArray());
        } catch (InvocationTargetException refused) {
            if (refused.getCause() instanceof InvalidInputException invalid) {
                return new RefusedWhenMade(canonical.getDeclaringClass(), invalid);
            }
            throw new IllegalStateException(canonical.getDeclaringClass().getSimpleName() + " refused "
                                            + arguments, refused.getCause());
        } catch (ReflectiveOperationException inaccessible) {
            throw new IllegalStateException(inaccessible);
        }
    }
}
