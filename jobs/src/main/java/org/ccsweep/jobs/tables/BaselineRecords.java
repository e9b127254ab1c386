package org.ccsweep.jobs.tables;

import static org.ccsweep.jobs.tables.Records.record;

import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.ccsweep.jobs.config.SweepSpecs;
import org.ccsweep.model.baselines.BaselineResult;
import org.ccsweep.model.baselines.BaselineSpec;
import org.ccsweep.model.baselines.NaiveOffsetModel;
import org.ccsweep.model.eval.LossProfile;

/** The rows of the baselines and offset_scan tables for one baseline task. */
final class BaselineRecords {
    private BaselineRecords() {
    }

    static void add(String sweep, BaselineResult result, Map<Table, List<GenericRecord>> rows) {
        BaselineSpec s = result.spec();
        String id = s.id();
        String mixing = SweepSpecs.display(s.mixing());
        LossProfile profile = result.profile();
        for (int i = 0; i < profile.size(); i++) {
            rows.get(Table.BASELINES).add(record(Table.BASELINES, "baseline_id", id, "point_id", s.withoutSeeds().id(),
                    "sweep", sweep, "baseline", SweepSpecs.display(s.kind()), "mixing", mixing, "sigma", s.sigma(),
                    "low_rank_rank", s.lowRank() == null ? null : s.lowRank().rank(), "n_features", s.nFeatures(),
                    "d_mlp", s.dMlp(), "seed", s.seed(), "mixing_seed", s.mixingSeed(), "p_eval", profile.pEval()[i],
                    "loss_per_feature", profile.lossPerFeature()[i], "stderr", profile.stderr()[i],
                    "offset", result.offsets() == null ? null : result.offsets()[i]));
        }
        for (NaiveOffsetModel.OffsetScan scan : result.scans()) {
            for (int q = 0; q < scan.offsets().length; q++) {
                rows.get(Table.OFFSET_SCAN).add(record(Table.OFFSET_SCAN, "baseline_id", id, "sweep", sweep,
                        "mixing", mixing, "sigma", s.sigma(), "seed", s.seed(), "p", scan.p(),
                        "offset", scan.offsets()[q], "loss_per_feature", scan.lossPerFeature()[q],
                        "stderr", scan.stderr()[q]));
            }
        }
    }
}
