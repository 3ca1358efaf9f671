package org.zhaoshang.crm.shared.api;

/** A signed-in user as others see them: the UI's frame greets them by this name without knowing the users' feature. */
public interface DisplayNamed {

    String displayName();
}
