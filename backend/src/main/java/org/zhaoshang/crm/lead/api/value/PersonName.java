package org.zhaoshang.crm.lead.api.value;

import java.util.regex.Pattern;

/** A person's name in its two parts; Chinese, Japanese and Korean put the family name first, Western names last. */
public record PersonName(String familyName, String givenName) {

    private static final Pattern EAST_ASIAN_SCRIPT =
            Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    /** The name as written in one line: 田中裕子, 김민지, Yuki Tanaka. */
    public String written() {
        if (familyName == null || givenName == null) {
            return familyName == null ? givenName : familyName;
        }
        if (!inEastAsianScript(familyName) && !inEastAsianScript(givenName)) {
            return givenName + " " + familyName;
        }
        return inEastAsianScript(familyName) && inEastAsianScript(givenName) ? familyName + givenName
                                                                              : familyName + " " + givenName;
    }

    static boolean inEastAsianScript(String text) {
        return EAST_ASIAN_SCRIPT.matcher(text).find();
    }
}
