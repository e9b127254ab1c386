package org.ccsweep.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.tables.RunOutcome;
import org.ccsweep.jobs.tables.Views;
import org.ccsweep.jobs.testing.TestSpark;
import org.ccsweep.jobs.testing.TmsTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TMS intro claims on hand-made n = 5, m = 2 tables, three seeds per p_train: at p = 1 the two most important
 * features on orthogonal axes with L/p at the closed form 0.036585 (seeds ± 1e-5), at p = 0.3 the three most
 * important on a triangle, at p = 0.05 all five on a pentagon; then each claim broken by one change.
 */
class TmsClaimsTest {
    private static final double CLOSED_FORM = (Math.pow(0.9, 2) + Math.pow(0.9, 3) + Math.pow(0.9, 4)) / 60;
    private static final float[] ORTHOGONAL = {1, 0, 0, 1, 0, 0, 0, 0, 0, 0};
    /** Features 0, 1 and 3 on a triangle: feature 2 skipped. */
    private static final float[] SKIPPING = {1, 0, -0.5f, 0.866f, 0, 0, -0.5f, -0.866f, 0, 0};

    @TempDir
    Path dir;

    @Test
    void theIntroAsThePaperDrawsItAgrees() {
        judge(ORTHOGONAL, TmsTables.circle(5, 3), CLOSED_FORM);
        assertThat(finding(new TmsSuperpositionWithSparsity()).agrees()).isTrue();
        assertThat(finding(new TmsSuperpositionWithSparsity()).ours()).contains("at p = 1 2.00 ± 0.00 (n = 3) (from 2 to 2)",
                "at p = 0.05 5.00 ± 0.00 (n = 3) (from 5 to 5)");
        Finding order = finding(new TmsImportanceOrder());
        assertThat(order.agrees()).isTrue();
        assertThat(order.ours()).isEqualTo("best seeds' represented features, dense to sparse: p = 1: [0, 1]; p = 0.3: [0, 1, 2];"
                + " p = 0.05: [0, 1, 2, 3, 4]");
        assertThat(order.note()).isEqualTo("over every seed, 9 of 9 runs represent the most important features only");
        Finding dense = finding(new TmsDenseClosedForm());
        assertThat(dense.agrees()).isTrue();
        assertThat(dense.ours()).contains("closed form 0.036585");
    }

    @Test
    void aDenseSeedInSuperpositionBreaksTheFirstClaim() {
        List<RunOutcome> runs = intro(ORTHOGONAL, TmsTables.circle(5, 3), CLOSED_FORM);
        runs.set(0, TmsTables.run(TmsTables.spec(0, 1, 5, 2, 0.9), TmsTables.circle(5, 3), CLOSED_FORM));
        write(runs);
        Finding f = finding(new TmsSuperpositionWithSparsity());
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).contains("at the densest p_train the seeds represent from 2 to 3 features, not exactly m = 2");
    }

    @Test
    void skippingAFeatureBreaksTheOrder() {
        judge(ORTHOGONAL, SKIPPING, CLOSED_FORM);
        Finding f = finding(new TmsImportanceOrder());
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).contains("at p = 0.3 the best seed represents [0, 1, 3], not the 3 most important");
    }

    @Test
    void aDenseLossAboveTheClosedFormDisagrees() {
        judge(ORTHOGONAL, TmsTables.circle(5, 3), CLOSED_FORM * 1.05);
        Finding f = finding(new TmsDenseClosedForm());
        assertThat(f.agrees()).isFalse();
        assertThat(f.ours()).contains("+5.00 %");
        assertThat(f.note()).contains("the seeds end above the solution's loss");
    }

    /**
     * Dedicated dimensions (D = 1) at p = 1 and 0.7, squares of antipodal pairs (1/2) at 0.3 and 0.2, pentagons (2/5)
     * at 0.1 and 0.05: each needed fraction held by two models.
     */
    @Test
    void dimensionalitiesAtOneHalfAndTwoFifthsInTwoModelsEachAgree() {
        write(geometries(2));
        Finding f = finding(new TmsDimensionClusters());
        assertThat(f.agrees()).isTrue();
        assertThat(f.ours()).isEqualTo("within 0.01, over the best seeds of 6 grid points: 1: 4 features of 2 models; 3/4: 0 "
                + "features of 0 models; 2/3: 0 features of 0 models; 1/2: 8 features of 2 models; 2/5: 10 features of 2 models;"
                + " 3/8: 0 features of 0 models");
        assertThat(f.note()).isEqualTo("22 of the 22 learnt features (D_i ≥ 0.1) lie within 0.01 of a named fraction");
    }

    @Test
    void aSinglePentagonIsNoCluster() {
        write(geometries(1));
        Finding f = finding(new TmsDimensionClusters());
        assertThat(f.agrees()).isFalse();
        assertThat(f.note()).contains("2/5 holds features of 1 model, fewer than 2: no cluster");
    }

    /** One seed per p: orthogonal pairs at 1 and 0.7, pentagons at the sparsest {@code pentagons} p, squares between. */
    private static List<RunOutcome> geometries(int pentagons) {
        double[] ps = {1, 0.7, 0.3, 0.2, 0.1, 0.05};
        List<RunOutcome> runs = new ArrayList<>();
        for (int k = 0; k < ps.length; k++) {
            float[] w = k < 2 ? ORTHOGONAL : k < ps.length - pentagons ? TmsTables.circle(5, 4) : TmsTables.circle(5, 5);
            runs.add(TmsTables.run(TmsTables.spec(0, ps[k], 5, 2, 0.9), w, 0.05));
        }
        return runs;
    }

    private void judge(float[] dense, float[] middle, double denseLoss) {
        write(intro(dense, middle, denseLoss));
    }

    /** Seeds 0..2 at p = 1 (W dense), 0.3 (W middle) and 0.05 (a pentagon); seed s adds (s − 1) · 1e-5 to L/p. */
    private static List<RunOutcome> intro(float[] dense, float[] middle, double denseLoss) {
        List<RunOutcome> runs = new ArrayList<>();
        for (long seed = 0; seed < 3; seed++) {
            double shift = (seed - 1) * 1e-5;
            runs.add(TmsTables.run(TmsTables.spec(seed, 1, 5, 2, 0.9), dense, denseLoss + shift));
            runs.add(TmsTables.run(TmsTables.spec(seed, 0.3, 5, 2, 0.9), middle, 0.07 + shift));
            runs.add(TmsTables.run(TmsTables.spec(seed, 0.05, 5, 2, 0.9), TmsTables.circle(5, 5), 0.03 + shift));
        }
        return runs;
    }

    private void write(List<RunOutcome> runs) {
        TmsTables.write(dir, runs);
        Views.register(TestSpark.session(), dir.toUri());
    }

    private static Finding finding(Claim claim) {
        SparkSession spark = TestSpark.session();
        return claim.judge(spark).orElseThrow();
    }
}
