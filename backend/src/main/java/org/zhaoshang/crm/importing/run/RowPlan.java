package org.zhaoshang.crm.importing.run;

import org.zhaoshang.crm.importing.api.ImportMessage;
import org.zhaoshang.crm.lead.api.command.ImportLeadCommand;
import org.zhaoshang.crm.lead.api.value.Stage;

import java.util.List;

/** One row as read: the commands it becomes (null when it cannot be read), and what was said of its values. */
record RowPlan(int row, String company, ImportLeadCommand command, Stage stage, List<ImportMessage> messages) {

    boolean unreadable() {
        return command == null;
    }
}
