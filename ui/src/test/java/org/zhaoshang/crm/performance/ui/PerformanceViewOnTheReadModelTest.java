package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.performance.api.FindPerformanceQuery;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.performance.api.StuckList;
import org.zhaoshang.crm.ui.KaribuSpringTest;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The performance view on the real read model of the demo store: it shows what the read model answers. */
class PerformanceViewOnTheReadModelTest extends KaribuSpringTest {

    @Autowired
    private QueryGateway queries;

    @Test
    void theViewShowsTheReadModelsAnswerForEveryYear() {
        signIn("manager");
        PerformanceView view = open(PerformanceView.class, Locale.ENGLISH);
        _setValue(view.dimension, ConversionDimension.ALL);
        _setValue(view.year, null);

        PerformanceReport report = queries.query(new FindPerformanceQuery(null, ConversionDimension.ALL, null,
                                                                          Knowledge.AS_KNOWN_NOW),
                                                 ResponseTypes.instanceOf(PerformanceReport.class)).join();
        PerformanceReport.Row all = report.rows().get(0);
        assertThat(view.empty.isVisible()).isEqualTo(all.projects() == 0);
        if (all.projects() > 0) {
            assertThat(view.rates.cards.getElement().getTextRecursively()).startsWith("All · ");
            assertThat(_get(Button.class, spec -> spec.withId("figure-REGISTRATION-DENOMINATOR-0")).getText())
                    .isEqualTo(all.figures().get(Rate.REGISTRATION.ordinal()).denominator().stripTrailingZeros()
                                  .toPlainString());
            assertThat(_get(Span.class, spec -> spec.withId("percent-PERFORMANCE-0")).getText())
                    .isEqualTo(Figures.percent(all.figures().get(Rate.PERFORMANCE.ordinal()).value()));
        }
        assertThat(_find(Button.class, spec -> spec.withClasses("figure-link")).stream()
                           .filter(button -> button.getId().orElse("").startsWith("stuck-")))
                .hasSize(StuckList.values().length);
    }
}
