/**
 * Supervision of key projects: the rules of the traffic lights and escalation (a fact with the day it applies from),
 * the lights, the problems' escalation levels, the key-project list, the leader's cockpit, as known now or then.
 */
package org.zhaoshang.crm.supervision.api;
