package org.zhaoshang.crm.shared.api;

/**
 * Text written into a sheet someone will open in Excel or LibreOffice (exports, import reports). A cell starting with
 * {@code = + - @}, a tab or a carriage return may be taken for a formula (CSV injection, OWASP): such text gets a
 * leading single quote, which spreadsheets show as text. Numbers written as numbers are not text and stay as they are.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** {@code text} as it can be written into a cell safely; null stays null. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
