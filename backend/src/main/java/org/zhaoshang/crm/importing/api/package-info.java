/** Imports of bureaus' sheets: the fields a column can hold, the options, the report. */
package org.zhaoshang.crm.importing.api;
