package org.zhaoshang.crm.lead.api.value;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which two spellings of one company's name meet: case, width (full-width ＡＢＣ１ is abc1), spaces and
 * punctuation, traditional or simplified characters (巴克莱銀行 is 巴克莱银行, by {@link ChineseScripts}), and the legal
 * form (Ltd, Inc, 株式会社, 有限公司, 有限責任公司, 주식회사 …; CJK forms before or after the name) do not count.
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
        return key(name, true);
    }

    /**
     * The key as it was before traditional and simplified characters met (issue 18): 巴克莱銀行 and 巴克莱银行 apart.
     * Only for what was derived from it and stored: the ids of leads imported before.
     */
    public static String keyKeepingScript(String name) {
        return key(name, false);
    }

    private static String key(String name, boolean simplified) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String text = simplified ? ChineseScripts.simplified(folded) : folded;
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
