/** What a document is to the rest of the application: its kind, its checked file type, its record, who sees it. */
package org.zhaoshang.crm.document.api;
