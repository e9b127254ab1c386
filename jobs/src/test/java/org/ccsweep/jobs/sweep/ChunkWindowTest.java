package org.ccsweep.jobs.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.ccsweep.jobs.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * A task's results reach the driver when the task finishes, not when its chunk (or an older chunk)
 * does: a kill then loses only the tasks still running.
 */
class ChunkWindowTest {
    /** Holds task 1 until the test has seen the results of task 0, of the same chunk. */
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @Test
    void aFinishedTasksResultsArriveWhileAnotherTaskOfItsChunkStillRuns() throws Exception {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        ChunkWindow<Integer, Integer> window = new ChunkWindow<>(jsc, List.of(0, 1), 2,
                chunk -> jsc.parallelize(chunk, chunk.size()).map(i -> {
                    if (i == 1 && !RELEASE.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                    return 10 + i;
                }));
        try {
            assertThat(window.hasNext()).isTrue();
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), window::next)).containsExactly(10);
        } finally {
            RELEASE.countDown();
        }
        assertThat(window.hasNext()).isTrue();
        assertThat(window.next()).containsExactly(11);
        assertThat(window.hasNext()).isFalse();
    }
}
