package org.zhaoshang.crm.report.document;

import java.util.List;

/**
 * A report laid out for either file: its title, the line saying what it is as known at, and its sections.
 *
 * @param landscape whether the page lies on its side (the dispatch's wide table)
 */
record ReportLayout(String title, String asKnown, boolean landscape, ReportLanguage language,
                    List<Section> sections) {
}
