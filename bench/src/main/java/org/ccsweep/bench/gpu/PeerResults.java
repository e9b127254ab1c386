package org.ccsweep.bench.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The PEER_RESULT lines of bench/peer/cc_torch_gpu.py, as key = value maps. */
final class PeerResults {
    private final List<Map<String, String>> lines;

    private PeerResults(List<Map<String, String>> lines) {
        this.lines = lines;
    }

    /** The results in the file, or none when there is no file. */
    static PeerResults read(Path file) throws IOException {
        List<Map<String, String>> lines = new ArrayList<>();
        if (file != null && Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("PEER_RESULT ")) {
                    lines.add(parse(line.substring("PEER_RESULT ".length())));
                }
            }
        }
        return new PeerResults(lines);
    }

    static Map<String, String> parse(String fields) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String field : fields.trim().split("\\s+")) {
            int eq = field.indexOf('=');
            map.put(field.substring(0, eq), field.substring(eq + 1));
        }
        return map;
    }

    /** The line of this peer and command for this many models (any count when models ≤ 0). */
    Optional<Map<String, String>> find(String peer, String command, int models) {
        return lines.stream().filter(l -> peer.equals(l.get("peer")) && command.equals(l.get("command"))
                && (models <= 0 || Integer.toString(models).equals(l.get("models")))).findFirst();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }
}
