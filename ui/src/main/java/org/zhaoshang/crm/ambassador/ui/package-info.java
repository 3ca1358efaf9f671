/** Views of ambassadors, their scorecards and upkeep, and the ambassador picker. */
package org.zhaoshang.crm.ambassador.ui;
