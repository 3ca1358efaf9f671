package org.zhaoshang.crm.demo;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.shared.api.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's key projects are 54 open leads of every stage, spread over the leaders, departments and scenarios. */
class DemoSupervisionGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void fiftyFourOpenLeadsOfEveryStageSpreadOverTheLeadersAndDepartments() {
        DemoLeadGenerator leads = new DemoLeadGenerator(20_200_601L, TODAY);
        List<DemoOpenLead> open = new ArrayList<>();
        for (int number = 0; number < 300; number++) {
            DemoOpenLead.of(number, leads.lead(number)).ifPresent(open::add);
        }
        List<DemoOpenLead> keyLeads = DemoSupervisionGenerator.keyLeads(open);
        assertThat(keyLeads).hasSize(54).doesNotHaveDuplicates();
        assertThat(keyLeads.stream().map(DemoOpenLead::stage).collect(Collectors.toSet()))
                .isEqualTo(Set.of(Stage.values()));

        DemoSupervisionGenerator generator = new DemoSupervisionGenerator(TODAY);
        List<DemoCommand> commands = new ArrayList<>(generator.designations(keyLeads));
        generator.stories(keyLeads).forEach(commands::addAll);
        List<DesignateKeyProjectCommand> designations = commands.stream().map(DemoCommand::command)
                .filter(DesignateKeyProjectCommand.class::isInstance).map(DesignateKeyProjectCommand.class::cast)
                .toList();
        assertThat(designations).hasSize(54).allMatch(designation -> designation.year() == 2026);
        Map<String, Long> perLeader = designations.stream().collect(Collectors.groupingBy(
                designation -> designation.designation().leader(), Collectors.counting()));
        assertThat(perLeader.keySet()).containsExactlyInAnyOrderElementsOf(DemoSupervisionGenerator.LEADERS);
        assertThat(perLeader.values()).allMatch(count -> count >= 13);
        assertThat(designations.stream().map(designation -> designation.designation().department()).distinct())
                .hasSize(DemoDepartment.ALL.size());

        List<RaiseProblemCommand> raised = commands.stream().map(DemoCommand::command)
                .filter(RaiseProblemCommand.class::isInstance).map(RaiseProblemCommand.class::cast).toList();
        assertThat(raised).hasSize(48);
        raised.forEach(problem -> problem.validate(new Violations(), TODAY).throwIfAny());
        Map<LocalDate, Long> dueDays = raised.stream().collect(Collectors.groupingBy(RaiseProblemCommand::dueOn,
                                                                                     Collectors.counting()));
        assertThat(dueDays).containsKeys(TODAY.minusDays(3), TODAY.minusDays(20));
        assertThat(commands.stream().map(command -> command.command().getClass().getSimpleName())
                           .collect(Collectors.toSet()))
                .contains("NoteProblemProgressCommand", "ResolveProblemCommand", "CloseProblemCommand",
                          "ReopenProblemCommand", "RecordTalkCommand", "WriteInstructionCommand",
                          "LogActivityCommand");
        assertThat(raised.stream().map(RaiseProblemCommand::problemId).collect(Collectors.toMap(
                Function.identity(), id -> 1, Integer::sum)).values()).allMatch(count -> count == 1);
    }
}
