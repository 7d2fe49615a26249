//! What a statement is: its [`Class`], the object it defines or acts on ([`ObjectId`]) and the
//! objects it needs ([`Ref`]). Produced by [`classify`](crate::classify), consumed by
//! [`order`](crate::order).
//!
//! ```
//! use pgsplit::classify::{classify, Context};
//! use pgsplit::model::{Class, ObjectKind};
//! let c = classify("CREATE VIEW app.v AS SELECT * FROM app.t", &Context::default());
//! assert_eq!(c.class, Class::Definition);
//! let object = c.object.unwrap();
//! assert_eq!(object.kind, ObjectKind::View);
//! assert_eq!(object.identity, "view:app.v");
//! let needs: Vec<String> = c.refs.iter().map(|r| r.target.to_string()).collect();
//! assert_eq!(needs, ["schema app", "relation app.t"]);
//! ```

use std::fmt;

/// The five classes of statement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// Creates an object (`CREATE TABLE`, `CREATE FUNCTION` ...).
    Definition,
    /// Acts on an object defined elsewhere: constraints, owners, comments, grants, defaults,
    /// partitions attached, data (`COPY`, `INSERT ... VALUES`, `setval`, `REFRESH`).
    Attached,
    /// A session setting or dump noise: `SET`, `SELECT pg_catalog.set_config(...)`,
    /// `\restrict`.
    Setting,
    /// Anything else (DML, `DO`, transaction control, `DROP`, renames, most meta-commands): kept
    /// in its place relative to the other statements of this class.
    #[default]
    Other,
    /// Not parseable by the PostgreSQL grammar pgsplit embeds: passed through and reported.
    Unsupported,
}

impl Class {
    /// The name used in JSON and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Definition => "definition",
            Class::Attached => "attached",
            Class::Setting => "setting",
            Class::Other => "other",
            Class::Unsupported => "unsupported",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident = $name:literal, $ns:ident;)*) => {
        /// The kind of a database object.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ObjectKind {
            $(#[doc = concat!("`", $name, "`")] $variant,)*
        }

        impl ObjectKind {
            /// The kebab-case name used in identities and JSON (`materialized-view` ...).
            pub fn as_str(self) -> &'static str {
                match self { $(ObjectKind::$variant => $name,)* }
            }

            /// The name space references to this kind are looked up in.
            pub fn namespace(self) -> Namespace {
                match self { $(ObjectKind::$variant => Namespace::$ns,)* }
            }
        }
    };
}

kinds! {
    Schema = "schema", Schema;
    Extension = "extension", Extension;
    Language = "language", Language;
    Collation = "collation", Collation;
    ShellType = "shell-type", Type;
    Type = "type", Type;
    Enum = "enum", Type;
    Domain = "domain", Type;
    Composite = "composite", Type;
    Range = "range", Type;
    Cast = "cast", Cast;
    Transform = "transform", Transform;
    Function = "function", Function;
    Procedure = "procedure", Function;
    Aggregate = "aggregate", Function;
    Operator = "operator", Operator;
    OperatorClass = "operator-class", OperatorClass;
    OperatorFamily = "operator-family", OperatorFamily;
    AccessMethod = "access-method", AccessMethod;
    Conversion = "conversion", Conversion;
    TextSearchParser = "text-search-parser", TextSearch;
    TextSearchTemplate = "text-search-template", TextSearch;
    TextSearchDictionary = "text-search-dictionary", TextSearch;
    TextSearchConfiguration = "text-search-configuration", TextSearch;
    ForeignDataWrapper = "foreign-data-wrapper", ForeignDataWrapper;
    Server = "server", Server;
    UserMapping = "user-mapping", UserMapping;
    Sequence = "sequence", Relation;
    Table = "table", Relation;
    Partition = "partition", Relation;
    ForeignTable = "foreign-table", Relation;
    View = "view", Relation;
    MaterializedView = "materialized-view", Relation;
    Column = "column", Column;
    Index = "index", Relation;
    Constraint = "constraint", Constraint;
    Trigger = "trigger", Trigger;
    Rule = "rule", Rule;
    Policy = "policy", Policy;
    Statistics = "statistics", Statistics;
    Publication = "publication", Publication;
    Subscription = "subscription", Subscription;
    EventTrigger = "event-trigger", EventTrigger;
    DefaultPrivileges = "default-privileges", DefaultPrivileges;
    Role = "role", Role;
    Database = "database", Database;
    Tablespace = "tablespace", Tablespace;
    LargeObject = "large-object", LargeObject;
}

