package org.ccsweep.jobs.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A result as JSON Lines: one object per row, its columns in order, null as null, arrays as arrays,
 * structs and maps as objects, NaN and infinities as strings (JSON has no such numbers), other
 * values (dates, timestamps) as their text.
 */
final class JsonLines {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonLines() {
    }

    static void print(StructType schema, List<Row> rows, PrintStream out) {
        for (Row row : rows) {
            StringWriter line = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(line)) {
                write(json, row);
            } catch (IOException e) {
                throw new UncheckedIOException("JSON into a string cannot fail", e);
            }
            out.println(line);
        }
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Row row) {
            json.writeStartObject();
            String[] names = row.schema().fieldNames();
            for (int i = 0; i < names.length; i++) {
                json.writeFieldName(names[i]);
                write(json, row.isNullAt(i) ? null : row.get(i));
            }
            json.writeEndObject();
        } else if (value instanceof scala.collection.Seq<?> seq) {
            json.writeStartArray();
            for (Object element : CollectionConverters.asJava(seq)) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof scala.collection.Map<?, ?> map) {
            json.writeStartObject();
            for (var entry : CollectionConverters.asJava(map).entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            json.writeString(value.toString());
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Number number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            json.writeBinary(bytes);
        } else {
            json.writeString(value.toString());
        }
    }
}
