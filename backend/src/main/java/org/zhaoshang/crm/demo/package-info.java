/** Demo leads with their history, given as real commands to a new embedded store. */
package org.zhaoshang.crm.demo;
