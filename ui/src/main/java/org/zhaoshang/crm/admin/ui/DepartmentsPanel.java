package org.zhaoshang.crm.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.department.api.FindDepartmentsQuery;
import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RenameDepartmentCommand;
import org.zhaoshang.crm.department.api.command.RetireDepartmentCommand;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.ReadModelLag;
import org.zhaoshang.crm.ui.Toast;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The responsible departments (责任单位) key projects and problems are handed to: each by its code with its Chinese and
 * English names; add one, correct its names, retire it (nothing new is handed to it; what it holds keeps its name).
 */
class DepartmentsPanel extends VerticalLayout {

    final Grid<Department> grid = new Grid<>();
    final Button add = new Button();
    private final QueryGateway queries;
    private final CommandSender sender;
    private List<Department> shown = List.of();

    DepartmentsPanel(CommandGateway commands, QueryGateway queries) {
        this.queries = queries;
        sender = new CommandSender(commands, this, this::refresh);
        grid.setEmptyStateText(getTranslation("empty.departments"));
        grid.addColumn(Department::code).setHeader(getTranslation("admin.reference.code")).setAutoWidth(true);
        grid.addColumn(Department::nameZh).setHeader("中文").setFlexGrow(2);
        grid.addColumn(Department::nameEn).setHeader("English").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.user.actions")).setAutoWidth(true);
        grid.setSizeFull();
        add.setText(getTranslation("admin.departments.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addDialog().open());
        setSizeFull();
        add(new Paragraph(getTranslation("admin.departments.help")), add, grid);
        refresh();
    }

    void refresh() {
        show(read());
    }

    private List<Department> read() {
        List<Department> all = queries.query(new FindDepartmentsQuery(true),
                                             ResponseTypes.multipleInstancesOf(Department.class)).join();
        return all == null ? List.of() : all;
    }

    private void show(List<Department> all) {
        shown = all;
        grid.setItems(all);
    }

    HorizontalLayout actions(Department department) {
        HorizontalLayout actions = new HorizontalLayout();
        if (department.retired()) {
            Span retired = new Span(getTranslation("admin.departments.retired"));
            retired.addClassNames("status-badge", "status-lost");
            actions.add(retired);
            return actions;
        }
        Button rename = new Button(getTranslation("admin.departments.rename"), click -> renameDialog(department).open());
        Button retire = new Button(getTranslation("admin.departments.retire"), click -> retireDialog(department).open());
        rename.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(rename, retire);
        return actions;
    }

    private Dialog addDialog() {
        TextField code = new TextField(getTranslation("admin.reference.code"));
        code.setHelperText(getTranslation("admin.departments.code.help"));
        code.setMaxLength(64);
        TextField nameZh = nameField("admin.departments.nameZh");
        TextField nameEn = nameField("admin.departments.nameEn");
        FieldErrors errors = new FieldErrors().field("code", code).field("nameZh", nameZh).field("nameEn", nameEn);
        return dialog("admin.departments.add", new FormLayout(code, nameZh, nameEn),
                      () -> sender.send(new DefineDepartmentCommand(Texts.stripped(code.getValue()),
                                                                    Texts.stripped(nameZh.getValue()),
                                                                    Texts.stripped(nameEn.getValue())), errors),
                      "admin.departments.added");
    }

    private Dialog renameDialog(Department department) {
        TextField nameZh = nameField("admin.departments.nameZh");
        nameZh.setValue(department.nameZh());
        TextField nameEn = nameField("admin.departments.nameEn");
        nameEn.setValue(department.nameEn() == null ? "" : department.nameEn());
        FieldErrors errors = new FieldErrors().field("nameZh", nameZh).field("nameEn", nameEn);
        return dialog("admin.departments.rename", new FormLayout(nameZh, nameEn),
                      () -> sender.send(new RenameDepartmentCommand(department.code(), Texts.stripped(nameZh.getValue()),
                                                                    Texts.stripped(nameEn.getValue()), null), errors),
                      "admin.departments.renamed");
    }

    private Dialog retireDialog(Department department) {
        Paragraph question = new Paragraph(getTranslation("admin.departments.retire.question", department.nameZh(),
                                                          department.nameEn()));
        return dialog("admin.departments.retire", new FormLayout(question),
                      () -> sender.send(new RetireDepartmentCommand(department.code(), null), null),
                      "admin.departments.retiredToast");
    }

    private TextField nameField(String key) {
        TextField name = new TextField(getTranslation(key));
        name.setMaxLength(Violations.MAX_NAME_LENGTH);
        return name;
    }

    private Dialog dialog(String titleKey, FormLayout fields, BooleanSupplier send, String doneKey) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        dialog.addClassName("department-dialog");
        dialog.add(fields);
        Button ok = new Button(getTranslation("lead.dialog.confirm"), click -> {
            if (send.getAsBoolean()) {
                dialog.close();
                Toast.done(getTranslation(doneKey));
                show(ReadModelLag.changedFrom(shown, this::read));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("lead.form.cancel"), click -> dialog.close()), ok);
        return dialog;
    }
}
