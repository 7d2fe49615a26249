//! The folded model of a table: one column list and one set of named constraints, whatever
//! mix of `CREATE TABLE` with inline constraints and later `ALTER TABLE`s built it (rules
//! `table-folding`, `implicit-names`, `serial`, `identity`).
//!
//! It is printed as pg_dump would write it: `CREATE TABLE` with the columns (type, collation,
//! identity or generation, default, `NOT NULL`), then one `ALTER TABLE ... ADD CONSTRAINT`
//! per constraint, by name.

use super::deparse::deparse;
use super::rules::casts::column_default;
use crate::classify::names::string;
use crate::classify::table::{implicit_constraint_name, numbered, object_name};
use pg_query::protobuf::{
    AlterTableCmd, AlterTableStmt, AlterTableType, ColumnDef, ConstrType, Constraint, CreateStmt,
    FuncCall, Node, ObjectType, RangeVar, String as PgString,
};
use pg_query::NodeEnum;
use std::collections::BTreeMap;

/// A tree kept encoded: a decoded tree takes ten to fifty times the memory (every node of
/// libpg_query's protobuf is a 600-byte enum), and a table holds one per column until the
/// end of the fold, while a column is decoded about once (to print it).
#[derive(Clone, Debug)]
struct Packed<T>(Vec<u8>, std::marker::PhantomData<T>);

impl<T: prost::Message + Default> Packed<T> {
    fn new(tree: &T) -> Packed<T> {
        Packed(tree.encode_to_vec(), std::marker::PhantomData)
    }

    fn get(&self) -> T {
        // bytes this type encoded: they decode
        T::decode(self.0.as_slice()).unwrap_or_default()
    }
}

/// One column.
#[derive(Clone, Debug)]
pub(crate) struct Column {
    pub name: String,
    /// The definition without its name and constraints (type, collation, storage ...).
    base: Packed<ColumnDef>,
    default: Option<Packed<Node>>,
    pub not_null: bool,
    /// `GENERATED ... AS IDENTITY`, with its sequence options.
    pub identity: Option<Box<Constraint>>,
    /// `GENERATED ALWAYS AS (...) STORED`.
    pub generated: Option<Box<Constraint>>,
}

/// A sequence a `serial` column makes.
#[derive(Clone, Debug)]
pub(crate) struct SerialSequence {
    pub schema: String,
    pub name: String,
    /// `int4` or `int2`; `None` for `bigserial` (bigint is the default).
    pub as_type: Option<&'static str>,
    /// The table and column that own it.
    pub table: String,
    pub column: String,
}

/// A table being folded.
#[derive(Clone, Debug)]
pub(crate) struct Table {
    /// The statement without columns and constraints: name and table options.
    pub skeleton: CreateStmt,
    pub columns: Vec<Column>,
    pub constraints: BTreeMap<String, Box<Constraint>>,
    /// The tablespace of each constraint's index that is not in the database's default
    /// one: `USING INDEX TABLESPACE`, or `default_tablespace` when it was made (rule
    /// `tablespaces`).
    pub index_tablespaces: BTreeMap<String, String>,
}

fn node(n: NodeEnum) -> Node {
    Node { node: Some(n) }
}

fn pg_string(s: &str) -> Node {
    node(NodeEnum::String(PgString { sval: s.to_owned() }))
}

fn contype(c: &Constraint) -> ConstrType {
    ConstrType::try_from(c.contype).unwrap_or(ConstrType::Undefined)
}

fn constraint(kind: ConstrType) -> Constraint {
    Constraint {
        contype: kind as i32,
        location: -1,
        initially_valid: true,
        is_enforced: true,
        ..Constraint::default()
    }
}

/// Every distinct column name an expression refers to.
fn columns_in(n: &Node, out: &mut Vec<String>) {
    struct Cols<'a>(&'a mut Vec<String>);
    impl super::walk_mut::VisitMut for Cols<'_> {
        fn node(&mut self, n: &mut NodeEnum) {
            if let NodeEnum::ColumnRef(r) = n {
                if let Some(name) = r.fields.last().and_then(string) {
                    if !self.0.iter().any(|c| c == name) {
                        self.0.push(name.to_owned());
                    }
                }
            }
        }
    }
    let mut copy = n.clone();
    super::walk_mut::walk_node(&mut Cols(out), &mut copy);
}

/// Whether two index constraints of one statement make the same index, as the server
/// compares them to drop the repetition: their names, options and tablespaces do not count,
/// nor whether one is the primary key.
fn same_index(a: &Constraint, b: &Constraint) -> bool {
    let plain = |c: &Constraint| {
        let mut c = c.clone();
        c.conname.clear();
        c.contype = ConstrType::ConstrUnique as i32;
        c.location = -1;
        c.options.clear();
        c.indexspace.clear();
        c
    };
    let (a, b) = (plain(a), plain(b));
    if a.keys != b.keys
        || a.including != b.including
        || a.access_method != b.access_method
        || a.nulls_not_distinct != b.nulls_not_distinct
        || a.deferrable != b.deferrable
        || a.initdeferred != b.initdeferred
        || a.where_clause.is_some() != b.where_clause.is_some()
        || a.exclusions.len() != b.exclusions.len()
    {
        return false;
    }
    if a.where_clause.is_none() && a.exclusions.is_empty() {
        return true;
    }
    // expressions: compared as printed (their trees hold positions)
    let x = RangeVar {
        relname: "x".to_owned(),
        inh: true,
        relpersistence: "p".to_owned(),
        location: -1,
        ..RangeVar::default()
    };
    let text = |c: Constraint| add_constraint_text(x.clone(), c, false);
    let (ta, tb) = (text(a), text(b));
    ta.is_some() && ta == tb
}

