package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.zhaoshang.crm.space.api.SpaceSummary.VacancyPoint;
import org.zhaoshang.crm.ui.EChart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The district's vacancy rate at the end of each month up to the day, as a line. */
final class TrendSection extends Div {

    final EChart chart = new EChart();
    private final SpaceWords words;

    TrendSection(SpaceWords words) {
        this.words = words;
        addClassName("space-section");
        chart.setHeight("260px");
        add(new H3(words.t("space.trend")), chart);
    }

    void show(List<VacancyPoint> points) {
        List<String> months = points.stream().map(point -> point.day().toString().substring(0, 7)).toList();
        List<Object> rates = points.stream().<Object>map(point -> point.vacancyRate() == null ? "-"
                : SpaceWords.percentNumber(point.vacancyRate())).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 16, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", Map.of("type", "value", "scale", true, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", List.of(Map.of("type", "line", "name", words.t("space.zone.rate"), "data", rates,
                                             "smooth", false, "symbolSize", 6)));
        chart.setOption(option);
    }
}
