/** The commands on buildings and units; each checks what needs no state itself ({@link BuildingInput}). */
package org.zhaoshang.crm.building.api.command;
