/** What may be asked about signed projects, and the answers. */
package org.zhaoshang.crm.project.api.query;
