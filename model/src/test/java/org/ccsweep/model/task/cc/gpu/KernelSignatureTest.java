package org.ccsweep.model.task.cc.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each {@link Kernel}'s parameter kinds are those of its PTX entry, in order. */
class KernelSignatureTest {
    private static final Pattern PARAM = Pattern.compile("\\.param\\s+(\\.align\\s+\\d+\\s+)?\\.(\\w+)\\s+\\w+(\\[(\\d+)])?");

    @Test
    void hostSignaturesMatchThePtxEntries() {
        for (Kernel kernel : Kernel.ALL) {
            assertThat(entryParams(PtxSources.ptx(kernel.module()), kernel.name())).as(kernel.name())
                    .containsExactlyElementsOf(kernel.params());
        }
    }

    private static List<Kernel.Param> entryParams(String ptx, String name) {
        int at = ptx.indexOf(".entry " + name + "(");
        assertThat(at).as(".entry " + name).isNotNegative();
        String declaration = ptx.substring(at, ptx.indexOf(')', at));
        List<Kernel.Param> params = new ArrayList<>();
        Matcher m = PARAM.matcher(declaration);
        while (m.find()) {
            params.add(switch (m.group(2)) {
                case "u32" -> Kernel.Param.INT;
                case "f32" -> Kernel.Param.FLOAT;
                case "f64" -> Kernel.Param.DOUBLE;
                case "u64" -> Kernel.Param.POINTER;
                case "b8" -> {
                    assertThat(m.group(4)).as("a struct parameter of 8 floats").isEqualTo("32");
                    yield Kernel.Param.ADAM_SCALARS;
                }
                default -> throw new AssertionError("unexpected parameter " + m.group());
            });
        }
        return params;
    }
}
