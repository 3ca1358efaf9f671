package org.zhaoshang.crm.notification.webhook.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhaoshang.crm.lead.api.value.SourceMarket;
import org.zhaoshang.crm.notification.api.DefineWebhookCommand;
import org.zhaoshang.crm.notification.api.NotificationKind;
import org.zhaoshang.crm.notification.api.RemoveWebhookCommand;
import org.zhaoshang.crm.notification.api.WebhookDefinedEvent;
import org.zhaoshang.crm.notification.api.WebhookPlatform;
import org.zhaoshang.crm.notification.api.WebhookRemovedEvent;
import org.zhaoshang.crm.security.api.ActiveDepartments;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.NotPermittedException;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.shared.api.NotFoundException;

import java.util.Map;
import java.util.Set;

/**
 * The group robots' rules: administrators alone keep them; https on the platform's own host; a change that leaves the
 * address or the secret out keeps them; a removed robot stays removed.
 */
class GroupWebhookTest {

    private static final Map<String, ?> ADMIN = Caller.user("admin", Set.of(Role.ADMIN), null).toMetaData();
    private static final String DING = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef";
    private static final WebhookDefinedEvent DEFINED = new WebhookDefinedEvent(
            "ops", "招商一处群", WebhookPlatform.DINGTALK, DING, "SECabc123", "dept-fgj", null,
            Set.of(NotificationKind.RED_LIGHT), "zh", "admin");

