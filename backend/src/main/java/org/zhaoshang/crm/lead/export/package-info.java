/** The lead list as a CSV or Excel download: what the caller may see, in the list's filter and order. */
package org.zhaoshang.crm.lead.export;
