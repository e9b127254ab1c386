package org.ccsweep.bench.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check finds each peer's line by peer, command and model count; other output is ignored. */
class PeerResultsTest {
    @Test
    void linesAreFoundByPeerCommandAndModels(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("peers.txt");
        Files.writeString(file, String.join("\n",
                "some warning from torch",
                "PEER_RESULT peer=loop command=timing models=1 ms_per_step_per_model=0.5 trainings_per_hour=720.0",
                "PEER_RESULT peer=batched command=timing models=64 trainings_per_hour=9000.5",
                "PEER_RESULT peer=batched command=timing models=512 trainings_per_hour=30000",
                "PEER_RESULT peer=batched command=train models=64 lp_mean=0.0757 lp_std=0.0002"));
        PeerResults peers = PeerResults.read(file);

        assertThat(peers.isEmpty()).isFalse();
        assertThat(peers.find("batched", "timing", 512)).get().extracting(m -> m.get("trainings_per_hour"))
                .isEqualTo("30000");
        assertThat(peers.find("batched", "train", 0)).get().extracting(m -> m.get("lp_mean")).isEqualTo("0.0757");
        assertThat(peers.find("loop", "timing", 1)).get().extracting(m -> m.get("ms_per_step_per_model"))
                .isEqualTo("0.5");
        assertThat(peers.find("batched", "timing", 4096)).isEmpty();
        assertThat(PeerResults.read(dir.resolve("absent.txt")).isEmpty()).isTrue();
    }
}
