package org.ccsweep.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementsTest {
    @Test
    void semicolonsSplitStatementsOutsideQuotesAndComments() {
        assertThat(Statements.split("SELECT ';'; SELECT \"a;b\" ; SELECT `x;y` FROM t;").complete())
                .extracting(Statements.Statement::text)
                .containsExactly("SELECT ';'", "SELECT \"a;b\"", "SELECT `x;y` FROM t");
        assertThat(Statements.split("SELECT 1 -- c; d\n; SELECT /* a; /* nested; */ b; */ 2;").complete())
                .extracting(Statements.Statement::text)
                .containsExactly("SELECT 1 -- c; d", "SELECT /* a; /* nested; */ b; */ 2");
        assertThat(Statements.split("SELECT 'it\\'s; x'; SELECT 2").all()).extracting(Statements.Statement::text)
                .containsExactly("SELECT 'it\\'s; x'", "SELECT 2");
    }

    @Test
    void eachStatementKnowsItsFirstLine() {
        Statements.Split split = Statements.split("\n-- a comment\nSELECT\n1;\n\n  SELECT 'two\nlines'; SELECT 3");
        assertThat(split.all()).extracting(Statements.Statement::line).containsExactly(3, 6, 7);
        assertThat(split.pending()).isTrue();
        assertThat(split.rest()).isEqualTo(" SELECT 3");
    }

    @Test
    void blanksAndCommentsAreNoStatementButOpenQuotesAndCommentsContinue() {
        Statements.Split comment = Statements.split("-- nothing here;\n;  ;\n");
        assertThat(comment.all()).isEmpty();
        assertThat(comment.open()).isFalse();
        assertThat(Statements.split("SELECT 'abc;\n").open()).isTrue();
        assertThat(Statements.split("SELECT 'abc;\n").complete()).isEmpty();
        Statements.Split inComment = Statements.split("/* a comment; still\n");
        assertThat(inComment.pending()).isFalse();
        assertThat(inComment.open()).isTrue();
    }
}
