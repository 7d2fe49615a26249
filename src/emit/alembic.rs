//! An Alembic migration (a Python module) that runs statements: the `pgsplit alembic`
//! output.
//!
//! Each statement is one `op.execute(_sql(...))`: one statement per call (asyncpg cannot
//! run several in one), wrapped in `sqlalchemy.DDL`, which sends the text as it is. A plain
//! string given to `op.execute` would go through `sqlalchemy.text()`, which takes `:name`
//! for a bind parameter (`'{"a":1}'` in a JSON default breaks); `DDL` only applies
//! `%`-formatting, which `_sql` undoes by doubling every `%`. Statements are written as
//! Python string literals, one per line of SQL, with every character that could end the
//! literal or change its meaning escaped, so no input text can break out of the string.

use std::fmt::Write as _;

/// One statement of `upgrade()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    /// The SQL text.
    pub sql: String,
    /// It cannot run inside a transaction block (`CREATE INDEX CONCURRENTLY`, `VACUUM`,
    /// `ALTER TYPE ... ADD VALUE` before PostgreSQL 12): run in an autocommit block.
    pub autocommit: bool,
}

/// Where `upgrade()` finds its statements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statements {
    /// In the migration, one `op.execute` each.
    Inline(Vec<Statement>),
    /// In a file next to the migration (its name), NUL-separated as `pgsplit split --format
    /// nul` writes them; the numbers (from 0) of those that need an autocommit block.
    File {
        /// The file's name, in the migration's directory.
        name: String,
        /// How many statements the file holds.
        count: usize,
        /// Which of them run in an autocommit block.
        autocommit: Vec<usize>,
    },
}

/// A migration to print.
#[derive(Clone, Debug)]
pub struct Migration {
    /// `revision`.
    pub revision: String,
    /// `down_revision` (`None`: the first migration).
    pub down_revision: Option<String>,
    /// The first line of the docstring.
    pub message: String,
    /// Further docstring lines (what the migration creates, where it comes from).
    pub about: Vec<String>,
    /// What `upgrade()` runs.
    pub upgrade: Statements,
    /// What `downgrade()` runs, in order.
    pub downgrade: Vec<String>,
}

/// `s` as a Python string literal (double quotes), every character that is not printable
/// ASCII or printable non-ASCII escaped.
///
/// ```
/// use pgsplit::emit::alembic::python_literal;
/// assert_eq!(python_literal(r#"a "b" \c"#), r#""a \"b\" \\c""#);
/// assert_eq!(python_literal("é\u{2028}\t"), r#""é\u2028\t""#);
/// ```
pub fn python_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            // control characters, line and paragraph separators, anything the tokenizer or
            // an editor might take for the end of a line
            c if c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{feff}')
                || (c as u32) < 0xa0 =>
            {
                let _ = if (c as u32) <= 0xff {
                    write!(out, "\\x{:02x}", c as u32)
                } else {
                    write!(out, "\\u{:04x}", c as u32)
                };
            }
            c if is_invisible(c) => {
                let _ = if (c as u32) <= 0xffff {
                    write!(out, "\\u{:04x}", c as u32)
                } else {
                    write!(out, "\\U{:08x}", c as u32)
                };
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters that print as nothing or that reorder text (a reviewer must see them).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}'
        | '\u{e000}'..='\u{f8ff}' | '\u{fff0}'..='\u{ffff}' | '\u{f0000}'..)
}

/// `sql` as a Python expression: one literal per line of SQL (adjacent literals
/// concatenate), indented by `indent`.
fn python_text(sql: &str, indent: &str) -> String {
    let lines: Vec<&str> = sql.split_inclusive('\n').collect();
    if lines.len() <= 1 {
        return python_literal(sql);
    }
    let mut out = String::from("(\n");
    for l in lines {
        let _ = writeln!(out, "{indent}    {}", python_literal(l));
    }
    out.push_str(indent);
    out.push(')');
    out
}