impl Table {
    fn schema(&self) -> &str {
        self.skeleton
            .relation
            .as_ref()
            .map_or("", |r| r.schemaname.as_str())
    }

    fn name(&self) -> &str {
        self.skeleton
            .relation
            .as_ref()
            .map_or("", |r| r.relname.as_str())
    }

    /// A table from its (already rewritten) `CREATE TABLE`; the sequences its `serial`
    /// columns make are returned with it. `tablespace`: `default_tablespace` in effect (where
    /// the indexes of its keys go when they do not say).
    pub fn new(mut s: CreateStmt, tablespace: Option<&str>) -> (Table, Vec<SerialSequence>) {
        let elts = std::mem::take(&mut s.table_elts);
        let table_constraints = std::mem::take(&mut s.constraints);
        s.nnconstraints.clear();
        let mut t = Table {
            skeleton: s,
            columns: Vec::new(),
            constraints: BTreeMap::new(),
            index_tablespaces: BTreeMap::new(),
        };
        let mut serials = Vec::new();
        let mut written = Vec::new();
        for e in elts {
            match e.node {
                Some(NodeEnum::ColumnDef(c)) => serials.extend(t.column_into(*c, &mut written)),
                Some(NodeEnum::Constraint(c)) => written.push(*c),
                // LIKE and others: kept in the skeleton
                other => t.skeleton.table_elts.push(Node { node: other }),
            }
        }
        for c in table_constraints {
            if let Some(NodeEnum::Constraint(c)) = c.node {
                written.push(*c);
            }
        }
        t.add_constraints(written, tablespace);
        (t, serials)
    }

    /// Adds a column with its inline constraints (`ALTER TABLE ... ADD COLUMN`).
    fn add_column(&mut self, def: ColumnDef, tablespace: Option<&str>) -> Option<SerialSequence> {
        let mut written = Vec::new();
        let serial = self.column_into(def, &mut written);
        self.add_constraints(written, tablespace);
        serial
    }

    /// Adds a column; its inline constraints that are table constraints (keys, checks,
    /// foreign keys) go to `constraints`, in the order written, with the column as their
    /// key.
    fn column_into(
        &mut self,
        mut def: ColumnDef,
        constraints: &mut Vec<Constraint>,
    ) -> Option<SerialSequence> {
        let inline = std::mem::take(&mut def.constraints);
        def.is_not_null = false;
        def.location = -1;
        let name = std::mem::take(&mut def.colname);
        let serial = self.serial(&mut def, &name);
        let mut col = Column {
            name: name.clone(),
            base: Packed::new(&def),
            default: None,
            not_null: false,
            identity: None,
            generated: None,
        };
        drop(def);
        if let Some(s) = &serial {
            let schema = (!self.schema().is_empty()).then_some(self.schema());
            col.default = Some(Packed::new(&nextval(schema, &s.name)));
            col.not_null = true;
        }
        // the attributes (`DEFERRABLE`, `INITIALLY DEFERRED` ...) modify the constraint
        // before them, if it is one of this column's
        let first = constraints.len();
        for c in inline {
            let Some(NodeEnum::Constraint(mut c)) = c.node else {
                continue;
            };
            match contype(&c) {
                ConstrType::ConstrNull => col.not_null = false,
                ConstrType::ConstrNotnull => col.not_null = true,
                ConstrType::ConstrDefault => {
                    col.default = c.raw_expr.as_deref().map(Packed::new);
                }
                ConstrType::ConstrIdentity => {
                    col.not_null = true;
                    col.identity = Some(c);
                }
                ConstrType::ConstrGenerated => col.generated = Some(c),
                ConstrType::ConstrAttrDeferrable
                | ConstrType::ConstrAttrNotDeferrable
                | ConstrType::ConstrAttrDeferred
                | ConstrType::ConstrAttrImmediate
                    if constraints.len() > first =>
                {
                    let p = constraints.last_mut().expect("longer than first");
                    match contype(&c) {
                        ConstrType::ConstrAttrDeferrable => p.deferrable = true,
                        ConstrType::ConstrAttrNotDeferrable => p.deferrable = false,
                        // INITIALLY DEFERRED alone implies DEFERRABLE (the server's
                        // transformConstraintAttrs; found by fuzzing)
                        ConstrType::ConstrAttrDeferred => {
                            p.initdeferred = true;
                            p.deferrable = true;
                        }
                        _ => p.initdeferred = false,
                    }
                }
                ConstrType::ConstrPrimary | ConstrType::ConstrUnique => {
                    c.keys = vec![pg_string(&name)];
                    if contype(&c) == ConstrType::ConstrPrimary {
                        col.not_null = true;
                    }
                    constraints.push(*c);
                }
                ConstrType::ConstrForeign => {
                    c.fk_attrs = vec![pg_string(&name)];
                    constraints.push(*c);
                }
                ConstrType::ConstrCheck | ConstrType::ConstrExclusion => constraints.push(*c),
                _ => {}
            }
        }
        self.columns.push(col);
        serial
    }

