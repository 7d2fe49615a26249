//! The canonical form of a schema: every object once, keyed by its identity, with what is
//! attached to it folded in, each part printed from its rewritten parse tree.
//!
//! Two inputs that build the same schema give the same [`Schema`], whatever their statement
//! order, formatting, spelling of types, inline or separate constraints, or pg_dump version
//! noise: the [rules](RULES) say exactly what is made equal. [`Schema::render`] prints it
//! (`pgsplit normalize`); [`crate::diff`] compares two.
//!
//! ```
//! use pgsplit::canon::Schema;
//! let dumped = Schema::from_sql(
//!     "CREATE TABLE public.t (id integer NOT NULL, name character varying(20));
//!      ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);",
//! ).unwrap();
//! let written = Schema::from_sql(
//!     "create table t (id int4 primary key, name varchar(20));",
//! ).unwrap();
//! assert_eq!(dumped.render(&Default::default()), written.render(&Default::default()));
//! ```

mod acl;
mod build;
mod deparse;
pub mod rules;
mod table;
mod walk_mut;

pub use rules::{Rule, RULES};

use std::collections::BTreeMap;

/// Which aspect of an object a part is: the ones a diff can be told to ignore, and the
/// definition itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Aspect {
    /// What the object is (never ignored).
    Definition,
    /// The order of a table's columns.
    ColumnOrder,
    /// `ALTER ... OWNER TO`.
    Owner,
    /// `GRANT` / `REVOKE` and default privileges.
    Grants,
    /// `COMMENT ON`.
    Comments,
    /// Tablespaces of tables and indexes.
    Tablespace,
    /// The version of an extension.
    ExtensionVersion,
}

impl Aspect {
    /// The name used by `--ignore` and `--compare`.
    ///
    /// ```
    /// assert_eq!(pgsplit::canon::Aspect::ColumnOrder.name(), "column-order");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Aspect::Definition => "definition",
            Aspect::ColumnOrder => "column-order",
            Aspect::Owner => "owners",
            Aspect::Grants => "grants",
            Aspect::Comments => "comments",
            Aspect::Tablespace => "tablespaces",
            Aspect::ExtensionVersion => "extension-versions",
        }
    }

    /// The aspect named `name` (as [`name`](Aspect::name) gives it).
    pub fn from_name(name: &str) -> Option<Aspect> {
        [
            Aspect::ColumnOrder,
            Aspect::Owner,
            Aspect::Grants,
            Aspect::Comments,
            Aspect::Tablespace,
            Aspect::ExtensionVersion,
        ]
        .into_iter()
        .find(|a| a.name() == name)
    }
}

/// Which aspects are left out of a rendering or a comparison.
///
/// The default ignores owners and grants (what `pgsplit diff` does unless told
/// `--compare owners,grants`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// The aspects left out.
    pub ignore: Vec<Aspect>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            ignore: vec![Aspect::Owner, Aspect::Grants],
        }
    }
}

impl Policy {
    /// Nothing left out (what `pgsplit normalize` prints).
    pub fn everything() -> Policy {
        Policy { ignore: Vec::new() }
    }

    /// Whether parts of `aspect` count.
    pub fn keeps(&self, aspect: Aspect) -> bool {
        !self.ignore.contains(&aspect)
    }
}

/// One comparable part of an object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// What it is, unique in its object: `definition`, `column email`, `column order`,
    /// `constraint users_pkey`, `owner`, `comment`, `comment on column email`,
    /// `grant SELECT ON TABLE ... TO bob`, `attached ...`.
    pub key: String,
    /// Which aspect it belongs to.
    pub aspect: Aspect,
    /// The canonical value compared (plain deparse text, a name, a comment).
    pub value: String,
    /// A looser value for the "probably equal" verdict (views, checks, defaults), when it
    /// differs from `value`.
    pub loose: Option<String>,
    /// The canonical statement that makes this part (plain deparse), when it is one of its
    /// own (columns are printed inside `CREATE TABLE`).
    pub sql: Option<String>,
}

/// A column of a table, in table order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnText {
    /// Its name.
    pub name: String,
    /// Its canonical definition (`email varchar(250) NOT NULL`).
    pub text: String,
}

