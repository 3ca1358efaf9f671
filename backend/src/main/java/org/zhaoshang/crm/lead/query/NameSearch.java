package org.zhaoshang.crm.lead.query;

import com.ibm.icu.text.Transliterator;
import org.zhaoshang.crm.lead.api.value.ChineseScripts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The rules by which the lead list's text search matches a company's or a contact's name, as Chinese users type.
 * Names and the query are compared in one form: compatibility forms folded (full-width ＡＢＣ１ is ABC1), lower case,
 * traditional characters as simplified (巴克萊 is 巴克莱), runs of white space as one space. A name then matches
 * <ul>
 *     <li>when it contains the query, or</li>
 *     <li>when the query, without its spaces and apostrophes, is all Latin letters and spells characters of the name
 *     in a row by their pinyin, each character by its whole reading or any beginning of it: 巴克莱 by {@code bakelai},
 *     {@code ba ke lai}, {@code bkl}, {@code bakel} (while typing), {@code kelai}, {@code bkelai}. A character with
 *     ü is spelled u or v (吕 lu, lv).</li>
 * </ul>
 * A character's readings are ICU's Han-Latin reading of it alone, and for a few characters common in company and
 * place names that ICU reads otherwise alone, their other reading too (银行 yinhang, 长沙 changsha). ICU reads a
 * character alone, not in its word, so any other character that has two readings is found by ICU's one only.
 * <p>
 * The lead list's index finds candidates by {@link #grams}: every name matching a query has all the query's
 * {@link #queryGrams}, so only leads holding all of them are tested with {@link #matches}.
 */
final class NameSearch {

    /** Grams of a name: a character, two characters in a row; of pinyin: a letter, two letters in a row. */
    private static final long TEXT_CHAR = 1L << 32;
    private static final long TEXT_PAIR = 2L << 32;
    private static final long PINYIN_LETTER = 3L << 32;
    private static final long PINYIN_PAIR = 4L << 32;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern SPELLING_MARKS = Pattern.compile("[\\s']");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final String[] NO_READINGS = {};

    /** Other readings of characters frequent in company and place names, where ICU reads the character alone otherwise. */
    private static final Map<Integer, List<String>> OTHER_READINGS = Map.ofEntries(
            Map.entry((int) '行', List.of("hang")), Map.entry((int) '长', List.of("chang")),
            Map.entry((int) '重', List.of("chong")), Map.entry((int) '厦', List.of("xia")),
            Map.entry((int) '都', List.of("du")), Map.entry((int) '乐', List.of("yue")),
            Map.entry((int) '朝', List.of("zhao")), Map.entry((int) '曾', List.of("zeng")),
            Map.entry((int) '单', List.of("shan")), Map.entry((int) '藏', List.of("zang")),
            Map.entry((int) '会', List.of("kuai")), Map.entry((int) '调', List.of("tiao")),
            Map.entry((int) '查', List.of("zha")), Map.entry((int) '解', List.of("xie")),
            Map.entry((int) '传', List.of("zhuan")), Map.entry((int) '区', List.of("ou")),
            Map.entry((int) '朴', List.of("piao")), Map.entry((int) '蚌', List.of("beng")),
            Map.entry((int) '六', List.of("lu")), Map.entry((int) '参', List.of("shen")));

    /* ICU's transliterators take about 0.1-0.2 ms a call, even on a short name: each character is transliterated
       once, under a lock (queries run concurrently), and remembered (the few thousand characters names use). Traditional
       characters are read as simplified ones by ChineseScripts, as the names' keys for duplicates are. */
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin");
    private static final Map<Integer, String[]> READINGS = new ConcurrentHashMap<>();

    private NameSearch() {
    }

    /** A query as typed, in the names' form; {@code letters} is its pinyin spelling, or null when it cannot be one. */
    record Query(String text, String letters) {
    }

    static Query query(String typed) {
        String text = fold(typed);
        String letters = SPELLING_MARKS.matcher(text).replaceAll("");
        return new Query(text, LETTERS.matcher(letters).matches() ? letters : null);
    }

    /** The names in the form they are searched in, one a line: computed once when a lead's names change. */
    static String key(List<String> names) {
        return String.join("\n", names.stream().filter(name -> name != null).map(NameSearch::fold).toList());
    }

    static boolean matches(String key, Query query) {
        return key.contains(query.text()) || query.letters() != null && spells(key, query.letters());
    }

    /** Whether the letters spell characters of the key in a row, each by a reading or a beginning of one. */
    static boolean spells(String key, String letters) {
        for (int start = 0; start < key.length(); start = key.offsetByCodePoints(start, 1)) {
            BitSet spelled = new BitSet();
            spelled.set(0);
            for (int at = start; at < key.length() && !spelled.isEmpty(); at = key.offsetByCodePoints(at, 1)) {
                String[] readings = readings(key.codePointAt(at));
                BitSet next = new BitSet();
                for (int from = spelled.nextSetBit(0); from >= 0; from = spelled.nextSetBit(from + 1)) {
                    for (String reading : readings) {
                        int common = commonPrefix(reading, letters, from);
                        if (common > 0) {
                            next.set(from + 1, from + common + 1);
                        }
                    }
                }
                if (next.get(letters.length())) {
                    return true;
                }
                spelled = next;
            }
        }
        return false;
    }

    /** Every gram of a key, each once or more. */
    static void grams(String key, LongConsumer grams) {
        for (int at = 0; at < key.length(); at++) {
            char c = key.charAt(at);
            if (c == '\n') {
                continue;
            }
            grams.accept(TEXT_CHAR | c);
            if (at + 1 < key.length() && key.charAt(at + 1) != '\n') {
                grams.accept(pair(TEXT_PAIR, c, key.charAt(at + 1)));
            }
        }
        String[] previous = NO_READINGS;
        for (int at = 0; at < key.length(); at = key.offsetByCodePoints(at, 1)) {
            String[] readings = readings(key.codePointAt(at));
            for (String reading : readings) {
                grams.accept(PINYIN_LETTER | reading.charAt(0));
                for (int letter = 0; letter + 1 < reading.length(); letter++) {
                    grams.accept(pair(PINYIN_PAIR, reading.charAt(letter), reading.charAt(letter + 1)));
                }
                // a reading spelled in part, then the next character by its first letter
                for (String before : previous) {
                    for (int letter = 0; letter < before.length(); letter++) {
                        grams.accept(pair(PINYIN_PAIR, before.charAt(letter), reading.charAt(0)));
                    }
                }
            }
            previous = readings;
        }
    }

    /** The grams every key matching the query has: of its text, and of its pinyin spelling if it has one. */
    static long[] queryGrams(String text, boolean pinyin) {
        long one = pinyin ? PINYIN_LETTER : TEXT_CHAR;
        long two = pinyin ? PINYIN_PAIR : TEXT_PAIR;
        if (text.length() == 1) {
            return new long[] {one | text.charAt(0)};
        }
        long[] grams = new long[text.length() - 1];
        for (int at = 0; at + 1 < text.length(); at++) {
            grams[at] = pair(two, text.charAt(at), text.charAt(at + 1));
        }
        return Arrays.stream(grams).distinct().toArray();
    }

    private static long pair(long kind, char first, char second) {
        return kind | (long) first << 16 | second;
    }

    private static int commonPrefix(String reading, String letters, int from) {
        int common = 0;
        while (common < reading.length() && from + common < letters.length()
               && reading.charAt(common) == letters.charAt(from + common)) {
            common++;
        }
        return common;
    }

    static String fold(String text) {
        String folded = ChineseScripts.simplified(Normalizer.normalize(text, Normalizer.Form.NFKC)
                                                            .toLowerCase(Locale.ROOT));
        return WHITE_SPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** The character's pinyin readings, without tones, or none when it is not a Chinese character. */
    static String[] readings(int codePoint) {
        return isHan(codePoint) ? READINGS.computeIfAbsent(codePoint, NameSearch::read) : NO_READINGS;
    }

    private static boolean isHan(int codePoint) {
        return ChineseScripts.isHan(codePoint);
    }

    private static String[] read(int codePoint) {
        String latin;
        synchronized (HAN_LATIN) {
            latin = HAN_LATIN.transliterate(Character.toString(codePoint));
        }
        List<String> readings = new ArrayList<>();
        String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("")
                            .toLowerCase(Locale.ROOT).strip();
        if (LETTERS.matcher(plain).matches()) {
            readings.add(plain);
            if (Normalizer.normalize(latin, Normalizer.Form.NFD).contains("u\u0308")) {
                readings.add(plain.replace('u', 'v'));
            }
        }
        OTHER_READINGS.getOrDefault(codePoint, List.of()).stream().filter(reading -> !readings.contains(reading))
                      .forEach(readings::add);
        return readings.toArray(String[]::new);
    }
}
