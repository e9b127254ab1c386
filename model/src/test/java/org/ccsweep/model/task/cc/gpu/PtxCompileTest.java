package org.ccsweep.model.task.cc.gpu;

import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerCompile;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerCreate;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerDestroy;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerGetCompiledProgramSize;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerGetErrorLog;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerGetErrorLogSize;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerGetInfoLog;
import static jcuda.nvptxcompiler.JNvPTXCompiler.nvPTXCompilerGetInfoLogSize;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jcuda.nvptxcompiler.JNvPTXCompiler;
import jcuda.nvptxcompiler.nvPTXCompileResult;
import jcuda.nvptxcompiler.nvPTXCompilerHandle;
import org.junit.jupiter.api.Test;

/**
 * Every kernel's PTX compiles to an sm_90 (Hopper) cubin with the PTX compiler JCuda bundles, in-process
 * and without a GPU: a kernel that ptxas rejects fails the build here, not on the GPU machine. The
 * compiler's report (registers, spills, shared memory) goes to the test output.
 */
class PtxCompileTest {
    @Test
    void everyModuleCompilesForSm90() {
        JNvPTXCompiler.setExceptionsEnabled(false);
        for (String module : PtxSources.modules()) {
            byte[] ptx = CudaDevice.ptx(module);
            nvPTXCompilerHandle compiler = new nvPTXCompilerHandle();
            assertThat(nvPTXCompilerCreate(compiler, ptx.length, ptx)).isEqualTo(nvPTXCompileResult.NVPTXCOMPILE_SUCCESS);
            try {
                int result = nvPTXCompilerCompile(compiler, 2, new String[] {"--gpu-name=sm_90", "--verbose"});
                assertThat(result).as(module + ".ptx for sm_90: " + log(compiler, false))
                        .isEqualTo(nvPTXCompileResult.NVPTXCOMPILE_SUCCESS);
                long[] size = new long[1];
                nvPTXCompilerGetCompiledProgramSize(compiler, size);
                assertThat(size[0]).isPositive();
                System.out.println(module + ".ptx, sm_90:\n" + log(compiler, true));
            } finally {
                nvPTXCompilerDestroy(compiler);
            }
        }
    }

    private static String log(nvPTXCompilerHandle compiler, boolean info) {
        long[] size = new long[1];
        if (info) {
            nvPTXCompilerGetInfoLogSize(compiler, size);
        } else {
            nvPTXCompilerGetErrorLogSize(compiler, size);
        }
        byte[] log = new byte[(int) size[0]];
        if (info) {
            nvPTXCompilerGetInfoLog(compiler, log);
        } else {
            nvPTXCompilerGetErrorLog(compiler, log);
        }
        return new String(log, StandardCharsets.US_ASCII).trim();
    }
}
