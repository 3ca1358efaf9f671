package org.zhaoshang.crm.demo;

/** A command of the demo history and the staff member who gives it. */
record DemoCommand(Object command, String actor) {
}
