package org.ccsweep.jobs.tables;

import java.util.List;

/**
 * A sweep was asked not to repair ({@link OnDamage#REFUSE}) an output with damaged chunks. The message
 * has one line per damaged file, then what to do.
 */
public final class DamagedOutputException extends ResultsException {
    public DamagedOutputException(String output, List<Damage> damage) {
        super(String.join(System.lineSeparator(), damage.stream().map(d -> d.line(output)).toList()) + System.lineSeparator()
                + output + ": damaged, left as it is (--no-repair); a sweep without --no-repair removes the damaged chunks"
                + " and computes their runs and baseline tasks again");
    }
}
