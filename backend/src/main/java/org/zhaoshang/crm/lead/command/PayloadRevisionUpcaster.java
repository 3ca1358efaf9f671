package org.zhaoshang.crm.lead.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** Raises one event class's stored payload from one revision to the next by changing its JSON in place. */
abstract class PayloadRevisionUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;

    PayloadRevisionUpcaster(Class<?> eventClass, String fromRevision, String toRevision) {
        this.from = new SimpleSerializedType(eventClass.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventClass.getName(), toRevision);
    }

    /** Changes a payload of the older revision into the newer one. */
    protected abstract void raise(ObjectNode payload);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            raise((ObjectNode) payload);
            return payload;
        });
    }
}
