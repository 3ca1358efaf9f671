package org.zhaoshang.crm.storage;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;

import java.util.Optional;

import static org.axonframework.common.ExceptionUtils.findException;

/** The store not answering, as a failure tells it: whether the change may have reached the store or not. */
public enum StoreOutage {

    /** No store to send to (none seen by the driver, or none found in its selection timeout): nothing was changed. */
    NOT_SENT,
    /** The connection broke while the store was asked: the change may or may not have been stored. */
    UNCONFIRMED;

    public static Optional<StoreOutage> of(Throwable failure) {
        return findException(failure, cause -> outage(cause) != null).map(StoreOutage::outage);
    }

    private static StoreOutage outage(Throwable cause) {
        if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketOpenException
            || cause instanceof StoreAvailability.StoreUnavailableException) {
            return NOT_SENT;
        }
        if (cause instanceof MongoSocketException || cause instanceof MongoNotPrimaryException
            || cause instanceof MongoNodeIsRecoveringException) {
            return UNCONFIRMED;
        }
        return null;
    }
}
