package org.zhaoshang.crm.lead.api.value;

/** The industries the district courts. */
public enum Industry {
    /** funds, banks, insurers, fintech (产业金融) */
    INDUSTRIAL_FINANCE,
    /** 医疗康养 */
    MEDICAL_ELDERLY_CARE,
    /** 细胞治疗与基因检测 */
    CELL_THERAPY_GENETIC_TESTING,
    /** 时尚文化 */
    FASHION_CULTURE,
    /** 区块链、大数据、云计算 */
    BLOCKCHAIN_BIG_DATA_CLOUD,
    /** law, accounting and audit firms for the themed office buildings */
    PROFESSIONAL_SERVICES,
    /** headquarters and regional headquarters */
    HEADQUARTERS,
    CONSUMER_COMMERCE,
    OTHER
}