    private AggregateTestFixture<GroupWebhook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(GroupWebhook.class);
        fixture.registerInjectableResource(new WebhookAddresses(false, false));
        fixture.registerInjectableResource((ActiveDepartments) code -> code.equals("dept-fgj"));
    }

    private static DefineWebhookCommand define(WebhookPlatform platform, String url, String secret) {
        return new DefineWebhookCommand("ops", " 招商一处群 ", platform, url, secret, "dept-fgj", null,
                                        Set.of(NotificationKind.RED_LIGHT), "zh");
    }

    private ResultValidator<GroupWebhook> refused(DefineWebhookCommand command, String field, String rule) {
        return fixture.givenNoPriorActivity().when(command, ADMIN)
                      .expectException(new CustomTypeSafeMatcher<InvalidInputException>(field + " " + rule) {
                          @Override
                          protected boolean matchesSafely(InvalidInputException refusal) {
                              return refusal.violations().stream().anyMatch(
                                      violation -> violation.field().equals(field) && violation.rule().equals(rule));
                          }
                      })
                      .expectNoEvents();
    }

    @Test
    void anAdministratorDefinesARobotWithItsNameStripped() {
        fixture.givenNoPriorActivity().when(define(WebhookPlatform.DINGTALK, DING, "SECabc123"), ADMIN)
               .expectEvents(DEFINED);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"STAFF", "MANAGER", "AMBASSADOR", "LEADER"})
    void nobodyButAnAdministratorKeepsTheRobots(Role role) {
        Map<String, ?> other = Caller.user("someone", Set.of(role), role == Role.AMBASSADOR ? "amb-7" : null)
                                     .toMetaData();
        fixture.givenNoPriorActivity().when(define(WebhookPlatform.DINGTALK, DING, null), other)
               .expectException(NotPermittedException.class).expectNoEvents();
        fixture.given(DEFINED).when(new RemoveWebhookCommand("ops"), other)
               .expectException(NotPermittedException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(new RemoveWebhookCommand("ops"), other)
               .expectException(NotPermittedException.class).expectNoEvents();
    }

    @Test
    void aChangeThatLeavesOutTheAddressAndSecretKeepsThemAndAnEmptySecretDropsIt() {
        fixture.given(DEFINED)
               .when(new DefineWebhookCommand("ops", "招商一处群", WebhookPlatform.DINGTALK, null, null, null,
                                              SourceMarket.LONDON, Set.of(NotificationKind.INSTRUCTION), "en"), ADMIN)
               .expectEvents(new WebhookDefinedEvent("ops", "招商一处群", WebhookPlatform.DINGTALK, DING, "SECabc123",
                                                     null, SourceMarket.LONDON, Set.of(NotificationKind.INSTRUCTION),
                                                     "en", "admin"));
        fixture.given(DEFINED).when(define(WebhookPlatform.DINGTALK, null, ""), ADMIN)
               .expectEvents(new WebhookDefinedEvent("ops", "招商一处群", WebhookPlatform.DINGTALK, DING, null,
                                                     "dept-fgj", null, Set.of(NotificationKind.RED_LIGHT), "zh",
                                                     "admin"));
    }

    @Test
    void aNewRobotNeedsItsAddress() {
        refused(define(WebhookPlatform.DINGTALK, null, null), "url", "required");
    }

    @Test
    void onlyHttpsOnThePlatformsOwnHost() {
        refused(define(WebhookPlatform.DINGTALK, "http://oapi.dingtalk.com/robot/send?access_token=x", null),
                "url", "https");
        refused(define(WebhookPlatform.WECOM, DING, null), "url", "platform-host");
        refused(define(WebhookPlatform.FEISHU, "https://open.feishu.cn.evil.example/open-apis/bot/v2/hook/x", null),
                "url", "platform-host");
        refused(define(WebhookPlatform.FEISHU, "not a url", null), "url", "url");
        refused(define(WebhookPlatform.DINGTALK, "https://user:pw@oapi.dingtalk.com/robot/send?access_token=x", null),
                "url", "url");
        refused(define(WebhookPlatform.DINGTALK, DING + "#top", null), "url", "url");
        refused(define(WebhookPlatform.DINGTALK, DING + "x".repeat(1_000), null), "url", "max-length");
        fixture.givenNoPriorActivity()
               .when(define(WebhookPlatform.FEISHU, "https://open.larksuite.com/open-apis/bot/v2/hook/abc", null),
                     ADMIN)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSettingsLetATestServerOrAProxyIn() {
        fixture = new AggregateTestFixture<>(GroupWebhook.class);
        fixture.registerInjectableResource(new WebhookAddresses(true, true));
        fixture.registerInjectableResource((ActiveDepartments) code -> code.equals("dept-fgj"));
        fixture.givenNoPriorActivity()
               .when(define(WebhookPlatform.WECOM, "http://127.0.0.1:8099/cgi-bin/webhook/send?key=k", null), ADMIN)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        refused(new DefineWebhookCommand("ops", " ", WebhookPlatform.WECOM, DING, null, null, null,
                                         Set.of(NotificationKind.RED_LIGHT), "zh"), "name", "required");
        refused(new DefineWebhookCommand("ops", "x".repeat(201), WebhookPlatform.WECOM, DING, null, null, null,
                                         Set.of(NotificationKind.RED_LIGHT), "zh"), "name", "max-length");
        refused(new DefineWebhookCommand("ops", "群", null, DING, null, null, null,
                                         Set.of(NotificationKind.RED_LIGHT), "zh"), "platform", "required");
        refused(new DefineWebhookCommand("ops", "群", WebhookPlatform.DINGTALK, DING, null, null, null,
                                         Set.of(), "zh"), "kinds", "required");
        refused(new DefineWebhookCommand("ops", "群", WebhookPlatform.DINGTALK, DING, null, null, null,
                                         Set.of(NotificationKind.RED_LIGHT), "fr"), "language", "one-of");
        refused(new DefineWebhookCommand("ops", "群", WebhookPlatform.DINGTALK, DING, null, "dept-gone", null,
                                         Set.of(NotificationKind.RED_LIGHT), "zh"), "department", "unknown-department");
        refused(define(WebhookPlatform.WECOM, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "s"),
                "secret", "unsigned");
    }

    @Test
    void anIdIsAnIdentifier() {
        refused(new DefineWebhookCommand("o p/s", "群", WebhookPlatform.DINGTALK, DING, null, null, null,
                                         Set.of(NotificationKind.RED_LIGHT), "zh"), "webhookId", "identifier");
    }

    @Test
    void aRemovedRobotStaysRemoved() {
        fixture.given(DEFINED).when(new RemoveWebhookCommand("ops"), ADMIN)
               .expectEvents(new WebhookRemovedEvent("ops", "admin"));
        fixture.givenNoPriorActivity().when(new RemoveWebhookCommand("ops"), ADMIN)
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(DEFINED, new WebhookRemovedEvent("ops", "admin")).when(new RemoveWebhookCommand("ops"), ADMIN)
               .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(DEFINED, new WebhookRemovedEvent("ops", "admin"))
               .when(define(WebhookPlatform.DINGTALK, DING, null), ADMIN)
               .expectException(InvalidInputException.class).expectNoEvents();
    }
}
