/** Our Axon event storage engine on MongoDB: a global index per event, gap-aware tracking, snapshots. */
package org.zhaoshang.crm.eventstore;
