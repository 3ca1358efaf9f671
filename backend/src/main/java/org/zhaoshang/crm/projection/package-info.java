/** What every read model shares: the pooled processor, batches, rebuilds and the segments of several nodes. */
package org.zhaoshang.crm.projection;
