/**
 * Performance of signed projects (签约项目履约) for managers: the rates per cohort and slice, the stuck lists, promised
 * against actual, and the projects behind each figure; their queries and answers (domain.md, "After the signature").
 */
package org.zhaoshang.crm.performance.api;
