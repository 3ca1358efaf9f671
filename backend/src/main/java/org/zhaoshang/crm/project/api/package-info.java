/** A signed project's events (签约项目履约): one sealed {@code ProjectEvent}; their names are permanent. */
package org.zhaoshang.crm.project.api;
