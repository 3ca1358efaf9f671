package org.zhaoshang.crm.building.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.zhaoshang.crm.building.api.command.AddUnitCommand;
import org.zhaoshang.crm.building.api.command.RecordBuildingTaxCommand;
import org.zhaoshang.crm.building.api.command.RegisterBuildingCommand;
import org.zhaoshang.crm.building.api.query.BuildingDetail;
import org.zhaoshang.crm.building.api.query.FindBuildingQuery;
import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.BuildingProfile;
import org.zhaoshang.crm.building.api.value.TaxSource;
import org.zhaoshang.crm.building.api.value.UnitLayout;
import org.zhaoshang.crm.lead.api.query.FindLeadsQuery;
import org.zhaoshang.crm.lead.api.query.LeadFilter;
import org.zhaoshang.crm.lead.api.query.LeadPage;
import org.zhaoshang.crm.lead.api.query.LeadSort;
import org.zhaoshang.crm.lead.api.query.LeadSummary;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.LeadStatus;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.lead.api.value.TargetZone;
import org.zhaoshang.crm.shared.api.BureauTime;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Buildings as the views meet them, given by whoever is signed in (a manager): each registered with units and tax and
 * waited for until the building's page reads it.
 */
final class BuildingScene {

    static final int YEAR = LocalDate.now(BureauTime.ZONE).getYear();

    private final CommandGateway commands;
    private final QueryGateway queries;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);

    BuildingScene(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A building in a zone, kept by {@code manager} (null: none), with two floors of two units each; its id. */
    String building(String nameZh, String nameEn, TargetZone zone, String manager) {
        String buildingId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterBuildingCommand(buildingId, new BuildingProfile(
                nameZh + suffix, nameEn + " " + suffix, BuildingKind.BUILDING, zone, "经十路 " + suffix + " 号",
                "鲁信集团", manager, new BigDecimal("20000"), new BigDecimal("16000"), 20, 2,
                Set.of(Industry.INDUSTRIAL_FINANCE))));
        for (int floor = 2; floor >= 1; floor--) {
            for (int position = 1; position <= 2; position++) {
                String number = floor + "0" + position;
                commands.sendAndWait(new AddUnitCommand(buildingId, "u-" + number, new UnitLayout(
                        floor, number, position, new BigDecimal(position == 1 ? "600" : "300"),
                        new BigDecimal("4.5")), null));
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> units(buildingId) == 4);
        return buildingId;
    }

    /** The year's tax of a building, 万元, once the building's page shows it. */
    void tax(String buildingId, String wan) {
        commands.sendAndWait(new RecordBuildingTaxCommand(buildingId, YEAR, null, new BigDecimal(wan),
                                                          TaxSource.ENTERED, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> detail(buildingId).taxYears().stream().anyMatch(
                year -> year.year() == YEAR && year.yearWan() != null
                        && year.yearWan().compareTo(new BigDecimal(wan)) == 0));
    }

    BuildingDetail detail(String buildingId) {
        try {
            return queries.query(new FindBuildingQuery(buildingId), ResponseTypes.instanceOf(BuildingDetail.class))
                          .join();
        } catch (RuntimeException notYet) {
            return null;
        }
    }

    private int units(String buildingId) {
        BuildingDetail detail = detail(buildingId);
        return detail == null ? -1 : detail.floors().stream().mapToInt(floor -> floor.units().size()).sum();
    }

    /** An open lead at INTENT or later that the signed-in user may see (the demo has some). */
    LeadSummary leadAtIntent() {
        LeadFilter filter = new LeadFilter(null, EnumSet.range(Stage.INTENT, Stage.SIGNED), null, null, null, null, null, null,
                                           EnumSet.of(LeadStatus.OPEN), null, null, null, null, null, null);
        LeadPage page = queries.query(new FindLeadsQuery(filter, LeadSort.COMPANY, false, 0, 50),
                                      ResponseTypes.instanceOf(LeadPage.class)).join();
        return page.leads().stream().findFirst().orElseThrow(() -> new IllegalStateException("no lead at INTENT"));
    }
}
