package org.zhaoshang.crm.report.document;

import org.springframework.stereotype.Component;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.DepartmentCatalog;
import org.zhaoshang.crm.report.api.Circular;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.ReportFormat;
import org.zhaoshang.crm.security.api.PeopleDirectory;

import java.util.Optional;

/**
 * The dispatch and the circular as Word or Excel files in Chinese or English, from their content as it is (the
 * caller filters it for its reader first): people by their display names, departments by their names.
 */
@Component
public class ReportDocuments {

    private final ReportNames names;

    public ReportDocuments(PeopleDirectory people, DepartmentCatalog departments) {
        this.names = new ReportNames() {
            @Override
            public String person(String username) {
                return username == null ? "" : people.nameOf(username);
            }

            @Override
            public String department(String code, String fallback, ReportLanguage language) {
                Optional<Department> department = code == null ? Optional.empty() : departments.find(code);
                if (department.isEmpty()) {
                    return fallback != null ? fallback : code == null ? "" : code;
                }
                String english = department.get().nameEn();
                return language == ReportLanguage.EN && english != null && !english.isBlank()
                       ? english : department.get().nameZh();
            }
        };
    }

    public ReportFile dispatch(Dispatch dispatch, ReportFormat format, ReportLanguage language) {
        ReportWords words = new ReportWords(language);
        return file(DispatchLayout.of(dispatch, words, names), format,
                    words.text("dispatch.file", dispatch.week().toString()));
    }

    public ReportFile circular(Circular circular, ReportFormat format, ReportLanguage language) {
        ReportWords words = new ReportWords(language);
        return file(CircularLayout.of(circular, words, names), format,
                    words.text("circular.file", circular.month().toString()));
    }

    private static ReportFile file(ReportLayout layout, ReportFormat format, String name) {
        return switch (format) {
            case DOCX -> new ReportFile(name + ".docx", ReportFile.DOCX, WordRendering.render(layout));
            case XLSX -> new ReportFile(name + ".xlsx", ReportFile.XLSX, ExcelRendering.render(layout));
            case JSON -> throw new IllegalArgumentException("the content itself is no file");
        };
    }
}
