package org.ccsweep.jobs.tables;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark schemas derived from the Avro ones, so a table reads with its full schema even before its
 * first chunk is committed. Covers the types the tables use: primitives, arrays and nullable unions.
 */
public final class SparkSchemas {
    private SparkSchemas() {
    }

    public static StructType of(Table table) {
        List<StructField> fields = table.schema().getFields().stream()
                .map(f -> new StructField(f.name(), type(f.schema()), f.schema().isNullable(),
                        Metadata.empty()).withComment(f.doc()))
                .toList();
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Schema schema) {
        return switch (schema.getType()) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case FLOAT -> DataTypes.FloatType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
            case ARRAY -> DataTypes.createArrayType(type(schema.getElementType()), false);
            case UNION -> type(schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst()
                    .orElseThrow());
            default -> throw new IllegalArgumentException("no Spark type for Avro " + schema);
        };
    }
}
