/**
 * Space to fill, as managers and the lead's owners meet it: the space dashboard (tiers against the plan, the watch
 * list, vacancy by zone and over time, take-up against the goal; every figure a way into the buildings behind it) and
 * the lead's Space tab (the vacant units that fit it, reserved in one click where the caller may).
 */
package org.zhaoshang.crm.space.ui;
