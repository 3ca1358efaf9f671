/** Rows of a sheet turned into import commands, saved column mappings, progress. */
package org.zhaoshang.crm.importing.run;
