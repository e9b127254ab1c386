package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The committed PTX is what build-ptx makes of the sources now, and rounds as the Java reference does. */
class PtxSourcesTest {
    private static final Pattern HASH = Pattern.compile("^// sources-sha256: ([0-9a-f]{64})$", Pattern.MULTILINE);
    /** A float or double add, sub or mul without a rounding modifier, which ptxas may fuse into an fma. */
    private static final Pattern CONTRACTIBLE = Pattern.compile("\\b(add|sub|mul)\\.f(32|64)\\b");

    @Test
    void everyKernelSourceHasItsPtx() {
        assertThat(PtxSources.modules()).containsExactly("label_moments", "sample_batches", "train_step");
        assertThat(Kernel.ALL).extracting(Kernel::module).containsExactlyInAnyOrderElementsOf(PtxSources.modules());
    }

    @Test
    void everyPtxRecordsTheHashOfTheSourcesAsTheyAreNow() {
        String hash = PtxSources.hash();
        for (String module : PtxSources.modules()) {
            Matcher recorded = HASH.matcher(PtxSources.ptx(module));
            assertThat(recorded.find()).as(module + ".ptx has a sources-sha256 line").isTrue();
            assertThat(recorded.group(1)).as(module + ".ptx is stale: run model/src/main/cuda/build-ptx").isEqualTo(hash);
        }
    }

    @Test
    void everyFloatAddAndMultiplyRoundsOnItsOwn() {
        for (String module : PtxSources.modules()) {
            List<String> contractible = CONTRACTIBLE.matcher(PtxSources.ptx(module)).results().map(MatchResult::group)
                    .toList();
            assertThat(contractible).as(module + ".ptx: arithmetic ptxas may fuse (build-ptx needs -ffp-contract=off)")
                    .isEmpty();
            assertThat(PtxSources.ptx(module)).as(module + ".ptx targets sm_90 in PTX ISA 7.8")
                    .contains(".version 7.8").contains(".target sm_90").doesNotContain(".ftz");
        }
    }
}
