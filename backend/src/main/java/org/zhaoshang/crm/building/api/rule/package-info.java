/** The rules about buildings that both the aggregate and the read side apply: who keeps a building. */
package org.zhaoshang.crm.building.api.rule;
