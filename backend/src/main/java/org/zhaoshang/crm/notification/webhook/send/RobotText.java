package org.zhaoshang.crm.notification.webhook.send;

import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.wording.NoticeWording;

/**
 * What a robot says, in its language: a title, a body, the words of its link and the link back to the application.
 * Square brackets in the words become full-width ones, so that no text a user wrote (an instruction, a company's
 * name) turns into a markdown link or image in the group.
 */
record RobotText(String title, String body, String open, String link) {

    static RobotText of(Notice notice, String language, String publicUrl) {
        return new RobotText(plain(NoticeWording.title(notice.kind(), notice.params(), language)),
                             plain(NoticeWording.body(notice.kind(), notice.params(), language)),
                             NoticeWording.text("robot.open", language), join(publicUrl, notice.link()));
    }

    /** The message an administrator sends to see that the robot works. */
    static RobotText test(String robotName, String language, String publicUrl) {
        return new RobotText(plain(NoticeWording.text("robot.test.title", language)),
                             plain(NoticeWording.text("robot.test.body", language).replace("{name}", robotName)),
                             NoticeWording.text("robot.open", language), join(publicUrl, "/"));
    }

    private static String plain(String words) {
        return words.replace('[', '［').replace(']', '］');
    }

    private static String join(String publicUrl, String path) {
        return (publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl) + path;
    }
}
