package org.zhaoshang.crm.projection;

/** Empties a projection's read model and rebuilds it from the whole event log, while the application runs. */
public record RebuildProjectionCommand(String projection) {
}
