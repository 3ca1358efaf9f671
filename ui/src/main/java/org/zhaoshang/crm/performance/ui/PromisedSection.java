package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.performance.api.FigurePart;
import org.zhaoshang.crm.performance.api.PerformanceReport;
import org.zhaoshang.crm.performance.api.PromisedVsActual;
import org.zhaoshang.crm.performance.api.Rate;
import org.zhaoshang.crm.ui.EChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Promised against actual per slice: capital committed, due, arrived and verified (due and verified open the
 * projects behind them), investment and tax per 亩 as built against the promise and the district's bar, with a chart
 * of investment per 亩 and the bar as a line.
 */
class PromisedSection extends Div {

    final Div cards = new Div();
    final EChart chart = new EChart();
    final Span noLand = new Span();
    private final RatesSection.Opener opener;

    PromisedSection(RatesSection.Opener opener) {
        this.opener = opener;
        addClassName("performance-section");
        cards.addClassName("performance-cards");
        noLand.addClassName("performance-note");
        noLand.setText(getTranslation("performance.promised.noLand"));
        add(new H3(getTranslation("performance.promised")), cards, noLand, chart);
    }

    void show(List<PerformanceReport.Row> rows, Function<String, String> sliceLabel) {
        cards.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            cards.add(card(rows.get(index), index, sliceLabel));
        }
        List<PerformanceReport.Row> withLand = rows.stream()
                .filter(row -> row.promisedVsActual().landMu() != null
                               && row.promisedVsActual().landMu().signum() > 0).toList();
        noLand.setVisible(!rows.isEmpty() && withLand.isEmpty());
        chart.setVisible(!withLand.isEmpty());
        if (!withLand.isEmpty()) {
            showChart(withLand, sliceLabel);
        }
    }

    private Div card(PerformanceReport.Row row, int index, Function<String, String> sliceLabel) {
        PromisedVsActual figures = row.promisedVsActual();
        Div card = new Div();
        card.addClassName("performance-card");
        card.add(new H4(sliceLabel.apply(row.value())));
        Div table = new Div();
        table.addClassName("performance-lines");
        line(table, "performance.capital.committed", new Span(Figures.amount(figures.capitalCommittedWan(), this)));
        line(table, "performance.capital.due", link(Figures.amount(figures.capitalDueWan(), this), row,
                                                    FigurePart.DENOMINATOR, "capital-due-" + index));
        line(table, "performance.capital.arrived", new Span(Figures.amount(figures.capitalArrivedWan(), this)));
        line(table, "performance.capital.verified", link(Figures.amount(figures.capitalVerifiedWan(), this), row,
                                                         FigurePart.NUMERATOR, "capital-verified-" + index));
        if (figures.landMu() != null && figures.landMu().signum() > 0) {
            line(table, "performance.land", new Span(getTranslation("performance.mu",
                                                                    figures.landMu().stripTrailingZeros()
                                                                           .toPlainString())));
            line(table, "performance.investmentPerMu.built",
                 new Span(Figures.perMu(figures.builtInvestmentPerMuWan(), this)));
            line(table, "performance.investmentPerMu.promised",
                 new Span(Figures.perMu(figures.promisedInvestmentPerMuWan(), this)));
            line(table, "performance.bar", new Span(Figures.perMu(figures.barPerMuWan(), this)));
            line(table, "performance.belowBar", new Span(getTranslation("performance.belowBar.counts",
                                                                        figures.landProjectsBelowBar(),
                                                                        figures.landProjectsPromisedBelowBar())));
            Span taxName = new Span(getTranslation("performance.taxPerMu.built", figures.taxYear()));
            taxName.addClassName("figure-name");
            table.add(taxName, new Span(Figures.perMu(figures.builtTaxPerMuWan(), this)));
            line(table, "performance.taxPerMu.promised", new Span(Figures.perMu(figures.promisedTaxPerMuWan(), this)));
        }
        card.add(table);
        return card;
    }

    private static void line(Div table, String key, Component value) {
        Span name = new Span(table.getTranslation(key));
        name.addClassName("figure-name");
        table.add(name, value);
    }

    private Button link(String text, PerformanceReport.Row row, FigurePart part, String id) {
        Button button = new Button(text, click -> opener.open(row.value(), Rate.CAPITAL_ARRIVAL_AMOUNT, part));
        row.figures().stream().filter(figure -> figure.rate() == Rate.CAPITAL_ARRIVAL_AMOUNT).findFirst()
           .ifPresent(figure -> button.setEnabled((part == FigurePart.NUMERATOR ? figure.numeratorProjects()
                                                                                 : figure.denominatorProjects()) > 0));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("figure-link");
        button.setId(id);
        return button;
    }

    private void showChart(List<PerformanceReport.Row> rows, Function<String, String> sliceLabel) {
        BigDecimal bar = rows.get(0).promisedVsActual().barPerMuWan();
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("type", "bar", "name", getTranslation("performance.chart.promised"),
                          "data", values(rows, PromisedVsActual::promisedInvestmentPerMuWan)));
        series.add(Map.of("type", "bar", "name", getTranslation("performance.chart.built"),
                          "data", values(rows, PromisedVsActual::builtInvestmentPerMuWan)));
        series.add(Map.of("type", "line", "name", getTranslation("performance.chart.bar"), "symbol", "none",
                          "lineStyle", Map.of("type", "dashed", "color", "#b26a00"),
                          "itemStyle", Map.of("color", "#b26a00"),
                          "data", rows.stream().map(row -> bar).toList(),
                          // one slice is one point, which draws no line: the mark line spans the chart
                          "markLine", Map.of("symbol", "none", "silent", true,
                                             "lineStyle", Map.of("type", "dashed", "color", "#b26a00"),
                                             "label", Map.of("formatter", Figures.perMu(bar, this),
                                                             "position", "insideEndTop"),
                                             "data", List.of(Map.of("yAxis", bar)))));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "top", 0));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 56, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data",
                                   rows.stream().map(row -> sliceLabel.apply(row.value())).toList(),
                                   "axisLabel", Map.of("interval", 0, "width", 80, "overflow", "truncate")));
        option.put("yAxis", Map.of("type", "value", "name", getTranslation("performance.chart.unit")));
        option.put("series", series);
        chart.setOption(option);
    }

    private static List<Object> values(List<PerformanceReport.Row> rows,
                                       Function<PromisedVsActual, BigDecimal> value) {
        return rows.stream().<Object>map(row -> {
            BigDecimal wan = value.apply(row.promisedVsActual());
            return wan == null ? "-" : wan;
        }).toList();
    }
}
