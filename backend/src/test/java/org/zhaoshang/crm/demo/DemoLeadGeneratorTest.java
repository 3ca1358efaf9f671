package org.zhaoshang.crm.demo;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.command.MarkLeadLostCommand;
import org.zhaoshang.crm.lead.api.command.PutLeadOnHoldCommand;
import org.zhaoshang.crm.lead.api.command.ScheduleFollowUpCommand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo leads read like a Chinese bureau's records: notes, next steps and reasons in Chinese. */
class DemoLeadGeneratorTest {

    @Test
    void notesNextStepsAndReasonsAreWrittenInChinese() {
        DemoLeadGenerator generator = new DemoLeadGenerator(20_200_601L, LocalDate.of(2026, 12, 6));
        List<String> texts = new ArrayList<>();
        for (int lead = 0; lead < 300; lead++) {
            generator.lead(lead).forEach(command -> {
                Object sent = command.command();
                if (sent instanceof LogActivityCommand activity) {
                    texts.add(activity.summary());
                } else if (sent instanceof ScheduleFollowUpCommand followUp) {
                    texts.add(followUp.nextStep());
                } else if (sent instanceof PutLeadOnHoldCommand hold) {
                    texts.add(hold.reason());
                } else if (sent instanceof MarkLeadLostCommand lost && lost.detail() != null) {
                    texts.add(lost.detail());
                }
            });
        }

        assertThat(texts).hasSizeGreaterThan(300)
                         .allSatisfy(text -> assertThat(text).matches("(?s).*\\p{IsHan}.*"));
        assertThat(texts.stream().distinct().count()).as("varied, not one phrase repeated").isGreaterThan(20);
    }
}
