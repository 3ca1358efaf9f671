package org.zhaoshang.crm.eventstore;

import org.axonframework.serialization.Revision;

@Revision("2")
public record TestEvent(String aggregateId, long number, String text) {
}
