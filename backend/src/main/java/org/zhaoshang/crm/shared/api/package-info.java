/** What every feature shares: field violations and their rules, the bureau's calendar, text handling. */
package org.zhaoshang.crm.shared.api;
