package org.ccsweep.jobs.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
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

    @Test
    void runsIsCommittedLast() {
        assertThat(Table.values()[Table.values().length - 1]).isEqualTo(Table.RUNS);
    }
}
