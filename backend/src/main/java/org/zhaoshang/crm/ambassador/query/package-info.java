/** The list of ambassadors and partners, kept from their events, and its queries. */
package org.zhaoshang.crm.ambassador.query;
