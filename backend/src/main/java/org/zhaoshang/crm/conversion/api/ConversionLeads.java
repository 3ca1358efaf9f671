package org.zhaoshang.crm.conversion.api;

import java.util.List;

public record ConversionLeads(List<String> leadIds) {
}
