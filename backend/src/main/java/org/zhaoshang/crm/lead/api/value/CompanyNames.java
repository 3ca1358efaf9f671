package org.zhaoshang.crm.lead.api.value;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which two spellings of one company's name meet: case, width, spaces and punctuation, and the legal
 * form (Ltd, Inc, 株式会社, 有限公司, 주식회사 …; CJK forms before or after the name) do not count.
 */
public final class CompanyNames {

    private static final List<String> LEGAL_FORMS = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "株式会社", "(株)", "（株）", "주식회사",
            "incorporated", "corporation", "limited", "company", "holdings", "gmbh", "corp", "inc", "ltd", "plc",
            "llc", "llp", "co", "ag", "sa", "kk");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,]+$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private CompanyNames() {
    }

    /** The comparison key of a name, or null when nothing of it is left. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
            for (String form : LEGAL_FORMS) {
                if (!isLatin(form) && text.startsWith(form) && text.length() > form.length()) {
                    text = text.substring(form.length()).strip();
                    stripped = true;
                }
                if (endsWithLegalForm(text, form)) {
                    text = TRAILING_PUNCTUATION.matcher(text.substring(0, text.length() - form.length()))
                                               .replaceAll("");
                    stripped = true;
                }
            }
        }
        String key = NOT_LETTER_OR_DIGIT.matcher(text).replaceAll("");
        return key.isEmpty() ? null : key;
    }

    /** A Latin legal form must stand as a word of its own ("Acco" is no "Co"); a CJK one may follow directly. */
    private static boolean endsWithLegalForm(String name, String form) {
        if (!name.endsWith(form) || name.length() == form.length()) {
            return false;
        }
        return !isLatin(form) || !Character.isLetterOrDigit(name.charAt(name.length() - form.length() - 1));
    }

    private static boolean isLatin(String form) {
        return form.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
