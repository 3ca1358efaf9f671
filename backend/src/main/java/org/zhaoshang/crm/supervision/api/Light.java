package org.zhaoshang.crm.supervision.api;

/** A key project's traffic light (红黄绿灯). */
public enum Light {
    GREEN, YELLOW, RED
}
