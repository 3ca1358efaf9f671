/**
 * What supervision answers: key projects with lights and reasons, problems with their escalation, a leader's cockpit,
 * leaders × lights, the rules. Leaders see only the key projects they answer for; staff and managers all;
 * ambassadors none.
 */
package org.zhaoshang.crm.supervision.api.query;
