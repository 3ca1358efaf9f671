package org.zhaoshang.crm.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An Apache ECharts chart (from its webjar, no npm): the server gives the option as JSON; a click on a data point
 * comes back with its name and series, so that every figure can open the leads behind it.
 */
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BiConsumer<String, String> clicked = (name, series) -> {
    };

    private Map<String, Object> option = Map.of();

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
    }

    public void setOption(Map<String, Object> option) {
        this.option = option;
        try {
            getElement().executeJs("""
                    const chart = window.echarts.getInstanceByDom(this) || window.echarts.init(this);
                    chart.setOption(JSON.parse($0), true);
                    if (!this.$clickBound) {
                      chart.on('click', p => this.$server.clicked(String(p.name), String(p.seriesName || '')));
                      new ResizeObserver(() => chart.resize()).observe(this);
                      this.$clickBound = true;
                    }""", JSON.writeValueAsString(option));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The option last shown. */
    public Map<String, Object> getOption() {
        return option;
    }

    /** What to do when a data point is clicked: its name (category) and series name. */
    public void onClick(BiConsumer<String, String> listener) {
        clicked = listener;
    }

    /** A data point was clicked in the browser. */
    @ClientCallable
    public void clicked(String name, String series) {
        clicked.accept(name, series);
    }
}
