package org.zhaoshang.crm.building.importing;

import org.zhaoshang.crm.building.api.value.BuildingKind;
import org.zhaoshang.crm.building.api.value.UnitStatus;
import org.zhaoshang.crm.importing.values.Vocabulary;
import org.zhaoshang.crm.importing.values.Words;
import org.zhaoshang.crm.lead.api.value.Industry;
import org.zhaoshang.crm.lead.api.value.TargetZone;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Map.entry;

/** The words building sheets write for zones, kinds, unit statuses and themes; an enum's own name is read too. */
final class SheetWords {

    static final String ZONES_KNOWN = "金融城, 明府城, 山大路, 明湖, 其他 (or " + List.of(TargetZone.values()) + ")";
    static final String KINDS_KNOWN = "楼宇 or 园区 (BUILDING, PARK)";
    static final String STATUSES_KNOWN = "空置, 预留 or 已租 (VACANT, RESERVED, LET)";
    static final String INDUSTRIES_KNOWN = "an industry such as 金融, 律所, 会计 (or " + List.of(Industry.values()) + ")";

    private static final Words<BuildingKind> KINDS = Words.of(
            entry(BuildingKind.BUILDING, List.of("楼宇", "写字楼", "大厦", "商务楼宇", "building", "office building",
                                                 "tower")),
            entry(BuildingKind.PARK, List.of("园区", "产业园", "科技园", "park", "industrial park")));
    private static final Words<UnitStatus> STATUSES = Words.of(
            entry(UnitStatus.VACANT, List.of("空置", "空闲", "待租", "招租", "招租中", "未租", "未出租", "vacant",
                                             "empty", "available", "to let")),
            entry(UnitStatus.RESERVED, List.of("预留", "已预留", "预定", "reserved")),
            entry(UnitStatus.LET, List.of("已租", "已出租", "出租", "在租", "已入驻", "let", "leased", "rented",
                                          "occupied")));

    private SheetWords() {
    }

    static Optional<TargetZone> zone(String text) {
        return constant(TargetZone.class, text).or(() -> Vocabulary.ZONES.read(text));
    }

    static Optional<BuildingKind> kind(String text) {
        return constant(BuildingKind.class, text).or(() -> KINDS.read(text));
    }

    static Optional<UnitStatus> status(String text) {
        return constant(UnitStatus.class, text).or(() -> STATUSES.read(text));
    }

    static Optional<Industry> industry(String text) {
        return constant(Industry.class, text).or(() -> Vocabulary.INDUSTRIES.read(text));
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
