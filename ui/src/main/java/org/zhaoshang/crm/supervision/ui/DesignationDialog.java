package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.StopKeyProjectCommand;
import org.zhaoshang.crm.security.api.PeopleDirectory;
import org.zhaoshang.crm.security.api.Person;
import org.zhaoshang.crm.security.api.Role;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.supervision.api.query.KeyProjectRow;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;

import java.util.Set;

/**
 * A manager makes a lead a key project of the year or changes its designation: the responsible leader (users with the
 * role LEADER, by name), the responsible department (by its name in the user's language) and the year's goal.
 */
final class DesignationDialog extends Dialog {

    final ComboBox<Person> leader;
    final ComboBox<Department> department;
    final TextArea goal;
    final Button save;

    /** @param current the designation in force, or null for a new one */
    DesignationDialog(SupervisionWords words, CommandSender sender, PeopleDirectory directory, int year, String leadId,
                      String company, KeyProjectRow current, Runnable saved) {
        super(words.t(current == null ? "supervision.designate.title" : "supervision.change.title", company,
                      String.valueOf(year)));
        addClassName("designation-dialog");
        leader = new ComboBox<>(words.t("supervision.card.leader"));
        leader.setItems(directory.withAnyRole(Set.of(Role.LEADER)));
        leader.setItemLabelGenerator(Person::displayName);
        department = new ComboBox<>(words.t("supervision.card.department"));
        department.setItems(words.activeDepartments());
        department.setItemLabelGenerator(words::name);
        goal = new TextArea(words.t("supervision.card.goal"));
        goal.setMaxLength(Designation.MAX_GOAL_LENGTH);
        goal.setHelperText(words.t("supervision.designate.goal.help"));
        if (current != null) {
            leader.getListDataView().getItems().filter(person -> person.username().equals(current.leader()))
                  .findFirst().ifPresent(leader::setValue);
            department.getListDataView().getItems().filter(shown -> shown.code().equals(current.department()))
                      .findFirst().ifPresent(department::setValue);
            goal.setValue(current.goal() == null ? "" : current.goal());
        }
        FieldErrors errors = new FieldErrors().field("designation.leader", leader).field("leader", leader)
                                              .field("designation.department", department)
                                              .field("department", department)
                                              .field("designation.goal", goal).field("goal", goal);
        FormLayout fields = new FormLayout(leader, department, goal);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields);
        setWidth("min(34rem, 95vw)");
        save = new Button(words.t("lead.dialog.confirm"), click -> {
            Designation designation = new Designation(leader.getValue() == null ? null : leader.getValue().username(),
                                                      department.getValue() == null ? null : department.getValue().code(),
                                                      Texts.stripped(goal.getValue()));
            if (sender.send(new DesignateKeyProjectCommand(year, leadId, designation, null), errors)) {
                close();
                Toast.done(words.t("supervision.designated", company, String.valueOf(year)));
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(words.t("lead.form.cancel"), click -> close()), save);
    }

    /** A manager stops the lead being a key project of the year, with the reason. */
    static Dialog stop(SupervisionWords words, CommandSender sender, int year, String leadId, String company,
                       Runnable stopped) {
        Dialog dialog = new Dialog(words.t("supervision.stop.title", company, String.valueOf(year)));
        dialog.addClassName("stop-dialog");
        TextArea reason = new TextArea(words.t("supervision.stop.reason"));
        reason.setMaxLength(StopKeyProjectCommand.MAX_REASON_LENGTH);
        reason.setWidthFull();
        FieldErrors errors = new FieldErrors().field("reason", reason);
        Button confirm = new Button(words.t("supervision.stop"), click -> {
            if (sender.send(new StopKeyProjectCommand(year, leadId, Texts.stripped(reason.getValue()), null),
                            errors)) {
                dialog.close();
                Toast.done(words.t("supervision.stopped.toast", company));
                stopped.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.getFooter().add(new Button(words.t("lead.form.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }
}
