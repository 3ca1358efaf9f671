package org.zhaoshang.crm.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Revision 1 of {@link TestEvent} called its text {@code txt}; revision 2 calls it {@code text}. */
class TestEventTextUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TestEvent.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(TestEvent.class.getName(), "2"), JsonNode.class, payload -> {
                    ObjectNode upgraded = (ObjectNode) payload;
                    upgraded.set("text", upgraded.remove("txt"));
                    return upgraded;
                });
    }
}
