package org.zhaoshang.crm.notification.mail;

import org.springframework.web.util.HtmlUtils;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.wording.NoticeWording;

import java.util.List;

/** The words of an e-mail in the reader's language: plain text and HTML, each with its links back and the footer. */
final class MailText {

    private final String publicUrl;

    MailText(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String subject(Notice notice, String language) {
        return NoticeWording.title(notice.kind(), notice.params(), language);
    }

    String digestSubject(int count, String language) {
        return NoticeWording.text("mail.digest.title", language).replace("{count}", String.valueOf(count));
    }

    String plain(List<Notice> notices, String language, boolean withTitles) {
        StringBuilder text = new StringBuilder();
        for (Notice notice : notices) {
            if (withTitles) {
                text.append(subject(notice, language)).append('\n');
            }
            text.append(body(notice, language)).append('\n')
                .append(NoticeWording.text("mail.open", language)).append(": ").append(link(notice)).append("\n\n");
        }
        return text.append("--\n").append(NoticeWording.text("mail.footer", language)).append('\n').toString();
    }

    String html(List<Notice> notices, String language, boolean withTitles) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
                .append("\"><head><meta charset=\"UTF-8\"></head><body>");
        for (Notice notice : notices) {
            if (withTitles) {
                html.append("<h3>").append(escape(subject(notice, language))).append("</h3>");
            }
            html.append("<p>").append(escape(body(notice, language))).append("</p><p><a href=\"")
                .append(escape(link(notice))).append("\">").append(escape(NoticeWording.text("mail.open", language)))
                .append("</a></p>");
        }
        return html.append("<hr><p style=\"color:#666;font-size:smaller\">")
                   .append(escape(NoticeWording.text("mail.footer", language))).append("</p></body></html>")
                   .toString();
    }

    String link(Notice notice) {
        return publicUrl + notice.link();
    }

    private static String body(Notice notice, String language) {
        return NoticeWording.body(notice.kind(), notice.params(), language);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
