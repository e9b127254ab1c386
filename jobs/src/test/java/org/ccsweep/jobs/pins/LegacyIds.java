package org.ccsweep.jobs.pins;

import java.util.Arrays;
import org.ccsweep.model.run.Ids;
import org.ccsweep.model.run.RunSpec;
import org.ccsweep.model.task.cc.CcRun;

/**
 * A CC run's id as the run spec of before issue 12 computed it: SHA-256 of its hand-written canonical
 * form, from the fields that spec had. The expansion pins compare today's runs with those of that time
 * through it, field by field, in order.
 */
final class LegacyIds {
    private LegacyIds() {
    }

    static String of(RunSpec spec) {
        CcRun r = CcRun.of(spec);
        String canonical = "n=" + r.nFeatures() + ";d=" + r.dMlp() + ";dEmbed=" + r.dEmbed() + ";input=" + r.inputMode()
                + ";p=" + exact(r.pTrain()) + ";mixing=" + r.mixing() + ";lowRank=" + r.lowRank()
                + ";sigma=" + exact(r.sigma()) + ";learnSigma=" + r.learnSigma() + ";steps=" + r.steps()
                + ";batch=" + r.batch() + ";lr=" + exact(r.lr()) + ";beta1=" + exact(r.beta1()) + ";beta2=" + exact(r.beta2())
                + ";eps=" + exact(r.eps()) + ";wd=" + exact(r.weightDecay()) + ";seed=" + r.seed()
                + ";mixingSeed=" + r.mixingSeed() + ";evalP=" + Arrays.stream(r.evalP()).mapToObj(LegacyIds::exact).toList()
                + ";evalRelSe=" + exact(r.evalPrecision().targetRelativeSe()) + ";evalPilot=" + r.evalPrecision().pilotPerK()
                + ";evalMax=" + r.evalPrecision().maxSamples() + ";curvePoints=" + r.curvePoints() + ";model=" + r.model()
                + ";transplantSteps=" + r.transplantSteps() + ";analysis=" + r.analysis();
        return Ids.of(canonical);
    }

    private static String exact(double v) {
        return Double.toHexString(v);
    }
}
