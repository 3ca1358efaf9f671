/** The backup, restore and checksum commands: a consistent prefix of the log to files, a checked restore, a read-model checksum. */
package org.zhaoshang.crm.backup;
