package org.zhaoshang.crm.lead.api.value;

import com.ibm.icu.text.Transliterator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional Chinese characters as simplified ones (巴克萊銀行 is 巴克莱银行), by ICU's Traditional-Simplified
 * transliterator, character by character (a name's characters, not its words: enough to compare names).
 * <p>
 * ICU's transliterators may be shared by threads (their rules are read under a lock of their own), but a call costs
 * about 0.1-0.2 ms even for a short name and threads would wait on that lock: each character is transliterated once
 * and remembered, which bounds the memory by the Han characters there are (those names use: a few thousand).
 * <p>
 * ICU's rules leave a few variant characters as they are that Hong Kong and Taiwan names use: those are mapped here
 * (滙 of 滙豐, HSBC, is 汇 as 匯 is).
 */
public final class ChineseScripts {

    private static final Transliterator TRADITIONAL_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
    /** Variants ICU 79's Traditional-Simplified leaves unchanged (checked there), with their simplified character. */
    private static final Map<Integer, String> VARIANTS = Map.of(
            (int) '滙', "汇", (int) '衞', "卫", (int) '峯', "峰", (int) '麪', "面", (int) '嶽', "岳", (int) '祇', "只",
            (int) '衹', "只");

    private ChineseScripts() {
    }

    /** The text with each traditional character as its simplified one; every other character as it is. */
    public static String simplified(String text) {
        StringBuilder simplified = null;
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            if (isHan(codePoint)) {
                String character = SIMPLIFIED.computeIfAbsent(codePoint, ChineseScripts::simplify);
                if (simplified == null && !character.equals(text.substring(at, next))) {
                    simplified = new StringBuilder(text.length()).append(text, 0, at);
                }
                if (simplified != null) {
                    simplified.append(character);
                }
            } else if (simplified != null) {
                simplified.appendCodePoint(codePoint);
            }
            at = next;
        }
        return simplified == null ? text : simplified.toString();
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String simplify(int codePoint) {
        String variant = VARIANTS.get(codePoint);
        return variant != null ? variant : TRADITIONAL_SIMPLIFIED.transliterate(Character.toString(codePoint));
    }
}
