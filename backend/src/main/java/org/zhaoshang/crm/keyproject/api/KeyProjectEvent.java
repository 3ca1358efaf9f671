package org.zhaoshang.crm.keyproject.api;

/** An event of one lead's key-project designation for one year ({@link KeyProjectIds#of}). */
public sealed interface KeyProjectEvent
        permits KeyProjectDesignatedEvent, KeyProjectStoppedEvent, InstructionWrittenEvent {

    String keyProjectId();

    int year();

    String leadId();
}
