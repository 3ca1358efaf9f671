package org.zhaoshang.crm.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.shared.api.AmbassadorChoices;
import org.zhaoshang.crm.shared.api.FindAmbassadorChoicesQuery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chooses an ambassador or partner by name; deactivated ones are listed (old leads name them) and marked. It asks
 * the shared {@link FindAmbassadorChoicesQuery}, so that the views of leads and users that offer it do not depend on
 * the ambassadors' feature (which depends on the leads for its scorecards).
 */
public class AmbassadorPicker extends ComboBox<AmbassadorChoices.Choice> {

    private final List<AmbassadorChoices.Choice> ambassadors;

    public AmbassadorPicker(QueryGateway queries) {
        ambassadors = all(queries);
        setItems(ambassadors);
        setItemLabelGenerator(ambassador -> ambassador.active() ? ambassador.name()
                : getTranslation("ambassador.deactivatedName", ambassador.name()));
        setClearButtonVisible(true);
    }

    /** Every ambassador's and partner's name by their id (the deactivated ones too), as the caller may see them. */
    public static Map<String, String> names(QueryGateway queries) {
        return all(queries).stream().collect(Collectors.toMap(AmbassadorChoices.Choice::ambassadorId,
                                                              AmbassadorChoices.Choice::name));
    }

    private static List<AmbassadorChoices.Choice> all(QueryGateway queries) {
        return queries.query(new FindAmbassadorChoicesQuery(), ResponseTypes.instanceOf(AmbassadorChoices.class))
                      .join().ambassadors();
    }

    /** The chosen ambassador's id; null when none is chosen. */
    public String ambassadorId() {
        return isEmpty() ? null : getValue().ambassadorId();
    }

    /** The name of the ambassador with this id; the id itself when the caller may not see them. */
    public String nameOf(String ambassadorId) {
        return ambassadors.stream().filter(ambassador -> ambassador.ambassadorId().equals(ambassadorId)).findFirst()
                          .map(AmbassadorChoices.Choice::name).orElse(ambassadorId);
    }

    /** Chooses the ambassador with this id; none when it is null or unknown. */
    public void selectAmbassador(String ambassadorId) {
        setValue(ambassadors.stream().filter(ambassador -> ambassador.ambassadorId().equals(ambassadorId))
                            .findFirst().orElse(null));
    }
}
