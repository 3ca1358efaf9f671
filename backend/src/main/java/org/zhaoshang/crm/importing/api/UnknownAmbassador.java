package org.zhaoshang.crm.importing.api;

import java.util.List;

/**
 * An ambassador or partner the sheet names who is not registered (or not active): register them, then check again,
 * and the rows naming them credit them.
 *
 * @param name the name as the sheet first writes it (other spellings of it, by case, width, spaces or script, are
 *             the same ambassador)
 * @param rows the rows naming them, in order
 */
public record UnknownAmbassador(String name, List<Integer> rows) {
}
