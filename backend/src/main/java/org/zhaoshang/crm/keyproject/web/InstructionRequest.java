package org.zhaoshang.crm.keyproject.web;

/**
 * An instruction's text, the problem it is about (or none) and the key project's year (none: this year).
 */
public record InstructionRequest(String text, String problemId, Integer year) {
}