    /// Turns a `serial` column's type into its integer type; the sequence it needs (the
    /// column's default and `NOT NULL` are the caller's).
    fn serial(&self, def: &mut ColumnDef, column: &str) -> Option<SerialSequence> {
        let t = def.type_name.as_mut()?;
        let names: Vec<&str> = t.names.iter().filter_map(string).collect();
        // only the bare name: the server looks `pg_catalog.serial` up as a type (there is
        // none), and `%TYPE` is not serial either
        if t.pct_type {
            return None;
        }
        let (int, as_type) = match names.as_slice() {
            ["serial" | "serial4"] => ("int4", Some("int4")),
            ["bigserial" | "serial8"] => ("int8", None),
            ["smallserial" | "serial2"] => ("int2", Some("int2")),
            _ => return None,
        };
        t.names = vec![pg_string("pg_catalog"), pg_string(int)];
        let seq = object_name(self.name(), Some(column), "seq");
        Some(SerialSequence {
            schema: self.schema().to_owned(),
            name: seq,
            as_type,
            table: self.name().to_owned(),
            column: column.to_owned(),
        })
    }

    /// Adds the constraints one statement writes (`CREATE TABLE`, `ADD COLUMN`), in the
    /// order the server makes them, which is the order unnamed ones are named in: checks
    /// first (with the table), then the primary key, the other unique and exclusion
    /// constraints (each an index), then foreign keys. An index constraint that repeats an
    /// earlier one of the statement (same columns, `INCLUDE`, `WHERE`, operators, method,
    /// `NULLS NOT DISTINCT` and deferrability: `a int PRIMARY KEY UNIQUE`) is not made; if
    /// the earlier one has no name, it takes the later one's (the server's
    /// transformIndexConstraints, checked against the server).
    fn add_constraints(&mut self, written: Vec<Constraint>, tablespace: Option<&str>) {
        let is_index = |c: &Constraint| {
            matches!(
                contype(c),
                ConstrType::ConstrPrimary | ConstrType::ConstrUnique | ConstrType::ConstrExclusion
            )
        };
        let (indexes, others): (Vec<Constraint>, Vec<Constraint>) =
            written.into_iter().partition(|c| is_index(c));
        let (foreign, others): (Vec<Constraint>, Vec<Constraint>) = others
            .into_iter()
            .partition(|c| contype(c) == ConstrType::ConstrForeign);
        for c in others {
            self.add_constraint(c, tablespace);
        }
        let (primary, rest): (Vec<Constraint>, Vec<Constraint>) = indexes
            .into_iter()
            .partition(|c| contype(c) == ConstrType::ConstrPrimary);
        let mut kept: Vec<Constraint> = Vec::new();
        // a second primary key is an error the statement's own check reports; both kept
        for c in primary.into_iter().chain(rest) {
            match kept.iter_mut().find(|k| same_index(k, &c)) {
                Some(k) => {
                    if k.conname.is_empty() {
                        k.conname = c.conname;
                    }
                }
                None => kept.push(c),
            }
        }
        for c in kept.into_iter().chain(foreign) {
            self.insert(c, tablespace);
        }
    }

    /// The name PostgreSQL gives an unnamed constraint of this table, the `pass`th try.
    fn implicit_name(&self, c: &Constraint, pass: usize) -> String {
        if contype(c) != ConstrType::ConstrCheck {
            return implicit_constraint_name(c, self.name(), pass);
        }
        // named after the one column the expression uses, if only one (the server looks at
        // the analysed expression, not at where the check is written)
        let mut cols = Vec::new();
        if let Some(e) = &c.raw_expr {
            columns_in(e, &mut cols);
        }
        let label = numbered("check", pass);
        match cols.as_slice() {
            [one] => object_name(self.name(), Some(one), &label),
            _ => object_name(self.name(), None, &label),
        }
    }

    /// Adds a table constraint under its name (given, or PostgreSQL's: the first free one
    /// among this table's constraints); returns the name. The tablespace of the index it
    /// makes (its own, or `tablespace`) is kept apart.
    fn insert(&mut self, mut c: Constraint, tablespace: Option<&str>) -> String {
        c.location = -1;
        let index_tablespace = std::mem::take(&mut c.indexspace);
        if c.conname.is_empty() {
            let mut pass = 0;
            c.conname = loop {
                let name = self.implicit_name(&c, pass);
                if !self.constraints.contains_key(&name) {
                    break name;
                }
                pass += 1;
            };
        }
        if contype(&c) == ConstrType::ConstrPrimary {
            self.mark_not_null(&c.keys);
        }
        let name = c.conname.clone();
        let makes_index = matches!(
            contype(&c),
            ConstrType::ConstrPrimary | ConstrType::ConstrUnique | ConstrType::ConstrExclusion
        );
        self.index_tablespaces.remove(&name);
        if makes_index {
            let written = (!index_tablespace.is_empty()).then_some(index_tablespace.as_str());
            if let Some(ts) = super::rules::tablespace::stored(written.or(tablespace)) {
                self.index_tablespaces.insert(name.clone(), ts.to_owned());
            }
        }
        self.constraints.insert(name.clone(), Box::new(c));
        name
    }

