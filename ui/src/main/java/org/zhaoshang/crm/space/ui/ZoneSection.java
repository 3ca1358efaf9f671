package org.zhaoshang.crm.space.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.zhaoshang.crm.building.api.query.Vacancy;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.ui.EChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vacancy by zone: a table (commercial, vacant, reserved and let area, the rate; the district last) whose zones link to
 * the zone's buildings, and a bar chart of the rates whose bars open the same. On a phone each row is a card.
 */
final class ZoneSection extends Div {

    final NativeTable table = new NativeTable();
    final EChart chart = new EChart();
    private final SpaceWords words;
    private final List<String> headers;
    private final Map<String, TargetZone> zoneByLabel = new LinkedHashMap<>();
    private NativeTableBody body;

    ZoneSection(SpaceWords words) {
        this.words = words;
        addClassName("space-section");
        headers = List.of(words.t("space.zone"), words.t("space.zone.commercial"), words.t("space.zone.vacant"),
                          words.t("space.zone.reserved"), words.t("space.zone.let"), words.t("space.zone.rate"));
        table.addClassNames("report-table", "zone-table");
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        Span note = new Span(words.t("space.zone.note"));
        note.addClassName("space-note");
        Div wrap = new Div(table);
        wrap.addClassName("report-table-wrap");
        Div side = new Div(wrap, chart);
        side.addClassName("space-pair");
        chart.setHeight("280px");
        chart.onClick((label, series) -> {
            TargetZone zone = zoneByLabel.get(label);
            if (zone != null) {
                UI.getCurrent().navigate("buildings", new QueryParameters(Map.of("zone", List.of(zone.name()))));
            }
        });
        add(new H3(words.t("space.zones")), note, side);
    }

    void show(Vacancy district, Map<TargetZone, Vacancy> byZone) {
        if (body != null) {
            table.removeBody(body);
        }
        body = table.addBody();
        zoneByLabel.clear();
        for (TargetZone zone : TargetZone.values()) {
            Vacancy vacancy = byZone.get(zone);
            if (vacancy != null) {
                zoneByLabel.put(words.zone(zone), zone);
                row(BuildingLinks.anchor(words.zone(zone), BuildingLinks.zone(zone), "zone-link"), vacancy)
                        .setId("zone-" + zone.name());
            }
        }
        NativeTableRow total = row(new Span(words.t("space.district")), district);
        total.addClassName("zone-total");
        total.setId("zone-district");
        showChart(byZone);
    }

    private NativeTableRow row(Component zone, Vacancy vacancy) {
        NativeTableRow row = body.addRow();
        List<Object> cells = List.of(zone, words.area(vacancy.commercialAreaM2()), words.area(vacancy.vacantAreaM2()),
                                     words.area(vacancy.reservedAreaM2()), words.area(vacancy.letAreaM2()),
                                     words.percent(vacancy.vacancyRate()));
        for (int column = 0; column < cells.size(); column++) {
            NativeTableCell cell = row.addDataCell();
            cell.getElement().setAttribute("data-label", headers.get(column));
            if (cells.get(column) instanceof Component component) {
                cell.add(component);
            } else {
                cell.add(new Span(cells.get(column).toString()));
            }
        }
        return row;
    }

    private void showChart(Map<TargetZone, Vacancy> byZone) {
        List<String> labels = new ArrayList<>(zoneByLabel.keySet());
        List<Object> rates = zoneByLabel.values().stream().<Object>map(zone -> {
            BigDecimal rate = byZone.get(zone).vacancyRate();
            return rate == null ? "-" : SpaceWords.percentNumber(rate);
        }).toList();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 16, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "inverse", true, "data", labels,
                                   "axisLabel", Map.of("width", 200, "overflow", "break")));
        option.put("series", List.of(Map.of("type", "bar", "name", words.t("space.zone.rate"), "data", rates,
                                             "label", Map.of("show", true, "position", "right",
                                                             "formatter", "{c}%"),
                                             "cursor", "pointer")));
        chart.setOption(option);
    }
}
