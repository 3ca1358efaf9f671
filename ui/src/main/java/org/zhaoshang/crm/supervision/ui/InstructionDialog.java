package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.zhaoshang.crm.keyproject.api.command.WriteInstructionCommand;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.ui.CommandSender;
import org.zhaoshang.crm.ui.FieldErrors;
import org.zhaoshang.crm.ui.Toast;

import java.util.UUID;

/**
 * A leader's instruction (批示) in two taps: the button that opened this dialog, then Send; the text area has the
 * focus at once, so that a phone's keyboard comes up with it.
 */
final class InstructionDialog extends Dialog {

    final TextArea text;
    final Button send;

    /** @param problemId the problem it is about, or null for the project */
    InstructionDialog(SupervisionWords words, CommandSender sender, int year, String leadId, String company,
                      String problemId, Runnable written) {
        super(words.t(problemId == null ? "supervision.instruction.title" : "supervision.instruction.titleProblem",
                      company));
        addClassName("instruction-dialog");
        text = new TextArea(words.t("supervision.instruction.text"));
        text.setMaxLength(WriteInstructionCommand.MAX_TEXT_LENGTH);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setAutofocus(true);
        FieldErrors errors = new FieldErrors().field("text", text);
        send = new Button(words.t("supervision.instruction.send"), click -> {
            if (sender.send(new WriteInstructionCommand(year, leadId, UUID.randomUUID().toString(), problemId,
                                                        Texts.stripped(text.getValue())), errors)) {
                close();
                Toast.done(words.t("supervision.instruction.sent", company));
                written.run();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text);
        setWidth("min(32rem, 95vw)");
        getFooter().add(new Button(words.t("lead.form.cancel"), click -> close()), send);
    }
}
