package org.zhaoshang.crm.messaging;

/** The user on whose behalf the current thread gives commands. */
@FunctionalInterface
public interface CurrentActor {

    String id();
}
