package org.zhaoshang.crm.ambassador.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.ambassador.api.AmbassadorList;
import org.zhaoshang.crm.ambassador.api.AmbassadorSummary;
import org.zhaoshang.crm.ambassador.api.FindAmbassadorsQuery;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Chooses an ambassador or partner by name; deactivated ones are listed (old leads name them) and marked. */
public class AmbassadorPicker extends ComboBox<AmbassadorSummary> {

    private final List<AmbassadorSummary> ambassadors;

    public AmbassadorPicker(QueryGateway queries) {
        ambassadors = all(queries);
        setItems(ambassadors);
        setItemLabelGenerator(ambassador -> ambassador.active() ? ambassador.profile().name()
                : getTranslation("ambassador.deactivatedName", ambassador.profile().name()));
        setClearButtonVisible(true);
    }

    /** Every ambassador's and partner's name by their id (the deactivated ones too), as the caller may see them. */
    public static Map<String, String> names(QueryGateway queries) {
        return all(queries).stream().collect(Collectors.toMap(AmbassadorSummary::ambassadorId,
                                                              ambassador -> ambassador.profile().name()));
    }

    private static List<AmbassadorSummary> all(QueryGateway queries) {
        return queries.query(new FindAmbassadorsQuery(true), ResponseTypes.instanceOf(AmbassadorList.class)).join()
                      .ambassadors();
    }

    /** The chosen ambassador's id; null when none is chosen. */
    public String ambassadorId() {
        return isEmpty() ? null : getValue().ambassadorId();
    }

    /** The name of the ambassador with this id; the id itself when the caller may not see them. */
    public String nameOf(String ambassadorId) {
        return ambassadors.stream().filter(ambassador -> ambassador.ambassadorId().equals(ambassadorId)).findFirst()
                          .map(ambassador -> ambassador.profile().name()).orElse(ambassadorId);
    }

    /** Chooses the ambassador with this id; none when it is null or unknown. */
    public void selectAmbassador(String ambassadorId) {
        setValue(ambassadors.stream().filter(ambassador -> ambassador.ambassadorId().equals(ambassadorId))
                            .findFirst().orElse(null));
    }
}
