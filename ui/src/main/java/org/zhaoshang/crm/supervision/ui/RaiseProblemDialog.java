package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.zhaoshang.crm.department.api.Department;
import org.zhaoshang.crm.problem.api.command.ProblemInput;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.BureauDatePicker;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;

import java.util.UUID;

/** Raises a problem on a lead (交办): what blocks it, the department it is handed to, the day it must be solved by. */
final class RaiseProblemDialog extends Dialog {

    final TextArea description;
    final ComboBox<Department> department;
    final BureauDatePicker dueOn;
    final Button raise;

    RaiseProblemDialog(SupervisionWords words, CommandSender sender, String leadId, String company, Runnable raised) {
        super(words.t("supervision.problem.raise.title", company));
        addClassName("raise-problem-dialog");
        description = new TextArea(words.t("supervision.problem.description"));
        description.setMaxLength(ProblemInput.MAX_TEXT_LENGTH);
        description.setAutofocus(true);
        department = new ComboBox<>(words.t("supervision.card.department"));
        department.setItems(words.activeDepartments());
        department.setItemLabelGenerator(words::name);
        dueOn = new BureauDatePicker(words.t("supervision.problem.dueOn"));
        FieldErrors errors = new FieldErrors().field("description", description).field("department", department)
                                              .field("dueOn", dueOn);
        FormLayout fields = new FormLayout(description, department, dueOn);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(fields);
        setWidth("min(34rem, 95vw)");
        raise = new Button(words.t("supervision.problem.raise.confirm"), click -> {
            String text = Texts.stripped(description.getValue());
            if (sender.send(new RaiseProblemCommand(UUID.randomUUID().toString(), leadId, text,
                                                    department.getValue() == null ? null
                                                            : department.getValue().code(),
                                                    dueOn.getValue(), null), errors)) {
                close();
                Toast.done(words.t("supervision.problem.raised.toast", SupervisionWords.shortly(text),
                                   words.department(department.getValue().code())));
                raised.run();
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(words.t("lead.form.cancel"), click -> close()), raise);
    }
}
