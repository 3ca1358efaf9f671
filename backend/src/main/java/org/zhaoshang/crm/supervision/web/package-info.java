/**
 * The supervision's REST endpoints: key projects, a dossier, problems, cockpits, leaders × lights, and the light rules
 * (versions as {@code ETag}/{@code If-Match}).
 */
package org.zhaoshang.crm.supervision.web;
