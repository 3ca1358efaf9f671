/**
 * Supervision of key projects in the UI (重点项目, 督办): the leader's cockpit, the key-project list, a key project in
 * full (the lead's supervision tab and the leader's page of it), the problems list with the actions in place.
 */
package org.zhaoshang.crm.supervision.ui;