    /// Adds a table constraint (`CREATE TABLE` or `ALTER TABLE ... ADD CONSTRAINT`).
    fn add_constraint(&mut self, c: Constraint, tablespace: Option<&str>) {
        match contype(&c) {
            ConstrType::ConstrNotnull => self.mark_not_null(&c.keys),
            _ => {
                self.insert(c, tablespace);
            }
        }
    }

    /// Renames constraint `from` (`ALTER TABLE ... RENAME CONSTRAINT`); its index keeps its
    /// tablespace.
    pub fn rename_constraint(&mut self, from: &str, to: &str) -> bool {
        let Some(mut c) = self.constraints.remove(from) else {
            return false;
        };
        c.conname = to.to_owned();
        self.constraints.insert(to.to_owned(), c);
        if let Some(ts) = self.index_tablespaces.remove(from) {
            self.index_tablespaces.insert(to.to_owned(), ts);
        }
        true
    }

    /// The names of this table's constraints that are also the names of indexes (primary
    /// keys, unique and exclusion constraints).
    pub fn index_names(&self) -> impl Iterator<Item = &str> {
        self.constraints
            .iter()
            .filter(|(_, c)| {
                matches!(
                    contype(c),
                    ConstrType::ConstrPrimary
                        | ConstrType::ConstrUnique
                        | ConstrType::ConstrExclusion
                )
            })
            .map(|(n, _)| n.as_str())
    }

    fn column(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }

    /// Applies one `ALTER TABLE` subcommand; `false` when it is not one the model folds
    /// (the caller keeps it as it is). Serial sequences of added columns go to `serials`;
    /// `tablespace` is `default_tablespace` in effect.
    pub fn alter(
        &mut self,
        cmd: &AlterTableCmd,
        serials: &mut Vec<SerialSequence>,
        tablespace: Option<&str>,
    ) -> bool {
        let def = cmd.def.as_deref().and_then(|d| d.node.clone());
        match (AlterTableType::try_from(cmd.subtype), def) {
            (Ok(AlterTableType::AtAddColumn), Some(NodeEnum::ColumnDef(c))) => {
                if let Some(existing) = self.column(&c.colname) {
                    // ADD COLUMN IF NOT EXISTS of an existing column: nothing happens
                    let _ = existing;
                    return true;
                }
                serials.extend(self.add_column(*c, tablespace));
                true
            }
            (Ok(AlterTableType::AtColumnDefault), def) => {
                let Some(col) = self.column(&cmd.name) else {
                    return false;
                };
                col.default = def.map(|d| Packed::new(&node(d)));
                true
            }
            (Ok(AlterTableType::AtSetNotNull), _) => {
                self.column(&cmd.name).map(|c| c.not_null = true).is_some()
            }
            (Ok(AlterTableType::AtDropNotNull), _) => {
                self.column(&cmd.name).map(|c| c.not_null = false).is_some()
            }
            (Ok(AlterTableType::AtAlterColumnType), Some(NodeEnum::ColumnDef(c))) => {
                let Some(col) = self.column(&cmd.name) else {
                    return false;
                };
                let mut base = col.base.get();
                base.type_name = c.type_name;
                if c.coll_clause.is_some() {
                    base.coll_clause = c.coll_clause;
                }
                col.base = Packed::new(&base);
                true
            }
            (Ok(AlterTableType::AtAddConstraint), Some(NodeEnum::Constraint(c))) => {
                self.add_constraint(*c, tablespace);
                true
            }
            (Ok(AlterTableType::AtDropConstraint), _) => {
                self.index_tablespaces.remove(&cmd.name);
                self.constraints.remove(&cmd.name).is_some() || cmd.missing_ok
            }
            (Ok(AlterTableType::AtDropColumn), _) => {
                let before = self.columns.len();
                self.columns.retain(|c| c.name != cmd.name);
                before != self.columns.len() || cmd.missing_ok
            }
            (Ok(AlterTableType::AtAddIdentity), Some(NodeEnum::Constraint(c))) => {
                let Some(col) = self.column(&cmd.name) else {
                    return false;
                };
                col.not_null = true;
                col.identity = Some(c);
                true
            }
            (Ok(AlterTableType::AtDropIdentity), _) => {
                self.column(&cmd.name).map(|c| c.identity = None).is_some()
            }
            _ => false,
        }
    }

    /// Whether the columns are only options on inherited columns (`PARTITION OF p (b WITH
    /// OPTIONS DEFAULT 0)`: no type): none at all, or all without a type.
    pub fn only_column_options(&self) -> bool {
        self.columns
            .iter()
            .all(|c| c.base.get().type_name.is_none())
    }

