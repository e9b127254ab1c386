package org.ccsweep.jobs.report;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.ccsweep.jobs.figures.Section;

/** One claim of the paper, judged against the result views by SQL; a row of the report's table. */
public interface Claim {
    /** The family's section of the report the claim belongs to. */
    Section section();

    /** The claim, in a sentence. */
    String statement();

    /** What the paper reports for it, as its text and captions describe. */
    String paper();

    /** How ours is judged to agree, stated so that a reader can check it against the numbers. */
    String rule();

    /** The rows it needs and the sweep that makes them, for the note when the results lack them. */
    String needs();

    /** Our numbers and the verdict, or empty when the results hold none of the rows it needs. */
    Optional<Finding> judge(SparkSession spark);
}
