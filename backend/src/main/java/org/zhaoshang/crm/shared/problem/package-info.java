/** What a failure means to whoever asked: one mapping that the REST API's problems and the UI's messages share. */
package org.zhaoshang.crm.shared.problem;
