package org.zhaoshang.crm.messaging;

import org.zhaoshang.crm.security.api.Caller;

/** The user on whose behalf the current thread gives commands and asks queries. */
@FunctionalInterface
public interface CurrentCaller {

    Caller caller();
}
