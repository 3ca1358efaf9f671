package org.zhaoshang.crm.report.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.report.api.Dispatch;
import org.zhaoshang.crm.report.api.IsoWeek;
import org.zhaoshang.crm.security.ui.AccessDeniedView;
import org.zhaoshang.crm.security.ui.AccountView;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class ReportsViewTest extends KaribuSpringTest {

    private static final LocalDate TODAY = LocalDate.now(BureauTime.ZONE);

    @Test
    void aManagerReadsTheWeeksDispatchInWordsWithItsDownloadsAndStepsBackAWeek() {
        signIn("manager");
        ReportsView view = open(ReportsView.class, Locale.SIMPLIFIED_CHINESE);

        IsoWeek week = IsoWeek.of(TODAY);
        assertThat(view.dispatch.week.label.getText()).as("this week so far first").isEqualTo(
                week.year() + "年第" + week.week() + "周（" + week.firstDay().getMonthValue() + "月"
                + week.firstDay().getDayOfMonth() + "日—" + week.lastDay().getMonthValue() + "月"
                + week.lastDay().getDayOfMonth() + "日）（截至今日）");
        assertThat(view.dispatch.week.next.isEnabled()).as("no week after this one").isFalse();
        assertThat(view.dispatch.downloads.docx.getHref())
                .isEqualTo("api/reports/dispatch?week=" + week + "&format=docx&lang=zh");
        assertThat(view.dispatch.downloads.xlsx.getHref())
                .isEqualTo("api/reports/dispatch?week=" + week + "&format=xlsx&lang=zh");
        String shown = view.dispatch.content.getElement().getTextRecursively();
        assertThat(shown).doesNotContain("report.", "stage.");
        view.dispatch.rows().stream().findFirst().ifPresent(first -> assertThat(shown).contains(
                first.company(), first.leaderName(), first.departmentName(),
                view.getTranslation("supervision.light." + first.light().name())));

        _click(view.dispatch.week.previous);
        assertThat(view.dispatch.shown.week()).isEqualTo(week.previous());
        assertThat(view.dispatch.week.next.isEnabled()).isTrue();
        assertThat(view.dispatch.downloads.docx.getHref()).contains("week=" + week.previous());

        view.dispatch.withLate.setValue(true);
        assertThat(view.dispatch.downloads.docx.getHref()).endsWith("&withLate=true");
        assertThat(view.dispatch.content.getElement().getTextRecursively()).contains("补录事项");
    }

    @Test
    void theCircularShowsItsSectionsInEnglishWithRatesAsPercentages() {
        signIn("manager");
        ReportsView view = open(ReportsView.class, Locale.ENGLISH);

        view.tabs.setSelectedTab(view.circularTab);

        YearMonth month = YearMonth.from(TODAY);
        assertThat(view.circular.month.label.getText())
                .isEqualTo(month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                           + month.getYear() + " (so far)");
        assertThat(view.circular.downloads.xlsx.getHref())
                .isEqualTo("api/reports/circular?month=" + month + "&format=xlsx&lang=en");
        assertThat(view.circular.content.getElement().getTextRecursively())
                .contains("Signings and investment against the year's targets", "Performance rates of signed projects",
                          "The funnel's movement in the month by market", "Red projects", "Red-card problems",
                          "Rankings", "Staff (by signings)", "Registration")
                .doesNotContain("report.", "performance.rate.");
    }

    @Test
    void aLeaderReadsOnlyTheRowsOfTheProjectsTheyAnswerFor() {
        signIn("manager");
        ReportsView all = open(ReportsView.class, Locale.ENGLISH);
        assertThat(all.issued.kind.isVisible()).as("managers issue reports").isTrue();

        signIn("leader");
        ReportsView own = open(ReportsView.class, Locale.ENGLISH);
        assertThat(own.dispatch.rows()).allSatisfy(row -> assertThat(row.leader()).isEqualTo("leader"));
        assertThat(own.issued.kind.getParent()).as("only managers issue reports").isEmpty();
    }

    @Test
    void ambassadorsNeitherReachTheReportsNorSeeThemInTheMenu() {
        signIn("ambassador");
        UI.getCurrent().navigate(ReportsView.class);
        assertThat(_find(ReportsView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        open(AccountView.class, Locale.ENGLISH);
        assertThat(LocatorJ._find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Reports");
    }

    @Test
    void aManagerIssuesAReportByHandAndABadPeriodIsSaidAtItsField() {
        signIn("manager");
        ReportsView view = open(ReportsView.class, Locale.ENGLISH);
        view.tabs.setSelectedTab(view.issuedTab);

        view.issued.period.setValue("2026-W99");
        _click(view.issued.issue);
        assertThat(view.issued.period.isInvalid()).isTrue();

        // the week before last: the schedule issues only the latest finished week (on a Monday, before this test)
        String weekBeforeLast = IsoWeek.of(TODAY).previous().previous().toString();
        view.issued.period.setValue(weekBeforeLast);
        _click(view.issued.issue);
        assertThat(view.issued.period.isInvalid()).isFalse();
        assertThat(view.issued.shown).anySatisfy(row -> assertThat(row.period()).isEqualTo(weekBeforeLast));
        assertThat(view.issued.list.getElement().getTextRecursively()).contains("Weekly dispatch of key projects",
                                                                                "王建国");
    }
}
