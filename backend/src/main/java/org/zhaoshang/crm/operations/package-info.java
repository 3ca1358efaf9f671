/** Health, info and metrics of the store and the event processors. */
package org.zhaoshang.crm.operations;
