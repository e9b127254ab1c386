package org.ccsweep.jobs.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The commit marker of one chunk, {@code OUTPUT/_commits/part-<chunk>.json}: every part file the
 * chunk holds, and how many runs and baseline tasks their rows are. The sweep writes it after the
 * part files and renames it into place, so a chunk is committed exactly when its marker exists.
 *
 * @param chunk         the chunk id, the number in its part files' names
 * @param adopted       the chunk was committed before markers existed; its files were recorded as a
 *                      later sweep first found them, not as they were written
 * @param runs          the runs the chunk holds (its rows in {@code runs})
 * @param baselineTasks the baseline tasks the chunk holds
 * @param files         its part files, one per table with rows
 */
public record ChunkMarker(long chunk, boolean adopted, int runs, int baselineTasks, List<PartFile> files) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    /**
     * One part file as committed.
     *
     * @param path   relative to the output: {@code <table>/part-<chunk>.parquet}
     * @param rows   its rows
     * @param bytes  its length
     * @param crc32c the CRC32C of its bytes, 8 lower-case hex digits
     */
    public record PartFile(String path, long rows, long bytes, String crc32c) {
    }

    public ChunkMarker {
        files = List.copyOf(files);
    }

    byte[] json() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a marker always serialises", e);
        }
    }

    /** @throws IOException when the bytes are not a complete marker */
    static ChunkMarker parse(byte[] json) throws IOException {
        return JSON.readValue(json, ChunkMarker.class);
    }
}
