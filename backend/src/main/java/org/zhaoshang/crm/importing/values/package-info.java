/** Values as people type them in sheets: words, amounts with units and currencies, days. */
package org.zhaoshang.crm.importing.values;
