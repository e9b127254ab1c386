package org.ccsweep.jobs.config;

import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.List;
import org.ccsweep.model.run.Rule;
import org.ccsweep.model.task.cc.baselines.BaselineKind;

/** Reads and checks {@code baselines.*}. */
final class Baselines {
    private static final String KINDS = "baselines.kinds";
    private static final String OFFSETS = "baselines.offset-scan.offsets";

    private Baselines() {
    }

    static SweepSpec.Baselines read(Fields f) {
        List<BaselineKind> kinds = kinds(f);
        SweepSpecs.requireDistinct(f, KINDS, kinds);
        boolean only = f.bool("baselines.only");
        if (only && kinds.isEmpty()) {
            throw f.error("baselines.only", "true needs at least one baseline in " + KINDS + ", which is []");
        }
        List<Double> offsetP = NumericAxis.read(f, "baselines.offset-scan.p", Rule.openClosed(0, 1));
        SweepSpecs.requireDistinct(f, "baselines.offset-scan.p", offsetP);
        List<Double> offsets = NumericAxis.read(f, OFFSETS, Rule.anyNumber());
        if (offsets.size() < 3) {
            throw f.error(OFFSETS, Fields.render(f.value(OFFSETS)) + " has " + offsets.size()
                    + " values; the search needs at least 3, ascending");
        }
        for (int i = 1; i < offsets.size(); i++) {
            if (!(offsets.get(i) > offsets.get(i - 1))) {
                throw f.error(OFFSETS, Fields.render(f.value(OFFSETS)) + " is not ascending: "
                        + Rule.format(offsets.get(i)) + " follows " + Rule.format(offsets.get(i - 1)));
            }
        }
        return new SweepSpec.Baselines(kinds, only,
                f.integer("baselines.semi-nmf.max-iterations", Rule.integerAtLeast(0)),
                f.number("baselines.semi-nmf.tolerance", Rule.atLeast(0)),
                offsetP.stream().sorted().toList(), offsets,
                f.number("baselines.offset-scan.tolerance", Rule.above(0)),
                f.integer("baselines.offset-scan.samples-per-k", Rule.integerAtLeast(2)));
    }

    /** A list of kinds that may be empty (no baselines), unlike the grid axes. */
    private static List<BaselineKind> kinds(Fields f) {
        ConfigValue value = f.value(KINDS);
        if (value.valueType() != ConfigValueType.LIST) {
            throw Fields.error(KINDS, value, Fields.render(value)
                    + " is not a list of naive, naive-offset, svd, semi-nmf ([] for none)");
        }
        List<BaselineKind> kinds = new ArrayList<>();
        for (ConfigValue item : (ConfigList) value) {
            kinds.add(Fields.kind(KINDS, item, BaselineKind.values()));
        }
        return kinds;
    }
}
