/** The Problem aggregate (督办) and who may move it. */
package org.zhaoshang.crm.problem.command;
