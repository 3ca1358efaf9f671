/** The values a signed project is made of: its kind and milestones, commitments, progress facts, decisions. */
package org.zhaoshang.crm.project.api.value;
