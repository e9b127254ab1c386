package org.ccsweep.jobs.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.CurrentNamespace$;
import org.apache.spark.sql.catalyst.analysis.ExpressionWithUnresolvedIdentifier;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunctionName;
import org.apache.spark.sql.catalyst.analysis.UnresolvedGenerator;
import org.apache.spark.sql.catalyst.analysis.UnresolvedHaving;
import org.apache.spark.sql.catalyst.analysis.UnresolvedInlineTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedSubqueryColumnAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTVFAliases;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.expressions.CallMethodViaReflection;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.PipeOperator;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Aggregate;
import org.apache.spark.sql.catalyst.plans.logical.CTERelationDef;
import org.apache.spark.sql.catalyst.plans.logical.CTERelationRef;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeFunction;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.Distinct;
import org.apache.spark.sql.catalyst.plans.logical.Except;
import org.apache.spark.sql.catalyst.plans.logical.Filter;
import org.apache.spark.sql.catalyst.plans.logical.Generate;
import org.apache.spark.sql.catalyst.plans.logical.GlobalLimit;
import org.apache.spark.sql.catalyst.plans.logical.Intersect;
import org.apache.spark.sql.catalyst.plans.logical.Join;
import org.apache.spark.sql.catalyst.plans.logical.LateralJoin;
import org.apache.spark.sql.catalyst.plans.logical.LimitAll;
import org.apache.spark.sql.catalyst.plans.logical.LocalLimit;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Offset;
import org.apache.spark.sql.catalyst.plans.logical.OneRowRelation;
import org.apache.spark.sql.catalyst.plans.logical.Pivot;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.plans.logical.Range;
import org.apache.spark.sql.catalyst.plans.logical.RepartitionByExpression;
import org.apache.spark.sql.catalyst.plans.logical.Sample;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowFunctions;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import org.apache.spark.sql.catalyst.plans.logical.Sort;
import org.apache.spark.sql.catalyst.plans.logical.SubqueryAlias;
import org.apache.spark.sql.catalyst.plans.logical.Union;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedHint;
import org.apache.spark.sql.catalyst.plans.logical.UnionLoopRef;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.catalyst.plans.logical.Unpivot;
import org.apache.spark.sql.catalyst.plans.logical.WithWindowDefinition;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import scala.Tuple3;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What makes {@code sql} read-only. A statement is parsed by Spark's own parser and its plan walked,
 * every node and expression, subqueries and CTE definitions included, against allowlists:
 * <ul>
 * <li>statements: queries (SELECT, WITH, VALUES, TABLE, FROM ... |> pipes), EXPLAIN and DESCRIBE QUERY
 * of a query, DESCRIBE [TABLE] / DESCRIBE a column of a view, DESCRIBE FUNCTION, SHOW TABLES, SHOW
 * VIEWS, SHOW COLUMNS of a view and SHOW FUNCTIONS in the current namespace. Any other node (INSERT,
 * CREATE, SET, ADD JAR, CACHE, USE, TRANSFORM ... USING, EXECUTE IMMEDIATE, IDENTIFIER(...), time
 * travel, ...) is rejected by name;
 * <li>relations: a one-part name of a results view, or of a CTE in scope; never a file path
 * ({@code parquet.`/path`}), another catalog or namespace, or table options;
 * <li>table-valued functions: {@code range} and the generators ({@link #TABLE_FUNCTIONS}), never
 * {@code read_files} or other readers;
 * <li>functions: any but those that run Java code or read files ({@link #DENIED_FUNCTIONS}).
 * </ul>
 * Spark resolves a one-part name to a CTE in scope, then a temporary view, then a table of the
 * session's catalog, which has none: so an accepted query reads the views only. {@link #checkAnalyzed}
 * checks that on the analysed plan as well: every relation read is a Parquet file under a results
 * directory, and no expression calls Java by reflection.
 */
final class ReadOnlyCheck {
    /** The table-valued functions a query may call: they generate rows and read nothing. */
    static final Set<String> TABLE_FUNCTIONS = Set.of("range", "explode", "explode_outer", "posexplode",
            "posexplode_outer", "inline", "inline_outer", "stack");
    /** Functions that call Java methods by name, or read a descriptor file named in the query. */
    static final Set<String> DENIED_FUNCTIONS = Set.of("reflect", "java_method", "try_reflect", "from_protobuf",
            "to_protobuf");

    private static final Set<Class<?>> QUERY_NODES = Set.of(Project.class, Filter.class, Aggregate.class, Sort.class,
            Distinct.class, Union.class, Intersect.class, Except.class, Join.class, LateralJoin.class, GlobalLimit.class,
            LocalLimit.class, LimitAll.class, Offset.class, SubqueryAlias.class, Generate.class, Pivot.class,
            Unpivot.class, Sample.class, UnresolvedHint.class, WithWindowDefinition.class, RepartitionByExpression.class,
            OneRowRelation.class, LocalRelation.class, UnresolvedInlineTable.class, UnresolvedHaving.class,
            UnresolvedSubqueryColumnAliases.class, UnresolvedTVFAliases.class, PipeOperator.class,
            UnresolvedRelation.class, UnresolvedTableValuedFunction.class);
    /** Leaves an analysed query may have besides the views' Parquet files. */
    private static final Set<Class<?>> ANALYSED_LEAVES = Set.of(OneRowRelation.class, LocalRelation.class,
            Range.class, CTERelationRef.class, UnionLoopRef.class);

    private final Set<String> views;
    private final List<URI> results;

    /**
     * @param views   the names of the registered views, the only relations a query may name
     * @param results the results directories, the only place an analysed plan may read
     */
    ReadOnlyCheck(List<String> views, List<URI> results) {
        this.views = new HashSet<>(views.stream().map(ReadOnlyCheck::lower).toList());
        this.results = List.copyOf(results);
    }

    /**
     * Parses the statement with the session's parser and checks its plan.
     *
     * @return whether it is a query (its result is computed when collected); false for EXPLAIN,
     *         DESCRIBE and SHOW, which Spark runs when it builds the result
     * @throws RejectedStatementException naming what is not allowed
     * @throws ParseException when it does not parse
     */
    boolean check(SparkSession spark, String statement) throws ParseException {
        LogicalPlan plan = spark.sessionState().sqlParser().parsePlan(statement);
        if (plan instanceof ExplainCommand explain) {
            query(explain.logicalPlan(), Set.of(), "EXPLAIN of ");
            return false;
        }
        if (plan instanceof DescribeQueryCommand describe) {
            query(describe.plan(), Set.of(), "DESCRIBE QUERY of ");
            return false;
        }
        if (plan instanceof DescribeRelation || plan instanceof DescribeColumn || plan instanceof ShowColumns
                || plan instanceof DescribeFunction || plan instanceof ShowTables || plan instanceof ShowViews
                || plan instanceof ShowFunctions) {
            for (LogicalPlan child : list(plan.children())) {
                if (child instanceof UnresolvedTableOrView relation) {
                    relation(list(relation.multipartIdentifier()), Set.of());
                } else if (!(child instanceof UnresolvedFunctionName) && child != CurrentNamespace$.MODULE$) {
                    throw new RejectedStatementException(kind(plan) + " of " + kind(child).toLowerCase(Locale.ROOT)
                            + " is not allowed: sql describes and shows the results' views in the current namespace only");
                }
            }
            return false;
        }
        query(plan, Set.of(), "");
        return true;
    }

    private void query(LogicalPlan plan, Set<String> ctes, String context) {
        if (plan instanceof UnresolvedWith with) {
            Set<String> scope = new HashSet<>(ctes);
            for (Tuple3<String, SubqueryAlias, ?> cte : list(with.cteRelations())) {
                scope.add(lower(cte._1()));
                query(cte._2(), Set.copyOf(scope), context);
            }
            query(with.child(), Set.copyOf(scope), context);
            return;
        }
        if (!QUERY_NODES.contains(plan.getClass())) {
            throw new RejectedStatementException(context + kind(plan) + " is not allowed: " + ALLOWED);
        }
        if (plan instanceof UnresolvedRelation relation) {
            if (!relation.options().isEmpty()) {
                throw new RejectedStatementException("table options (WITH (...) after " + relation.tableName()
                        + ") are not allowed: sql reads the results' views as they are");
            }
            relation(list(relation.multipartIdentifier()), ctes);
        }
        if (plan instanceof UnresolvedTableValuedFunction function) {
            String name = String.join(".", list(function.name()));
            if (function.name().size() != 1 || !TABLE_FUNCTIONS.contains(lower(name))) {
                throw new RejectedStatementException("table function " + name + " is not allowed: queries read the results'"
                        + " views; the table functions allowed are " + String.join(", ", TABLE_FUNCTIONS.stream().sorted().toList()));
            }
        }
        for (Expression e : list(plan.expressions())) {
            expression(e, ctes, context);
        }
        for (LogicalPlan child : list(plan.children())) {
            query(child, ctes, context);
        }
        for (Object inner : list(plan.innerChildren())) {
            if (inner instanceof LogicalPlan subquery) {
                query(subquery, ctes, context);
            }
        }
    }

    private void expression(Expression e, Set<String> ctes, String context) {
        if (e instanceof UnresolvedFunction function) {
            function(list(function.nameParts()));
        } else if (e instanceof UnresolvedGenerator generator) {
            function(List.of(generator.name().funcName()));
        } else if (e instanceof ExpressionWithUnresolvedIdentifier) {
            throw new RejectedStatementException("IDENTIFIER(...) is not allowed: name views and functions directly");
        } else if (e instanceof SubqueryExpression subquery) {
            query(subquery.plan(), ctes, context);
        }
        for (Expression child : list(e.children())) {
            expression(child, ctes, context);
        }
    }

    private static void function(List<String> nameParts) {
        String name = lower(nameParts.get(nameParts.size() - 1));
        if (DENIED_FUNCTIONS.contains(name)) {
            throw new RejectedStatementException("function " + String.join(".", nameParts) + " is not allowed: it runs"
                    + " Java code or reads a file named in the query");
        }
    }

    private void relation(List<String> name, Set<String> ctes) {
        String joined = String.join(".", name.stream().map(n -> "`" + n + "`").toList());
        if (name.size() != 1 || !(views.contains(lower(name.get(0))) || ctes.contains(lower(name.get(0))))) {
            throw new RejectedStatementException("table " + joined + " is not allowed: sql reads only the results' views ("
                    + String.join(", ", views.stream().sorted().toList()) + "), never files, paths or other tables");
        }
    }

    /**
     * Checks what Spark resolved the accepted query to: its leaves are the views' Parquet files (under
     * the results directories), inline rows, ranges or CTE references, and no expression calls Java by
     * reflection.
     *
     * @throws RejectedStatementException naming what the plan would read or call
     */
    void checkAnalyzed(LogicalPlan plan) {
        if (plan instanceof LogicalRelation relation) {
            if (!(relation.relation() instanceof HadoopFsRelation files)) {
                throw new RejectedStatementException("reading " + relation.relation().getClass().getSimpleName()
                        + " is not allowed: sql reads the results' Parquet files only");
            }
            for (Path path : list(files.location().rootPaths())) {
                if (!inResults(path)) {
                    throw new RejectedStatementException("reading " + path + " is not allowed: it is outside the results directory");
                }
            }
        } else if (plan.children().isEmpty() && !(plan instanceof CTERelationDef) && !ANALYSED_LEAVES.contains(plan.getClass())) {
            throw new RejectedStatementException("reading " + kind(plan) + " is not allowed: sql reads the results' views only");
        }
        for (Expression e : list(plan.expressions())) {
            analysedExpression(e);
        }
        for (LogicalPlan child : list(plan.children())) {
            checkAnalyzed(child);
        }
        for (Object inner : list(plan.innerChildren())) {
            if (inner instanceof LogicalPlan subquery) {
                checkAnalyzed(subquery);
            }
        }
    }

    private void analysedExpression(Expression e) {
        if (e instanceof CallMethodViaReflection) {
            throw new RejectedStatementException("calling Java methods (" + e.prettyName() + ") is not allowed");
        }
        if (e instanceof SubqueryExpression subquery) {
            checkAnalyzed(subquery.plan());
        }
        for (Expression child : list(e.children())) {
            analysedExpression(child);
        }
    }

    private boolean inResults(Path path) {
        String file = key(path.toUri());
        return results.stream().map(ReadOnlyCheck::key).anyMatch(dir -> file.startsWith(dir.endsWith("/") ? dir : dir + "/"));
    }

    /** A location as scheme, authority and normalised path: file:/x and file:///x are one place. */
    private static String key(URI uri) {
        URI normal = uri.normalize();
        return normal.getScheme() + "://" + (normal.getAuthority() == null ? "" : normal.getAuthority()) + normal.getPath();
    }

    private static final String ALLOWED = "sql is read-only and runs queries (SELECT, WITH, VALUES, TABLE), EXPLAIN,"
            + " DESCRIBE and SHOW TABLES/VIEWS/COLUMNS/FUNCTIONS over the results' views";

    /** A plan node as SQL words: InsertIntoDir -> INSERT INTO DIR, AddJarsCommand -> ADD JARS. */
    static String kind(LogicalPlan plan) {
        String name = plan.getClass().getSimpleName().replace("$", "").replaceFirst("^Unresolved", "")
                .replaceFirst("(Command|Statement)$", "");
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static <T> List<T> list(scala.collection.Iterable<T> seq) {
        return new ArrayList<>(CollectionConverters.asJavaCollection(seq));
    }
}