    /// The columns of a partition (or typed table) whose parent has `parent`: the parent's,
    /// in its order, with the options this table gave some of them (a default, `NOT NULL`)
    /// put in. An option on a column the parent lacks stays as it is (the server refuses
    /// it: "column does not exist").
    pub fn inherit_columns(&mut self, parent: &[Column]) {
        let options = std::mem::take(&mut self.columns);
        self.columns = parent.to_vec();
        for o in options {
            match self.columns.iter_mut().find(|c| c.name == o.name) {
                Some(c) => {
                    if o.default.is_some() {
                        c.default = o.default;
                    }
                    c.not_null |= o.not_null;
                    if o.identity.is_some() {
                        c.identity = o.identity;
                    }
                    if o.generated.is_some() {
                        c.generated = o.generated;
                    }
                }
                None => self.columns.push(o),
            }
        }
    }

    /// Points a `serial` column's default at its sequence `schema.name` (a name the server
    /// had to number, the first being taken).
    pub fn serial_default(&mut self, column: &str, schema: Option<&str>, name: &str) {
        if let Some(c) = self.column(column) {
            c.default = Some(Packed::new(&nextval(schema, name)));
        }
    }

    /// Renames a column (`ALTER TABLE ... RENAME COLUMN`).
    pub fn rename_column(&mut self, from: &str, to: &str) -> bool {
        match self.column(from) {
            Some(c) => {
                c.name = to.to_owned();
                true
            }
            None => false,
        }
    }

    /// The canonical column definition (identity sequence options and names that are
    /// PostgreSQL's defaults dropped, the default's redundant cast dropped).
    pub fn column_def(&self, col: &Column) -> ColumnDef {
        let mut def = col.base.get();
        def.colname = col.name.clone();
        let mut cons = Vec::new();
        if let Some(id) = &col.identity {
            let mut id = id.clone();
            id.location = -1;
            let implicit = object_name(self.name(), Some(&col.name), "seq");
            id.options.retain(|o| match &o.node {
                Some(NodeEnum::DefElem(d)) if d.defname == "sequence_name" => {
                    let named = d
                        .arg
                        .as_deref()
                        .and_then(|a| crate::classify::names::qualified(crate::classify::names::list(a)));
                    !matches!(named, Some((s, n)) if n == implicit && s.as_deref().is_none_or(|s| s == self.schema()))
                }
                _ => true,
            });
            super::rules::options::sequence_options(&mut id.options);
            cons.push(node(NodeEnum::Constraint(id)));
        }
        if let Some(g) = &col.generated {
            let mut g = g.clone();
            g.location = -1;
            cons.push(node(NodeEnum::Constraint(g)));
        }
        if let Some(d) = col
            .default
            .as_ref()
            .map(Packed::get)
            .and_then(|d| column_default(d, def.type_name.as_ref()))
        {
            let mut c = constraint(ConstrType::ConstrDefault);
            c.raw_expr = Some(Box::new(d));
            cons.push(node(NodeEnum::Constraint(Box::new(c))));
        }
        if col.not_null {
            cons.push(node(NodeEnum::Constraint(Box::new(constraint(
                ConstrType::ConstrNotnull,
            )))));
        }
        def.constraints = cons;
        def
    }

    /// Marks the columns of the primary key `NOT NULL` (a key declared before its columns
    /// in `CREATE TABLE` comes here too).
    pub fn settle(&mut self) {
        let keys: Vec<Node> = self
            .constraints
            .values()
            .filter(|c| contype(c) == ConstrType::ConstrPrimary)
            .flat_map(|c| c.keys.iter().cloned())
            .collect();
        self.mark_not_null(&keys);
    }

    /// Makes the columns named in `keys` `NOT NULL`.
    fn mark_not_null(&mut self, keys: &[Node]) {
        let keys: Vec<&str> = keys.iter().filter_map(string).collect();
        for col in &mut self.columns {
            if keys.contains(&col.name.as_str()) {
                col.not_null = true;
            }
        }
    }

