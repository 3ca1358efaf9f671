/** REST endpoints for documents: upload, download, a document's record and a lead's list. */
package org.zhaoshang.crm.document.web;
