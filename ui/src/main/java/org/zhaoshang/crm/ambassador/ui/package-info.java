/** Views of ambassadors, their scorecards and upkeep. */
package org.zhaoshang.crm.ambassador.ui;
