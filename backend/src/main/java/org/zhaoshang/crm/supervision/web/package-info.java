/** REST endpoints to read supervision: key projects, a dossier, problems, cockpits, leaders × lights. */
package org.zhaoshang.crm.supervision.web;
