/**
 * Evidence documents of a lead (agreement scans, business licences, bank receipts, tax certificates, photos): stored
 * in MongoDB, typed by their content, seen by whoever sees the lead (ambassadors and partners only what is shareable).
 */
package org.zhaoshang.crm.document;
