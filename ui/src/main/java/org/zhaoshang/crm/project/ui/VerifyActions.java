package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.zhaoshang.crm.project.api.command.VerifyProgressCommand;
import org.zhaoshang.crm.project.api.value.Decision;
import org.zhaoshang.crm.shared.api.Texts;
import org.zhaoshang.crm.shared.api.Violations;
import org.zhaoshang.crm.ui.FieldErrors;

/**
 * A manager's verification (认定) of one pending fact: approve, or return with the reason (asked in a dialog). The
 * backend decides who may (never the recorder); its refusal shows in the line under the buttons.
 */
final class VerifyActions extends FlexLayout {

    final Button approve;
    final Button giveBack;
    final Span refusal = InlineSender.refusalLine();

    /**
     * @param expectedVersion the project's version the manager saw; null when it comes from a list that may trail
     *                        the project (the fact's own state guards it then)
     */
    VerifyActions(String projectId, String progressId, Long expectedVersion, ProjectWords words, InlineSender sender,
                  Runnable decided) {
        addClassName("verify-actions");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "center");
        approve = new Button(words.t("project.verify.approve"), click -> {
            if (sender.send(new VerifyProgressCommand(projectId, progressId, Decision.APPROVED, null,
                                                      expectedVersion), null, refusal, "verify")) {
                decided.run();
            }
        });
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        giveBack = new Button(words.t("project.verify.return"), click -> returnDialog(
                projectId, progressId, expectedVersion, words, sender, decided).open());
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        add(approve, giveBack, refusal);
        refusal.getStyle().set("flex-basis", "100%");
    }

    private Dialog returnDialog(String projectId, String progressId, Long expectedVersion, ProjectWords words,
                                InlineSender sender, Runnable decided) {
        Dialog dialog = new Dialog(words.t("project.verify.returnTitle"));
        dialog.addClassName("return-dialog");
        TextArea reason = new TextArea(words.t("project.verify.reason"));
        reason.setMaxLength(Violations.MAX_TEXT_LENGTH);
        reason.setWidthFull();
        Span dialogRefusal = InlineSender.refusalLine();
        FieldErrors errors = new FieldErrors().field("reason", reason);
        Button confirm = new Button(words.t("project.verify.returnConfirm"), click -> {
            if (sender.send(new VerifyProgressCommand(projectId, progressId, Decision.RETURNED,
                                                      Texts.stripped(reason.getValue()), expectedVersion),
                            errors, dialogRefusal, "verify")) {
                dialog.close();
                decided.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(reason, dialogRefusal);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.getFooter().add(new Button(words.t("lead.form.cancel"), click -> dialog.close()), confirm);
        return dialog;
    }
}
