package org.zhaoshang.crm.notification.attachment;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.notification.api.Attachment;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NoticeAttachments;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.report.api.IssuedReportContent;
import org.zhaoshang.crm.report.api.ReportFormat;
import org.zhaoshang.crm.report.api.ReportIds;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.document.ReportDocuments;
import org.zhaoshang.crm.report.document.ReportFile;
import org.zhaoshang.crm.report.document.ReportLanguage;
import org.zhaoshang.crm.report.issued.IssuedContents;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A REPORT_READY notice's e-mail carries the issued report's .docx as kept when issued, cut for the reader (a leader:
 * their key projects) and in their language; nothing for a reader of no report role, another kind of notice, or a
 * report not kept.
 */
@Component
class ReportNoticeAttachments implements NoticeAttachments {

    private final IssuedContents contents;
    private final ReportDocuments documents;
    private final PeopleDirectory people;

    ReportNoticeAttachments(IssuedContents contents, ReportDocuments documents, PeopleDirectory people) {
        this.contents = contents;
        this.documents = documents;
        this.people = people;
    }

    @Override
    public Optional<Attachment> attachmentFor(Notice notice, String username, String language) {
        if (notice.kind() != NotificationKind.REPORT_READY || username == null) {
            return Optional.empty();
        }
        ReportKind kind;
        try {
            kind = ReportKind.valueOf(notice.params().getOrDefault("report", ""));
        } catch (IllegalArgumentException notAReport) {
            return Optional.empty();
        }
        String period = notice.params().get("period");
        Optional<Caller> reader = reader(username);
        if (period == null || reader.isEmpty()) {
            return Optional.empty();
        }
        ReportLanguage written = ReportLanguage.preferred(language);
        return contents.forReader(ReportIds.of(kind, period), reader.get())
                       .map(report -> file(report, written))
                       .map(file -> new Attachment(file.fileName(), file.contentType(), file.content()));
    }

    private ReportFile file(IssuedReportContent report, ReportLanguage language) {
        return report.dispatch() != null ? documents.dispatch(report.dispatch(), ReportFormat.DOCX, language)
                                         : documents.circular(report.circular(), ReportFormat.DOCX, language);
    }

    /** The reader with the report roles they hold now (whole for staff and managers, cut for leaders). */
    private Optional<Caller> reader(String username) {
        for (Role role : EnumSet.of(Role.MANAGER, Role.STAFF, Role.LEADER)) {
            if (holds(username, role)) {
                return Optional.of(Caller.user(username, Set.of(role), null));
            }
        }
        return Optional.empty();
    }

    private boolean holds(String username, Role role) {
        return people.withAnyRole(Set.of(role)).stream().map(Person::username).anyMatch(username::equals);
    }
}
