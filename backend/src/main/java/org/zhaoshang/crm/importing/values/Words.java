package org.zhaoshang.crm.importing.values;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text read as one of a few values, by the words people write for them in Chinese and English. A text is the
 * value whose word it equals (case, width, spaces and punctuation aside), else the value whose longest word it
 * contains ("伦敦金融城" is London; Latin words of fewer than 4 letters only whole); a text matching none is no
 * value.
 */
public final class Words<V> {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Map.Entry<String, V>> words = new ArrayList<>();

    /** Every word of every value; a word is written as people write it. */
    @SafeVarargs
    public static <V> Words<V> of(Map.Entry<V, List<String>>... values) {
        Words<V> table = new Words<>();
        for (Map.Entry<V, List<String>> value : values) {
            for (String word : value.getValue()) {
                table.words.add(Map.entry(key(word), value.getKey()));
            }
        }
        table.words.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return table;
    }

    public Optional<V> read(String text) {
        return find(text).map(Map.Entry::getValue);
    }

    /** The word (as a {@link #key}) the text is read by, and its value. */
    Optional<Map.Entry<String, V>> find(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, V> word : words) {
            if (word.getKey().equals(key)) {
                return Optional.of(word);
            }
        }
        for (Map.Entry<String, V> word : words) {
            if (containable(word.getKey()) && key.contains(word.getKey())) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** "hk" inside "thkd" or "uk" inside "fukuoka" means nothing: short Latin words count only whole. */
    private static boolean containable(String word) {
        boolean latin = word.chars().allMatch(c -> c < 0x2E80);
        return word.length() >= (latin ? 4 : 2);
    }

    static String key(String text) {
        if (text == null) {
            return "";
        }
        return NOT_LETTER_OR_DIGIT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                                  .replaceAll("");
    }
}
