/**
 * Demo leads with their history and the signed leads' projects (commitments, progress with evidence, verification),
 * key projects and their problems, and the district's buildings with tenants and tax, given as real commands to a new
 * embedded store.
 */
package org.zhaoshang.crm.demo;