/// One object of the schema with everything attached to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Object {
    /// Its kind (`table`, `view`, `function` ...; `statement` for what defines nothing,
    /// `unsupported` for what the grammar rejects).
    pub kind: String,
    /// Its identity (`table:public.users`).
    pub identity: String,
    /// Its parts, in a canonical order.
    pub parts: Vec<Part>,
    /// For tables: the columns, in table order.
    pub columns: Vec<ColumnText>,
    /// A migration step kept as a statement (`kind` `statement`) because the object it
    /// changes was not defined where it stood: it is printed before the definitions.
    pub unapplied: bool,
}

impl Object {
    /// The part with `key`.
    pub fn part(&self, key: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.key == key)
    }
}

/// How the statements of an input were accounted for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Statements and meta-commands read.
    pub statements: usize,
    /// Objects in the canonical schema.
    pub objects: usize,
    /// Statements that define an object.
    pub definitions: usize,
    /// Statements folded into the object they belong to (constraints, defaults, owners,
    /// comments, grants ...).
    pub attached: usize,
    /// Migration steps applied to earlier objects (`DROP`, `ALTER ... TYPE`, `RENAME`).
    pub applied: usize,
    /// Session settings, transaction control, `\restrict` and other meta-commands: dump
    /// noise, left out.
    pub noise: usize,
    /// Data (`COPY`, `INSERT`, `setval`, `REFRESH`): not part of a schema, left out.
    pub data: usize,
    /// Other statements (DML, `DO`, `SELECT`), kept as objects of kind `statement`.
    pub other: usize,
    /// Statements the grammar rejects, kept as objects of kind `unsupported`.
    pub unsupported: usize,
}

/// Something about one statement that a user should know: why it was not understood, or
/// how it was treated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// The statement (index in the input's statements and meta-commands).
    pub statement: usize,
    /// A stable code (`unsupported-statement`, `not-folded`, `redefined` ...).
    pub code: &'static str,
    /// What happened.
    pub message: String,
    /// Whether `--strict` makes it an error.
    pub warning: bool,
}

/// A schema in canonical form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schema {
    /// The objects, by identity.
    pub objects: BTreeMap<String, Object>,
    /// How the input was accounted for.
    pub summary: Summary,
    /// Notes about single statements.
    pub notes: Vec<Note>,
}

impl Schema {
    /// The canonical schema of classified statements (as the CLI reads them: see
    /// [`crate::order::Item`]).
    pub fn build(items: &[crate::order::Item]) -> Schema {
        build::build(items, Vec::new(), 1, None)
    }

    /// [`build`](Schema::build) with the encoded parse trees the classification kept (one
    /// per item), so that no statement is parsed twice; `folds` is how many builds run at
    /// once, each on its share of the cores; `role` the role the statements run as
    /// (`--role`: rule `current-role`).
    pub(crate) fn build_with_trees(
        items: &[crate::order::Item],
        trees: Vec<Option<crate::classify::parse::Tree>>,
        folds: usize,
        role: Option<&str>,
    ) -> Schema {
        build::build(items, trees, folds, role)
    }

    /// The canonical schema of SQL text (split, classified and folded).
    ///
    /// ```
    /// use pgsplit::canon::{Policy, Schema};
    /// let a = Schema::from_sql("create table t (id serial primary key);").unwrap();
    /// let b = Schema::from_sql("CREATE TABLE public.t (id integer NOT NULL);
    ///     CREATE SEQUENCE public.t_id_seq AS integer;
    ///     ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
    ///     ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
    ///     ALTER TABLE ONLY public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);").unwrap();
    /// assert!(pgsplit::diff::diff(&a, &b, &Policy::default()).is_equal());
    /// ```
    pub fn from_sql(sql: &str) -> Result<Schema, crate::ScanError> {
        Schema::from_sql_as(sql, None)
    }

