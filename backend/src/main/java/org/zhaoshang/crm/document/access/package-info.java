/** Documents as a caller may have them: through the lead they belong to, by the lead's visibility and changes. */
package org.zhaoshang.crm.document.access;
