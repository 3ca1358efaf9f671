/** The API's security chain and the user, account, security-log and setup endpoints. */
package org.zhaoshang.crm.security.web;
