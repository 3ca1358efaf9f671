package org.zhaoshang.crm.shared.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 万元 held as whole 元 in a long, for sums kept in memory without BigDecimal arithmetic. */
public final class Yuan {

    private Yuan() {
    }

    /** The amount in whole 元; 0 for none. */
    public static long of(BigDecimal wan) {
        return wan == null ? 0 : wan.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The amount in 万元, without trailing zeros after the decimal point. */
    public static BigDecimal toWan(long yuan) {
        BigDecimal wan = BigDecimal.valueOf(yuan, 4).stripTrailingZeros();
        return wan.scale() < 0 ? wan.setScale(0) : wan;
    }
}
