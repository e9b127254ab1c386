package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The host's copy of the kernels' compile-time shape is cc_device.cuh's. */
class KernelShapeTest {
    @Test
    void constantsAreTheHeaders() throws IOException {
        String header = Files.readString(PtxSources.CUDA.resolve("cc_device.cuh"));
        assertThat(define(header, "N_FEATURES")).isEqualTo(GpuGroup.N_FEATURES);
        assertThat(define(header, "D_MLP")).isEqualTo(GpuGroup.D_MLP);
        assertThat(define(header, "THREADS")).isEqualTo(KernelShape.THREADS);
        assertThat(define(header, "TILE_ROWS")).isEqualTo(KernelShape.TILE_ROWS);
        assertThat(define(header, "S_CHAINS")).isEqualTo(KernelShape.S_CHAINS);
    }

    @Test
    void trainStepFitsOneBlockPerSmOnHopper() {
        assertThat(KernelShape.TRAIN_STEP_SHARED_BYTES).isEqualTo(102_048).isLessThanOrEqualTo(227 * 1024);
    }

    private static int define(String header, String name) {
        Matcher m = Pattern.compile("#define " + name + " (\\d+)").matcher(header);
        assertThat(m.find()).as("#define " + name).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
