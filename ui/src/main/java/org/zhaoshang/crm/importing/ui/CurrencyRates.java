package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.zhaoshang.crm.lead.api.value.PlannedInvestment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The import's rates step: the rate to yuan of each foreign currency a sheet may state amounts in. */
class CurrencyRates extends VerticalLayout {

    static final List<String> FOREIGN_CURRENCIES = PlannedInvestment.CURRENCIES.stream()
                                                                               .filter(code -> !code.equals("CNY"))
                                                                               .toList();

    final Map<String, BigDecimalField> rates = new LinkedHashMap<>();

    CurrencyRates() {
        HorizontalLayout fields = new HorizontalLayout();
        for (String currency : FOREIGN_CURRENCIES) {
            BigDecimalField rate = new BigDecimalField(getTranslation("import.rate", currency));
            rate.setWidth("9rem");
            rates.put(currency, rate);
            fields.add(rate);
        }
        add(new Paragraph(getTranslation("import.rates.help")), fields);
        setPadding(false);
    }

    /** The rates the user gave, by currency. */
    Map<String, BigDecimal> given() {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        rates.forEach((currency, field) -> {
            if (field.getValue() != null) {
                given.put(currency, field.getValue());
            }
        });
        return given;
    }
}
