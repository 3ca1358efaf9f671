package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.keyproject.api.Designation;
import org.zhaoshang.crm.keyproject.api.command.DesignateKeyProjectCommand;
import org.zhaoshang.crm.keyproject.api.command.WriteInstructionCommand;
import org.zhaoshang.crm.lead.api.command.LogActivityCommand;
import org.zhaoshang.crm.lead.api.value.ActivityType;
import org.zhaoshang.crm.lead.api.value.Stage;
import org.zhaoshang.crm.problem.api.command.CloseProblemCommand;
import org.zhaoshang.crm.problem.api.command.NoteProblemProgressCommand;
import org.zhaoshang.crm.problem.api.command.RaiseProblemCommand;
import org.zhaoshang.crm.problem.api.command.RecordTalkCommand;
import org.zhaoshang.crm.problem.api.command.ReopenProblemCommand;
import org.zhaoshang.crm.problem.api.command.ResolveProblemCommand;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The district's key projects of the year and their problems (督办), as a bureau would have kept them: up to 54 open
 * demo leads of every stage, spread over the demo leaders and departments, each followed up lately by its owner, and
 * problems in every status (assigned, in progress with notes, resolved, closed, reopened), some overdue by 3 days
 * (yellow card), some by 20 (red card) with a talk (约谈) and the leader's instructions (批示), so that every light
 * shows. The same leads and day give the same commands; the problems' ids follow from their leads.
 */
final class DemoSupervisionGenerator {

    static final int KEY_PROJECTS = 54;
    /** The demo leaders (security's UserBootstrap adds them). */
    static final List<String> LEADERS = List.of("leader", "leader-sun.hai", "leader-li.ming", "leader-chen.jing");
    private static final String MANAGER = DemoProjectGenerator.MANAGER;

    /** What happens to a key project's problem; in turn, so that each comes several times. */
    enum Scenario {
        /** solved and accepted (销号) */
        CLOSED,
        /** in progress, 3 days past its due day: a yellow card */
        YELLOW,
        /** in progress, 20 days past its due day: a red card, a talk and the leader's instruction */
        RED_TALKED,
        /** reported solved, waiting for a manager */
        RESOLVED,
        /** closed, then sent back with a new due day, in progress again */
        REOPENED,
        /** handed over lately, due in the coming days */
        ASSIGNED,
        /** never noted, 3 days late */
        YELLOW_ASSIGNED,
        /** never noted, 20 days late; a manager called the department in */
        RED_ASSIGNED,
        /** no problem at all */
        NONE
    }

    private final LocalDate today;

    DemoSupervisionGenerator(LocalDate today) {
        this.today = today;
    }

