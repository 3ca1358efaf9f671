package org.zhaoshang.crm.ambassador.command;

import org.axonframework.messaging.MetaData;
import org.zhaoshang.crm.security.api.Caller;
import org.zhaoshang.crm.security.api.Role;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.zhaoshang.crm.ambassador.api.AmbassadorDeactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorProfile;
import org.zhaoshang.crm.ambassador.api.AmbassadorReactivatedEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorRegisteredEvent;
import org.zhaoshang.crm.ambassador.api.AmbassadorUpdatedEvent;
import org.zhaoshang.crm.ambassador.api.DeactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.ReactivateAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.RegisterAmbassadorCommand;
import org.zhaoshang.crm.ambassador.api.UpdateAmbassadorCommand;
import org.zhaoshang.crm.shared.api.Violations;

import java.util.EnumSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.zhaoshang.crm.shared.api.Texts.hasText;
import static org.zhaoshang.crm.shared.api.Texts.stripped;

/** An investment ambassador (招商大使) or international partner (国际招商合伙人) who introduces companies. */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Ambassador {

    @AggregateIdentifier
    private String ambassadorId;
    private boolean active;

    protected Ambassador() {
    }

    @CommandHandler
    public Ambassador(RegisterAmbassadorCommand command, MetaData metaData) {
        requireManagerOrAdmin(metaData);
        checkProfile(new Violations().required("ambassadorId", command.ambassadorId()), command.profile());
        apply(new AmbassadorRegisteredEvent(command.ambassadorId(), cleaned(command.profile())));
    }

    @CommandHandler
    public void handle(UpdateAmbassadorCommand command, MetaData metaData) {
        requireManagerOrAdmin(metaData);
        checkProfile(new Violations(), command.profile());
        apply(new AmbassadorUpdatedEvent(ambassadorId, cleaned(command.profile())));
    }

    @CommandHandler
    public void handle(DeactivateAmbassadorCommand command, MetaData metaData) {
        requireManagerOrAdmin(metaData);
        new Violations()
                .check(active, "active", "inactive", "the ambassador is already deactivated")
                .required("reason", command.reason())
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new AmbassadorDeactivatedEvent(ambassadorId, stripped(command.reason())));
    }

    @CommandHandler
    public void handle(ReactivateAmbassadorCommand command, MetaData metaData) {
        requireManagerOrAdmin(metaData);
        new Violations()
                .check(!active, "active", "active", "the ambassador is active")
                .maxLength("reason", command.reason(), Violations.MAX_TEXT_LENGTH)
                .throwIfAny();
        apply(new AmbassadorReactivatedEvent(ambassadorId, stripped(command.reason())));
    }

    private static void checkProfile(Violations violations, AmbassadorProfile profile) {
        violations.required("kind", profile == null ? null : profile.kind())
                  .required("name", profile == null ? null : profile.name());
        if (profile != null) {
            violations.maxLength("name", profile.name(), Violations.MAX_NAME_LENGTH)
                      .maxLength("organisation", profile.organisation(), Violations.MAX_NAME_LENGTH)
                      .email("email", profile.email())
                      .phone("phone", profile.phone());
        }
        violations.throwIfAny();
    }

    private static AmbassadorProfile cleaned(AmbassadorProfile profile) {
        return new AmbassadorProfile(profile.kind(), profile.name().strip(), stripped(profile.organisation()),
                                     profile.markets() == null || profile.markets().isEmpty()
                                     ? EnumSet.noneOf(org.zhaoshang.crm.lead.api.value.SourceMarket.class)
                                     : EnumSet.copyOf(profile.markets()),
                                     stripped(profile.email()), stripped(profile.phone()));
    }

    @EventSourcingHandler
    void on(AmbassadorRegisteredEvent event) {
        ambassadorId = event.ambassadorId();
        active = true;
    }

    @EventSourcingHandler
    void on(AmbassadorDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(AmbassadorReactivatedEvent event) {
        active = true;
    }



    /** The list of ambassadors and partners is reference data: managers and administrators keep it. */
    private static void requireManagerOrAdmin(MetaData metaData) {
        Caller.from(metaData).require("Changing the ambassadors and partners", Role.MANAGER, Role.ADMIN);
    }
}
