package org.zhaoshang.crm.importing.values;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A figure as typed, without the words that say it is approximate: 约800万, 800万左右, 800余万, 800多万, 近800万,
 * 逾800万, 800万以上, about 8m, approx. 8m, around 8m, ~8m, ≈800万, 8m+.
 *
 * @param number      the text without those words (full-width forms made half-width)
 * @param approximate whether the text had any
 */
public record Approximate(String number, boolean approximate) {

    private static final Pattern CHINESE = Pattern.compile("大约|大概|约合|约为|将近|接近|超过|左右|上下|以上|出头|[约近逾超余多来]");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![a-z])(approximately|approx\\.?|about|around|circa|roughly|nearly|almost|more than|or so|some|over"
            + "|plus)(?![a-z])|^\\s*ca?\\.|[~≈]|\\+\\s*$", Pattern.CASE_INSENSITIVE);

    public static Approximate read(String text) {
        String typed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String number = ENGLISH.matcher(CHINESE.matcher(typed).replaceAll("")).replaceAll("").strip();
        return new Approximate(number, !number.equals(typed.strip()));
    }
}
