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
 * million, £2.5bn, 2,000万美元, 3億円. A bare number is in 万元 (the unit bureaus' sheets use). A foreign currency
 * needs its rate to CNY.
 */
public final class Amounts {

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
        String rest = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace(",", "")
                                .replace("，", "").strip();
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
            return new Amount(wan, "CNY", null);
        }
        BigDecimal rate = ratesToCny.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("an amount in " + currency + " needs its rate to CNY");
        }
        return new Amount(wan, currency, rate);
    }
}
