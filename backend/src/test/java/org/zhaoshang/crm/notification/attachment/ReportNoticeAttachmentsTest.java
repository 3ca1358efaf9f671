package org.zhaoshang.crm.notification.attachment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.zhaoshang.crm.EmbeddedStore;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.notification.api.Attachment;
import org.zhaoshang.crm.notification.api.Notice;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.report.ReportSamples;
import org.zhaoshang.crm.report.api.IssuedReports;
import org.zhaoshang.crm.report.api.ReportKind;
import org.zhaoshang.crm.report.document.ReportDocuments;
import org.zhaoshang.crm.report.issued.IssuedContents;
import org.zhaoshang.crm.report.issued.KeptReport;
import org.zhaoshang.crm.report.issued.KeptReports;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A REPORT_READY notice's e-mail carries the issued report's Word file as kept, in the reader's language, cut for a
 * leader to their own key projects; nothing for an ambassador, another kind of notice, or a report never issued.
 */
class ReportNoticeAttachmentsTest {

    @RegisterExtension
    static final EmbeddedStore STORE = new EmbeddedStore();
    private static final String PERIOD = ReportSamples.WEEK.toString();
    private static ReportNoticeAttachments attachments;

    @BeforeAll
    static void anIssuedDispatch() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                                              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        KeptReports kept = new KeptReports(STORE.database("attachments"));
        kept.keepIfAbsent(new KeptReport(new IssuedReports.Row("report:dispatch:" + PERIOD, ReportKind.DISPATCH,
                                                               PERIOD, Instant.now(), "system"),
                                         json.writeValueAsString(ReportSamples.dispatch()),
                                         Map.of("L-STOP", "leader-sun.hai")));
        PeopleDirectory people = new PeopleDirectory() {
            @Override
            public String nameOf(String username) {
                return username;
            }

            @Override
            public List<Person> withAnyRole(Set<Role> roles) {
                if (roles.contains(Role.MANAGER)) {
                    return List.of(new Person("manager", "王建国"));
                }
                return roles.contains(Role.LEADER) ? List.of(new Person("leader", "赵立新")) : List.of();
            }
        };
        DepartmentCatalog departments = new DepartmentCatalog() {
            @Override
            public Optional<Department> find(String code) {
                return Optional.empty();
            }

            @Override
            public List<Department> all() {
                return List.of();
            }
        };
        attachments = new ReportNoticeAttachments(new IssuedContents(kept, json),
                                                  new ReportDocuments(people, departments), people);
    }

    @Test
    void aManagerGetsTheWholeReportInChinese() throws Exception {
        Attachment file = attachments.attachmentFor(notice(ReportKind.DISPATCH, PERIOD), "manager", "zh").orElseThrow();

        assertThat(file.fileName()).isEqualTo("重点项目调度表_2026-W49.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            assertThat(document.getTables().get(0).getRows()).hasSize(4);
        }
    }

    @Test
    void aLeaderGetsTheirOwnKeyProjectsInEnglish() throws Exception {
        Attachment file = attachments.attachmentFor(notice(ReportKind.DISPATCH, PERIOD), "leader", "en").orElseThrow();

        assertThat(file.fileName()).isEqualTo("Key-projects-dispatch_2026-W49.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()))) {
            assertThat(document.getTables().get(0).getRows()).hasSize(3);
            assertThat(document.getTables().get(0).getRow(1).getCell(2).getText()).startsWith("巴克莱银行");
            assertThat(document.getTables().get(0).getRow(2).getCell(2).getText()).startsWith("Fleet Street");
        }
    }

    @Test
    void nothingForAnAmbassadorAnotherNoticeOrAReportNeverIssued() {
        assertThat(attachments.attachmentFor(notice(ReportKind.DISPATCH, PERIOD), "ambassador", "zh")).isEmpty();
        assertThat(attachments.attachmentFor(notice(ReportKind.CIRCULAR, "2026-11"), "manager", "zh")).isEmpty();
        Notice instruction = new Notice("instruction:1", NotificationKind.INSTRUCTION, "/leads/L-1",
                                        Map.of("report", "DISPATCH", "period", PERIOD), Instant.now(),
                                        Set.of("manager"), null, null);
        assertThat(attachments.attachmentFor(instruction, "manager", "zh")).isEmpty();
    }

    private static Notice notice(ReportKind kind, String period) {
        return new Notice("report:" + kind + ":" + period, NotificationKind.REPORT_READY, "/reports",
                          Map.of("report", kind.name(), "period", period), Instant.now(), Set.of("manager"), null,
                          null);
    }
}
