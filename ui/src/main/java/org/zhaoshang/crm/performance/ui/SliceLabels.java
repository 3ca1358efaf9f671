package org.zhaoshang.crm.performance.ui;

import com.vaadin.flow.component.Component;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.conversion.api.ConversionDimension;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.ui.AmbassadorPicker;
import org.zhaoshang.crm.ui.Translations;

import java.util.Locale;
import java.util.Map;

/** A slice's value in words: a market, channel or industry by its name, a person by their display name. */
final class SliceLabels {

    private final PeopleDirectory people;
    private final Map<String, String> ambassadorNames;
    private final Component translator;

    SliceLabels(QueryGateway queries, PeopleDirectory people, Component translator) {
        this.people = people;
        this.ambassadorNames = AmbassadorPicker.names(queries);
        this.translator = translator;
    }

    String of(ConversionDimension dimension, String value) {
        Locale locale = Figures.locale();
        if ("*".equals(value)) {
            return translator.getTranslation("conversion.all");
        }
        if (value == null || value.isEmpty()) {
            return translator.getTranslation("performance.slice.none");
        }
        return switch (dimension) {
            case AMBASSADOR -> ambassadorNames.getOrDefault(value, value);
            case OWNER -> people.nameOf(value);
            case MARKET, CHANNEL, INDUSTRY -> Translations.first(
                    locale, dimension.name().toLowerCase(Locale.ROOT) + "." + value).orElse(value);
            default -> value;
        };
    }
}
