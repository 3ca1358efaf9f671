/** The documents' bytes in MongoDB chunks and their records, bounded and typed while they are read. */
package org.zhaoshang.crm.document.store;
