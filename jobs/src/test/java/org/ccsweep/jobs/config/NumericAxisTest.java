package org.ccsweep.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ccsweep.model.run.Keys;
import org.ccsweep.model.task.cc.CcKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NumericAxisTest {
    @RegisterExtension
    final ConfigFixture fx = new ConfigFixture();

    @Test
    void linearRangeIncludesBothEnds() {
        List<Double> sigma = fx.load("sweep.grid.sigma = { from = 0, to = 0.08, count = 5 }\n").axis(CcKeys.SIGMA).stream().map(Double.class::cast).toList();
        assertThat(sigma).hasSize(5).first().isEqualTo(0.0);
        assertThat(sigma.get(1)).isCloseTo(0.02, within(1e-15));
        assertThat(sigma.get(2)).isCloseTo(0.04, within(1e-15));
        assertThat(sigma.get(4)).isEqualTo(0.08);
    }

    @Test
    void logRangeIsEvenInLog10() {
        List<Double> p = fx.load("eval.p = { from = 1e-3, to = 1, count = 4, scale = log }\n").evalP();
        assertThat(p).hasSize(4);
        assertThat(p.get(0)).isEqualTo(1e-3);
        assertThat(p.get(1)).isCloseTo(1e-2, within(1e-15));
        assertThat(p.get(2)).isCloseTo(1e-1, within(1e-15));
        assertThat(p.get(3)).isEqualTo(1.0);
    }

    @Test
    void rangeOfOneIsFrom() {
        assertThat(fx.load("sweep.grid.p-train = { from = 0.3, to = 0.5, count = 1 }\n").axis(Keys.P_TRAIN)).containsExactly(0.3);
    }

    @Test
    void defaultEvalGridIsAHundredPointLogRange() {
        List<Double> p = fx.load("").evalP();
        assertThat(p).hasSize(100).isSorted();
        assertThat(p.get(33)).isCloseTo(1e-2, within(1e-12));
        assertThat(p.get(66)).isCloseTo(1e-1, within(1e-12));
    }

    @Test
    void integerRangeForRanks() {
        assertThat(fx.load("sweep.grid.rank = { from = 10, to = 50, count = 5 }\n").axis(CcKeys.RANK))
                .containsExactly(10, 20, 30, 40, 50);
    }
}
