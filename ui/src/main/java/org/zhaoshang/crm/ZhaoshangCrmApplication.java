package org.zhaoshang.crm;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.zhaoshang.crm.backup.BackupCommandLine;
import org.zhaoshang.crm.storage.StoreOnly;

/** Zhaoshang CRM: the one application (REST API, Vaadin UI, event store, projections). */
@SpringBootApplication
@Theme("zhaoshang")
@Push
@PWA(name = "Zhaoshang CRM 招商引资", shortName = "招商 CRM")
public class ZhaoshangCrmApplication implements AppShellConfigurator {

    /** Axon's update checker would send the framework version and a machine id to AxonIQ: off unless asked for. */
    private static final String AXON_UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && StoreOnly.COMMAND.equals(args[0])) {
            StoreOnly.run(args);
            return;
        }
        if (args.length > 0 && BackupCommandLine.COMMANDS.contains(args[0])) {
            System.exit(BackupCommandLine.run(args, System.getenv(), System.out, System.err));
        }
        System.setProperty(AXON_UPDATE_CHECKER_DISABLED, System.getProperty(AXON_UPDATE_CHECKER_DISABLED, "true"));
        try {
            SpringApplication.run(ZhaoshangCrmApplication.class, args);
        } catch (RuntimeException failedToStart) {
            // Spring has logged why. Threads the failed start left behind (the embedded store's) must not keep a
            // process alive that serves nothing: a supervisor has to see it end.
            System.exit(1);
        }
    }
}
