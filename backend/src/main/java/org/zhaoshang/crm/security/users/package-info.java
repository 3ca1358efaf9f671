/** Users and their store, sign-in with throttling, the security log, the first users. */
package org.zhaoshang.crm.security.users;
