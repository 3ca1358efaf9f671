/** Axon messaging set-up: serializers, the caller stamped on every message, the retrying command gateway. */
package org.zhaoshang.crm.messaging;
