/** REST for space: the summary and the matches. */
package org.zhaoshang.crm.space.web;
