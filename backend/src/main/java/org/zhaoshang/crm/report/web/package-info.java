/**
 * The reports over REST: the dispatch and the circular of a finished period as JSON, Word or Excel, in Chinese or
 * English; the reports issued, downloaded as they were kept, and issuing one by hand.
 */
package org.zhaoshang.crm.report.web;
