package org.zhaoshang.crm.notification.wording;

import org.zhaoshang.crm.notification.api.NotificationKind;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice's title and body in Chinese or English, from {@code notification/notices*.properties}: each
 * {@code {name}} is replaced by the parameter of that name (an absent one by nothing).
 */
public final class NoticeWording {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    private NoticeWording() {
    }

    public static String title(NotificationKind kind, Map<String, String> params, String language) {
        return fill(bundle(language).getString(kind.name() + ".title"), withReportName(params, language));
    }

    public static String body(NotificationKind kind, Map<String, String> params, String language) {
        return fill(bundle(language).getString(kind.name() + ".body"), withReportName(params, language));
    }

    /** A fixed text of the bundle (e.g. {@code mail.footer}). */
    public static String text(String key, String language) {
        return bundle(language).getString(key);
    }

    private static Map<String, String> withReportName(Map<String, String> params, String language) {
        String report = params.get("report");
        if (report == null || params.containsKey("reportName")) {
            return params;
        }
        Map<String, String> named = new HashMap<>(params);
        named.put("reportName", text("report." + report, language));
        return named;
    }

    private static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return ResourceBundle.getBundle("notification/notices", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String fill(String template, Map<String, String> params) {
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(filled, Matcher.quoteReplacement(params.getOrDefault(matcher.group(1), "")));
        }
        return matcher.appendTail(filled).toString();
    }
}
