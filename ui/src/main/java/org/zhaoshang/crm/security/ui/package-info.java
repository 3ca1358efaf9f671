/** The UI's security chain, sign-in, own account, first-administrator setup and no-access pages. */
package org.zhaoshang.crm.security.ui;
