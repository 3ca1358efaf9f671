/**
 * The managers' performance view of signed projects (签约项目履约): rates per cohort and slice, the stuck lists,
 * promised against actual, and the projects behind each figure.
 */
package org.zhaoshang.crm.performance.ui;
