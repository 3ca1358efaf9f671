/** The performance REST API for managers: rates, stuck projects, the projects behind a figure. */
package org.zhaoshang.crm.performance.web;
