/** Administration views: users and roles, reference lists, read models and their rebuild. */
package org.zhaoshang.crm.admin.ui;
