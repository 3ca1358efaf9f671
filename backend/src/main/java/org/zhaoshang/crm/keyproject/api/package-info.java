/**
 * Key projects (重点项目) of a year: designated by managers with their responsible leader (包挂领导), department and goal,
 * stopped with a reason, and the leaders' instructions (批示) on them. One sealed {@code KeyProjectEvent}; names are
 * permanent.
 */
package org.zhaoshang.crm.keyproject.api;
