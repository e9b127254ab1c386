package org.ccsweep.jobs.tables;

/**
 * A committed file that is not what its chunk's marker says (missing, of another length, corrupt) or
 * cannot be read; or a marker that cannot be read.
 *
 * @param chunk   the chunk the file belongs to; its runs and baseline tasks are lost with it
 * @param file    the file, relative to the output
 * @param problem what is wrong, completing "FILE ...": "is missing", "is corrupt: ..."
 */
public record Damage(Chunks.Chunk chunk, String file, String problem) {

    /** "results/x: profiles/part-000003.parquet is missing (chunk 3: 4 runs, 0 baseline tasks)". */
    public String line(String output) {
        return output + ": " + file + " " + problem + " (" + chunk.describe() + ")";
    }
}
