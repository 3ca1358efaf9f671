/** The performance read model: each signed project's dated facts and commitments, and the rates read from them. */
package org.zhaoshang.crm.performance.query;