/// The migration module.
pub fn render(m: &Migration) -> String {
    let mut s = String::new();
    s.push_str("\"\"\"");
    // the docstring: escaped like any literal's content, without the quotes
    let doc = |t: &str| {
        let l = python_literal(t);
        l[1..l.len() - 1].to_owned()
    };
    let _ = writeln!(s, "{}", doc(&m.message));
    s.push('\n');
    let _ = writeln!(s, "Revision ID: {}", doc(&m.revision));
    let _ = writeln!(
        s,
        "Revises: {}",
        m.down_revision.as_deref().map_or(String::new(), doc)
    );
    for l in &m.about {
        let _ = writeln!(s, "{}", doc(l));
    }
    s.push_str("\"\"\"\n\n");
    if matches!(m.upgrade, Statements::File { .. }) {
        s.push_str("from pathlib import Path\n\n");
    }
    s.push_str("import sqlalchemy as sa\nfrom alembic import op\n\n");
    let _ = writeln!(s, "revision = {}", python_literal(&m.revision));
    let _ = writeln!(
        s,
        "down_revision = {}",
        m.down_revision
            .as_deref()
            .map_or("None".to_owned(), python_literal)
    );
    s.push_str("branch_labels = None\ndepends_on = None\n\n\n");
    s.push_str(
        "def _sql(statement):\n    \
         \"\"\"One statement, sent to the server exactly as written.\"\"\"\n    \
         # DDL applies %-formatting only: doubled percent signs come out single\n    \
         return sa.DDL(statement.replace(\"%\", \"%%\"))\n\n\n",
    );
    s.push_str("def upgrade():\n");
    match &m.upgrade {
        Statements::Inline(list) => {
            if list.is_empty() {
                s.push_str("    pass\n");
            }
            for st in list {
                if st.autocommit {
                    s.push_str("    with op.get_context().autocommit_block():\n");
                    let _ = writeln!(
                        s,
                        "        op.execute(_sql({}))",
                        python_text(&st.sql, "        ")
                    );
                } else {
                    let _ = writeln!(s, "    op.execute(_sql({}))", python_text(&st.sql, "    "));
                }
            }
        }
        Statements::File {
            name,
            count,
            autocommit,
        } => {
            let _ = writeln!(
                s,
                "    # {count} statements, NUL-separated (as `pgsplit split --format nul` writes them)"
            );
            let _ = writeln!(
                s,
                "    data = (Path(__file__).parent / {}).read_bytes().decode(\"utf-8\")",
                python_literal(name)
            );
            s.push_str("    statements = data.split(\"\\0\")\n");
            s.push_str("    if statements and statements[-1] == \"\":\n        statements.pop()\n");
            let _ = writeln!(
                s,
                "    assert len(statements) == {count}, ({}, \"statements\", len(statements), \"expected\", {count})",
                python_literal(name)
            );
            let list: Vec<String> = autocommit.iter().map(|n| n.to_string()).collect();
            let _ = writeln!(s, "    autocommit = {{{}}}", list.join(", "));
            s.push_str(
                "    for number, statement in enumerate(statements):\n        \
                 if number in autocommit:\n            \
                 with op.get_context().autocommit_block():\n                \
                 op.execute(_sql(statement))\n        \
                 else:\n            \
                 op.execute(_sql(statement))\n",
            );
        }
    }
    s.push_str("\n\ndef downgrade():\n");
    if m.downgrade.is_empty() {
        s.push_str("    pass\n");
    }
    for d in &m.downgrade {
        let _ = writeln!(s, "    op.execute(_sql({}))", python_text(d, "    "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_escape_what_could_end_them() {
        assert_eq!(python_literal(""), "\"\"");
        assert_eq!(python_literal("\"\"\"'''"), r#""\"\"\"'''""#);
        assert_eq!(python_literal("a\\"), r#""a\\""#);
        assert_eq!(python_literal("\0\u{7f}\u{85}"), r#""\x00\x7f\x85""#);
        assert_eq!(python_literal("\u{200b}\u{202e}"), r#""\u200b\u202e""#);
        assert_eq!(python_literal("表 ü"), "\"表 ü\"");
    }

    #[test]
    fn a_migration() {
        let m = Migration {
            revision: "001_initial_schema".into(),
            down_revision: None,
            message: "initial schema".into(),
            about: vec!["Creates: 1 table".into()],
            upgrade: Statements::Inline(vec![
                Statement {
                    sql: "CREATE TABLE t (\n    a text DEFAULT '{\"a\":1}'\n);".into(),
                    autocommit: false,
                },
                Statement {
                    sql: "CREATE INDEX CONCURRENTLY i ON t (a);".into(),
                    autocommit: true,
                },
            ]),
            downgrade: vec!["DROP TABLE IF EXISTS t;".into()],
        };
        insta::assert_snapshot!(render(&m), @r#"
        """initial schema

        Revision ID: 001_initial_schema
        Revises: 
        Creates: 1 table
        """

        import sqlalchemy as sa
        from alembic import op

        revision = "001_initial_schema"
        down_revision = None
        branch_labels = None
        depends_on = None


        def _sql(statement):
            """One statement, sent to the server exactly as written."""
            # DDL applies %-formatting only: doubled percent signs come out single
            return sa.DDL(statement.replace("%", "%%"))


        def upgrade():
            op.execute(_sql((
                "CREATE TABLE t (\n"
                "    a text DEFAULT '{\"a\":1}'\n"
                ");"
            )))
            with op.get_context().autocommit_block():
                op.execute(_sql("CREATE INDEX CONCURRENTLY i ON t (a);"))


        def downgrade():
            op.execute(_sql("DROP TABLE IF EXISTS t;"))
        "#);
    }
}