    static String problemId(String leadId) {
        return UUID.nameUUIDFromBytes(("demo-problem-" + leadId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The departments to define, each by the administrator. */
    static List<DemoCommand> departments() {
        return DemoDepartment.ALL.stream().map(department -> new DemoCommand(department.define(), "admin")).toList();
    }

    /** The leads that become key projects: taken in turn from each stage, later stages first, by number. */
    static List<DemoOpenLead> keyLeads(List<DemoOpenLead> open) {
        Map<Stage, LinkedList<DemoOpenLead>> byStage = new EnumMap<>(Stage.class);
        open.stream().sorted(Comparator.comparingInt(DemoOpenLead::number))
            .forEach(lead -> byStage.computeIfAbsent(lead.stage(), stage -> new LinkedList<>()).add(lead));
        List<Stage> laterFirst = new ArrayList<>(List.of(Stage.values()));
        Collections.reverse(laterFirst);
        List<DemoOpenLead> chosen = new ArrayList<>();
        while (chosen.size() < KEY_PROJECTS && byStage.values().stream().anyMatch(leads -> !leads.isEmpty())) {
            for (Stage stage : laterFirst) {
                LinkedList<DemoOpenLead> leads = byStage.getOrDefault(stage, new LinkedList<>());
                if (!leads.isEmpty() && chosen.size() < KEY_PROJECTS) {
                    chosen.add(leads.removeFirst());
                }
            }
        }
        chosen.sort(Comparator.comparingInt(DemoOpenLead::number));
        return chosen;
    }

    /** The designation of each key lead, over the leaders and departments in turn. */
    List<DemoCommand> designations(List<DemoOpenLead> keyLeads) {
        List<DemoCommand> commands = new ArrayList<>();
        for (int i = 0; i < keyLeads.size(); i++) {
            DemoOpenLead lead = keyLeads.get(i);
            DemoDepartment department = DemoDepartment.ALL.get(i % DemoDepartment.ALL.size());
            commands.add(new DemoCommand(new DesignateKeyProjectCommand(
                    today.getYear(), lead.leadId(),
                    new Designation(LEADERS.get(i % LEADERS.size()), department.code(), goal(lead.stage())), null),
                    MANAGER));
        }
        return commands;
    }

    /**
     * Per key lead (once designated), in order: its owner's latest follow-up and its problem's story. The leads'
     * stories are independent of each other.
     */
    List<List<DemoCommand>> stories(List<DemoOpenLead> keyLeads) {
        List<List<DemoCommand>> stories = new ArrayList<>();
        for (int i = 0; i < keyLeads.size(); i++) {
            DemoOpenLead lead = keyLeads.get(i);
            Scenario scenario = Scenario.values()[i % Scenario.values().length];
            List<DemoCommand> story = new ArrayList<>();
            if (scenario != Scenario.NONE || i % 2 == 0) {
                story.add(new DemoCommand(new LogActivityCommand(
                        lead.leadId(), lead.leadId() + "-kp-followup", ActivityType.CALL, today.minusDays(2 + i % 5),
                        List.of(lead.owner()), "重点项目调度后电话跟进，了解项目推进情况和需协调的问题", false, null),
                        lead.owner()));
            }
            story.addAll(problem(lead, DemoDepartment.ALL.get(i % DemoDepartment.ALL.size()),
                                 LEADERS.get(i % LEADERS.size()), scenario, i));
            stories.add(story);
        }
        return stories;
    }

    private static String goal(Stage stage) {
        return switch (stage) {
            case SIGNED -> "年内完成工商注册，启动项目建设";
            case LANDED -> "年内建成投产，实现首笔纳税";
            case OPERATING -> "年内达产达效，纳税突破1000万元";
            default -> "年内签订投资协议，推动项目落地";
        };
    }

    private List<DemoCommand> problem(DemoOpenLead lead, DemoDepartment department, String leader,
                                      Scenario scenario, int turn) {
        if (scenario == Scenario.NONE) {
            return List.of();
        }
        String id = problemId(lead.leadId());
        String text = department.problems().get(turn / DemoDepartment.ALL.size() % department.problems().size());
        List<DemoCommand> story = new ArrayList<>();
        LocalDate raisedOn = switch (scenario) {
            case ASSIGNED -> today.minusDays(3);
            case RESOLVED -> today.minusDays(20);
            case YELLOW, YELLOW_ASSIGNED -> today.minusDays(25);
            default -> today.minusDays(45);
        };
        LocalDate dueOn = switch (scenario) {
            case ASSIGNED -> today.plusDays(12);
            case RESOLVED -> today.plusDays(10);
            case YELLOW, YELLOW_ASSIGNED -> today.minusDays(3);
            case RED_TALKED, RED_ASSIGNED -> today.minusDays(20);
            default -> today.minusDays(25);
        };
        story.add(new DemoCommand(new RaiseProblemCommand(id, lead.leadId(), text, department.code(), dueOn, null,
                                                          raisedOn), lead.owner()));
        String user = department.user();
        switch (scenario) {
            case CLOSED -> {
                story.add(note(id, "已召开专题协调会，明确办理时限", user));
                story.add(new DemoCommand(new ResolveProblemCommand(id, "已办结，相关手续已完成", null), user));
                story.add(new DemoCommand(new CloseProblemCommand(id, "经核实已解决，同意销号", null), MANAGER));
            }
            case YELLOW -> {
                story.add(note(id, "已与企业对接，材料正在补充", user));
                story.add(instruction(lead, leader, null, "请责任单位加快办理，按期反馈进展"));
            }
            case RED_TALKED -> {
                story.add(note(id, "已报市级部门，等待答复", user));
                story.add(new DemoCommand(new RecordTalkCommand(
                        id, today.minusDays(2), department.nameZh() + "主要负责人、项目单位负责人",
                        "问题超期20天未解决，约谈" + department.nameZh() + "，要求两周内拿出解决方案", null), leader));
                story.add(instruction(lead, leader, id, "红牌问题，请" + department.nameZh() + "主要负责同志牵头，"
                                                        + "一周内拿出解决方案"));
            }
            case RESOLVED -> {
                story.add(note(id, "已现场办公，逐项核对材料", user));
                story.add(new DemoCommand(new ResolveProblemCommand(id, "已完成办理，请企业确认", null), user));
            }
            case REOPENED -> {
                story.add(new DemoCommand(new ResolveProblemCommand(id, "已出具意见", null), user));
                story.add(new DemoCommand(new CloseProblemCommand(id, null, null), MANAGER));
                story.add(new DemoCommand(new ReopenProblemCommand(id, "企业反映问题未真正解决，重新交办",
                                                                   today.plusDays(14), null), MANAGER));
                story.add(note(id, "重新交办后已约企业逐项核实", user));
            }
            case RED_ASSIGNED -> story.add(new DemoCommand(new RecordTalkCommand(
                    id, today.minusDays(1), department.nameZh() + "分管负责人",
                    "问题交办后未见办理，提醒约谈，要求三日内反馈办理计划", null), MANAGER));
            default -> {
                // ASSIGNED and YELLOW_ASSIGNED: handed over, nothing done yet
            }
        }
        return story;
    }

    private static DemoCommand note(String problemId, String note, String user) {
        return new DemoCommand(new NoteProblemProgressCommand(problemId, note, null), user);
    }

    private DemoCommand instruction(DemoOpenLead lead, String leader, String problemId, String text) {
        String instructionId = UUID.nameUUIDFromBytes(("demo-instruction-" + lead.leadId() + "-" + problemId)
                                                              .getBytes(StandardCharsets.UTF_8)).toString();
        return new DemoCommand(new WriteInstructionCommand(today.getYear(), lead.leadId(), instructionId,
                                                           problemId, text), leader);
    }
}
