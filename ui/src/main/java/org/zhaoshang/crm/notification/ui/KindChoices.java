package org.zhaoshang.crm.notification.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.zhaoshang.crm.notification.api.NotificationChannel;
import org.zhaoshang.crm.notification.api.NotificationKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A row per kind of notice with the ways wanted; a violation of the choices is shown under them. */
final class KindChoices extends Div implements HasValidation {

    final List<KindChoice> rows = new ArrayList<>();
    final Span error = new Span();
    private boolean invalid;

    KindChoices(Set<NotificationKind> kinds, Map<NotificationKind, Set<NotificationChannel>> chosen,
                boolean mailConfigured) {
        addClassName("kind-choices");
        for (NotificationKind kind : kinds) {
            KindChoice row = new KindChoice(kind, chosen.getOrDefault(kind, Set.of()), mailConfigured);
            rows.add(row);
            add(row);
        }
        error.addClassName("kind-choices-error");
        error.setVisible(false);
        add(error);
    }

    Map<NotificationKind, Set<NotificationChannel>> channels() {
        Map<NotificationKind, Set<NotificationChannel>> channels = new EnumMap<>(NotificationKind.class);
        rows.forEach(row -> channels.put(row.kind, row.ways()));
        return channels;
    }

    KindChoice row(NotificationKind kind) {
        return rows.stream().filter(row -> row.kind == kind).findFirst().orElseThrow();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
