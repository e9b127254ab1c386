package org.ccsweep.jobs.tables;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * The rows of an output's committed files (those its chunk markers list), read straight from Parquet: no Spark, and
 * nothing opened for writing, locked or repaired. A missing output holds no rows.
 */
public final class CommittedRows {
    private CommittedRows() {
    }

    /** The distinct values of a string column (an id) of the table's committed rows. */
    public static Set<String> ids(URI output, Configuration hadoop, Table table, String column) {
        Path root = new Path(output);
        Set<String> ids = new HashSet<>();
        forEach(ResultStore.fileSystem(root, hadoop, Locations.display(output)), root, table,
                r -> ids.add(r.get(column).toString()));
        return ids;
    }

    /**
     * Each committed row of the table.
     *
     * @throws ResultsException naming a file that cannot be read
     */
    static void forEach(FileSystem fs, Path output, Table table, Consumer<GenericRecord> action) {
        for (Path file : Chunks.read(fs, output).files(table)) {
            try {
                read(fs, file, action);
            } catch (IOException | RuntimeException e) {
                throw ResultsException.of(Locations.display(file.toUri()), "cannot read it", e);
            }
        }
    }

    /** Each row of one Parquet file. */
    static void read(FileSystem fs, Path file, Consumer<GenericRecord> action) throws IOException {
        try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(
                HadoopInputFile.fromPath(file, fs.getConf())).build()) {
            for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
                action.accept(r);
            }
        }
    }
}
