/** The import of a sheet: mapping, check, import with progress, the report. */
package org.zhaoshang.crm.importing.ui;
