package org.zhaoshang.crm.supervision.api.query;

/** One leader's key projects counted by light, and their open and red problems. */
public record LeaderLights(String leader, int green, int yellow, int red, int openProblems, int redProblems) {
}
