package org.zhaoshang.crm.importing.values;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Amounts as sheets write them: 500, 500万, 500万元, 1.2亿, 1.2億, ¥3,000万, 3000 万元人民币, USD 3m, US$3 million, HK$50
 * million, £2.5bn, 2,000万美元, 3億円, and approximately (约800万, about 8m). A bare number is in 万元 (the unit
 * bureaus' sheets use), unless the sheet is in 元 or the number too large for 万元. A foreign currency needs its rate
 * to CNY.
 */
public final class Amounts {

    /**
     * The largest number without a unit read as 万元: 1,000,000 万元 (100 亿元) is more than a district's single
     * project is (and than its desk sheets record), while in 元 it is 100 万元, a small but real one; above it a bare
     * number is taken for 元, not read 10,000 times too large.
     */
    public static final BigDecimal MAX_BARE_WAN = BigDecimal.valueOf(1_000_000);
    private static final int MAX_DIGITS = org.zhaoshang.crm.shared.api.Violations.MAX_DIGITS;
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final Pattern NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)");
    private static final Map<String, BigDecimal> UNITS_IN_WAN = Map.ofEntries(
            Map.entry("亿", WAN), Map.entry("億", WAN), Map.entry("万", BigDecimal.ONE), Map.entry("萬", BigDecimal.ONE),
            Map.entry("千", new BigDecimal("0.1")), Map.entry("billion", new BigDecimal("100000")),
            Map.entry("bn", new BigDecimal("100000")), Map.entry("b", new BigDecimal("100000")),
            Map.entry("million", new BigDecimal("100")), Map.entry("mn", new BigDecimal("100")),
            Map.entry("m", new BigDecimal("100")), Map.entry("thousand", new BigDecimal("0.1")),
            Map.entry("k", new BigDecimal("0.1")));
    /** Sorted longer spellings first: "美元" before "元", "us$" before "$". */
    private static final List<Map.Entry<String, String>> CURRENCIES = Stream.of(
            Map.entry("人民币", "CNY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("元", "CNY"),
            Map.entry("美元", "USD"), Map.entry("usd", "USD"), Map.entry("us$", "USD"),
            Map.entry("港元", "HKD"), Map.entry("港币", "HKD"), Map.entry("hkd", "HKD"), Map.entry("hk$", "HKD"),
            Map.entry("英镑", "GBP"), Map.entry("gbp", "GBP"), Map.entry("£", "GBP"),
            Map.entry("欧元", "EUR"), Map.entry("eur", "EUR"), Map.entry("€", "EUR"),
            Map.entry("日元", "JPY"), Map.entry("円", "JPY"), Map.entry("jpy", "JPY"),
            Map.entry("韩元", "KRW"), Map.entry("krw", "KRW"), Map.entry("₩", "KRW"),
            Map.entry("$", "USD"), Map.entry("¥", "CNY"))
            .map(spelling -> Map.entry(Normalizer.normalize(spelling.getKey(), Normalizer.Form.NFKC),
                                       spelling.getValue()))
            .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();

    private Amounts() {
    }

    /**
     * The amount the text gives.
     *
     * @throws IllegalArgumentException with the reason, for a text that is no amount or of a currency without a rate
     */
    public static Amount read(String text, Map<String, BigDecimal> ratesToCny) {
        return read(text, ratesToCny, false);
    }

    /**
     * The amount the text gives; approximate ones (约800万, about 8m: {@link Approximate}) as their number, said to be
     * approximate.
     *
     * @param bareNumbersInYuan a number in CNY without a unit (120000000, 120,000,000元) is in 元, not 万元
     * @throws ProbablyYuan             for such a number above {@link #MAX_BARE_WAN}, unless it is in 元
     * @throws IllegalArgumentException with the reason, for a text that is no amount or of a currency without a rate
     */
    public static Amount read(String text, Map<String, BigDecimal> ratesToCny, boolean bareNumbersInYuan) {
        Approximate typed = Approximate.read(text);
        String rest = typed.number().toLowerCase(Locale.ROOT).replace(",", "").replace("，", "").strip();
        String currency = "CNY";
        for (Map.Entry<String, String> spelling : CURRENCIES) {
            if (rest.contains(spelling.getKey())) {
                currency = spelling.getValue();
                rest = rest.replace(spelling.getKey(), " ");
                break;
            }
        }
        rest = rest.replace("元", " ").replace("币", " ").strip();
        Matcher number = NUMBER.matcher(rest);
        if (!number.find()) {
            throw new IllegalArgumentException("no number");
        }
        if (number.group(1).length() > MAX_DIGITS) {
            throw new IllegalArgumentException("more than " + MAX_DIGITS + " digits");
        }
        BigDecimal value = new BigDecimal(number.group(1));
        String unit = (rest.substring(0, number.start()) + " " + rest.substring(number.end())).strip();
        BigDecimal unitInWan = unit.isEmpty() ? BigDecimal.ONE : UNITS_IN_WAN.get(unit);
        if (unitInWan == null) {
            throw new IllegalArgumentException("unknown unit \"" + unit + "\"");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a negative amount");
        }
        BigDecimal wan = value.multiply(unitInWan).stripTrailingZeros();
        if (currency.equals("CNY")) {
            if (unit.isEmpty() && bareNumbersInYuan) {
                wan = value.movePointLeft(4).stripTrailingZeros();
            } else if (unit.isEmpty() && value.compareTo(MAX_BARE_WAN) > 0) {
                throw new ProbablyYuan(value.movePointLeft(4).stripTrailingZeros());
            }
            return new Amount(wan, "CNY", null, typed.approximate());
        }
        BigDecimal rate = ratesToCny.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("an amount in " + currency + " needs its rate to CNY");
        }
        return new Amount(wan, currency, rate, typed.approximate());
    }

    /** A number in CNY without a unit, too large to be 万元: probably 元. */
    public static final class ProbablyYuan extends IllegalArgumentException {

        private final transient BigDecimal wanIfYuan;

        ProbablyYuan(BigDecimal wanIfYuan) {
            super("too large for 万元; in 元 it is " + wanIfYuan.toPlainString() + " 万元");
            this.wanIfYuan = wanIfYuan;
        }

        /** The amount in 万元 if the number is in 元. */
        public BigDecimal wanIfYuan() {
            return wanIfYuan;
        }
    }
}