impl fmt::Display for ObjectKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a name is looked up. Several kinds share one: a reference to a relation finds a
/// table, a view or a sequence; a type reference finds any kind of type, and also a
/// relation's row type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Namespace {
    Schema,
    Extension,
    Language,
    Collation,
    Type,
    Cast,
    Transform,
    Function,
    Operator,
    OperatorClass,
    OperatorFamily,
    AccessMethod,
    Conversion,
    TextSearch,
    ForeignDataWrapper,
    Server,
    UserMapping,
    Relation,
    Column,
    Constraint,
    Trigger,
    Rule,
    Policy,
    Statistics,
    Publication,
    Subscription,
    EventTrigger,
    DefaultPrivileges,
    Role,
    Database,
    Tablespace,
    LargeObject,
    /// A name whose kind the statement does not say (a `DefineStmt` option, a name found in a
    /// PL/pgSQL body): it matches a relation, type, function or operator.
    Any,
}

impl Namespace {
    /// The name used when printing a reference.
    pub fn as_str(self) -> &'static str {
        match self {
            Namespace::Schema => "schema",
            Namespace::Extension => "extension",
            Namespace::Language => "language",
            Namespace::Collation => "collation",
            Namespace::Type => "type",
            Namespace::Cast => "cast",
            Namespace::Transform => "transform",
            Namespace::Function => "function",
            Namespace::Operator => "operator",
            Namespace::OperatorClass => "operator-class",
            Namespace::OperatorFamily => "operator-family",
            Namespace::AccessMethod => "access-method",
            Namespace::Conversion => "conversion",
            Namespace::TextSearch => "text-search",
            Namespace::ForeignDataWrapper => "foreign-data-wrapper",
            Namespace::Server => "server",
            Namespace::UserMapping => "user-mapping",
            Namespace::Relation => "relation",
            Namespace::Column => "column",
            Namespace::Constraint => "constraint",
            Namespace::Trigger => "trigger",
            Namespace::Rule => "rule",
            Namespace::Policy => "policy",
            Namespace::Statistics => "statistics",
            Namespace::Publication => "publication",
            Namespace::Subscription => "subscription",
            Namespace::EventTrigger => "event-trigger",
            Namespace::DefaultPrivileges => "default-privileges",
            Namespace::Role => "role",
            Namespace::Database => "database",
            Namespace::Tablespace => "tablespace",
            Namespace::LargeObject => "large-object",
            Namespace::Any => "any",
        }
    }
}

/// A database object: kind, schema, name and a stable identity string.
///
/// The identity is `kind:schema.name`; names are written bare when they are plain lower-case
/// identifiers and double-quoted otherwise. Routines add their argument types
/// (`function:app.f(integer, text)`); objects that live in a table add the table
/// (`trigger:app.t.t_audit`, `constraint:app.t.t_pkey`).
///
/// ```
/// use pgsplit::model::{ObjectId, ObjectKind};
/// let t = ObjectId::new(ObjectKind::Table, Some("App"), "users");
/// assert_eq!(t.identity, "table:\"App\".users");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId {
    /// What kind of object.
    pub kind: ObjectKind,
    /// Its schema, for objects that live in one.
    pub schema: Option<String>,
    /// Its name (for objects in a table: the object's own name, not the table's).
    pub name: String,
    /// The table (or domain) an object lives in: constraints, triggers, rules, policies,
    /// columns.
    pub parent: Option<String>,
    /// The stable identity string.
    pub identity: String,
}

impl ObjectId {
    /// An object whose identity is `kind:schema.name`.
    pub fn new(kind: ObjectKind, schema: Option<&str>, name: &str) -> ObjectId {
        let mut identity = format!("{kind}:");
        if let Some(s) = schema {
            push_ident(&mut identity, s);
            identity.push('.');
        }
        push_ident(&mut identity, name);
        ObjectId {
            kind,
            schema: schema.map(str::to_owned),
            name: name.to_owned(),
            parent: None,
            identity,
        }
    }

    /// An object with a suffix after its name: the argument list of a routine (`(integer)`),
    /// or anything else that tells overloaded objects apart.
    pub fn with_suffix(kind: ObjectKind, schema: Option<&str>, name: &str, suffix: &str) -> Self {
        let mut id = ObjectId::new(kind, schema, name);
        id.identity.push_str(suffix);
        id
    }

    /// An object that lives in a table (or another parent): `kind:schema.parent.name`.
    pub fn in_parent(kind: ObjectKind, schema: Option<&str>, parent: &str, name: &str) -> Self {
        let mut id = ObjectId::new(kind, schema, parent);
        id.identity.push('.');
        push_ident(&mut id.identity, name);
        id.name = name.to_owned();
        id.parent = Some(parent.to_owned());
        id
    }

