package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.ccsweep.model.run.Key;
import org.ccsweep.model.task.Tasks;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void everyFieldOfEveryTableHasADoc() {
        for (Table table : Table.values()) {
            for (Schema.Field field : table.schema().getFields()) {
                assertThat(field.doc()).as(table.tableName() + "." + field.name()).isNotBlank();
            }
        }
    }

    @Test
    void runsHasTheColumnsTheIssueNames() {
        assertThat(Table.RUNS.schema().getFields()).extracting(Schema.Field::name).contains("run_id", "sweep", "seed",
                "mixing", "sigma", "learn_sigma", "final_sigma", "p_train", "input_mode", "steps", "batch",
                "final_train_loss", "loss_per_feature", "train_seconds", "eval_seconds", "status", "error");
        assertThat(SparkSchemas.of(Table.WEIGHTS).simpleString())
                .isEqualTo("struct<run_id:string,n_features:int,d_mlp:int,w_in:array<float>,w_out:array<float>,mixing:array<float>>");
    }

    /** Every key's declared column is a nullable column of runs of the key's type: the schema and the keys agree. */
    @Test
    void everyKeysColumnIsANullableRunsColumnOfItsType() {
        for (Key<?> key : Tasks.allKeys()) {
            if (key.column() == null) {
                continue;
            }
            Schema.Field field = Table.RUNS.schema().getField(key.column());
            assertThat(field).as(key.path() + " → runs." + key.column()).isNotNull();
            assertThat(field.schema().isNullable()).as(key.column()).isTrue();
            Schema.Type type = field.schema().getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL)
                    .findFirst().orElseThrow().getType();
            assertThat(type).as(key.column()).isEqualTo(switch (key.kind()) {
                case INT -> Schema.Type.INT;
                case LONG -> Schema.Type.LONG;
                case DOUBLE -> Schema.Type.DOUBLE;
                case BOOLEAN -> Schema.Type.BOOLEAN;
                case CHOICE, TEXT -> Schema.Type.STRING;
                case DOUBLES -> Schema.Type.ARRAY;
            });
        }
    }

    @Test
    void runsIsCommittedLast() {
        assertThat(Table.values()[Table.values().length - 1]).isEqualTo(Table.RUNS);
    }
}
