/** The REST endpoints of imports and saved mappings. */
package org.zhaoshang.crm.importing.web;