    /// The plain texts of `columns` (`a int NOT NULL`): one deparse of them all, cut at the
    /// commas between columns (the deparser's output has no comments, and its strings and
    /// quoted names are closed on the line); one deparse per column if that fails.
    fn column_texts_of(&self, columns: &[&Column]) -> Vec<String> {
        let stmt = CreateStmt {
            relation: Some(RangeVar {
                relname: "x".to_owned(),
                inh: true,
                relpersistence: "p".to_owned(),
                location: -1,
                ..RangeVar::default()
            }),
            table_elts: columns
                .iter()
                .map(|c| node(NodeEnum::ColumnDef(Box::new(self.column_def(c)))))
                .collect(),
            oncommit: 1,
            ..CreateStmt::default()
        };
        let text = deparse(&NodeEnum::CreateStmt(stmt), false).unwrap_or_default();
        let inner = text
            .strip_prefix("CREATE TABLE x (")
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&text);
        split_top_level(inner)
    }

    /// The plain text of every column, in order.
    pub fn column_texts(&self) -> Vec<String> {
        let all: Vec<&Column> = self.columns.iter().collect();
        let texts = self.column_texts_of(&all);
        if texts.len() == all.len() {
            return texts;
        }
        all.iter()
            .map(|c| {
                self.column_texts_of(&[c])
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect()
    }

    /// The skeleton: `CREATE TABLE s.t ()` with the table's options.
    pub fn skeleton_text(&self) -> String {
        deparse(&NodeEnum::CreateStmt(self.skeleton.clone()), false).unwrap_or_default()
    }

    /// `ALTER TABLE [ONLY] s.t ADD CONSTRAINT name ...` for one constraint (checks without
    /// `ONLY`: they are inherited).
    pub fn constraint_statement(&self, c: &Constraint, pretty: bool) -> String {
        let mut rel = self.skeleton.relation.clone().unwrap_or_default();
        rel.inh = contype(c) == ConstrType::ConstrCheck;
        add_constraint_text(rel, c.clone(), pretty).unwrap_or_default()
    }
}

/// `ALTER TABLE rel ADD c`, deparsed.
fn add_constraint_text(rel: RangeVar, c: Constraint, pretty: bool) -> Option<String> {
    let stmt = AlterTableStmt {
        relation: Some(rel),
        cmds: vec![node(NodeEnum::AlterTableCmd(Box::new(AlterTableCmd {
            subtype: AlterTableType::AtAddConstraint as i32,
            def: Some(Box::new(node(NodeEnum::Constraint(Box::new(c))))),
            behavior: 1,
            ..AlterTableCmd::default()
        })))],
        objtype: ObjectType::ObjectTable as i32,
        missing_ok: false,
    };
    deparse(&NodeEnum::AlterTableStmt(stmt), pretty).ok()
}

/// `s` cut at the commas outside parentheses, brackets and quotes, each piece trimmed.
fn split_top_level(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut start = 0;
    for (i, &c) in s.as_bytes().iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b',' if depth == 0 => {
                    out.push(s[start..i].trim().to_owned());
                    start = i + 1;
                }
                _ => {}
            },
        }
    }
    if !s.trim().is_empty() {
        out.push(s[start..].trim().to_owned());
    }
    out
}

/// `nextval('schema.name'::regclass)`.
fn nextval(schema: Option<&str>, name: &str) -> Node {
    node(NodeEnum::FuncCall(Box::new(FuncCall {
        funcname: vec![pg_string("nextval")],
        args: vec![super::rules::qualify::regclass(schema, name)],
        funcformat: pg_query::protobuf::CoercionForm::CoerceExplicitCall as i32,
        location: -1,
        ..FuncCall::default()
    })))
}

