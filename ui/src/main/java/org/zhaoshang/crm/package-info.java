/** The Spring Boot application and its command-line modes (store-only, backup, restore, checksum). */
package org.zhaoshang.crm;
