package org.zhaoshang.crm.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.zhaoshang.crm.security.ui.AccountView;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell: one layout by {@code @Layout}, the menu from the views' {@code @Menu}, one handler for uncaught errors. */
class ShellViewsTest extends KaribuSpringTest {

    @Test
    void noViewNamesTheLayoutAndEveryMenuTitleIsATranslationKey() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> routes = scanner.findCandidateComponents("org.zhaoshang.crm").stream()
                                       .<Class<?>>map(definition -> load(definition.getBeanClassName())).toList();

        assertThat(routes).hasSizeGreaterThan(10).allSatisfy(
                route -> assertThat(route.getAnnotation(Route.class).layout()).as(route.getName()).isEqualTo(UI.class));
        assertThat(routes.stream().filter(route -> route.isAnnotationPresent(Menu.class))).hasSize(20).allSatisfy(
                route -> assertThat(Translations.first(Locale.ENGLISH, route.getAnnotation(Menu.class).title()))
                        .as(route.getName()).isPresent());
    }

    @Test
    void eachRoleSeesItsViewsInTheMenuInItsLanguage() {
        assertThat(menu("manager", Locale.ENGLISH)).containsExactly(
                "Dashboard", "Conversion", "Performance", "Leads", "Pipeline", "My work", "Data to complete",
                "Verification", "Leader's cockpit", "Key projects", "Problems", "Reports", "Light rules",
                "Import sheets", "Buildings", "Space", "Ambassadors", "My account", "Notification settings");
        assertThat(menu("staff", Locale.ENGLISH)).containsExactly(
                "Leads", "Pipeline", "My work", "Key projects", "Problems", "Reports", "Import sheets", "Buildings",
                "Space", "Ambassadors", "My account", "Notification settings");
        assertThat(menu("leader", Locale.ENGLISH)).containsExactly(
                "Leader's cockpit", "Key projects", "Problems", "Reports", "Buildings", "Space", "My account",
                "Notification settings");
        assertThat(menu("ambassador", Locale.ENGLISH)).containsExactly(
                "Leads", "Pipeline", "My work", "Ambassadors", "My account", "Notification settings");
        assertThat(menu("admin", Locale.ENGLISH)).containsExactly("Ambassadors", "Administration", "My account",
                                                             "Notification settings");
        assertThat(menu("staff", Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "线索", "项目看板", "我的工作", "重点项目", "督办问题", "调度与通报", "导入台账", "楼宇", "载体空间", "招商大使",
                "我的账号", "通知设置");
    }

    @Test
    void whatAViewDidNotCatchIsToldInTheUsersLanguageWithoutAStackTrace() {
        signIn("staff");
        open(AccountView.class, Locale.SIMPLIFIED_CHINESE);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));

        NotificationsKt.expectNotifications("操作未能完成，错误已记录。请稍后重试；如仍出现，请联系系统管理员。");
    }

    private List<String> menu(String user, Locale locale) {
        signIn(user);
        open(AccountView.class, locale);
        return LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
