/**
 * The responsible departments (责任单位) key projects and problems are handed to: a reference list administrators keep
 * in both languages. Events, commands, the list and the check other features ask.
 */
package org.zhaoshang.crm.department.api;
