/** The values a problem is made of. */
package org.zhaoshang.crm.problem.api.value;
