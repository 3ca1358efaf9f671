/**
 * Vacant space matched to leads: a compact read model of every building's units and of the leads' needs, an index of
 * the units not let (reloaded only when the read model moves), and the matching that ranks single units and runs of
 * adjacent free units on one floor by how well they fit a need.
 */
package org.zhaoshang.crm.space.match;
