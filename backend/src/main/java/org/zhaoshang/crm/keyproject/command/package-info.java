/** The KeyProject aggregate, who may act on it, and whom a key project answers to. */
package org.zhaoshang.crm.keyproject.command;
