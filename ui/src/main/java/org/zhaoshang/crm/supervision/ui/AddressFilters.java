package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view's filters kept in its address ({@code /problems?status=ASSIGNED&level=RED} is a link to share): restored
 * from it on entering, written back on every change; what the address names that cannot be is left empty.
 */
final class AddressFilters {

    private record Filter<T>(String name, HasValue<?, T> field, Function<T, String> written,
                             Function<String, Optional<T>> read) {

        void restore(Map<String, List<String>> parameters) {
            List<String> values = parameters.getOrDefault(name, List.of());
            field.setValue(values.isEmpty() ? field.getEmptyValue()
                           : read.apply(values.get(0)).orElse(field.getEmptyValue()));
        }

        void writeTo(Map<String, List<String>> parameters) {
            T value = field.getValue();
            if (value != null && !field.isEmpty()) {
                parameters.put(name, List.of(written.apply(value)));
            }
        }
    }

    private final Component view;
    private final String route;
    private final Runnable refresh;
    private final List<Filter<?>> filters = new ArrayList<>();
    private boolean restoring;

    AddressFilters(Component view, String route, Runnable refresh) {
        this.view = view;
        this.route = route;
        this.refresh = refresh;
    }

    <T> AddressFilters add(String name, HasValue<?, T> field, Function<T, String> written,
                           Function<String, Optional<T>> read) {
        filters.add(new Filter<>(name, field, written, read));
        field.addValueChangeListener(change -> {
            if (!restoring) {
                view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(route,
                                                                                                    parameters())));
                refresh.run();
            }
        });
        return this;
    }

    /** An enum's constant by its name, or empty. */
    static <E extends Enum<E>> Function<String, Optional<E>> constant(Class<E> type) {
        return name -> {
            try {
                return Optional.of(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        };
    }

    /** Sets every filter from the address, then shows once. */
    void restore(QueryParameters address) {
        restoring = true;
        try {
            filters.forEach(filter -> filter.restore(address.getParameters()));
        } finally {
            restoring = false;
        }
        refresh.run();
    }

    QueryParameters parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        filters.forEach(filter -> filter.writeTo(parameters));
        return new QueryParameters(parameters);
    }
}
