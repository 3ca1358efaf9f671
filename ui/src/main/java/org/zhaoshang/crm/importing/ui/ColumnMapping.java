package org.zhaoshang.crm.importing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.importing.api.ImportField;
import org.zhaoshang.crm.importing.api.ImportOptions;
import org.zhaoshang.crm.importing.run.LeadImporter;
import org.zhaoshang.crm.importing.run.SavedMappings;
import org.zhaoshang.crm.importing.sheet.Sheet;
import org.zhaoshang.crm.messaging.CurrentCaller;
import org.zhaoshang.crm.shared.api.InvalidInputException;
import org.zhaoshang.crm.ui.FieldErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The import's mapping step: the sheet's columns, a sample of each and what it is taken to hold, which the user may
 * change, take from a saved mapping or save under a name. Tells {@code changed} when the user changes a column.
 */
class ColumnMapping extends VerticalLayout {

    final Span file = new Span();
    final Grid<String> columns = new Grid<>();
    final ComboBox<String> savedMapping = new ComboBox<>();
    final TextField saveAs = new TextField();
    final Button saveMapping = new Button();
    private final SavedMappings savedMappings;
    private final Runnable changed;
    private final Map<String, ComboBox<ImportField>> fieldOfHeader = new LinkedHashMap<>();
    private Sheet sheet;

    ColumnMapping(SavedMappings savedMappings, CurrentCaller caller, Runnable changed) {
        columns.setEmptyStateText(getTranslation("empty.columns"));
        this.savedMappings = savedMappings;
        this.changed = changed;
        file.addClassName("import-file");
        columns.addColumn(header -> header).setHeader(getTranslation("import.column.header")).setAutoWidth(true);
        columns.addColumn(this::sample).setHeader(getTranslation("import.column.sample"));
        columns.addComponentColumn(fieldOfHeader::get).setHeader(getTranslation("import.column.field"))
               .setAutoWidth(true);
        columns.setAllRowsVisible(true);
        savedMapping.setLabel(getTranslation("import.savedMapping"));
        savedMapping.setClearButtonVisible(true);
        savedMapping.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null && sheet != null) {
                savedMappings.find(change.getValue()).ifPresent(this::showMapping);
            }
        });
        saveAs.setLabel(getTranslation("import.saveAs"));
        FieldErrors saveErrors = new FieldErrors().field("name", saveAs);
        saveMapping.setText(getTranslation("import.saveMapping"));
        saveMapping.addClickListener(click -> {
            try {
                savedMappings.save(saveAs.getValue(), chosenMapping(), caller.caller().id());
                saveErrors.clear();
                savedMapping.setItems(savedMappings.names());
                Notification.show(getTranslation("import.mappingSaved", saveAs.getValue().strip()))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                saveErrors.show(invalid.violations());
            }
        });
        HorizontalLayout mappings = new HorizontalLayout(savedMapping, saveAs, saveMapping);
        mappings.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("import.step.mapping")), file, columns, mappings);
        setPadding(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        savedMapping.setItems(savedMappings.names());
    }

    /** Shows the sheet's columns with what they are taken to hold. */
    void show(String name, Sheet read) {
        sheet = read;
        file.setText(getTranslation("import.file", name, sheet.rows().size()));
        showMapping(Map.of());
    }

    void clear() {
        sheet = null;
    }

    private void showMapping(Map<String, ImportField> given) {
        fieldOfHeader.clear();
        LeadImporter.mapping(sheet.headers(), new ImportOptions(given, Map.of())).forEach((header, field) -> {
            ComboBox<ImportField> choice = new ComboBox<>();
            choice.setItems(ImportField.values());
            choice.setItemLabelGenerator(value -> getTranslation("importField." + value.name()));
            choice.setValue(field);
            choice.setWidth("16rem");
            choice.addValueChangeListener(change -> changed.run());
            fieldOfHeader.put(header, choice);
        });
        columns.setItems(List.copyOf(fieldOfHeader.keySet()));
    }

    Map<String, ImportField> chosenMapping() {
        Map<String, ImportField> mapping = new LinkedHashMap<>();
        fieldOfHeader.forEach((header, choice) -> mapping.put(header, choice.getValue() == null ? ImportField.IGNORED
                                                                                                : choice.getValue()));
        return mapping;
    }

    /** The first value the column has, to tell what it holds. */
    private String sample(String header) {
        int column = sheet.headers().indexOf(header);
        return sheet.rows().stream().map(row -> row.get(column)).filter(value -> !value.isEmpty()).findFirst()
                    .orElse("");
    }
}
