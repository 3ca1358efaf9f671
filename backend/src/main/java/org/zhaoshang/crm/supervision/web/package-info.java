/**
 * The supervision's REST endpoints: the light rules (versions as {@code ETag}/{@code If-Match}); key projects, a
 * dossier, problems, cockpits, leaders × lights to read.
 */
package org.zhaoshang.crm.supervision.web;