    /// [`from_sql`](Schema::from_sql) for statements run as `role` (rule `current-role`:
    /// `CURRENT_USER` names it, `ALTER DEFAULT PRIVILEGES` without `FOR ROLE` is for it).
    ///
    /// ```
    /// use pgsplit::canon::{Policy, Schema};
    /// let a = Schema::from_sql_as("CREATE USER MAPPING FOR CURRENT_USER SERVER s;", Some("app")).unwrap();
    /// let b = Schema::from_sql("CREATE USER MAPPING FOR app SERVER s;").unwrap();
    /// assert!(pgsplit::diff::diff(&a, &b, &Policy::default()).is_equal());
    /// ```
    pub fn from_sql_as(sql: &str, role: Option<&str>) -> Result<Schema, crate::ScanError> {
        let mut items: Vec<(crate::order::Item, Option<crate::classify::parse::Tree>)> =
            crate::split_statements(sql)?
                .into_iter()
                .map(|text| {
                    let item = crate::order::Item {
                        class: Default::default(),
                        text,
                        search_path: Vec::new(),
                        pin: crate::order::Pin::Free,
                    };
                    (item, None)
                })
                .collect();
        crate::classify::classify_each_keeping(
            &mut items,
            &crate::classify::Context::default(),
            |(item, _)| Some(item.text.as_str()),
            |_| false,
            |(item, _)| &mut item.class,
            |(item, _), path, _| item.search_path = path.to_vec(),
            Some(
                |(_, tree): &mut (crate::order::Item, Option<crate::classify::parse::Tree>),
                 t: Vec<u8>| { *tree = Some(crate::classify::parse::Tree::new(t)) },
            ),
        );
        let (items, trees): (Vec<_>, Vec<_>) = items.into_iter().unzip();
        Ok(Schema::build_with_trees(&items, trees, 1, role))
    }

    /// The canonical text of the whole schema: every object under a `-- kind identity`
    /// header, in dependency order (extensions and schemas first, then by kind and
    /// identity), each statement pretty-printed. What `policy` ignores is left out.
    pub fn render(&self, policy: &Policy) -> String {
        build::render(self, policy)
    }
}

/// An identity as reports show it: without its kind prefix (`public.users` for
/// `table:public.users`), on one line, at most 100 characters.
///
/// ```
/// assert_eq!(pgsplit::canon::display_identity("table:public.users"), "public.users");
/// ```
pub fn display_identity(identity: &str) -> String {
    build::display_identity(identity)
}

pub(crate) use build::one_line;
pub(crate) use deparse::Memo;

/// One statement printed by libpg_query's deparser (plain), or `None` if it cannot be.
pub(crate) fn deparse_one(stmt: &pg_query::NodeEnum) -> Option<String> {
    deparse::deparse(stmt, false).ok()
}

/// The loose form of a column definition's text (`total numeric GENERATED ALWAYS AS (price *
/// qty::numeric) STORED`): every cast and column qualification dropped, for the "probably
/// equal" verdict. The text itself when it does not parse.
pub(crate) fn loose_column(text: &str) -> String {
    let sql = format!("CREATE TABLE x ({text})");
    let Ok(mut tree) = crate::classify::parse(&sql, 0) else {
        return text.to_owned();
    };
    for s in &mut tree.stmts {
        if let Some(n) = s.stmt.as_deref_mut() {
            rules::casts::loose(n);
        }
    }
    let out = deparse::deparse_tree(&tree, false).unwrap_or_default();
    out.strip_prefix("CREATE TABLE x (")
        .and_then(|t| t.strip_suffix(')'))
        .map_or_else(|| text.to_owned(), str::to_owned)
}

/// Whether two parts whose loose forms are equal are "probably equal": also the casts the
/// loose form dropped agree ([`rules::casts::casts_agree`]: a cast of one expression to two
/// types is a change). `column`: the parts are column definitions (`a int DEFAULT ...`).
/// False when a text does not parse.
pub(crate) fn loose_casts_agree(a: &Part, b: &Part, column: bool) -> bool {
    let casts = |p: &Part| {
        let sql = if column {
            format!("CREATE TABLE x ({})", p.value)
        } else {
            p.sql.clone().unwrap_or_else(|| p.value.clone())
        };
        let mut tree = crate::classify::parse(&sql, 0).ok()?;
        let mut out = Vec::new();
        for (k, s) in tree.stmts.iter_mut().enumerate() {
            if let Some(n) = s.stmt.as_deref_mut() {
                let dropped = rules::casts::dropped_casts(n);
                out.extend(dropped.into_iter().map(|(at, t)| ((k << 40) | at, t)));
            }
        }
        Some(out)
    };
    match (casts(a), casts(b)) {
        (Some(x), Some(y)) => rules::casts::casts_agree(&x, &y),
        _ => false,
    }
}

/// The canonical text of one object (its statements pretty-printed, in part order), with
/// what `policy` ignores left out and, when column order is ignored, the columns by name.
pub fn object_text(o: &Object, policy: &Policy) -> String {
    build::object_text(o, policy)
}
