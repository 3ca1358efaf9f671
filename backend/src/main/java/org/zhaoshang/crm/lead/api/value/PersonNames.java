package org.zhaoshang.crm.lead.api.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a name written in one line into family and given name, by the rules of its script: Chinese, Japanese and
 * Korean names put the family name first, with or without a space; Western names put it last unless a comma or
 * capitals mark it ("Smith, Alice", "TANAKA Yuki"); romanised East Asian names are told by their surname
 * ("Tanaka Yuki", "Kim Minji", "Wong Ka Wai"). What the rules cannot split stays whole as the family name.
 * Stored contact events of revision 1 are read through these rules: a changed rule changes how they read after the
 * next rebuild, so change one only to mend a wrong split.
 */
public final class PersonNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}+");
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    private static final Set<String> CHINESE_COMPOUND_SURNAMES = Set.of(
            "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "公孙", "慕容",
            "夏侯", "令狐", "长孙", "宇文", "司徒", "端木", "轩辕", "南宫", "西门");
    /** Common Japanese surnames in kanji (and their simplified forms), told from a Chinese surname and given name. */
    private static final Set<String> JAPANESE_SURNAMES = Set.of(
            "佐藤", "鈴木", "铃木", "高橋", "高桥", "田中", "伊藤", "渡辺", "渡边", "山本", "中村", "小林", "加藤",
            "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "森田", "池田", "橋本", "桥本");
    private static final Set<String> KOREAN_COMPOUND_SURNAMES = Set.of("남궁", "황보", "제갈", "선우", "독고", "사공",
                                                                         "서문");
    /** Common surnames of Chinese (pinyin, Cantonese), Japanese and Korean names written in Latin letters. */
    private static final Set<String> ROMANISED_EAST_ASIAN_SURNAMES = Set.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "zhu", "hu",
            "guo", "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng",
            "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "ye", "wei", "shen",
            "wong", "chan", "cheung", "leung", "lau", "ho", "ng", "lam", "tsang", "chow", "yeung", "lai", "cheng",
            "chu", "kwok", "kwan", "tse", "fung", "mak", "yip", "tam", "siu", "poon",
            "sato", "suzuki", "takahashi", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
            "yoshida", "yamada", "sasaki", "yamaguchi", "matsumoto", "inoue", "kimura", "hayashi", "shimizu",
            "yamazaki", "ikeda", "hashimoto", "ishikawa", "ogawa", "okada", "maeda", "fujita", "goto", "murakami",
            "kim", "lee", "yi", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "oh",
            "seo", "shin", "kwon", "hwang", "ahn", "song", "hong", "jeon", "moon", "bae", "baek", "nam");
    /** Written in lower case, these belong to the family name that follows: van Gogh, de la Cruz, von Trapp. */
    private static final Set<String> FAMILY_NAME_PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos", "das", "ter", "ten",
            "bin", "al");

    private PersonNames() {
    }

    /** The parts of a name written in one line; both null when nothing is written. */
    public static PersonName split(String written) {
        if (written == null || written.isBlank()) {
            return new PersonName(null, null);
        }
        String name = SPACES.matcher(written.strip()).replaceAll(" ");
        int comma = name.indexOf(',');
        if (comma > 0 && comma < name.length() - 1) {
            return new PersonName(name.substring(0, comma).strip(), name.substring(comma + 1).strip());
        }
        String[] words = name.split(" ");
        if (PersonName.inEastAsianScript(name)) {
            return eastAsian(name, words);
        }
        return words.length == 1 ? whole(name) : western(words);
    }

    private static PersonName eastAsian(String name, String[] words) {
        if (words.length == 2) {
            return new PersonName(words[0], words[1]);
        }
        int family = words.length == 1 ? familyNameLength(name) : 0;
        return family == 0 ? whole(name) : new PersonName(name.substring(0, family), name.substring(family));
    }

    /** How many characters of a name written without a space are the family name; 0 when the rules cannot tell. */
    private static int familyNameLength(String name) {
        if (name.length() >= 3) {
            for (String surname : JAPANESE_SURNAMES) {
                if (name.startsWith(surname) && name.length() > surname.length()) {
                    return surname.length();
                }
            }
        }
        Set<String> compounds = HAN.matcher(name).matches() ? CHINESE_COMPOUND_SURNAMES
                : HANGUL.matcher(name).matches() ? KOREAN_COMPOUND_SURNAMES : null;
        if (compounds == null || name.length() > 4) {
            return 0;
        }
        if (name.length() >= 3 && compounds.contains(name.substring(0, 2))) {
            return 2;
        }
        return name.length() <= 3 ? 1 : 0;
    }

    private static PersonName western(String[] words) {
        int marked = onlyCapitalisedWord(words);
        if (marked >= 0) {
            List<String> given = new ArrayList<>(List.of(words));
            return new PersonName(given.remove(marked), String.join(" ", given));
        }
        if (isEastAsianSurname(words[0]) && !isEastAsianSurname(words[words.length - 1])) {
            return new PersonName(words[0], joined(words, 1, words.length));
        }
        int family = words.length - 1;
        while (family > 0 && FAMILY_NAME_PARTICLES.contains(words[family - 1])) {
            family--;
        }
        return family == 0 ? whole(String.join(" ", words))
                           : new PersonName(joined(words, family, words.length), joined(words, 0, family));
    }

    /** The index of the one word in capitals (TANAKA Yuki), or -1 when none or several are. */
    private static int onlyCapitalisedWord(String[] words) {
        int found = -1;
        for (int i = 0; i < words.length; i++) {
            if (CAPITALS.matcher(words[i]).matches()) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static boolean isEastAsianSurname(String word) {
        return ROMANISED_EAST_ASIAN_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String joined(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    private static PersonName whole(String name) {
        return new PersonName(name, null);
    }
}
