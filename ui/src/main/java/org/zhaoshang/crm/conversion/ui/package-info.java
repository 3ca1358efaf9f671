/** The managers' dashboard, conversion history and the leads behind a figure. */
package org.zhaoshang.crm.conversion.ui;
