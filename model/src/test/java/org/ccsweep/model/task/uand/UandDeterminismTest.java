package org.ccsweep.model.task.uand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ccsweep.model.run.Keys;
import org.ccsweep.model.run.RunSpec;
import org.junit.jupiter.api.Test;

/** The same spec gives the same bits on the CPU: curve, profile, metrics (ridge included) and every probe. */
class UandDeterminismTest {

    @Test
    void fixedWidthRunsRepeatBitForBit() {
        RunSpec.Builder spec = UandSpecs.small().set(UandKeys.OPERATION, Operation.XOR).set(UandKeys.D_EMBED, 8);
        UandResult first = UandExecutor.execute(UandSpecs.run(spec));
        UandResult second = UandExecutor.execute(UandSpecs.run(spec));
        assertThat(second.curveLoss()).containsExactly(first.curveLoss());
        assertThat(second.profile().loss()).containsExactly(first.profile().loss());
        assertThat(second.metrics()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            ReadoffMetrics a = first.metrics().get(i);
            ReadoffMetrics b = second.metrics().get(i);
            assertThat(b.objective()).isEqualTo(a.objective());
            assertThat(b.rmsZero()).isEqualTo(a.rmsZero());
            assertThat(b.withinPositive()).containsExactly(a.withinPositive());
        }
        assertThat(first.curveSteps()).hasSize(10).endsWith(300);
    }

    @Test
    void bisectionsRepeatBitForBit() {
        RunSpec.Builder spec = UandSpecs.small().set(UandKeys.BISECT, true).set(UandKeys.PAIRS, 20)
                .set(Keys.D_MLP, 24).set(Keys.STEPS, 100).set(UandKeys.BISECT_TARGET, 0.5);
        UandResult first = UandExecutor.execute(UandSpecs.run(spec));
        UandResult second = UandExecutor.execute(UandSpecs.run(spec));
        assertThat(second.dMin()).isEqualTo(first.dMin()).isNotNull();
        assertThat(second.probes()).extracting(Probe::error).containsExactlyElementsOf(
                first.probes().stream().map(Probe::error).toList());
        assertThat(second.curveLoss()).containsExactly(first.curveLoss());
    }

    @Test
    void trainingLearnsTheAndsBeyondTheZeroOutput() {
        UandResult result = UandExecutor.execute(UandSpecs.run(UandSpecs.small()));
        double[] curve = result.curveLoss();
        assertThat(curve[curve.length - 1]).isLessThan(0.5 * curve[0]);
        assertThat(result.finalTrainLoss()).isEqualTo(curve[curve.length - 1]);
        ReadoffMetrics trained = result.metrics().get(0);
        assertThat(trained.meanPositive()).as("positives are read as positives").isGreaterThan(0.5);
        assertThat(trained.objective()).as("the balanced loss of the zero output is 1/2").isLessThan(0.25);
        assertThat(result.naiveReference()).as("the zero output's balanced loss is 1/2, per feature 1/(2p)")
                .isCloseTo(0.5 / 0.1, within(1e-12));
        assertThat(result.profile().lossPerFeature()[0]).isLessThan(0.5 * result.naiveReference());
    }
}
