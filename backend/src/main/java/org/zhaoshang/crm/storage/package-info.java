/** The store: embedded mongo-java-server or an external MongoDB, durability, layout version and outages. */
package org.zhaoshang.crm.storage;
