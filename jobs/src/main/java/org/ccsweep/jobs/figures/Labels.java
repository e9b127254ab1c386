package org.ccsweep.jobs.figures;

import java.math.BigDecimal;

/** Numbers as legends print them: 0.001 not 1.0E-3, 1 not 1.0. */
final class Labels {
    private Labels() {
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded to {@code digits} significant digits, then as {@link #number}. */
    static String number(double value, int digits) {
        return number(new BigDecimal(value).round(new java.math.MathContext(digits)).doubleValue());
    }
}
