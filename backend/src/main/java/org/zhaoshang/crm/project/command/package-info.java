/** The SignedProject aggregate, who may change it, and the reactions that keep it and its lead in step. */
package org.zhaoshang.crm.project.command;