    /// The name references use to find this object: `parent.name` for objects in a table.
    pub fn lookup_name(&self) -> String {
        match &self.parent {
            Some(p) => format!("{p}.{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// Whether `name` reads as itself unquoted, keywords aside: lower-case letters, digits, `_`
/// and `$`, not starting with a digit or `$`.
pub(crate) fn is_plain_ident(name: &str) -> bool {
    name.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'$')
}

/// Appends `name`, double-quoted unless it is a plain lower-case identifier.
pub fn push_ident(out: &mut String, name: &str) {
    if is_plain_ident(name) {
        out.push_str(name);
    } else {
        out.push('"');
        out.push_str(&name.replace('"', "\"\""));
        out.push('"');
    }
}

/// What a reference points at.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    /// A named object: looked up in `namespace` by schema (or the search path when
    /// unqualified) and name; `args` narrows an overloaded routine or operator.
    Object {
        /// Where to look.
        namespace: Namespace,
        /// The schema, when the reference is qualified.
        schema: Option<String>,
        /// The name.
        name: String,
        /// The argument types, when known (routines, operators).
        args: Option<String>,
    },
    /// The data loaded into a relation (`COPY`, `INSERT ... VALUES`).
    DataOf(Box<Target>),
    /// The primary key, unique constraints and unique indexes of a relation (what a foreign
    /// key needs).
    KeysOf(Box<Target>),
}

impl Target {
    /// A reference to a named object.
    pub fn object(namespace: Namespace, schema: Option<&str>, name: &str) -> Target {
        Target::Object {
            namespace,
            schema: schema.map(str::to_owned),
            name: name.to_owned(),
            args: None,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Object {
                namespace,
                schema,
                name,
                args,
            } => {
                let mut s = String::new();
                if let Some(schema) = schema {
                    push_ident(&mut s, schema);
                    s.push('.');
                }
                push_ident(&mut s, name);
                if let Some(a) = args {
                    s.push_str(a);
                }
                write!(f, "{} {s}", namespace.as_str())
            }
            Target::DataOf(t) => write!(f, "data of {t}"),
            Target::KeysOf(t) => write!(f, "keys of {t}"),
        }
    }
}

/// How binding a reference is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    /// The statement fails without the target (a column type, a view's table).
    Hard,
    /// Preferred, dropped when it closes a cycle: function bodies (the server does not check
    /// them under pg_dump's `check_function_bodies = false`), loading data before indexes.
    Soft,
}

/// A reference from a statement to something it needs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref {
    /// What is needed.
    pub target: Target,
    /// How badly.
    pub strength: Strength,
}

/// What [`classify`](crate::classify::classify) finds out about one statement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Classified {
    /// The class.
    pub class: Class,
    /// The object the statement defines, or the one it acts on (for attached statements and
    /// some others). For `ALTER TABLE ... ADD CONSTRAINT` this is the constraint.
    pub object: Option<ObjectId>,
    /// What an attached statement does: `owner`, `comment`, `grant`, `constraint`,
    /// `foreign-key`, `default`, `data`, `setval`, `refresh` ...; for settings the setting.
    pub action: Option<&'static str>,
    /// The object an attached statement belongs to (the table of a constraint, the object of
    /// a comment). It is also in [`refs`](Classified::refs).
    pub attached_to: Option<Target>,
    /// Objects created as a side effect (the sequence of a `serial` column, the index of a
    /// primary key).
    pub also_defines: Vec<ObjectId>,
    /// Everything the statement needs, in a stable order without duplicates.
    pub refs: Vec<Ref>,
    /// Foreign keys written inside `CREATE TABLE` that point at other tables: they can be
    /// moved out into `ALTER TABLE ... ADD CONSTRAINT` to break a cycle.
    pub inline_foreign_keys: Vec<Target>,
    /// Why the statement is unsupported, or a note about how it was classified.
    pub reason: Option<String>,
    /// For a statement that does not parse: the byte offset in its text the parser's error
    /// points at.
    pub reason_at: Option<usize>,
    /// The statement changes or removes existing objects (`DROP`, `RENAME`, `ALTER ... TYPE`):
    /// ordering by dependency assumes each object is defined once.
    pub changes_existing: bool,
    /// For `SET search_path` and `set_config('search_path', ...)`: the new search path, which
    /// decides the schema of unqualified names in the statements after it.
    pub search_path: Option<Vec<String>>,
    /// An unqualified name took its schema from the search path.
    pub uses_search_path: bool,
    /// For `SET` or `RESET` of `default_tablespace` or `default_table_access_method`: the
    /// setting and its new value (`None`: the default, as `''`, `DEFAULT` and `RESET` make
    /// it), which decide where the tables and indexes after it go and how tables are stored.
    pub table_setting: Option<(&'static str, Option<String>)>,
    /// An unsupported statement read with `standard_conforming_strings` off: its quotes
    /// and backslashes mean what they do under that setting.
    pub strings_off: bool,
}

impl Classified {
    /// A statement of `class` without an object.
    pub fn new(class: Class) -> Classified {
        Classified {
            class,
            ..Classified::default()
        }
    }
}
