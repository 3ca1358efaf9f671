/** Signed projects in the UI: the lead's projects tab, the managers' verification inbox, returned facts in My work. */
package org.zhaoshang.crm.project.ui;
