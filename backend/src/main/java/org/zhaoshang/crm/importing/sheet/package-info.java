/** Reading .xlsx and .csv sheets as rows of text cells, within bounded size. */
package org.zhaoshang.crm.importing.sheet;
