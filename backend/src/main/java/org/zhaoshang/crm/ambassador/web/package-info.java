/** REST endpoints for ambassadors and their scorecards. */
package org.zhaoshang.crm.ambassador.web;
