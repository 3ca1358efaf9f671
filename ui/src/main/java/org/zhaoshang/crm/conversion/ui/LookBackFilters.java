package org.zhaoshang.crm.conversion.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.conversion.api.Knowledge;
import org.zhaoshang.crm.shared.api.BureauTime;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.BureauFormats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The filters of a manager's figures that look back: the slice (dimension), a past day (as of, empty for today) and
 * what was known then or is known now; the view places its own year field among them. Each change by the user (but
 * a date the picker cannot read) puts the filters into the view's address and refreshes the view. They read and
 * write their part of the address.
 */
public final class LookBackFilters extends HorizontalLayout {

    public final ComboBox<ConversionDimension> dimension = new ComboBox<>();
    public final BureauDatePicker asOf = new BureauDatePicker();
    public final ComboBox<Knowledge> knowledge = new ComboBox<>();
    private boolean restoring;

    /**
     * For the view at {@code route}, whose {@code address} holds all its filters; {@code year} goes at {@code yearAt}
     * among dimension, as of and knowledge.
     */
    public LookBackFilters(String route, String asOfHelpKey, ComboBox<Integer> year, int yearAt,
                           Supplier<QueryParameters> address, Runnable refresh) {
        Runnable changed = () -> {
            if (!restoring) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route,
                                                                                                  address.get())));
                refresh.run();
            }
        };
        dimension.setLabel(getTranslation("conversion.dimension"));
        dimension.setItems(ConversionDimension.values());
        dimension.setItemLabelGenerator(value -> getTranslation("conversion.dimension." + value.name()));
        dimension.setValue(ConversionDimension.MARKET);
        asOf.setLabel(getTranslation("conversion.asOf"));
        asOf.setHelperText(getTranslation(asOfHelpKey));
        asOf.setMax(LocalDate.now(BureauTime.ZONE));
        asOf.setClearButtonVisible(true);
        knowledge.setLabel(getTranslation("conversion.knowledge"));
        knowledge.setItems(Knowledge.values());
        knowledge.setItemLabelGenerator(value -> getTranslation("conversion.knowledge." + value.name()));
        knowledge.setValue(Knowledge.AS_KNOWN_NOW);
        List.of(year, dimension, knowledge).forEach(field -> field.addValueChangeListener(change -> changed.run()));
        asOf.addValueChangeListener(change -> {
            if (!asOf.hasBadInput()) {
                changed.run();
            }
        });
        add(dimension, asOf, knowledge);
        addComponentAtIndex(yearAt, year);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addClassName(route + "-filters");
        setWrap(true);
    }

    /** Runs {@code restore}, which sets the filters from the address: not a change of the user's. */
    public void restoring(Runnable restore) {
        restoring = true;
        try {
            restore.run();
        } finally {
            restoring = false;
        }
    }

    /** The year the address asks for, if it is one of the last five ({@code thisYear} included). */
    public static Optional<Integer> recentYear(Map<String, List<String>> parameters, int thisYear) {
        return first(parameters, "year").filter(value -> value.matches("\\d{4}")).map(Integer::valueOf)
                                        .filter(value -> value >= thisYear - 4 && value <= thisYear);
    }

    /** Takes the dimension from the address; what it asks for but cannot be is left at its default. */
    public void restoreDimension(Map<String, List<String>> parameters) {
        dimension.setValue(parse(parameters, "dimension", ConversionDimension.class, ConversionDimension.MARKET));
    }

    /** Takes the past day (never a future one) and the knowledge from the address, as {@link #restoreDimension}. */
    public void restoreLookBack(Map<String, List<String>> parameters) {
        asOf.setValue(first(parameters, "asOf").flatMap(LookBackFilters::day)
                                               .filter(day -> !day.isAfter(LocalDate.now(BureauTime.ZONE)))
                                               .orElse(null));
        knowledge.setValue(parse(parameters, "knowledge", Knowledge.class, Knowledge.AS_KNOWN_NOW));
    }

    /** Puts the dimension into the address unless it is the default. */
    public void addDimensionTo(Map<String, List<String>> parameters) {
        if (dimension.getValue() != null && dimension.getValue() != ConversionDimension.MARKET) {
            parameters.put("dimension", List.of(dimension.getValue().name()));
        }
    }

    /** Puts the past day, and then the knowledge unless it is the default, into the address. */
    public void addLookBackTo(Map<String, List<String>> parameters) {
        if (asOf.getValue() != null) {
            parameters.put("asOf", List.of(asOf.getValue().toString()));
            if (knowledge.getValue() != null && knowledge.getValue() != Knowledge.AS_KNOWN_NOW) {
                parameters.put("knowledge", List.of(knowledge.getValue().name()));
            }
        }
    }

    /** For a title: " · as of that day, as known then/now", or nothing for today. */
    public String lookingBackTo() {
        return asOf.getValue() == null ? ""
               : " · " + getTranslation("behind.asOf", BureauFormats.date(asOf.getValue(), getLocale()),
                                        getTranslation("conversion.knowledge." + knowledge.getValue().name()));
    }

    /** The first value of an address parameter. */
    public static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static <E extends Enum<E>> E parse(Map<String, List<String>> parameters, String name, Class<E> type,
                                               E otherwise) {
        return first(parameters, name).flatMap(value -> Arrays.stream(type.getEnumConstants())
                                                              .filter(constant -> constant.name().equals(value))
                                                              .findFirst()).orElse(otherwise);
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
