/** RFC 7807 problem details for every API error. */
package org.zhaoshang.crm.shared.web;
