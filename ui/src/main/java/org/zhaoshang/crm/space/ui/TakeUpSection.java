package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.zhaoshang.crm.space.api.SpaceSummary.MonthArea;
import org.zhaoshang.crm.space.api.SpaceSummary.TakeUp;
import org.zhaoshang.crm.ui.EChart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Take-up since the plan's start against the goal (1,000,000 m²): the figure, a bar, and each month's take-up. */
final class TakeUpSection extends Div {

    final Span figure = new Span();
    final Span since = new Span();
    final ProgressBar progress = new ProgressBar(0, 1);
    final EChart chart = new EChart();
    private final SpaceWords words;

    TakeUpSection(SpaceWords words) {
        this.words = words;
        addClassName("space-section");
        figure.addClassName("take-up-figure");
        figure.setId("take-up");
        since.addClassName("space-note");
        chart.setHeight("260px");
        Div headline = new Div(figure, progress, since);
        headline.addClassNames("space-card", "take-up-card");
        add(new H3(words.t("space.takeUp")), headline, chart);
    }

    void show(TakeUp takeUp) {
        BigDecimal ratio = takeUp.goalM2() == null || takeUp.goalM2().signum() <= 0 ? BigDecimal.ZERO
                : takeUp.letM2().divide(takeUp.goalM2(), MathContext.DECIMAL64);
        figure.setText(words.t("space.takeUp.figure", words.area(takeUp.letM2()), words.area(takeUp.goalM2()),
                               words.percent(ratio)));
        progress.setValue(Math.min(1, ratio.doubleValue()));
        since.setText(words.t("space.takeUp.since", words.date(takeUp.planStart())));
        List<String> months = takeUp.monthly().stream().map(MonthArea::month).toList();
        List<Object> areas = takeUp.monthly().stream().<Object>map(MonthArea::areaM2).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 16, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value} m²")));
        option.put("series", List.of(Map.of("type", "bar", "name", words.t("space.takeUp.monthly"), "data", areas)));
        chart.setVisible(!months.isEmpty());
        chart.setOption(option);
    }
}