#[cfg(test)]
mod tests {
    //! The table rules (`table-folding`, `implicit-names`, `serial`, `identity`), each shown
    //! on the folded text of a small input, and proven equal to its other spelling.
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn inline_constraints_are_the_altered_form_with_implicit_names() {
        let inline = canon(
            "CREATE TABLE u (id int PRIMARY KEY);
             CREATE TABLE t (a int UNIQUE, b int CHECK (b > 0), c int REFERENCES u, CHECK (a < b));",
        );
        let altered = canon(
            "CREATE TABLE public.u (id integer NOT NULL);
             ALTER TABLE ONLY public.u ADD CONSTRAINT u_pkey PRIMARY KEY (id);
             CREATE TABLE public.t (a integer, b integer, c integer);
             ALTER TABLE ONLY public.t ADD CONSTRAINT t_a_key UNIQUE (a);
             ALTER TABLE public.t ADD CONSTRAINT t_b_check CHECK (b > 0);
             ALTER TABLE public.t ADD CONSTRAINT t_check CHECK (a < b);
             ALTER TABLE ONLY public.t ADD CONSTRAINT t_c_fkey FOREIGN KEY (c) REFERENCES public.u(id);",
        );
        assert_eq!(inline, altered);
        insta::assert_snapshot!(inline, @r"
        -- table public.t
        CREATE TABLE public.t (
            a int,
            b int,
            c int
        );
        ALTER TABLE ONLY public.t
            ADD CONSTRAINT t_a_key UNIQUE (a);
        ALTER TABLE public.t
            ADD CONSTRAINT t_b_check CHECK (b > 0);
        ALTER TABLE public.t
            ADD CONSTRAINT t_check CHECK (a < b);

        -- table public.u
        CREATE TABLE public.u (
            id int NOT NULL
        );
        ALTER TABLE ONLY public.u
            ADD CONSTRAINT u_pkey PRIMARY KEY (id);

        -- table public.t
        ALTER TABLE ONLY public.t
            ADD CONSTRAINT t_c_fkey FOREIGN KEY (c) REFERENCES public.u (id);
        ");
    }

    #[test]
    fn serial_is_an_integer_with_its_sequence() {
        assert_eq!(
            canon("CREATE TABLE t (id serial, big bigserial)"),
            canon(
                "CREATE TABLE public.t (id integer NOT NULL, big bigint NOT NULL);
                 CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
                 ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
                 CREATE SEQUENCE public.t_big_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
                 ALTER SEQUENCE public.t_big_seq OWNED BY public.t.big;
                 ALTER TABLE ONLY public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
                 ALTER TABLE ONLY public.t ALTER COLUMN big SET DEFAULT nextval('public.t_big_seq'::regclass);"
            )
        );
    }

    #[test]
    fn a_partition_has_its_parents_columns_with_its_options_in_any_order() {
        let parent = "CREATE TABLE parted (a text, b int, c int) PARTITION BY LIST (a);";
        let child = "CREATE TABLE part_c PARTITION OF parted (b WITH OPTIONS NOT NULL DEFAULT 0) FOR VALUES IN ('c');";
        let text = canon(&format!("{parent}\n{child}"));
        assert!(
            text.contains("CREATE TABLE public.part_c (\n    a text,\n    b int DEFAULT 0 NOT NULL,\n    c int\n);"),
            "{text}"
        );
        // the parent defined after its partition (a schema folds the same in any order)
        assert_eq!(canon(&format!("{child}\n{parent}")), text);
        // no parent at all: the options are no column definitions, so the partition is
        // printed as written, and so is a partition of it
        let grandchild = "CREATE TABLE part_c1 PARTITION OF part_c FOR VALUES IN ('c1');";
        let child = child.replace("IN ('c');", "IN ('c') PARTITION BY LIST (b);");
        let text = canon(&format!("{grandchild}\n{child}"));
        assert!(
            text.contains("CREATE TABLE public.part_c PARTITION OF public.parted (\n    b DEFAULT 0 NOT NULL\n) FOR VALUES IN ('c') PARTITION BY LIST (b);"),
            "{text}"
        );
        assert!(
            text.contains(
                "CREATE TABLE public.part_c1 PARTITION OF public.part_c FOR VALUES IN ('c1');"
            ),
            "{text}"
        );
        assert_eq!(canon(&text), text);
    }

    #[test]
    fn only_the_bare_name_is_serial() {
        // the server looks `pg_catalog.serial4` up as a type (there is none): no sequence,
        // no default, the type kept as written
        let text = canon("CREATE TABLE t (id pg_catalog.serial4)");
        assert!(text.contains("id pg_catalog.serial4"), "{text}");
        assert!(!text.contains("SEQUENCE"), "{text}");
        assert_ne!(text, canon("CREATE TABLE t (id serial4)"));
    }

    #[test]
    fn identity_written_in_the_column_is_pg_dumps_alter() {
        let inline = canon("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, n int GENERATED BY DEFAULT AS IDENTITY (START WITH 10))");
        let dumped = canon(
            "CREATE TABLE public.t (id integer NOT NULL, n integer NOT NULL);
             ALTER TABLE public.t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
                 SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);
             ALTER TABLE public.t ALTER COLUMN n ADD GENERATED BY DEFAULT AS IDENTITY (
                 SEQUENCE NAME public.t_n_seq START WITH 10 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);",
        );
        assert_eq!(inline, dumped);
        assert!(
            inline.contains("id int GENERATED ALWAYS AS IDENTITY NOT NULL"),
            "{inline}"
        );
        // another sequence name is a difference
        assert_ne!(
            inline,
            canon("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME other), n int GENERATED BY DEFAULT AS IDENTITY (START WITH 10))")
        );
    }

    #[test]
    fn later_alters_fold_into_the_table() {
        assert_eq!(
            canon(
                "CREATE TABLE t (a int);
                 ALTER TABLE t ADD COLUMN b text;
                 ALTER TABLE t ALTER COLUMN a TYPE bigint;
                 ALTER TABLE t ALTER COLUMN b SET DEFAULT 'x';
                 ALTER TABLE t ALTER COLUMN b SET NOT NULL;
                 ALTER TABLE t ADD COLUMN c int;
                 ALTER TABLE t DROP COLUMN c;
                 ALTER TABLE t ADD CONSTRAINT k UNIQUE (a);
                 ALTER TABLE t DROP CONSTRAINT k;"
            ),
            canon("CREATE TABLE t (a bigint, b text NOT NULL DEFAULT 'x'::text)")
        );
    }

    #[test]
    fn a_rename_onto_a_taken_name_is_not_applied() {
        // the server refuses it ("relation \"b\" already exists"); applied, table b was
        // replaced by a and lost
        let text = canon(
            "CREATE TABLE a (x int);
             CREATE TABLE b (y int);
             CREATE VIEW v AS SELECT 1;
             ALTER TABLE a RENAME TO b;
             ALTER TABLE a RENAME TO v;",
        );
        assert!(
            text.contains("CREATE TABLE public.a (\n    x int\n);"),
            "{text}"
        );
        assert!(
            text.contains("CREATE TABLE public.b (\n    y int\n);"),
            "{text}"
        );
        assert!(text.contains("ALTER TABLE public.a RENAME TO b;"), "{text}");
        assert!(text.contains("ALTER TABLE public.a RENAME TO v;"), "{text}");
        // a free name is taken
        assert_eq!(
            canon("CREATE TABLE a (x int); ALTER TABLE a RENAME TO c;"),
            canon("CREATE TABLE c (x int);")
        );
    }

