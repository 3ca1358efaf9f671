/** The values a lead is made of (company, contact, person names, stages, markets, amounts), each normalising itself. */
package org.zhaoshang.crm.lead.api.value;
