package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.performance.api.Figure;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.ui.EChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rates, one card per slice (a small table: each rate as numerator / denominator and percent, both parts a way
 * into the projects behind them), and a bar chart of the percentages whose bars open the projects counted.
 */
class RatesSection extends Div {

    /** Opens the projects behind a part of a rate of a slice. */
    interface Opener {
        void open(String value, Rate rate, FigurePart part);
    }

    final Div cards = new Div();
    final EChart chart = new EChart();
    final Span nothingDue = new Span();
    private final Opener opener;
    private Function<String, String> sliceLabel = value -> value;
    private List<PerformanceReport.Row> rows = List.of();

    RatesSection(Opener opener) {
        this.opener = opener;
        addClassName("performance-section");
        cards.addClassName("performance-cards");
        Span note = new Span(getTranslation("performance.rates.note"));
        note.addClassName("performance-note");
        nothingDue.setText(getTranslation("performance.rates.nothingDue"));
        nothingDue.addClassName("performance-note");
        add(new H3(getTranslation("performance.rates")), note, cards, nothingDue, chart);
        chart.onClick((rateLabel, sliceName) -> rows.stream()
                .filter(row -> sliceLabel.apply(row.value()).equals(sliceName)).findFirst()
                .ifPresent(row -> Arrays.stream(Rate.values()).filter(rate -> rateLabel(rate).equals(rateLabel))
                                        .findFirst()
                                        .ifPresent(rate -> opener.open(row.value(), rate, FigurePart.NUMERATOR))));
    }

    void show(List<PerformanceReport.Row> rows, Function<String, String> sliceLabel) {
        this.rows = rows;
        this.sliceLabel = sliceLabel;
        cards.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            cards.add(card(rows.get(index), index));
        }
        showChart();
    }

    private Div card(PerformanceReport.Row row, int index) {
        Div card = new Div();
        card.addClassName("performance-card");
        card.add(new H4(sliceLabel.apply(row.value()) + " · "
                        + getTranslation("performance.projects.count", row.projects())));
        Div table = new Div();
        table.addClassName("performance-figures");
        for (Figure figure : row.figures()) {
            Span name = new Span(rateLabel(figure.rate()));
            name.addClassName("figure-name");
            Span fraction = new Span(part(figure, FigurePart.NUMERATOR, row, index), new Span(" / "),
                                     part(figure, FigurePart.DENOMINATOR, row, index));
            fraction.addClassName("figure-fraction");
            Span percent = new Span(Figures.percent(figure.value()));
            percent.addClassName("figure-percent");
            percent.setId("percent-" + figure.rate() + "-" + index);
            table.add(name, fraction, percent);
        }
        card.add(table);
        return card;
    }

    private Button part(Figure figure, FigurePart part, PerformanceReport.Row row, int index) {
        boolean above = part == FigurePart.NUMERATOR;
        BigDecimal amount = above ? figure.numerator() : figure.denominator();
        long projects = above ? figure.numeratorProjects() : figure.denominatorProjects();
        Button button = new Button(Figures.part(figure, amount, this),
                                   click -> opener.open(row.value(), figure.rate(), part));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("figure-link");
        button.setId("figure-" + figure.rate() + "-" + part + "-" + index);
        button.setEnabled(projects > 0);
        button.setTooltipText(getTranslation(above ? "performance.figure.counted" : "performance.figure.due",
                                             projects));
        return button;
    }

    String rateLabel(Rate rate) {
        return getTranslation("performance.rate." + rate.name());
    }

    private void showChart() {
        boolean anyDue = rows.stream().flatMap(row -> row.figures().stream())
                             .anyMatch(figure -> figure.value() != null);
        chart.setVisible(anyDue);
        nothingDue.setVisible(!rows.isEmpty() && !anyDue);
        if (!anyDue) {
            return;
        }
        List<String> rates = Arrays.stream(Rate.values()).map(this::rateLabel).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (PerformanceReport.Row row : rows) {
            List<Object> data = row.figures().stream()
                                   .<Object>map(figure -> figure.value() == null ? "-"
                                                          : Figures.percentNumber(figure.value())).toList();
            series.add(Map.of("type", "bar", "name", sliceLabel.apply(row.value()), "data", data));
        }
        int barsPerRate = Math.max(1, rows.size());
        chart.setHeight((80 + rates.size() * Math.max(28, barsPerRate * 10)) + "px");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", rates));
        option.put("series", series);
        chart.setOption(option);
    }
}
