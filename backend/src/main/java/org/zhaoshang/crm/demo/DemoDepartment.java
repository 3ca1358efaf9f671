package org.zhaoshang.crm.demo;

import org.zhaoshang.crm.department.api.command.DefineDepartmentCommand;

import java.util.List;

/**
 * A department (责任单位) of the demo district, with the user who acts for it (security's UserBootstrap adds the
 * users with these codes) and what typically blocks a project there.
 */
record DemoDepartment(String code, String nameZh, String nameEn, String user, List<String> problems) {

    static final List<DemoDepartment> ALL = List.of(
            new DemoDepartment("fgj", "区发改局", "District Development and Reform Bureau", "dept-fgj",
                               List.of("项目备案手续未办结，影响后续审批", "节能审查意见尚未出具")),
            new DemoDepartment("swj", "区商务局", "District Commerce Bureau", "dept-swj",
                               List.of("外资企业设立信息报告需补正", "总部企业认定材料待补充")),
            new DemoDepartment("zrzyj", "区自然资源局", "District Natural Resources Bureau", "dept-zrzyj",
                               List.of("用地指标未落实，影响土地摘牌", "规划条件未出具，方案无法报审")),
            new DemoDepartment("zjj", "区住建局", "District Housing and Urban-Rural Development Bureau", "dept-zjj",
                               List.of("施工许可证办理滞后", "人才公寓配租需求未落实")),
            new DemoDepartment("scjgj", "区市场监管局", "District Market Regulation Bureau", "dept-scjgj",
                               List.of("企业名称登记与外资登记材料退回补正", "跨区迁入登记手续受阻")),
            new DemoDepartment("swuj", "区税务局", "District Taxation Bureau", "dept-swuj",
                               List.of("税务登记迁移未完成，影响纳税入库", "留抵退税申请待审核")),
            new DemoDepartment("rsj", "区人社局", "District Human Resources and Social Security Bureau", "dept-rsj",
                               List.of("高管子女入学与人才认定需求未落实", "外籍高管工作许可办理滞后")),
            new DemoDepartment("jrb", "区金融办", "District Financial Affairs Office", "dept-jrb",
                               List.of("金融牌照属地初审意见未出具", "私募基金备案前置意见待出具")));

    DefineDepartmentCommand define() {
        return new DefineDepartmentCommand(code, nameZh, nameEn);
    }
}
