/**
 * Problems (问题) that block a project, handed to a department with a due day and chased (督办): one sealed
 * {@code ProblemEvent}; names are permanent.
 */
package org.zhaoshang.crm.problem.api;
