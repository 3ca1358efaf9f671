/**
 * Demo leads with their history and the signed leads' projects (commitments, progress with evidence, verification),
 * given as real commands to a new embedded store.
 */
package org.zhaoshang.crm.demo;
