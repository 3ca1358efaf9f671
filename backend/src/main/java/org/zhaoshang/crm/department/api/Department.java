package org.zhaoshang.crm.department.api;

/** A department of the list as everyone reads it. */
public record Department(String code, String nameZh, String nameEn, boolean retired) {
}
