package org.ccsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each failed condition says by how much, and whether the mean or only the interval is on the wrong side. */
class VerdictTest {
    private static final Interval LOW = new Interval(0.070, 0.068, 0.072, 5);
    private static final Interval HIGH = new Interval(0.080, 0.079, 0.081, 5);
    private static final Interval WIDE = new Interval(0.075, 0.060, 0.090, 3);

    @Test
    void everyConditionHeldAgreesWithAnEmptyNote() {
        Finding f = new Verdict().below("x", LOW, 0.075, "b").above("y", HIGH, 0.075, "b").apart("x", LOW, "y", HIGH)
                .holds(true, "never").finding("ours");
        assertThat(f.agrees()).isTrue();
        assertThat(f.note()).isEmpty();
        assertThat(f.ours()).isEqualTo("ours");
    }

    @Test
    void aMeanOnTheWrongSideIsADifferenceByItsDistance() {
        Finding f = new Verdict().below("x", HIGH, 0.075, "1/12").apart("y", HIGH, "z", LOW).finding("ours");
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).isEqualTo("x is not below 1/12: its mean is 0.00500 above; y is not below z: its mean is 0.0100 higher");
    }

    @Test
    void aMeanOnTheRightSideWithACrossingIntervalIsUnresolved() {
        Finding f = new Verdict().below("x", WIDE, 0.080, "b").above("w", WIDE, 0.070, "c").apart("x", WIDE, "y", HIGH)
                .finding("ours", "more");
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).isEqualTo("x's mean is 0.00500 below b but its interval reaches 0.0900 (n = 3 seeds do not resolve "
                + "the difference); w's mean is 0.00500 above c but its interval reaches 0.0600 (n = 3 seeds do not resolve the "
                + "difference); x is 0.00500 below y in the mean but the intervals overlap by 0.0110 (n = 3 seeds do not resolve "
                + "the difference); more");
    }

    @Test
    void aFailedPlainConditionCarriesItsOwnText() {
        Finding f = new Verdict().holds(false, "σ* lies 0.01 outside").finding("ours");
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).isEqualTo("σ* lies 0.01 outside");
    }
}
