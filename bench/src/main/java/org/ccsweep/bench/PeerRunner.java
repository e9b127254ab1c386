package org.ccsweep.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the PyTorch peer ({@code bench/peer/cc_torch.py}) on one thread and reads its PEER_RESULT line. */
public final class PeerRunner {
    static final String RESULT_PREFIX = "PEER_RESULT ";

    private final String python;
    private final String script;
    private final int evalSamples;

    public PeerRunner(String python, String script, int evalSamples) {
        this.python = python;
        this.script = script;
        this.evalSamples = evalSamples;
    }

    public Map<String, String> run(Setting setting, long seed) {
        List<String> command = new ArrayList<>(List.of(python, script, "--p", Double.toString(setting.p()),
                "--sigma", Double.toString(setting.sigma()), "--mixing", "asymmetric",
                "--steps", Integer.toString(setting.steps()), "--batch", Integer.toString(setting.batch()),
                "--seed", Long.toString(seed), "--eval-samples", Integer.toString(evalSamples), "--threads", "1"));
        if (setting.peerIsPrefix()) {
            command.addAll(List.of("--stop-after", Integer.toString(setting.peerSteps())));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        for (String variable : List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")) {
            builder.environment().put(variable, "1");
        }
        try {
            Process process = builder.start();
            Map<String, String> result = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith(RESULT_PREFIX)) {
                        result = parse(line);
                    } else {
                        System.out.println("  peer: " + line);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || result == null) {
                throw new IllegalStateException("peer " + String.join(" ", command) + " exited with " + exit
                        + (result == null ? " and printed no " + RESULT_PREFIX.strip() + " line" : ""));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the peer: " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the peer ran", e);
        }
    }

    /** {@code PEER_RESULT k1=v1 k2=v2 …} → {k1: v1, k2: v2, …}. */
    static Map<String, String> parse(String line) {
        Map<String, String> fields = new HashMap<>();
        for (String token : line.substring(RESULT_PREFIX.length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed peer field '" + token + "' in: " + line);
            }
            fields.put(token.substring(0, eq), token.substring(eq + 1));
        }
        return fields;
    }

    static Measurement measurement(Map<String, String> fields) {
        return new Measurement(Integer.parseInt(fields.get("steps_timed")), Double.parseDouble(fields.get("ms_per_step")),
                Double.parseDouble(fields.get("lp")), Double.parseDouble(fields.get("lp_se")));
    }
}
