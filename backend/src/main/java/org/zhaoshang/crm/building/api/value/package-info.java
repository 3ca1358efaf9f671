/** The values of buildings: profile, unit layout and status, tenants, tax tiers. */
package org.zhaoshang.crm.building.api.value;