    #[test]
    fn names_are_cut_to_63_bytes_as_postgresql_does() {
        let long = "a".repeat(40);
        let text = canon(&format!("CREATE TABLE {long} ({long}_column int UNIQUE)"));
        // table and column shortened (the longer first) so that name_label fits 63 bytes
        let name = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("ADD CONSTRAINT "))
            .and_then(|l| l.split_whitespace().next())
            .unwrap();
        assert_eq!(name.len(), 63, "{name}");
        assert!(name.ends_with("_key"));
    }

    /// The constraint names of the folded text, in the order printed.
    fn constraint_names(text: &str) -> Vec<String> {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix("ADD CONSTRAINT "))
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn a_taken_implicit_name_gets_a_number_as_the_server_gives_it() {
        // names checked against PostgreSQL 15 (pg_constraint of the same statements)
        let text = canon(
            "CREATE TABLE u (x int PRIMARY KEY);
             CREATE TABLE t (a int CHECK (a > 0) CHECK (a < 10), b int CHECK (a > b),
                             c int CHECK (b > 0), CHECK (a > 1), CHECK (a > b));
             CREATE TABLE v (a int REFERENCES u, FOREIGN KEY (a) REFERENCES u);
             CREATE TABLE w (a int);
             ALTER TABLE w ADD UNIQUE (a), ADD UNIQUE (a);",
        );
        assert_eq!(
            constraint_names(&text),
            [
                "t_a_check",
                "t_a_check1",
                "t_a_check2",
                "t_b_check",
                "t_check",
                "t_check1",
                "u_pkey",
                "v_a_fkey",
                "v_a_fkey1",
                "w_a_key",
                "w_a_key1",
            ]
        );
    }

    #[test]
    fn a_repeated_index_constraint_of_one_statement_is_made_once() {
        // as the server: the primary key first, a repetition dropped, its name given to an
        // unnamed earlier one; deferrability makes another index
        let text = canon(
            "CREATE TABLE j1 (a int PRIMARY KEY, CONSTRAINT q UNIQUE (a));
             CREATE TABLE j2 (a int UNIQUE, b int, CONSTRAINT uu UNIQUE (a), UNIQUE (a) DEFERRABLE,
                              CONSTRAINT vv UNIQUE (b), CONSTRAINT ww UNIQUE (b) WITH (fillfactor = 50));
             CREATE TABLE j3 (a int PRIMARY KEY UNIQUE, b int, UNIQUE (a) INCLUDE (b));",
        );
        assert_eq!(
            constraint_names(&text),
            ["q", "j2_a_key", "uu", "vv", "j3_a_b_key", "j3_pkey"]
        );
        assert!(text.contains("ADD CONSTRAINT q PRIMARY KEY (a)"), "{text}");
        assert!(
            text.contains("ADD CONSTRAINT j2_a_key UNIQUE (a) DEFERRABLE"),
            "{text}"
        );
    }

    #[test]
    fn unnamed_indexes_are_named_after_their_expressions_and_numbered() {
        let text = canon(
            "CREATE TABLE t (a int, b int, c text);
             CREATE INDEX ON t (a);
             CREATE INDEX ON t (a) WHERE b > 0;
             CREATE INDEX ON t (lower(c), lower(c || 'x'));
             CREATE INDEX ON t (a, (a + 1), (a + 2));
             CREATE INDEX ON t (a) INCLUDE (b);
             CREATE INDEX ON t ((CASE WHEN a > 0 THEN b ELSE a END));
             CREATE INDEX ON t ((c COLLATE \"C\"));
             CREATE INDEX ON t ((b::text));",
        );
        let names: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("-- index public."))
            .collect();
        assert_eq!(
            names,
            [
                "t_a_b_idx",
                "t_a_expr_expr1_idx",
                "t_a_idx",
                "t_a_idx1",
                "t_a_idx2",
                "t_b_idx",
                "t_c_idx",
                "t_lower_lower1_idx",
            ]
        );
        // a dropped index frees its name
        assert_eq!(
            canon("CREATE TABLE t (a int); CREATE INDEX ON t (a); DROP INDEX t_a_idx; CREATE INDEX ON t (a) WHERE a > 0;"),
            canon("CREATE TABLE t (a int); CREATE INDEX t_a_idx ON t (a) WHERE a > 0;")
        );
    }

    #[test]
    fn a_serial_whose_sequence_name_is_taken_gets_the_next_one() {
        assert_eq!(
            canon("CREATE SEQUENCE t_a_seq; CREATE TABLE t (a serial);"),
            canon(
                "CREATE SEQUENCE t_a_seq;
                 CREATE TABLE t (a int NOT NULL DEFAULT nextval('t_a_seq1'::regclass));
                 CREATE SEQUENCE t_a_seq1 AS integer;
                 ALTER SEQUENCE t_a_seq1 OWNED BY t.a;"
            )
        );
    }

    #[test]
    fn the_key_of_a_primary_key_is_not_null_wherever_it_is_declared() {
        assert_eq!(
            canon("CREATE TABLE t (PRIMARY KEY (a), a int)"),
            canon("CREATE TABLE t (a int NOT NULL PRIMARY KEY)")
        );
    }
}
