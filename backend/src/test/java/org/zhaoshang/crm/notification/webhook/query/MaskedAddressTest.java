package org.zhaoshang.crm.notification.webhook.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A robot's address as administrators see it: host and path, never the key or token. */
class MaskedAddressTest {

    @Test
    void theKeyOrTokenShowsOnlyItsLastFourCharacters() {
        assertThat(MaskedAddress.of("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa1a2b"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=••••1a2b");
        assertThat(MaskedAddress.of("https://oapi.dingtalk.com/robot/send?access_token=9c4f2e0d51b8a7e3c6d9"))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=••••c6d9");
        assertThat(MaskedAddress.of("https://open.feishu.cn/open-apis/bot/v2/hook/2b1c9a7e-55f1-4d1c-b3a1-9f7c"))
                .isEqualTo("https://open.feishu.cn/open-apis/bot/v2/hook/••••9f7c");
    }

    @Test
    void shortValuesUserInformationAndFragmentsShowNothing() {
        assertThat(MaskedAddress.of("https://user:pass@proxy.bureau.local:8443/send?key=short&x=1#top"))
                .isEqualTo("https://proxy.bureau.local:8443/send?key=••••&x=••••");
        assertThat(MaskedAddress.of("::not a uri")).isEqualTo("••••");
    }
}
