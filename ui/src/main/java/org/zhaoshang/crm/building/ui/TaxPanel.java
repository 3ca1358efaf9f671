package org.zhaoshang.crm.building.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.CommandDialog;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** The building's tax by year (tax, tier, tax per m², the months when a row is opened); managers record tax here. */
final class TaxPanel extends Div {

    final Grid<BuildingDetail.TaxYear> grid = new Grid<>();
    final Button record = new Button();
    private final BuildingWords words;
    private final CommandSender sender;
    private final Supplier<BuildingDetail> building;
    private final Runnable afterwards;

    TaxPanel(BuildingWords words, CommandSender sender, boolean manager, Supplier<BuildingDetail> building,
             Runnable afterwards) {
        this.words = words;
        this.sender = sender;
        this.building = building;
        this.afterwards = afterwards;
        addClassName("tax-panel");
        grid.addColumn(BuildingDetail.TaxYear::year).setHeader(getTranslation("building.tax.year"))
            .setAutoWidth(true).setFlexGrow(0).setKey("year");
        grid.addColumn(year -> words.tax(year.yearWan())).setHeader(getTranslation("building.tax.amount"))
            .setAutoWidth(true).setKey("tax");
        grid.addComponentColumn(year -> words.tier(year.tier())).setHeader(getTranslation("building.tax.tier"))
            .setAutoWidth(true).setKey("tier");
        grid.addColumn(year -> words.perM2(year.taxPerM2Yuan())).setHeader(getTranslation("building.column.perM2"))
            .setAutoWidth(true).setKey("perM2");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::months));
        grid.setDetailsVisibleOnClick(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("building.tax.none"));
        record.setText(getTranslation("building.tax.record"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.setVisible(manager);
        record.addClickListener(click -> openRecord());
        Span hint = new Span(getTranslation("building.tax.hint"));
        hint.addClassName("tax-hint");
        add(new H3(getTranslation("building.tax.title")), hint, grid, record);
    }

    void show(BuildingDetail detail) {
        grid.setItems(detail.taxYears());
    }

    /** The months recorded in a year, January first. */
    Div months(BuildingDetail.TaxYear year) {
        Div months = new Div();
        months.addClassName("tax-months");
        Map<Integer, java.math.BigDecimal> sorted = new TreeMap<>(year.monthsWan());
        if (sorted.isEmpty()) {
            months.add(new Span(getTranslation("building.tax.noMonths")));
        }
        sorted.forEach((month, wan) -> {
            Span entry = new Span(getTranslation("building.tax.month", month, words.tax(wan)));
            entry.addClassName("tax-month");
            months.add(entry);
        });
        return months;
    }

    void openRecord() {
        int thisYear = LocalDate.now(BureauTime.ZONE).getYear();
        ComboBox<Integer> year = new ComboBox<>(getTranslation("building.tax.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(thisYear);
        ComboBox<Integer> month = new ComboBox<>(getTranslation("building.tax.monthField"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(value -> getTranslation("building.tax.monthName", value));
        month.setPlaceholder(getTranslation("building.tax.wholeYear"));
        month.setClearButtonVisible(true);
        BigDecimalField amount = new BigDecimalField(getTranslation("building.tax.amountWan"));
        amount.setSuffixComponent(new Span(getTranslation("building.wan")));
        FormLayout form = new FormLayout(year, month, amount);
        FieldErrors errors = new FieldErrors().field("year", year).field("month", month)
                                              .field("amountWan", amount);
        CommandDialog dialog = new CommandDialog(getTranslation("building.tax.record"), form,
                () -> sender.send(new RecordBuildingTaxCommand(building.get().buildingId(),
                                                               year.getValue() == null ? 0 : year.getValue(),
                                                               month.getValue(), amount.getValue(),
                                                               TaxSource.ENTERED, building.get().version()),
                                  errors), afterwards);
        dialog.addClassName("record-tax-dialog");
        dialog.open();
    }
}
