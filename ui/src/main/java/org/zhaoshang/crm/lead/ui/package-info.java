/** Views of leads: the list with filters and export, a lead with its panels and timeline, the pipeline, my work. */
package org.zhaoshang.crm.lead.ui;
