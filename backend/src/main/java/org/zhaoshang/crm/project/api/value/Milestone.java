package org.zhaoshang.crm.project.api.value;

/** A step after the signature that a project's kind promises (domain.md, "After the signature"). */
public enum Milestone {
    /** 注册 */
    REGISTERED,
    /** 入驻 (office) */
    MOVED_IN,
    /** 供地 (land) */
    LAND_SUPPLIED,
    /** 开工 (land) */
    CONSTRUCTION_STARTED,
    /** 竣工 (land) */
    COMPLETED,
    /** 开业运营 (office) / 投产 (land) */
    OPERATING,
    /** 达产: tax at the promised yearly level */
    FULL_PRODUCTION
}
