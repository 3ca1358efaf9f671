/** The supervision's REST endpoints: the light rules (versions as {@code ETag}/{@code If-Match}). */
package org.zhaoshang.crm.supervision.web;
