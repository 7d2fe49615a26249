//! Folding classified statements into canonical objects, and printing them.

use super::acl::{self, Atom};
use super::deparse::{deparse, pretty};
use super::rules::{self, casts, qualify::Defined};
use super::table::{SerialSequence, Table};
use super::{Aspect, ColumnText, Note, Object, Part, Policy, Schema, Summary};
use crate::classify::names::{qualified, string};
use crate::classify::parse::Tree;
use crate::classify::{self, Context};
use crate::model::{Class, Namespace, ObjectId, ObjectKind};
use crate::order::{Item, Pin};
use pg_query::protobuf::{
    AlterTableStmt, CreateSeqStmt, DefElem, Node, ObjectType, RangeVar, RenameStmt,
    String as PgString, TypeName,
};
use pg_query::NodeEnum;
use std::collections::BTreeMap;

/// What an object is while statements are folded into it.
enum Body {
    Table(Box<Table>),
    /// One canonical statement (`definition`), and its loose form.
    Text {
        sql: String,
        loose: Option<String>,
    },
    /// No definition in the input (a `COMMENT ON SCHEMA public`): only attached parts.
    None,
}

struct Building {
    kind: String,
    body: Body,
    /// The table an index, trigger, rule or policy belongs to (dropped with it).
    table: Option<String>,
    /// Parts other than the definition, columns and constraints, by key.
    parts: BTreeMap<String, Part>,
    acl: Vec<Atom>,
    /// For a partition written `PARTITION OF`: its parent, whose columns it has.
    partition_of: Option<String>,
    /// A partition's `PARTITION OF` clause as written. Its parent is looked up again at the
    /// end when no definition before it made it (in a schema, the parent may come later);
    /// when the parent is not defined at all and the partition gives options of its columns
    /// (`b WITH OPTIONS DEFAULT 0`: no column definitions alone), or is a partition of such a
    /// partition, it is printed `PARTITION OF` its parent.
    written: Option<Box<PartitionOf>>,
    /// A migration step kept as a statement because its object was not defined yet.
    unapplied: bool,
    /// A temporary relation (`CREATE TEMPORARY TABLE`, or in `pg_temp`): the server drops
    /// it at the end of the session, so it is left out at the end, with what goes with it.
    temporary: bool,
}

/// `PARTITION OF parent bound`, with the search path the statement was read under.
struct PartitionOf {
    parent: RangeVar,
    bound: pg_query::protobuf::PartitionBoundSpec,
    search_path: Vec<String>,
}

impl Building {
    fn new(kind: &str, body: Body) -> Building {
        Building {
            kind: kind.to_owned(),
            body,
            table: None,
            parts: BTreeMap::new(),
            acl: Vec::new(),
            partition_of: None,
            written: None,
            unapplied: false,
            temporary: false,
        }
    }
}

struct Builder<'a> {
    items: &'a [Item],
    defined: &'a Defined,
    objects: BTreeMap<String, Building>,
    /// `(namespace, schema, name)` → identities, to find what `DROP` and `ALTER` name.
    names: BTreeMap<(Namespace, String, String), Vec<String>>,
    /// The identity the input's classification gave a definition → its canonical one.
    alias: std::collections::HashMap<String, String>,
    /// `ATTACH PARTITION`s of partitions not defined yet: (parent identity, parent, child,
    /// bound, search path).
    pending_attach: Vec<(
        String,
        RangeVar,
        RangeVar,
        pg_query::protobuf::PartitionBoundSpec,
        Vec<String>,
    )>,
    summary: Summary,
    notes: Vec<Note>,
    /// `(schema, name)` of each relation → the last statement defining it.
    defined_at: std::collections::HashMap<(String, String), usize>,
    /// How many threads this fold works on (see [`build`]).
    threads: usize,
    /// `default_tablespace` and `default_table_access_method` as the input sets them.
    settings: TableSettings,
}

/// What [`Builder::amend`] made of a change.
enum Amended {
    Applied,
    /// The server refuses it.
    Refused,
    /// Not a change the rules know, or of an object not kept as one statement.
    NotKnown,
}

/// Where the input changes `default_tablespace` and `default_table_access_method`: the
/// statement and the new value, in input order (rule `tablespaces`).
#[derive(Default)]
struct TableSettings {
    tablespace: Vec<(usize, Option<String>)>,
    access_method: Vec<(usize, Option<String>)>,
}

impl TableSettings {
    fn of(items: &[Item]) -> TableSettings {
        let mut s = TableSettings::default();
        for (i, item) in items.iter().enumerate() {
            match &item.class.table_setting {
                Some(("default_tablespace", v)) => s.tablespace.push((i, v.clone())),
                Some((_, v)) => s.access_method.push((i, v.clone())),
                None => {}
            }
        }
        s
    }

    fn at(changes: &[(usize, Option<String>)], i: usize) -> Option<&str> {
        let k = changes.partition_point(|(j, _)| *j < i);
        k.checked_sub(1).and_then(|k| changes[k].1.as_deref())
    }

    /// `default_tablespace` for statement `i`.
    fn tablespace(&self, i: usize) -> Option<&str> {
        TableSettings::at(&self.tablespace, i)
    }

    /// `default_table_access_method` for statement `i`.
    fn access_method(&self, i: usize) -> Option<&str> {
        TableSettings::at(&self.access_method, i)
    }
}

/// The namespace, schema and lookup name of an identity's object.
fn key_of(o: &ObjectId) -> (Namespace, String, String) {
    (
        o.kind.namespace(),
        o.schema.clone().unwrap_or_default(),
        o.lookup_name(),
    )
}

fn defined_names(items: &[Item]) -> Defined {
    let mut d = Defined::default();
    for item in items {
        if !matches!(item.class.class, Class::Definition | Class::Attached) {
            continue;
        }
        let own = item
            .class
            .object
            .iter()
            .filter(|_| item.class.class == Class::Definition);
        for o in own.chain(&item.class.also_defines) {
            let (Some(schema), None) = (&o.schema, &o.parent) else {
                continue;
            };
            let key = (schema.clone(), o.name.clone());
            match o.kind.namespace() {
                Namespace::Relation => {
                    d.relations.insert(key);
                }
                Namespace::Type => {
                    d.types.insert(key);
                }
                Namespace::Function => {
                    d.functions.insert(key);
                }
                Namespace::Collation => {
                    d.collations.insert(key);
                }
                _ if o.kind == ObjectKind::OperatorClass => {
                    d.opclasses.insert(key);
                }
                Namespace::TextSearch => match o.kind {
                    ObjectKind::TextSearchConfiguration => {
                        d.ts_configurations.insert(key);
                    }
                    ObjectKind::TextSearchDictionary => {
                        d.ts_dictionaries.insert(key);
                    }
                    _ => {
                        d.ts_parsers_templates.insert(key);
                    }
                },
                _ => {}
            }
        }
    }
    d
}

/// Parses one statement (or decodes the tree its classification kept) and applies the
/// statement-level rules.
fn rewritten(item: &Item, defined: &Defined, kept: Option<&[u8]>) -> Result<Node, String> {
    let mut tree = match kept {
        Some(bytes) => classify::parse::decode(bytes)?,
        None => classify::parse(&item.text, 0)?,
    };
    let [one] = tree.stmts.as_mut_slice() else {
        return Err("several statements sent together".to_owned());
    };
    let mut stmt = one.stmt.take().map(|b| *b).ok_or("empty statement")?;
    rules::apply(&mut stmt, &item.search_path, defined);
    Ok(stmt)
}

/// What the parallel stage makes of one statement: its rewritten tree and, for a
/// definition, what folding it needs that does not depend on the statements before it.
struct Prepared {
    node: Node,
    /// The classification of the rewritten statement (definitions).
    canonical: Option<crate::model::Classified>,
    /// The plain text and loose text of definitions kept as text; for attached statements
    /// whose text is a part as it is (comments, owners, one-subcommand `ALTER TABLE ...
    /// OWNER`, statements kept as they are), that text.
    text: Option<(String, Option<String>)>,
    /// The privilege atoms of a `GRANT` / `REVOKE`, per object.
    atoms: Option<Vec<(pg_query::protobuf::GrantStmt, Vec<Atom>)>>,
}

/// Whether an attached statement's own text is what folding keeps (so it is printed in the
/// parallel stage).
fn attached_text(n: &NodeEnum) -> bool {
    use pg_query::protobuf::AlterTableType as T;
    match n {
        NodeEnum::AlterTableStmt(s) => {
            s.cmds.len() == 1
                && matches!(&s.cmds[0].node, Some(NodeEnum::AlterTableCmd(c))
                    if c.subtype == T::AtChangeOwner as i32)
        }
        NodeEnum::GrantStmt(_)
        | NodeEnum::AlterSeqStmt(_)
        | NodeEnum::AlterTsconfigurationStmt(_) => false,
        _ => true,
    }
}

/// Whether a definition is kept as its text (not one of the models).
fn kept_as_text(n: &NodeEnum) -> bool {
    !matches!(
        n,
        NodeEnum::CreateStmt(_)
            | NodeEnum::CreateSchemaStmt(_)
            | NodeEnum::CreateExtensionStmt(_)
            | NodeEnum::IndexStmt(_)
            | NodeEnum::AlterDefaultPrivilegesStmt(_)
            | NodeEnum::CreateSeqStmt(_)
    )
}

fn prepare(item: &Item, defined: &Defined, kept: Option<&[u8]>) -> Result<Prepared, String> {
    let node = rewritten(item, defined, kept)?;
    let mut p = Prepared {
        node,
        canonical: None,
        text: None,
        atoms: None,
    };
    if item.class.class == Class::Attached {
        match p.node.node.as_ref() {
            Some(NodeEnum::GrantStmt(g)) => {
                p.atoms = Some(
                    acl::per_object(g)
                        .into_iter()
                        .map(|one| {
                            let a = acl::atoms(&one);
                            (one, a)
                        })
                        .collect(),
                );
            }
            Some(n) if attached_text(n) => p.text = Some((text(n), None)),
            _ => {}
        }
    }
    if item.class.class == Class::Definition && item.class.object.is_some() {
        if let Some(n) = p.node.node.as_ref() {
            let ctx = Context::default().with_search_path(item.search_path.clone());
            p.canonical = Some(classify::classify_node(n, &ctx));
            if kept_as_text(n) {
                let sql = text(n);
                let loose = has_loose(n).then(|| loose_text(n, &sql)).flatten();
                p.text = Some((sql, loose));
            }
        }
    }
    Ok(p)
}

fn text(n: &NodeEnum) -> String {
    deparse(n, false).unwrap_or_default()
}

/// [`text`], where a closure of that name stands for the statement as printed already.
fn plain(n: &NodeEnum) -> String {
    text(n)
}

/// Whether a definition has a loose form (the key of "probably equal"): those whose text
/// the server stores parsed and prints again: views, rules, policies, indexes and routines
/// with a body in SQL (`BEGIN ATOMIC`, `RETURN`).
fn has_loose(n: &NodeEnum) -> bool {
    match n {
        NodeEnum::ViewStmt(_)
        | NodeEnum::CreateTableAsStmt(_)
        | NodeEnum::RuleStmt(_)
        | NodeEnum::CreatePolicyStmt(_)
        | NodeEnum::IndexStmt(_) => true,
        NodeEnum::CreateFunctionStmt(f) => f.sql_body.is_some(),
        _ => false,
    }
}

/// The plain text of a statement with the loose rewrite applied, when that differs.
fn loose_text(n: &NodeEnum, strict: &str) -> Option<String> {
    let mut copy = Node {
        node: Some(n.clone()),
    };
    casts::loose(&mut copy);
    let t = text(copy.node.as_ref()?);
    (t != strict).then_some(t)
}

fn pg_string(s: &str) -> Node {
    Node {
        node: Some(NodeEnum::String(PgString { sval: s.to_owned() })),
    }
}

fn relation_key(r: &RangeVar) -> (String, String) {
    (r.schemaname.clone(), r.relname.clone())
}

impl Builder<'_> {
    fn note(&mut self, i: usize, code: &'static str, message: String, warning: bool) {
        self.notes.push(Note {
            statement: i,
            code,
            message,
            warning,
        });
    }

    /// The canonical identity of what the input's classification called `identity`.
    fn canonical(&self, identity: &str) -> String {
        self.alias
            .get(identity)
            .cloned()
            .unwrap_or_else(|| identity.to_owned())
    }

    fn register(&mut self, o: &ObjectId) {
        let list = self.names.entry(key_of(o)).or_default();
        if !list.contains(&o.identity) {
            list.push(o.identity.clone());
        }
    }

    /// The identity of the relation `r` names, among the objects so far.
    fn find_relation(&self, r: &RangeVar, search_path: &[String]) -> Option<String> {
        let (schema, name) = relation_key(r);
        let schemas: Vec<String> = if schema.is_empty() {
            search_path.to_vec()
        } else {
            vec![schema]
        };
        for s in schemas {
            if let Some(ids) = self.names.get(&(Namespace::Relation, s, name.clone())) {
                if let Some(id) = ids.iter().find(|id| self.objects.contains_key(*id)) {
                    return Some(id.clone());
                }
            }
        }
        None
    }

    /// Whether a relation named `name` in `schema` is defined at this point: one the input
    /// defined (and did not drop), or the index of a constraint of `table`.
    fn relation_taken(&self, schema: Option<&str>, name: &str, table: Option<&str>) -> bool {
        let key = (
            Namespace::Relation,
            schema.unwrap_or_default().to_owned(),
            name.to_owned(),
        );
        let defined = |id: &String| {
            self.objects
                .get(id)
                .is_some_and(|b| !matches!(b.body, Body::None))
        };
        self.names
            .get(&key)
            .is_some_and(|ids| ids.iter().any(defined))
            || table
                .and_then(|t| self.objects.get(t))
                .is_some_and(|b| match &b.body {
                    Body::Table(t) => t.index_names().any(|n| n == name),
                    _ => false,
                })
    }

    /// The identity of unnamed index `s` (`o` by default): as the server names it, the
    /// first of `t_a_idx`, `t_a_idx1` ... that no relation of the schema has yet.
    fn free_index_name(
        &self,
        s: &pg_query::protobuf::IndexStmt,
        o: &ObjectId,
        path: &[String],
    ) -> ObjectId {
        let Some(rel) = &s.relation else {
            return o.clone();
        };
        let table = self.find_relation(rel, path);
        if !self.relation_taken(o.schema.as_deref(), &o.name, table.as_deref()) {
            return o.clone();
        }
        let mut pass = 1;
        loop {
            let name = classify::index::implicit_index_name(s, &rel.relname, pass);
            if !self.relation_taken(o.schema.as_deref(), &name, table.as_deref()) || pass > 10_000 {
                return ObjectId::new(ObjectKind::Index, o.schema.as_deref(), &name);
            }
            pass += 1;
        }
    }

    /// The object an attached statement belongs to.
    fn owner_of(&self, i: usize, owners: &[Option<usize>]) -> Option<String> {
        self.owner_within(i, owners, 4)
    }

    /// [`owner_of`](Self::owner_of), following at most `depth` statements that define the
    /// object as a side effect of being attached to another: the index of a constraint an
    /// `ALTER TABLE ... ADD CONSTRAINT` made (`COMMENT ON INDEX` of it belongs to its
    /// table, as when the constraint is written in `CREATE TABLE`).
    fn owner_within(&self, i: usize, owners: &[Option<usize>], depth: usize) -> Option<String> {
        let item = &self.items[i];
        if let Some(j) = owners[i] {
            if let Some(o) = &self.items[j].class.object {
                let id = self.canonical(&o.identity);
                if self.objects.contains_key(&id) {
                    return Some(id);
                }
            }
            if depth > 0 && j != i && self.items[j].class.class == Class::Attached {
                if let Some(id) = self
                    .owner_within(j, owners, depth - 1)
                    .filter(|id| self.objects.contains_key(id))
                {
                    return Some(id);
                }
            }
        }
        let o = item.class.object.as_ref()?;
        if let Some(id) = self.alias.get(&o.identity) {
            if self.objects.contains_key(id) {
                return Some(id.clone());
            }
        }
        match (o.kind, &o.parent) {
            (ObjectKind::Column | ObjectKind::Constraint, Some(table)) => {
                // among the relations defined (not those only something attached to them
                // made, such as `COMMENT ON VIEW v` of a view defined elsewhere: that would
                // depend on which statement came first)
                let defined = |id: &str| {
                    self.objects
                        .get(id)
                        .is_some_and(|b| !matches!(b.body, Body::None))
                };
                for kind in [
                    ObjectKind::Table,
                    ObjectKind::Partition,
                    ObjectKind::ForeignTable,
                    ObjectKind::View,
                    ObjectKind::MaterializedView,
                    ObjectKind::Domain,
                ] {
                    let id = ObjectId::new(kind, o.schema.as_deref(), table).identity;
                    if defined(&id) {
                        return Some(id);
                    }
                }
                Some(ObjectId::new(ObjectKind::Table, o.schema.as_deref(), table).identity)
            }
            _ => {
                if self.objects.contains_key(&o.identity) {
                    return Some(o.identity.clone());
                }
                // (a user mapping's name is its role: the mapping of that role on another
                // server is another object)
                if o.kind == ObjectKind::UserMapping {
                    return Some(o.identity.clone());
                }
                // defined under another kind with the same name (an enum named as a type)
                self.names
                    .get(&key_of(o))
                    .and_then(|ids| ids.iter().find(|id| self.objects.contains_key(*id)))
                    .cloned()
                    .or_else(|| Some(o.identity.clone()))
            }
        }
    }

    fn object_mut(&mut self, identity: &str) -> &mut Building {
        if !self.objects.contains_key(identity) {
            let kind = identity.split(':').next().unwrap_or("object");
            self.objects
                .insert(identity.to_owned(), Building::new(kind, Body::None));
        }
        self.objects.get_mut(identity).expect("inserted")
    }

    /// Folds statement `i`; `tree` is its rewritten parse tree when [`needs_tree`] says it
    /// has one.
    fn statement(
        &mut self,
        i: usize,
        owners: &[Option<usize>],
        tree: Option<Result<Prepared, String>>,
    ) {
        let item = &self.items[i];
        self.summary.statements += 1;
        let c = &item.class;
        match c.class {
            Class::Setting => {
                self.summary.noise += 1;
                return;
            }
            Class::Other
                if c.action == Some("transaction")
                    || matches!(item.pin, Pin::First | Pin::Last | Pin::Barrier)
                    || item.text.starts_with('\\') =>
            {
                self.summary.noise += 1;
                return;
            }
            Class::Attached
                if matches!(
                    c.action,
                    Some("data" | "setval" | "refresh" | "refresh-concurrently")
                ) =>
            {
                self.summary.data += 1;
                return;
            }
            Class::Definition
                if c.object
                    .as_ref()
                    .is_some_and(|o| o.kind == ObjectKind::LargeObject) =>
            {
                self.summary.data += 1;
                return;
            }
            Class::Unsupported => {
                self.unsupported(i, c.reason.clone().unwrap_or_default());
                return;
            }
            _ => {}
        }
        let prepared = match tree.unwrap_or_else(|| prepare(item, self.defined, None)) {
            Ok(s) => s,
            Err(e) => {
                self.unsupported(i, e);
                return;
            }
        };
        let Some(node) = prepared.node.node else {
            self.summary.noise += 1;
            return;
        };
        match c.class {
            Class::Definition => self.definition(i, node, prepared.canonical, prepared.text),
            Class::Attached => self.attached(
                i,
                node,
                owners,
                prepared.text.map(|(t, _)| t),
                prepared.atoms,
            ),
            _ => self.other(i, node),
        }
    }

    fn unsupported(&mut self, i: usize, reason: String) {
        self.summary.unsupported += 1;
        // compared without its terminator: one at the end of input has none, and the
        // normalized text prints one (found by fuzzing: the round trip added a second)
        // (one ended by the end of input inside parentheses keeps its `;`: it is not a
        // terminator)
        let text = self.items[i].text.trim();
        let text = if kept_ending(text) == Ending::EndOfInput {
            text
        } else {
            text.strip_suffix(';').map_or(text, str::trim_end)
        };
        let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let id = format!("unsupported:{t}");
        let sql = if self.items[i].class.strings_off && classify::reads_with_strings_setting(text) {
            strings_off(text)
        } else {
            text.to_owned()
        };
        let b = self.object_mut(&id);
        b.kind = "unsupported".to_owned();
        b.body = Body::Text { sql, loose: None };
        self.note(
            i,
            "unsupported-statement",
            format!("not understood, compared as written: {reason}"),
            true,
        );
    }

    fn definition(
        &mut self,
        i: usize,
        node: NodeEnum,
        canonical: Option<crate::model::Classified>,
        as_text: Option<(String, Option<String>)>,
    ) {
        let item = &self.items[i];
        let Some(raw) = item.class.object.clone() else {
            return self.other_statement(&node);
        };
        // The identity of the rewritten statement: argument types and schemas spelled
        // canonically (`f(_int8)` and `f(bigint[])` are one function). What the input's own
        // classification called it maps to that.
        let canonical = canonical.unwrap_or_else(|| {
            let ctx = Context::default().with_search_path(item.search_path.clone());
            classify::classify_node(&node, &ctx)
        });
        let o = canonical
            .object
            .clone()
            .filter(|c| c.kind == raw.kind)
            .unwrap_or_else(|| raw.clone());
        // a partition is a table (pg_dump writes it as one, then attaches it)
        let o = if o.kind == ObjectKind::Partition {
            ObjectId::new(ObjectKind::Table, o.schema.as_deref(), &o.name)
        } else {
            o
        };
        // an unnamed index whose name is taken gets the next free one (`t_a_idx1`); what
        // names `t_a_idx` still means the first
        let o = match &node {
            NodeEnum::IndexStmt(s) if s.idxname.is_empty() => {
                let free = self.free_index_name(s, &o, &item.search_path);
                if free.identity != o.identity {
                    self.register(&free);
                    return self.definition_as(i, node, free, as_text);
                }
                o
            }
            _ => o,
        };
        self.alias.insert(raw.identity.clone(), o.identity.clone());
        if raw.identity != o.identity {
            // statements attached before the definition went under the raw identity
            if let Some(early) = self.objects.remove(&raw.identity) {
                let b = self.object_mut(&o.identity);
                b.parts.extend(early.parts);
                b.acl.extend(early.acl);
            }
        }
        for (r, c) in item
            .class
            .also_defines
            .iter()
            .zip(canonical.also_defines.iter())
        {
            self.alias.insert(r.identity.clone(), c.identity.clone());
        }
        self.register(&o);
        for a in &canonical.also_defines {
            self.register(a);
        }
        self.definition_as(i, node, o, as_text);
    }

    /// Folds definition `i` of `node` as the object `o`.
    fn definition_as(
        &mut self,
        i: usize,
        node: NodeEnum,
        o: ObjectId,
        mut as_text: Option<(String, Option<String>)>,
    ) {
        let item = &self.items[i];
        self.summary.definitions += 1;
        let existed = self
            .objects
            .get(&o.identity)
            .is_some_and(|b| !matches!(b.body, Body::None));
        if existed && o.kind == ObjectKind::DefaultPrivileges {
            // one identity per role, schema, kind and grantee: statements add up
        } else if existed && !replaces(&item.text) {
            // as the server: `IF NOT EXISTS` does nothing, anything else is refused
            // ("already exists"), and the first definition stays
            if if_not_exists(&item.text) {
                self.note(
                    i,
                    "exists",
                    format!(
                        "{} exists already: IF NOT EXISTS makes this do nothing",
                        display_identity(&o.identity)
                    ),
                    false,
                );
            } else {
                self.note(
                    i,
                    "redefined",
                    format!(
                        "{} is defined again: the server refuses this (it exists already), \
                         so the first definition is kept and this one left out",
                        display_identity(&o.identity)
                    ),
                    true,
                );
            }
            return;
        }
        let kind = o.kind.as_str();
        let temporary = temporary_relation(&node);
        if temporary {
            self.note(
                i,
                "temporary",
                format!(
                    "{} is temporary: the server drops it at the end of the session, so it \
                     is left out with what goes with it",
                    o.identity
                ),
                false,
            );
        }
        match node {
            NodeEnum::CreateStmt(mut s) => {
                // where it is stored is a part; how, the definition's (rule `tablespaces`)
                let written_tablespace = std::mem::take(&mut s.tablespacename);
                let partitioned = s.partspec.is_some();
                rules::tablespace::access_method(
                    &mut s.access_method,
                    self.settings.access_method(i),
                    partitioned,
                );
                let is_partition = s.partbound.is_some();
                // `PARTITION OF parent FOR VALUES ...`: the partition's attachment is a part,
                // its columns are the parent's (filled in at the end)
                let mut parent = None;
                let mut written = None;
                if let Some(bound) = s.partbound.take() {
                    let p = s.inh_relations.first().and_then(|n| match &n.node {
                        Some(NodeEnum::RangeVar(r)) => Some(r.clone()),
                        _ => None,
                    });
                    s.inh_relations.clear();
                    if let (Some(p), Some(child)) = (p, s.relation.clone()) {
                        parent = self.find_relation(&p, &item.search_path);
                        written = Some(Box::new(PartitionOf {
                            parent: p.clone(),
                            bound: bound.clone(),
                            search_path: item.search_path.clone(),
                        }));
                        self.attach(&o.identity, parent.clone(), p, child, bound);
                    }
                }
                let default_tablespace = self.settings.tablespace(i).map(str::to_owned);
                // a partition made without one is in its parent's
                let tablespace = if !written_tablespace.is_empty() {
                    Some(written_tablespace)
                } else {
                    parent
                        .as_ref()
                        .filter(|_| is_partition)
                        .and_then(|p| self.objects.get(p))
                        .and_then(|b| b.parts.get("tablespace"))
                        .map(|p| p.value.clone())
                        .or_else(|| default_tablespace.clone())
                };
                let (t, serials) = Table::new(s, default_tablespace.as_deref());
                let kind = if parent.is_some() { "table" } else { kind };
                self.put(&o.identity, kind, Body::Table(Box::new(t)));
                let b = self.object_mut(&o.identity);
                b.partition_of = parent;
                b.written = written;
                self.serials(&o.identity, serials);
                self.set_tablespace(&o.identity, tablespace.as_deref());
            }
            NodeEnum::CreatePublicationStmt(mut s) => {
                // rule `publications`: the members are parts
                let objects = std::mem::take(&mut s.pubobjects);
                let members = rules::publication::members(
                    &s.pubname,
                    &objects,
                    item.search_path.first().map(String::as_str),
                    text,
                );
                let sql = text(&NodeEnum::CreatePublicationStmt(s));
                self.put(&o.identity, kind, Body::Text { sql, loose: None });
                self.object_mut(&o.identity)
                    .parts
                    .retain(|k, _| !rules::publication::is_member(k));
                for (key, sql) in members {
                    self.set_part(
                        &o.identity,
                        &key,
                        Aspect::Definition,
                        sql.clone(),
                        Some(sql),
                    );
                }
            }
            NodeEnum::CreateOpClassStmt(mut s) => {
                // rule `operator-classes`: no FAMILY is the family of its name, which the
                // server makes with it
                if s.opfamilyname.is_empty() {
                    s.opfamilyname = s.opclassname.clone();
                    if let Some((schema, name)) = qualified(&s.opfamilyname) {
                        let family = ObjectId::with_suffix(
                            ObjectKind::OperatorFamily,
                            schema.as_deref(),
                            &name,
                            &format!(" USING {}", s.amname),
                        );
                        let made = self
                            .objects
                            .get(&family.identity)
                            .is_some_and(|b| !matches!(b.body, Body::None));
                        if !made {
                            let sql = text(&NodeEnum::CreateOpFamilyStmt(
                                pg_query::protobuf::CreateOpFamilyStmt {
                                    opfamilyname: s.opfamilyname.clone(),
                                    amname: s.amname.clone(),
                                },
                            ));
                            self.register(&family);
                            self.put(
                                &family.identity,
                                "operator-family",
                                Body::Text { sql, loose: None },
                            );
                        }
                    }
                }
                self.text_object(
                    &o,
                    kind,
                    NodeEnum::CreateOpClassStmt(s),
                    None,
                    &item.search_path,
                );
            }
            NodeEnum::CreateSchemaStmt(mut s) => {
                let owner = s.authrole.take();
                let sql = text(&NodeEnum::CreateSchemaStmt(s));
                self.put(&o.identity, kind, Body::Text { sql, loose: None });
                if let Some(r) = owner {
                    let name = r.rolename.clone();
                    let mut sql = String::from("ALTER SCHEMA ");
                    crate::model::push_ident(&mut sql, &o.name);
                    sql.push_str(" OWNER TO ");
                    crate::model::push_ident(&mut sql, &name);
                    self.set_part(&o.identity, "owner", Aspect::Owner, name, Some(sql));
                }
            }
            NodeEnum::CreateExtensionStmt(mut s) => {
                let mut version = None;
                s.options.retain(|d| match &d.node {
                    Some(NodeEnum::DefElem(d)) if d.defname == "new_version" => {
                        version = d.arg.as_deref().and_then(string).map(str::to_owned);
                        false
                    }
                    Some(NodeEnum::DefElem(d)) if d.defname == "cascade" => false,
                    _ => true,
                });
                let has_schema = s.options.iter().any(
                    |d| matches!(&d.node, Some(NodeEnum::DefElem(d)) if d.defname == "schema"),
                );
                if !has_schema {
                    if let Some(first) = item.search_path.first() {
                        s.options.push(Node {
                            node: Some(NodeEnum::DefElem(Box::new(DefElem {
                                defname: "schema".to_owned(),
                                arg: Some(Box::new(pg_string(first))),
                                location: -1,
                                ..DefElem::default()
                            }))),
                        });
                    }
                }
                s.options.sort_by(|a, b| {
                    let name = |n: &Node| match &n.node {
                        Some(NodeEnum::DefElem(d)) => d.defname.clone(),
                        _ => String::new(),
                    };
                    name(a).cmp(&name(b))
                });
                let sql = text(&NodeEnum::CreateExtensionStmt(s));
                self.put(&o.identity, kind, Body::Text { sql, loose: None });
                if let Some(v) = version {
                    self.set_part(&o.identity, "version", Aspect::ExtensionVersion, v, None);
                }
            }
            NodeEnum::IndexStmt(mut s) => {
                if s.idxname.is_empty() {
                    s.idxname = o.name.clone();
                }
                let table = s
                    .relation
                    .as_ref()
                    .and_then(|r| self.find_relation(r, &item.search_path));
                let written = std::mem::take(&mut s.table_space);
                // only expressions have a loose form
                let expressions = s.where_clause.is_some()
                    || s.index_params.iter().any(
                        |p| matches!(&p.node, Some(NodeEnum::IndexElem(e)) if e.expr.is_some()),
                    );
                let n = NodeEnum::IndexStmt(s);
                let sql = text(&n);
                let loose = if expressions {
                    loose_text(&n, &sql)
                } else {
                    None
                };
                self.put(&o.identity, kind, Body::Text { sql, loose });
                self.object_mut(&o.identity).table = table;
                let written = (!written.is_empty()).then_some(written.as_str());
                let tablespace = written.or(self.settings.tablespace(i)).map(str::to_owned);
                self.set_tablespace(&o.identity, tablespace.as_deref());
            }
            NodeEnum::CreateTableAsStmt(mut c) => {
                // its tablespace is a part; its access method the definition's
                let mut tablespace = None;
                if let Some(into) = c.into.as_mut() {
                    let before = into.access_method.clone();
                    rules::tablespace::access_method(
                        &mut into.access_method,
                        self.settings.access_method(i),
                        false,
                    );
                    let written = std::mem::take(&mut into.table_space_name);
                    if before != into.access_method || !written.is_empty() {
                        as_text = None;
                    }
                    let written = (!written.is_empty()).then_some(written);
                    tablespace = written.or(self.settings.tablespace(i).map(str::to_owned));
                }
                self.text_object(
                    &o,
                    kind,
                    NodeEnum::CreateTableAsStmt(c),
                    as_text,
                    &item.search_path,
                );
                self.set_tablespace(&o.identity, tablespace.as_deref());
            }
            NodeEnum::AlterDefaultPrivilegesStmt(_) => {
                let sql = text(&node);
                let b = self.object_mut(&o.identity);
                b.kind = kind.to_owned();
                if matches!(b.body, Body::None) {
                    b.body = Body::Text {
                        sql: String::new(),
                        loose: None,
                    };
                }
                let key = format!("privileges {sql}");
                b.parts.insert(
                    key.clone(),
                    Part {
                        key,
                        aspect: Aspect::Grants,
                        value: sql.clone(),
                        loose: None,
                        sql: Some(sql),
                    },
                );
            }
            NodeEnum::CreateSeqStmt(mut s) => {
                let owned = take_owned_by(&mut s);
                let sql = text(&NodeEnum::CreateSeqStmt(s));
                self.put(&o.identity, kind, Body::Text { sql, loose: None });
                if let Some(col) = owned {
                    self.owned_by(&o, col);
                }
            }
            NodeEnum::DefineStmt(mut d)
                if rules::ts_mappings::copied_builtin(&d, |name| {
                    Defined::find(&self.defined.ts_configurations, &item.search_path, name)
                        .is_some()
                })
                .is_some() =>
            {
                // a copy of a built-in configuration: its parser, and its mappings as parts
                let copied = rules::ts_mappings::copied_builtin(&d, |_| false)
                    .unwrap_or_default()
                    .to_owned();
                rules::ts_mappings::with_default_parser(&mut d);
                let cfgname = d.defnames.clone();
                let sql = text(&NodeEnum::DefineStmt(d));
                self.put(&o.identity, kind, Body::Text { sql, loose: None });
                for (token, dicts) in rules::ts_mappings::builtin(&copied).unwrap_or_default() {
                    let (value, sql) = rules::ts_mappings::statement(
                        &cfgname,
                        token,
                        rules::ts_mappings::dictionaries(&dicts),
                    );
                    self.set_part(
                        &o.identity,
                        &format!("mapping {token}"),
                        Aspect::Definition,
                        value,
                        Some(sql),
                    );
                }
            }
            n => self.text_object(&o, kind, n, as_text, &item.search_path),
        }
        self.object_mut(&o.identity).temporary = temporary;
    }

    /// Sets the definition of `identity`, keeping what was attached to it.
    /// An object that is one canonical statement (`as_text`: its text and loose form, when
    /// they were printed already); a trigger, policy or rule belongs to its table.
    fn text_object(
        &mut self,
        o: &ObjectId,
        kind: &str,
        n: NodeEnum,
        as_text: Option<(String, Option<String>)>,
        search_path: &[String],
    ) {
        let table = match &n {
            NodeEnum::CreateTrigStmt(t) => t.relation.as_ref(),
            NodeEnum::CreatePolicyStmt(p) => p.table.as_ref(),
            NodeEnum::RuleStmt(r) => r.relation.as_ref(),
            _ => None,
        }
        .and_then(|r| self.find_relation(r, search_path));
        let (sql, loose) = as_text.unwrap_or_else(|| {
            let sql = text(&n);
            let loose = has_loose(&n).then(|| loose_text(&n, &sql)).flatten();
            (sql, loose)
        });
        self.put(&o.identity, kind, Body::Text { sql, loose });
        if table.is_some() {
            self.object_mut(&o.identity).table = table;
        }
    }

    /// Applies `change` to the definition of `identity`, an object kept as one canonical
    /// statement (rule `foreign-options`): its text is parsed again (such statements are
    /// few), changed and printed.
    fn amend(&mut self, identity: &str, change: &NodeEnum) -> Amended {
        let Some(Body::Text { sql, .. }) = self.objects.get(identity).map(|b| &b.body) else {
            return Amended::NotKnown;
        };
        let Ok(tree) = classify::parse(sql, 0) else {
            return Amended::NotKnown;
        };
        let Some(mut def) = tree
            .stmts
            .into_iter()
            .next()
            .and_then(|s| s.stmt)
            .and_then(|n| n.node)
        else {
            return Amended::NotKnown;
        };
        match rules::foreign_options::apply(&mut def, change) {
            Some(true) => {}
            Some(false) => return Amended::Refused,
            None => return Amended::NotKnown,
        }
        let sql = text(&def);
        if let Some(b) = self.objects.get_mut(identity) {
            b.body = Body::Text { sql, loose: None };
        }
        Amended::Applied
    }

    /// Rule `operator-classes`: `ALTER OPERATOR FAMILY ... ADD / DROP` of the family `owner`
    /// the input defines, one part per member; whether it did.
    fn alter_op_family(&mut self, owner: &str, s: &pg_query::protobuf::AlterOpFamilyStmt) -> bool {
        let defined = matches!(
            self.objects.get(owner).map(|b| &b.body),
            Some(Body::Text { .. })
        );
        let keys: Vec<Option<String>> = s
            .items
            .iter()
            .map(|it| match &it.node {
                Some(NodeEnum::CreateOpClassItem(c)) => rules::opclass::member_key(c),
                _ => None,
            })
            .collect();
        if !defined || keys.iter().any(Option::is_none) {
            return false;
        }
        for (item, key) in s.items.iter().zip(keys.into_iter().flatten()) {
            let key = format!("member {key}");
            if s.is_drop {
                self.object_mut(owner).parts.remove(&key);
            } else {
                let sql = plain(&NodeEnum::AlterOpFamilyStmt(
                    pg_query::protobuf::AlterOpFamilyStmt {
                        items: vec![item.clone()],
                        ..s.clone()
                    },
                ));
                self.set_part(owner, &key, Aspect::Definition, sql.clone(), Some(sql));
            }
        }
        true
    }

    /// Rule `publications`: `ALTER PUBLICATION` adds, drops or sets members, or sets
    /// options, of the publication `owner` the input defines; whether it did.
    fn alter_publication(
        &mut self,
        i: usize,
        owner: &str,
        s: &pg_query::protobuf::AlterPublicationStmt,
    ) -> bool {
        use pg_query::protobuf::AlterPublicationAction as A;
        if !matches!(
            self.objects.get(owner).map(|b| &b.body),
            Some(Body::Text { .. })
        ) {
            return false;
        }
        if !s.options.is_empty() {
            let Some(Body::Text { sql, .. }) = self.objects.get(owner).map(|b| &b.body) else {
                return false;
            };
            let def = classify::parse(sql, 0)
                .ok()
                .and_then(|t| t.stmts.into_iter().next())
                .and_then(|s| s.stmt)
                .and_then(|n| n.node);
            let Some(NodeEnum::CreatePublicationStmt(mut d)) = def else {
                return false;
            };
            rules::publication::set_options(&mut d.options, &s.options);
            let sql = text(&NodeEnum::CreatePublicationStmt(d));
            if let Some(b) = self.objects.get_mut(owner) {
                b.body = Body::Text { sql, loose: None };
            }
        }
        if s.pubobjects.is_empty() {
            return true;
        }
        let path = self.items[i].search_path.clone();
        let members = rules::publication::members(
            &s.pubname,
            &s.pubobjects,
            path.first().map(String::as_str),
            plain,
        );
        let b = self.object_mut(owner);
        match A::try_from(s.action).unwrap_or(A::Undefined) {
            A::ApAddObjects => {}
            A::ApSetObjects => b.parts.retain(|k, _| !rules::publication::is_member(k)),
            A::ApDropObjects => {
                for (key, _) in &members {
                    b.parts.remove(key);
                }
                return true;
            }
            A::Undefined => return false,
        }
        for (key, sql) in members {
            self.set_part(owner, &key, Aspect::Definition, sql.clone(), Some(sql));
        }
        true
    }

    /// A change of `identity` the server refuses (an option added twice, one set or dropped
    /// that is not there): it changes nothing, so it is left out, reported. Kept as a
    /// statement, it would apply when the normalized text is read again, where the options
    /// are those of the end (found by fuzzing).
    fn refused_change(&mut self, i: usize, identity: &str) {
        self.note(
            i,
            "not-applied",
            format!(
                "the server refuses this change of {} (an option added that is there, or set \
                 or dropped that is not): it changes nothing and is left out",
                display_identity(identity)
            ),
            true,
        );
    }

    /// Records where relation `identity` is stored (rule `tablespaces`): `tablespace` as
    /// written or in effect, none for the database's default.
    fn set_tablespace(&mut self, identity: &str, tablespace: Option<&str>) {
        match rules::tablespace::stored(tablespace) {
            Some(t) => self.set_part(
                identity,
                "tablespace",
                Aspect::Tablespace,
                t.to_owned(),
                None,
            ),
            None => {
                self.object_mut(identity).parts.remove("tablespace");
            }
        }
    }

    fn put(&mut self, identity: &str, kind: &str, body: Body) {
        let b = self.object_mut(identity);
        b.kind = kind.to_owned();
        b.body = body;
    }

    fn set_part(
        &mut self,
        identity: &str,
        key: &str,
        aspect: Aspect,
        value: String,
        sql: Option<String>,
    ) {
        self.object_mut(identity).parts.insert(
            key.to_owned(),
            Part {
                key: key.to_owned(),
                aspect,
                value,
                loose: None,
                sql,
            },
        );
    }

    fn owned_by(&mut self, seq: &ObjectId, column: String) {
        let mut sql = String::from("ALTER SEQUENCE ");
        if let Some(s) = &seq.schema {
            crate::model::push_ident(&mut sql, s);
            sql.push('.');
        }
        crate::model::push_ident(&mut sql, &seq.name);
        sql.push_str(" OWNED BY ");
        sql.push_str(&column);
        self.set_part(
            &seq.identity,
            "owned by",
            Aspect::Definition,
            column,
            Some(sql),
        );
    }

    /// The sequences of `serial` columns, each `OWNED BY` its column.
    /// A sequence name taken by a relation defined before gets a number, as the server
    /// chooses it (`t_id_seq1`), and the column's default follows it (`table` is the
    /// identity of the table the columns are in).
    fn serials(&mut self, table: &str, serials: Vec<SerialSequence>) {
        for mut s in serials {
            let schema = (!s.schema.is_empty()).then_some(s.schema.as_str());
            if self.relation_taken(schema, &s.name, None) {
                let mut pass = 1;
                let name = loop {
                    let label = classify::table::numbered("seq", pass);
                    let name = classify::table::object_name(&s.table, Some(&s.column), &label);
                    if !self.relation_taken(schema, &name, None) || pass > 10_000 {
                        break name;
                    }
                    pass += 1;
                };
                if let Some(Body::Table(t)) = self.objects.get_mut(table).map(|b| &mut b.body) {
                    t.serial_default(&s.column, schema, &name);
                }
                s.name = name;
            }
            let schema = (!s.schema.is_empty()).then_some(s.schema.as_str());
            let id = ObjectId::new(ObjectKind::Sequence, schema, &s.name);
            let mut stmt = CreateSeqStmt {
                sequence: Some(RangeVar {
                    schemaname: s.schema.clone(),
                    relname: s.name.clone(),
                    inh: true,
                    relpersistence: "p".to_owned(),
                    location: -1,
                    ..RangeVar::default()
                }),
                ..CreateSeqStmt::default()
            };
            if let Some(t) = s.as_type {
                stmt.options.push(Node {
                    node: Some(NodeEnum::DefElem(Box::new(DefElem {
                        defname: "as".to_owned(),
                        arg: Some(Box::new(Node {
                            node: Some(NodeEnum::TypeName(TypeName {
                                names: vec![pg_string("pg_catalog"), pg_string(t)],
                                typemod: -1,
                                location: -1,
                                ..TypeName::default()
                            })),
                        })),
                        location: -1,
                        ..DefElem::default()
                    }))),
                });
            }
            let sql = text(&NodeEnum::CreateSeqStmt(stmt));
            self.register(&id);
            self.put(&id.identity, "sequence", Body::Text { sql, loose: None });
            let mut col = String::new();
            if let Some(s) = schema {
                crate::model::push_ident(&mut col, s);
                col.push('.');
            }
            crate::model::push_ident(&mut col, &s.table);
            col.push('.');
            crate::model::push_ident(&mut col, &s.column);
            self.owned_by(&id, col);
        }
    }

    fn attached(
        &mut self,
        i: usize,
        node: NodeEnum,
        owners: &[Option<usize>],
        full: Option<String>,
        atoms: Option<Vec<(pg_query::protobuf::GrantStmt, Vec<Atom>)>>,
    ) {
        self.summary.attached += 1;
        let text = |n: &NodeEnum| full.clone().unwrap_or_else(|| text(n));
        match node {
            NodeEnum::AlterTableStmt(s) => self.alter_table(i, s, true, full.clone()),
            NodeEnum::GrantStmt(s) => {
                let per = atoms.unwrap_or_else(|| {
                    acl::per_object(&s)
                        .into_iter()
                        .map(|one| {
                            let a = acl::atoms(&one);
                            (one, a)
                        })
                        .collect()
                });
                for (one, atoms) in per {
                    let owner = if s.objects.len() > 1 {
                        let sql = text(&NodeEnum::GrantStmt(one.clone()));
                        let ctx =
                            Context::default().with_search_path(self.items[i].search_path.clone());
                        let c = classify::classify(&sql, &ctx);
                        c.object.map(|o| o.identity)
                    } else {
                        self.owner_of(i, owners)
                    };
                    let Some(owner) = owner else { continue };
                    // `GRANT ... ON s` of a sequence `s` (the parser calls it a table): its
                    // `ALL` is a sequence's
                    let atoms = if one.objtype == ObjectType::ObjectTable as i32
                        && self
                            .objects
                            .get(&owner)
                            .is_some_and(|b| b.kind == "sequence")
                    {
                        acl::atoms(&pg_query::protobuf::GrantStmt {
                            objtype: ObjectType::ObjectSequence as i32,
                            ..one
                        })
                    } else {
                        atoms
                    };
                    acl::apply(&mut self.object_mut(&owner).acl, atoms);
                }
            }
            NodeEnum::CommentStmt(s) if s.objtype == ObjectType::ObjectExtension as i32 => {
                // pg_dump prints every extension's comment, which is the extension's own
                // (from its control file): not a property of the schema
            }
            NodeEnum::CommentStmt(s) => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                // a comment on a column or constraint is a part of its table
                let sub = self.items[i]
                    .class
                    .object
                    .as_ref()
                    .filter(|o| {
                        matches!(
                            o.kind,
                            ObjectKind::Column | ObjectKind::Constraint | ObjectKind::Index
                        )
                    })
                    .filter(|o| self.canonical(&o.identity) != owner)
                    .map(|o| format!(" on {} {}", o.kind, o.name));
                let key = format!("comment{}", sub.unwrap_or_default());
                if s.comment.is_empty() {
                    self.object_mut(&owner).parts.remove(&key);
                } else {
                    let value = s.comment.clone();
                    let sql = text(&NodeEnum::CommentStmt(s));
                    self.set_part(&owner, &key, Aspect::Comments, value, Some(sql));
                }
            }
            NodeEnum::AlterOwnerStmt(s) => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                let name = s
                    .newowner
                    .as_ref()
                    .map_or(String::new(), |r| r.rolename.clone());
                let sql = text(&NodeEnum::AlterOwnerStmt(s));
                self.set_part(&owner, "owner", Aspect::Owner, name, Some(sql));
            }
            NodeEnum::AlterSeqStmt(mut s) => {
                let owned = s.options.iter().position(
                    |o| matches!(&o.node, Some(NodeEnum::DefElem(d)) if d.defname == "owned_by"),
                );
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                if let Some(p) = owned {
                    let d = s.options.remove(p);
                    let col = match d.node {
                        Some(NodeEnum::DefElem(d)) => d
                            .arg
                            .as_deref()
                            .map(crate::classify::names::list)
                            .map(|l| {
                                l.iter()
                                    .filter_map(string)
                                    .map(|p| {
                                        let mut o = String::new();
                                        crate::model::push_ident(&mut o, p);
                                        o
                                    })
                                    .collect::<Vec<_>>()
                                    .join(".")
                            })
                            .unwrap_or_default(),
                        _ => String::new(),
                    };
                    if let Some(o) = self.items[i].class.object.clone() {
                        let o = ObjectId {
                            identity: owner.clone(),
                            ..o
                        };
                        self.owned_by(&o, col);
                    }
                }
                if !s.options.is_empty() {
                    let sql = text(&NodeEnum::AlterSeqStmt(s));
                    self.generic(&owner, sql);
                }
            }
            NodeEnum::AlterTsconfigurationStmt(s) => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                self.ts_mapping(&owner, s);
            }
            n @ (NodeEnum::AlterFdwStmt(_)
            | NodeEnum::AlterForeignServerStmt(_)
            | NodeEnum::AlterUserMappingStmt(_)) => {
                // rule `foreign-options`
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                match self.amend(&owner, &n) {
                    Amended::Applied => {}
                    Amended::Refused => self.refused_change(i, &owner),
                    Amended::NotKnown => {
                        let sql = text(&n);
                        self.generic(&owner, sql);
                    }
                }
            }
            NodeEnum::AlterOpFamilyStmt(s) => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                if !self.alter_op_family(&owner, &s) {
                    let sql = text(&NodeEnum::AlterOpFamilyStmt(s));
                    self.generic(&owner, sql);
                }
            }
            NodeEnum::AlterPublicationStmt(s) => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                if !self.alter_publication(i, &owner, &s) {
                    let sql = text(&NodeEnum::AlterPublicationStmt(s));
                    self.generic(&owner, sql);
                }
            }
            NodeEnum::AlterExtensionStmt(s) => {
                // rule `extension-versions`: `UPDATE` with no `TO` is the default version
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                let version = s.options.iter().find_map(|d| match &d.node {
                    Some(NodeEnum::DefElem(d)) if d.defname == "new_version" => {
                        d.arg.as_deref().and_then(string).map(str::to_owned)
                    }
                    _ => None,
                });
                match version {
                    Some(v) => self.set_part(&owner, "version", Aspect::ExtensionVersion, v, None),
                    None => {
                        self.object_mut(&owner).parts.remove("version");
                    }
                }
            }
            n => {
                let Some(owner) = self.owner_of(i, owners) else {
                    return;
                };
                let sql = text(&n);
                self.generic(&owner, sql);
            }
        }
    }

    /// Rule `ts-mappings`: a text search configuration's mappings, one part per token type
    /// (`mapping asciiword`), printed as pg_dump prints them: `ADD MAPPING FOR asciiword
    /// WITH ...`, one statement per token type. `ADD` and `ALTER MAPPING FOR` set a token's
    /// dictionaries, `DROP MAPPING` removes them, `ALTER MAPPING [FOR ...] REPLACE a WITH
    /// b` replaces a dictionary in the mappings the input made.
    fn ts_mapping(&mut self, owner: &str, s: pg_query::protobuf::AlterTsConfigurationStmt) {
        use pg_query::protobuf::AlterTsConfigType as K;
        let kind = K::try_from(s.kind).unwrap_or(K::AlterTsconfigTypeUndefined);
        let tokens: Vec<String> = s
            .tokentype
            .iter()
            .filter_map(string)
            .map(str::to_owned)
            .collect();
        let one =
            |token: &str, dicts: Vec<Node>| rules::ts_mappings::statement(&s.cfgname, token, dicts);
        match kind {
            K::AlterTsconfigAddMapping | K::AlterTsconfigAlterMappingForToken
                if !tokens.is_empty() =>
            {
                for t in &tokens {
                    let (value, sql) = one(t, s.dicts.clone());
                    self.set_part(
                        owner,
                        &format!("mapping {t}"),
                        Aspect::Definition,
                        value,
                        Some(sql),
                    );
                }
            }
            K::AlterTsconfigDropMapping if !tokens.is_empty() => {
                let parts = &mut self.object_mut(owner).parts;
                for t in &tokens {
                    parts.remove(&format!("mapping {t}"));
                }
            }
            K::AlterTsconfigReplaceDict | K::AlterTsconfigReplaceDictForToken
                if s.dicts.len() == 2 =>
            {
                let (old, new) = (&s.dicts[0], &s.dicts[1]);
                let keys: Vec<String> = self
                    .object_mut(owner)
                    .parts
                    .keys()
                    .filter_map(|k| k.strip_prefix("mapping "))
                    .filter(|t| tokens.is_empty() || tokens.iter().any(|x| x == t))
                    .map(str::to_owned)
                    .collect();
                for t in keys {
                    let key = format!("mapping {t}");
                    let Some(sql) = self.object_mut(owner).parts[&key].sql.clone() else {
                        continue;
                    };
                    let Ok(tree) = classify::parse(&sql, 0) else {
                        continue;
                    };
                    let Some(NodeEnum::AlterTsconfigurationStmt(mut m)) = tree
                        .stmts
                        .into_iter()
                        .next()
                        .and_then(|r| r.stmt)
                        .and_then(|n| n.node)
                    else {
                        continue;
                    };
                    for d in &mut m.dicts {
                        if d == old {
                            *d = new.clone();
                        }
                    }
                    let (value, sql) = one(&t, m.dicts);
                    self.set_part(owner, &key, Aspect::Definition, value, Some(sql));
                }
            }
            _ => {
                let sql = text(&NodeEnum::AlterTsconfigurationStmt(s));
                self.generic(owner, sql);
            }
        }
    }

    /// Records that `child` (identity `id`) is a partition of `parent`: the part
    /// `partition of`, printed as pg_dump attaches it.
    fn attach(
        &mut self,
        id: &str,
        parent_id: Option<String>,
        parent: RangeVar,
        child: RangeVar,
        bound: pg_query::protobuf::PartitionBoundSpec,
    ) {
        let (value, sql) = attach_text(parent, child, bound);
        self.set_part(id, "partition of", Aspect::Definition, value, Some(sql));
        // dropped with its parent
        if parent_id.is_some() {
            self.object_mut(id).table = parent_id;
        }
    }
}

/// Prints a partition as `CREATE TABLE ... PARTITION OF parent (options) bound` (with no
/// attachment of its own), when it was written so.
fn written_partition_of(b: &mut Building) {
    let Some(w) = b.written.take() else {
        return;
    };
    if let Body::Table(t) = &mut b.body {
        b.parts.remove("partition of");
        t.skeleton.partbound = Some(w.bound);
        t.skeleton.inh_relations = vec![Node {
            node: Some(NodeEnum::RangeVar(w.parent)),
        }];
    }
}

/// `ALTER TABLE ONLY parent ATTACH PARTITION child bound`, and the value of the `partition
/// of` part: `parent bound`.
fn attach_text(
    mut parent: RangeVar,
    mut child: RangeVar,
    bound: pg_query::protobuf::PartitionBoundSpec,
) -> (String, String) {
    {
        parent.inh = false;
        parent.alias = None;
        child.inh = true;
        let stmt = AlterTableStmt {
            relation: Some(parent),
            cmds: vec![Node {
                node: Some(NodeEnum::AlterTableCmd(Box::new(
                    pg_query::protobuf::AlterTableCmd {
                        subtype: pg_query::protobuf::AlterTableType::AtAttachPartition as i32,
                        def: Some(Box::new(Node {
                            node: Some(NodeEnum::PartitionCmd(pg_query::protobuf::PartitionCmd {
                                name: Some(child),
                                bound: Some(bound),
                                concurrent: false,
                            })),
                        })),
                        behavior: 1,
                        ..Default::default()
                    },
                ))),
            }],
            objtype: ObjectType::ObjectTable as i32,
            missing_ok: false,
        };
        let sql = text(&NodeEnum::AlterTableStmt(stmt));
        // the value: `parent FOR VALUES ...`
        let value = match sql.split_once(" ATTACH PARTITION ") {
            Some((head, rest)) => format!(
                "{} {}",
                head.trim_start_matches("ALTER TABLE ONLY "),
                rest.split_once(' ').map_or("", |(_, b)| b)
            ),
            None => sql.clone(),
        };
        (value, sql)
    }
}

impl Builder<'_> {
    /// An attached statement kept as it is (canonical text) in its object.
    fn generic(&mut self, owner: &str, sql: String) {
        let key = format!("attached {sql}");
        let aspect = if sql.contains(" TABLESPACE ") {
            Aspect::Tablespace
        } else {
            Aspect::Definition
        };
        self.set_part(owner, &key, aspect, sql.clone(), Some(sql));
    }

    /// Folds an `ALTER TABLE`; `full` is its text when it was printed already.
    fn alter_table(&mut self, i: usize, s: AlterTableStmt, attached: bool, full: Option<String>) {
        let path = self.items[i].search_path.clone();
        let Some(rel) = &s.relation else { return };
        let owner = self.find_relation(rel, &path);
        if owner.is_none() && self.constraint_index_tablespace(rel, &path, &s.cmds) {
            return;
        }
        let Some(owner) = owner else {
            // a table the input defines later: a step before its object (the server
            // would refuse it), kept where it stood; a migration step on a table the
            // input never defines: kept as a statement
            let schema = if rel.schemaname.is_empty() {
                Defined::find(&self.defined.relations, &path, &rel.relname).cloned()
            } else {
                Some(rel.schemaname.clone())
            };
            let later = schema.is_some_and(|schema| {
                self.defined_at
                    .get(&(schema, rel.relname.clone()))
                    .is_some_and(|&at| at > i)
            });
            if later || !attached {
                self.note(
                    i,
                    "not-applied",
                    format!("{} is not defined before: kept as a statement", rel.relname),
                    true,
                );
                let n = NodeEnum::AlterTableStmt(s);
                if later {
                    self.unapplied_statement(&n);
                } else {
                    self.other_statement(&n);
                }
                return;
            }
            // a partition of a table the input does not define: a part of the
            // partition, as `CREATE TABLE ... PARTITION OF` makes it
            if let [one] = s.cmds.as_slice() {
                if let Some(NodeEnum::AlterTableCmd(c)) = &one.node {
                    if let (true, Some(NodeEnum::PartitionCmd(p))) = (
                        c.subtype == pg_query::protobuf::AlterTableType::AtAttachPartition as i32,
                        c.def.as_deref().and_then(|d| d.node.as_ref()),
                    ) {
                        let child = p
                            .name
                            .as_ref()
                            .and_then(|r| self.find_relation(r, &path))
                            .filter(|id| {
                                matches!(
                                    self.objects.get(id).map(|b| &b.body),
                                    Some(Body::Table(_))
                                )
                            });
                        if let (Some(id), Some(name), Some(bound)) =
                            (child, p.name.clone(), p.bound.clone())
                        {
                            self.attach(&id, None, rel.clone(), name, bound);
                            return;
                        }
                    }
                }
            }
            // a table the input does not define: kept as it is, under that table
            let id = ObjectId::new(
                ObjectKind::Table,
                (!rel.schemaname.is_empty()).then_some(rel.schemaname.as_str()),
                &rel.relname,
            )
            .identity;
            self.generic(&id, text(&NodeEnum::AlterTableStmt(s)));
            return;
        };
        let mut serials = Vec::new();
        for cmd in &s.cmds {
            let Some(NodeEnum::AlterTableCmd(c)) = &cmd.node else {
                continue;
            };
            let tablespace = self.settings.tablespace(i);
            let folded = match self.objects.get_mut(&owner).map(|b| &mut b.body) {
                Some(Body::Table(t)) => t.alter(c, &mut serials, tablespace),
                _ => false,
            };
            if folded {
                continue;
            }
            if c.subtype == pg_query::protobuf::AlterTableType::AtSetTableSpace as i32 {
                self.set_tablespace(&owner, Some(&c.name));
                continue;
            }
            // a foreign table's options (rule `foreign-options`)
            if [
                pg_query::protobuf::AlterTableType::AtGenericOptions as i32,
                pg_query::protobuf::AlterTableType::AtAlterColumnGenericOptions as i32,
            ]
            .contains(&c.subtype)
            {
                let one = AlterTableStmt {
                    cmds: vec![cmd.clone()],
                    ..s.clone()
                };
                match self.amend(&owner, &NodeEnum::AlterTableStmt(one)) {
                    Amended::Applied => continue,
                    Amended::Refused => {
                        self.refused_change(i, &owner);
                        continue;
                    }
                    Amended::NotKnown => {}
                }
            }
            if c.subtype == pg_query::protobuf::AlterTableType::AtAttachPartition as i32 {
                if let Some(NodeEnum::PartitionCmd(p)) =
                    c.def.as_deref().and_then(|d| d.node.as_ref())
                {
                    let child = p.name.clone().and_then(|r| {
                        let id = self.find_relation(&r, &path)?;
                        Some((id, r))
                    });
                    if let (Some((id, r)), Some(bound), Some(parent)) =
                        (child.clone(), p.bound.clone(), s.relation.clone())
                    {
                        if matches!(self.objects.get(&id).map(|b| &b.body), Some(Body::Table(_))) {
                            self.attach(&id, Some(owner.clone()), parent, r, bound);
                            continue;
                        }
                    }
                    // the partition is made later in the input: attached at the end
                    if let (None, Some(name), Some(bound), Some(parent)) =
                        (child, p.name.clone(), p.bound.clone(), s.relation.clone())
                    {
                        self.pending_attach.push((
                            owner.clone(),
                            parent,
                            name,
                            bound,
                            path.clone(),
                        ));
                        continue;
                    }
                }
            }
            if c.subtype == pg_query::protobuf::AlterTableType::AtChangeOwner as i32 {
                let name = c
                    .newowner
                    .as_ref()
                    .map_or(String::new(), |r| r.rolename.clone());
                let sql = match (&full, s.cmds.len()) {
                    (Some(f), 1) => f.clone(),
                    _ => text(&NodeEnum::AlterTableStmt(AlterTableStmt {
                        cmds: vec![cmd.clone()],
                        ..s.clone()
                    })),
                };
                self.set_part(&owner, "owner", Aspect::Owner, name, Some(sql));
                continue;
            }
            let mut one = AlterTableStmt {
                cmds: vec![cmd.clone()],
                ..s.clone()
            };
            if let Some(r) = &mut one.relation {
                r.inh = true;
            }
            let sql = text(&NodeEnum::AlterTableStmt(one));
            if !attached {
                self.note(
                    i,
                    "not-folded",
                    format!("kept as it is in {owner}: {sql}"),
                    false,
                );
            }
            self.generic(&owner, sql);
        }
        self.serials(&owner, serials);
    }

    /// `ALTER INDEX k SET TABLESPACE x` of the index of key `k` of a table: the table's
    /// `tablespace of index k` (rule `tablespaces`); whether it was that.
    fn constraint_index_tablespace(
        &mut self,
        rel: &RangeVar,
        path: &[String],
        cmds: &[Node],
    ) -> bool {
        let [one] = cmds else { return false };
        let Some(NodeEnum::AlterTableCmd(c)) = &one.node else {
            return false;
        };
        if c.subtype != pg_query::protobuf::AlterTableType::AtSetTableSpace as i32 {
            return false;
        }
        let schemas: Vec<String> = if rel.schemaname.is_empty() {
            path.to_vec()
        } else {
            vec![rel.schemaname.clone()]
        };
        for schema in schemas {
            let mut prefix = format!("{}:", ObjectKind::Table);
            crate::model::push_ident(&mut prefix, &schema);
            prefix.push('.');
            let found = self
                .objects
                .range(prefix.clone()..)
                .take_while(|(k, _)| k.starts_with(&prefix))
                .find(|(_, b)| match &b.body {
                    Body::Table(t) => t.index_names().any(|n| n == rel.relname),
                    _ => false,
                })
                .map(|(k, _)| k.clone());
            if let Some(id) = found {
                if let Some(Body::Table(t)) = self.objects.get_mut(&id).map(|b| &mut b.body) {
                    match rules::tablespace::stored(Some(&c.name)) {
                        Some(ts) => {
                            t.index_tablespaces
                                .insert(rel.relname.clone(), ts.to_owned());
                        }
                        None => {
                            t.index_tablespaces.remove(&rel.relname);
                        }
                    }
                }
                return true;
            }
        }
        false
    }

    /// A statement that is not a definition or attached: migration steps (`DROP`, `ALTER
    /// ... TYPE`, `RENAME`) are applied; anything else is kept as an object of its own.
    fn other(&mut self, i: usize, node: NodeEnum) {
        match node {
            NodeEnum::AlterTableStmt(s) => {
                self.summary.applied += 1;
                self.alter_table(i, s, false, None);
            }
            NodeEnum::DropStmt(s) => {
                self.summary.applied += 1;
                self.drop(i, &s);
            }
            NodeEnum::RenameStmt(s) => {
                self.summary.applied += 1;
                self.rename(i, *s);
            }
            NodeEnum::AlterEnumStmt(s) => {
                self.summary.applied += 1;
                self.alter_enum(i, s);
            }
            // `ALTER OPERATOR FAMILY ... DROP` (a step: it takes members away)
            NodeEnum::AlterOpFamilyStmt(s) => {
                let owner = self.items[i]
                    .class
                    .object
                    .as_ref()
                    .map(|o| self.canonical(&o.identity));
                match owner {
                    Some(owner) if self.alter_op_family(&owner, &s) => self.summary.applied += 1,
                    _ => self.other_statement(&NodeEnum::AlterOpFamilyStmt(s)),
                }
            }
            n => self.other_statement(&n),
        }
    }

    /// A migration step that could not be applied: kept as a statement, printed before the
    /// definitions (where it stood: before the object it names).
    fn unapplied_statement(&mut self, n: &NodeEnum) {
        self.other_statement(n);
        let id = format!("statement:{}", text(n));
        self.object_mut(&id).unapplied = true;
    }

    fn other_statement(&mut self, n: &NodeEnum) {
        self.summary.other += 1;
        let sql = text(n);
        let id = format!("statement:{sql}");
        let b = self.object_mut(&id);
        b.kind = "statement".to_owned();
        b.body = Body::Text { sql, loose: None };
    }

    /// The identities of the objects a `DROP` names.
    fn dropped(&self, i: usize, s: &pg_query::protobuf::DropStmt) -> Vec<(String, String)> {
        let t = ObjectType::try_from(s.remove_type).unwrap_or(ObjectType::Undefined);
        let ctx = Context::default().with_search_path(self.items[i].search_path.clone());
        let mut out = Vec::new();
        for o in &s.objects {
            let Some((id, _)) = classify::objects::named(t, o, &ctx) else {
                continue;
            };
            let label = id.identity.clone();
            if self.objects.contains_key(&id.identity) {
                out.push((id.identity, label));
                continue;
            }
            let found = self.names.get(&key_of(&id)).and_then(|ids| {
                let live: Vec<&String> = ids
                    .iter()
                    .filter(|x| self.objects.contains_key(*x))
                    .collect();
                match live.as_slice() {
                    [one] => Some((*one).clone()),
                    _ => None,
                }
            });
            // an unqualified relation name: the search path decides
            let found = found.or_else(|| {
                if id.kind.namespace() != Namespace::Relation {
                    return None;
                }
                let (schema, name) = qualified(match &o.node {
                    Some(NodeEnum::List(l)) => &l.items,
                    _ => &[],
                })?;
                let rel = RangeVar {
                    schemaname: schema.unwrap_or_default(),
                    relname: name,
                    ..RangeVar::default()
                };
                self.find_relation(&rel, &self.items[i].search_path)
            });
            match found {
                Some(f) => out.push((f, label)),
                None => out.push((String::new(), label)),
            }
        }
        out
    }

    fn drop(&mut self, i: usize, s: &pg_query::protobuf::DropStmt) {
        for (id, label) in self.dropped(i, s) {
            if id.is_empty() || self.objects.remove(&id).is_none() {
                if !s.missing_ok {
                    self.note(
                        i,
                        "not-applied",
                        format!("DROP of {label}, which the input does not define"),
                        true,
                    );
                }
                continue;
            }
            self.remove_dependents(&id, false);
        }
    }

    /// Removes what goes with a removed relation: what lives on it (indexes, triggers,
    /// rules, policies) and the sequences owned by its columns (a `serial` column's).
    /// `temporary`: it was a temporary table, whose name is printed unqualified.
    fn remove_dependents(&mut self, id: &str, temporary: bool) {
        // `schema.name.` as an `OWNED BY` column starts (they are printed qualified, but
        // for temporary tables)
        let mut prefixes = Vec::new();
        let named = self
            .names
            .iter()
            .find(|((ns, _, _), ids)| *ns == Namespace::Relation && ids.iter().any(|x| x == id));
        if let Some(((_, schema, name), _)) = named {
            let mut p = String::new();
            crate::model::push_ident(&mut p, name);
            p.push('.');
            if temporary {
                prefixes.push(p.clone());
            }
            if !schema.is_empty() {
                let mut q = String::new();
                crate::model::push_ident(&mut q, schema);
                q.push('.');
                prefixes.push(q + &p);
            }
        }
        let owned_by_it = |b: &Building| {
            b.parts.get("owned by").is_some_and(|p| {
                prefixes.iter().any(|prefix| {
                    p.value
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|column| !column.is_empty() && !column.contains('.'))
                })
            })
        };
        let gone: Vec<String> = self
            .objects
            .iter()
            .filter(|(_, b)| b.table.as_deref() == Some(id) || owned_by_it(b))
            .map(|(k, _)| k.clone())
            .collect();
        for k in gone {
            self.objects.remove(&k);
        }
    }

    fn rename(&mut self, i: usize, s: RenameStmt) {
        let path = self.items[i].search_path.clone();
        let t = ObjectType::try_from(s.rename_type).unwrap_or(ObjectType::Undefined);
        let target = s
            .relation
            .as_ref()
            .and_then(|r| self.find_relation(r, &path));
        let done = match (t, target) {
            (ObjectType::ObjectColumn, Some(id)) => {
                match self.objects.get_mut(&id).map(|b| &mut b.body) {
                    Some(Body::Table(table)) => table.rename_column(&s.subname, &s.newname),
                    _ => false,
                }
            }
            (ObjectType::ObjectTabconstraint, Some(id)) => {
                match self.objects.get_mut(&id).map(|b| &mut b.body) {
                    Some(Body::Table(table)) => table.rename_constraint(&s.subname, &s.newname),
                    _ => false,
                }
            }
            (ObjectType::ObjectTable, Some(id)) => self.rename_table(&id, &s.newname),
            _ => false,
        };
        if !done {
            self.note(
                i,
                "not-applied",
                "this RENAME is not applied to the canonical schema: kept as a statement"
                    .to_owned(),
                true,
            );
            self.other_statement(&NodeEnum::RenameStmt(Box::new(s)));
        }
    }

    fn rename_table(&mut self, id: &str, new: &str) -> bool {
        let Some(mut b) = self.objects.remove(id) else {
            return false;
        };
        let Body::Table(t) = &mut b.body else {
            self.objects.insert(id.to_owned(), b);
            return false;
        };
        let Some(rel) = t.skeleton.relation.as_ref() else {
            self.objects.insert(id.to_owned(), b);
            return false;
        };
        let schema = (!rel.schemaname.is_empty()).then(|| rel.schemaname.clone());
        let new_id = ObjectId::new(ObjectKind::Table, schema.as_deref(), new);
        // the server refuses a name a relation of the schema has ("relation ... already
        // exists"): applied, the rename would replace that relation
        let taken = self.objects.contains_key(&new_id.identity)
            || self
                .names
                .get(&key_of(&new_id))
                .is_some_and(|ids| ids.iter().any(|i| self.objects.contains_key(i)));
        if taken {
            self.objects.insert(id.to_owned(), b);
            return false;
        }
        if let Body::Table(t) = &mut b.body {
            if let Some(rel) = t.skeleton.relation.as_mut() {
                rel.relname = new.to_owned();
            }
        }
        self.register(&new_id);
        self.objects.insert(new_id.identity, b);
        true
    }

    fn alter_enum(&mut self, i: usize, s: pg_query::protobuf::AlterEnumStmt) {
        let Some((schema, name)) = qualified(&s.type_name) else {
            return;
        };
        let schema = schema.or_else(|| self.items[i].search_path.first().cloned());
        let id = ObjectId::new(ObjectKind::Enum, schema.as_deref(), &name).identity;
        let sql = match self.objects.get(&id).map(|b| &b.body) {
            Some(Body::Text { sql, .. }) => sql.clone(),
            _ => String::new(),
        };
        let mut done = false;
        if let Ok(mut tree) = classify::parse(&sql, 0) {
            if let Some(NodeEnum::CreateEnumStmt(e)) = tree
                .stmts
                .first_mut()
                .and_then(|s| s.stmt.as_deref_mut())
                .and_then(|n| n.node.as_mut())
            {
                let labels: Vec<String> = e
                    .vals
                    .iter()
                    .filter_map(string)
                    .map(str::to_owned)
                    .collect();
                if !s.old_val.is_empty() {
                    if let Some(p) = labels.iter().position(|l| *l == s.old_val) {
                        e.vals[p] = pg_string(&s.new_val);
                        done = true;
                    }
                } else if labels.contains(&s.new_val) {
                    done = s.skip_if_new_val_exists;
                } else {
                    let at = if s.new_val_neighbor.is_empty() {
                        Some(labels.len())
                    } else {
                        labels
                            .iter()
                            .position(|l| *l == s.new_val_neighbor)
                            .map(|p| if s.new_val_is_after { p + 1 } else { p })
                    };
                    if let Some(at) = at {
                        e.vals.insert(at, pg_string(&s.new_val));
                        done = true;
                    }
                }
                if done {
                    if let Ok(t) = super::deparse::deparse_tree(&tree, false) {
                        if let Some(b) = self.objects.get_mut(&id) {
                            b.body = Body::Text {
                                sql: t,
                                loose: None,
                            };
                        }
                    }
                }
            }
        }
        if !done {
            self.note(
                i,
                "not-applied",
                format!("ALTER TYPE of {id}: not applied, kept as a statement"),
                true,
            );
            self.other_statement(&NodeEnum::AlterEnumStmt(s));
        }
    }

    /// Rule `implicit-names` for foreign keys: `REFERENCES t` without columns means the
    /// primary key of `t`, which is spelled out (as pg_dump does).
    fn referenced_keys(&mut self) {
        use pg_query::protobuf::ConstrType;
        let mut keys: BTreeMap<(String, String), Vec<Node>> = BTreeMap::new();
        for b in self.objects.values() {
            if let Body::Table(t) = &b.body {
                let Some(r) = &t.skeleton.relation else {
                    continue;
                };
                if let Some(pk) = t
                    .constraints
                    .values()
                    .find(|c| c.contype == ConstrType::ConstrPrimary as i32)
                {
                    keys.insert((r.schemaname.clone(), r.relname.clone()), pk.keys.clone());
                }
            }
        }
        for b in self.objects.values_mut() {
            if let Body::Table(t) = &mut b.body {
                for c in t.constraints.values_mut() {
                    if c.contype != ConstrType::ConstrForeign as i32 || !c.pk_attrs.is_empty() {
                        continue;
                    }
                    if let Some(r) = &c.pktable {
                        if let Some(k) = keys.get(&(r.schemaname.clone(), r.relname.clone())) {
                            c.pk_attrs = k.clone();
                        }
                    }
                }
            }
        }
    }

    /// A partition written `PARTITION OF` has its parent's columns.
    /// (Parents first: a partition of a partition has the columns its parent got.)
    fn partition_columns(&mut self) {
        let objects = &self.objects;
        let depth = |id: &String| {
            let (mut d, mut at) = (0, id);
            while let Some(p) = objects.get(at).and_then(|b| b.partition_of.as_ref()) {
                d += 1;
                at = p;
                if d > objects.len() {
                    break; // a cycle (each the other's partition): no server makes one
                }
            }
            d
        };
        let mut wanted: Vec<(usize, String, String)> = objects
            .iter()
            .filter_map(|(id, b)| Some((depth(id), id.clone(), b.partition_of.clone()?)))
            .collect();
        wanted.sort();
        for (_, id, parent) in wanted {
            let (columns, written) = match self.objects.get(&parent).map(|b| &b.body) {
                Some(Body::Table(p)) => (p.columns.clone(), p.skeleton.partbound.is_some()),
                _ => continue,
            };
            let Some(b) = self.objects.get_mut(&id) else {
                continue;
            };
            if written {
                // its parent is printed `PARTITION OF` (its own parent is not defined): so is
                // it, with its own options only
                written_partition_of(b);
                continue;
            }
            if let Body::Table(t) = &mut b.body {
                if t.only_column_options() {
                    t.inherit_columns(&columns);
                }
            }
        }
    }

    /// Rule `insert-columns` on the rules and SQL-bodied routines kept as text: an
    /// `INSERT` without a column list into a table of the input gets its columns.
    fn insert_columns(&mut self) {
        let wanted: Vec<(String, String)> = self
            .objects
            .iter()
            .filter(|(_, b)| matches!(b.kind.as_str(), "rule" | "function" | "procedure"))
            .filter_map(|(id, b)| match &b.body {
                Body::Text { sql, .. } if sql.contains("INSERT INTO ") => {
                    Some((id.clone(), sql.clone()))
                }
                _ => None,
            })
            .collect();
        for (id, sql) in wanted {
            let Ok(mut tree) = classify::parse(&sql, 0) else {
                continue;
            };
            let Some(stmt) = tree.stmts.first_mut().and_then(|s| s.stmt.as_deref_mut()) else {
                continue;
            };
            let columns = |schema: &str, table: &str| {
                let id = ObjectId::new(ObjectKind::Table, Some(schema), table).identity;
                match self.objects.get(&id).map(|b| &b.body) {
                    Some(Body::Table(t)) => {
                        Some(t.columns.iter().map(|c| c.name.clone()).collect())
                    }
                    _ => None,
                }
            };
            if !rules::insert_columns::fill(stmt, &columns) {
                continue;
            }
            let Some(n) = stmt.node.as_ref() else {
                continue;
            };
            let filled = text(n);
            let filled_loose = has_loose(n).then(|| loose_text(n, &filled)).flatten();
            if let Some(Body::Text { sql, loose }) = self.objects.get_mut(&id).map(|b| &mut b.body)
            {
                *sql = filled;
                *loose = filled_loose;
            }
        }
    }

    fn finish(mut self) -> Schema {
        // temporary relations are gone when the session ends
        let temporary: Vec<String> = self
            .objects
            .iter()
            .filter(|(_, b)| b.temporary)
            .map(|(k, _)| k.clone())
            .collect();
        for id in temporary {
            self.objects.remove(&id);
            self.remove_dependents(&id, true);
        }
        for (owner, parent, child, bound, path) in std::mem::take(&mut self.pending_attach) {
            match self.find_relation(&child, &path) {
                Some(id)
                    if matches!(self.objects.get(&id).map(|b| &b.body), Some(Body::Table(_))) =>
                {
                    self.attach(&id, Some(owner), parent, child, bound)
                }
                _ => {
                    // a partition the input does not define: kept with the parent
                    let (_, sql) = attach_text(parent, child, bound);
                    self.generic(&owner, sql);
                }
            }
        }
        // parents defined after their partitions
        let late: Vec<String> = self
            .objects
            .iter()
            .filter(|(_, b)| b.partition_of.is_none() && b.written.is_some())
            .map(|(id, _)| id.clone())
            .collect();
        for id in late {
            let parent = self.objects[&id]
                .written
                .as_ref()
                .and_then(|w| self.find_relation(&w.parent, &w.search_path));
            let b = self.object_mut(&id);
            match parent {
                Some(parent) => {
                    b.partition_of = Some(parent.clone());
                    b.table = Some(parent);
                }
                None if matches!(&b.body, Body::Table(t) if !t.columns.is_empty() && t.only_column_options()) =>
                {
                    // a parent the input does not define: `PARTITION OF` it, as written
                    written_partition_of(b);
                }
                None => {}
            }
        }
        self.partition_columns();
        self.referenced_keys();
        self.insert_columns();
        let list: Vec<(String, Building)> = self.objects.into_iter().collect();
        // deparsing every part: on all cores
        let cells: Vec<std::sync::Mutex<Option<(String, Building)>>> = list
            .into_iter()
            .map(|x| std::sync::Mutex::new(Some(x)))
            .collect();
        let done = parallel(self.threads, &cells, |c| {
            let (identity, b) = c.lock().expect("not poisoned").take().expect("once");
            finish_object(identity, b)
        });
        let objects: BTreeMap<String, Object> =
            done.into_iter().map(|o| (o.identity.clone(), o)).collect();
        let mut summary = self.summary;
        summary.objects = objects.len();
        let mut notes = self.notes;
        notes.sort_by_key(|n| n.statement);
        Schema {
            objects,
            summary,
            notes,
        }
    }
}

/// Whether a statement says `CREATE OR REPLACE` (the rules clear the flag in the tree).
/// Whether a definition says `IF NOT EXISTS` (in its first words: the rules drop it from
/// the tree, as an omitted default).
fn if_not_exists(sql: &str) -> bool {
    let head: String = sql
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_uppercase();
    let words: Vec<&str> = head.split_whitespace().take(10).collect();
    words.windows(3).any(|w| w == ["IF", "NOT", "EXISTS"])
}

fn replaces(sql: &str) -> bool {
    let head: String = sql
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_uppercase();
    head.split_whitespace().take(3).collect::<Vec<_>>() == ["CREATE", "OR", "REPLACE"]
}

/// Takes `OWNED BY` out of `CREATE SEQUENCE` options: the column, qualified.
fn take_owned_by(s: &mut CreateSeqStmt) -> Option<String> {
    let p = s
        .options
        .iter()
        .position(|o| matches!(&o.node, Some(NodeEnum::DefElem(d)) if d.defname == "owned_by"))?;
    let d = s.options.remove(p);
    let Some(NodeEnum::DefElem(d)) = d.node else {
        return None;
    };
    let parts: Vec<String> = d
        .arg
        .as_deref()
        .map(crate::classify::names::list)
        .unwrap_or(&[])
        .iter()
        .filter_map(string)
        .map(|p| {
            let mut o = String::new();
            crate::model::push_ident(&mut o, p);
            o
        })
        .collect();
    (parts != ["none"]).then(|| parts.join("."))
}

fn finish_object(identity: String, mut b: Building) -> Object {
    if let Body::Table(t) = &mut b.body {
        t.settle();
    }
    let mut parts = Vec::new();
    let mut columns = Vec::new();
    match &b.body {
        Body::Table(t) => {
            parts.push(Part {
                key: "definition".to_owned(),
                aspect: Aspect::Definition,
                value: t.skeleton_text(),
                loose: None,
                sql: None,
            });
            for (c, text) in t.columns.iter().zip(t.column_texts()) {
                columns.push(ColumnText {
                    name: c.name.clone(),
                    text: text.clone(),
                });
                parts.push(Part {
                    key: format!("column {}", c.name),
                    aspect: Aspect::Definition,
                    value: text,
                    // worked out by the diff, only for columns that differ
                    loose: None,
                    sql: None,
                });
            }
            parts.push(Part {
                key: "column order".to_owned(),
                aspect: Aspect::ColumnOrder,
                value: columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                loose: None,
                sql: None,
            });
            for (name, c) in &t.constraints {
                let sql = t.constraint_statement(c, false);
                let value = sql
                    .split_once(" ADD CONSTRAINT ")
                    .map_or(sql.as_str(), |(_, v)| v)
                    .to_owned();
                let mut loose = None;
                if c.raw_expr.is_some() {
                    let mut n = Node {
                        node: Some(NodeEnum::Constraint(c.clone())),
                    };
                    casts::loose(&mut n);
                    if let Some(NodeEnum::Constraint(lc)) = n.node {
                        let l = t.constraint_statement(&lc, false);
                        let l = l
                            .split_once(" ADD CONSTRAINT ")
                            .map_or(l.as_str(), |(_, v)| v);
                        if l != value {
                            loose = Some(l.to_owned());
                        }
                    }
                }
                parts.push(Part {
                    key: format!("constraint {name}"),
                    aspect: Aspect::Definition,
                    value,
                    loose,
                    sql: Some(sql),
                });
            }
        }
        Body::Text { sql, loose } => {
            if !sql.is_empty() {
                parts.push(Part {
                    key: "definition".to_owned(),
                    aspect: Aspect::Definition,
                    value: sql.clone(),
                    loose: loose.clone(),
                    sql: Some(sql.clone()),
                });
            }
        }
        Body::None => {}
    }
    if let Body::Table(t) = &b.body {
        let schema = t
            .skeleton
            .relation
            .as_ref()
            .map(|r| r.schemaname.as_str())
            .filter(|s| !s.is_empty());
        for (name, ts) in &t.index_tablespaces {
            if t.constraints.contains_key(name) {
                parts.push(Part {
                    key: format!("tablespace of index {name}"),
                    aspect: Aspect::Tablespace,
                    value: ts.clone(),
                    loose: None,
                    sql: Some(rules::tablespace::statement(
                        &identity,
                        Some((schema, name)),
                        ts,
                    )),
                });
            }
        }
    }
    // parts that are a value, printed as the statement that sets it
    for p in b.parts.values_mut() {
        if p.sql.is_some() {
            continue;
        }
        match (p.key.as_str(), b.kind.as_str()) {
            ("tablespace", _) => {
                p.sql = Some(rules::tablespace::statement(&identity, None, &p.value));
            }
            ("version", "extension") => {
                p.sql = Some(rules::extension_version::statement(&identity, &p.value));
            }
            _ => {}
        }
    }
    parts.extend(b.parts.into_values());
    for sql in acl::printed(&b.acl) {
        parts.push(Part {
            key: sql.clone(),
            aspect: Aspect::Grants,
            value: sql.clone(),
            loose: None,
            sql: Some(sql),
        });
    }
    Object {
        kind: b.kind,
        identity,
        parts,
        columns,
        unapplied: b.unapplied,
    }
}

/// Whether a definition makes a temporary relation: `TEMPORARY` (or `TEMP`), or a name in
/// `pg_temp`, which the server takes for the session's temporary schema.
fn temporary_relation(n: &NodeEnum) -> bool {
    let relation = match n {
        NodeEnum::CreateStmt(s) => s.relation.as_ref(),
        NodeEnum::CreateSeqStmt(s) => s.sequence.as_ref(),
        NodeEnum::ViewStmt(s) => s.view.as_ref(),
        NodeEnum::CreateTableAsStmt(s) => s.into.as_ref().and_then(|i| i.rel.as_ref()),
        _ => None,
    };
    relation.is_some_and(|r| r.relpersistence == "t" || r.schemaname == "pg_temp")
}

/// Whether [`Builder::statement`] parses the statement (it is not noise, data or
/// unsupported).
fn needs_tree(item: &Item) -> bool {
    let c = &item.class;
    match c.class {
        Class::Setting | Class::Unsupported => false,
        Class::Other => {
            !(c.action == Some("transaction")
                || matches!(item.pin, Pin::First | Pin::Last | Pin::Barrier)
                || item.text.starts_with('\\'))
        }
        Class::Attached => !matches!(
            c.action,
            Some("data" | "setval" | "refresh" | "refresh-concurrently")
        ),
        Class::Definition => c
            .object
            .as_ref()
            .is_none_or(|o| o.kind != ObjectKind::LargeObject),
    }
}

/// Statements decoded and rewritten together, by one worker.
const BATCH: usize = 256;

/// A batch: the statements (indexes into the items) and their kept encoded trees.
type Batch<'a> = (&'a [usize], Vec<Option<Tree>>);

/// How many threads each of `folds` folds running at once works on: a share of the cores
/// (at least one, at most 8).
fn workers(folds: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    (cores / folds.max(1)).clamp(1, 8)
}

/// `f` over `items` on `threads` threads, results in order.
fn parallel<T: Sync, R: Send>(threads: usize, items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if threads == 1 || items.len() < 64 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker panicked"))
            .collect()
    })
}

/// Folds `items`; `trees` (one per item, when given) are the encoded parse trees their
/// classification kept, so nothing is parsed twice. `folds` is how many folds run at
/// once (a diff folds its two sides together): each takes its share of the cores. With
/// the whole machine, a fold's own thread folds while workers decode and rewrite; when
/// two folds share two cores, one thread each is faster (fewer threads than cores
/// switching, fewer batches in memory).
pub(super) fn build(
    items: &[Item],
    mut trees: Vec<Option<Tree>>,
    folds: usize,
    role: Option<&str>,
) -> Schema {
    let threads = workers(folds);
    let owners = crate::order::graph::owners(items);
    let mut defined = defined_names(items);
    defined.role = role.map(str::to_owned);
    let mut b = Builder {
        items,
        defined: &defined,
        objects: BTreeMap::new(),
        names: BTreeMap::new(),
        alias: Default::default(),
        pending_attach: Vec::new(),
        summary: Summary::default(),
        notes: Vec::new(),
        defined_at: items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.class.class == Class::Definition)
            .filter_map(|(i, it)| {
                let o = it.class.object.as_ref()?;
                let schema = o.schema.clone()?;
                (o.kind.namespace() == Namespace::Relation && o.parent.is_none())
                    .then(|| ((schema, o.lookup_name()), i))
            })
            .collect(),
        threads,
        settings: TableSettings::of(items),
    };
    // A schema (no statement changes what an earlier one made) folds the same in any
    // order: definitions first, then what is attached to them. A migration acts statement
    // by statement, in its order.
    let migration = items.iter().any(|it| it.class.changes_existing);
    let order: Vec<usize> = if migration {
        (0..items.len()).collect()
    } else {
        let definition = |i: &usize| items[*i].class.class == Class::Definition;
        let (first, then): (Vec<usize>, Vec<usize>) = (0..items.len()).partition(definition);
        first.into_iter().chain(then).collect()
    };
    // Decoding and rewriting runs on worker threads, a batch at a time, while this thread
    // folds the batches in order; trees are large, so each worker is at most two batches
    // ahead.
    let batches: Vec<Batch<'_>> = order
        .chunks(BATCH)
        .map(|batch| {
            let kept = batch
                .iter()
                .map(|&i| trees.get_mut(i).and_then(Option::take))
                .collect();
            (batch, kept)
        })
        .collect();
    drop(trees);
    let prepare_batch =
        |batch: &[usize], kept: Vec<Option<Tree>>| -> Vec<Option<Result<Prepared, String>>> {
            batch
                .iter()
                .zip(kept)
                .map(|(&i, bytes)| {
                    needs_tree(&items[i])
                        .then(|| prepare(&items[i], &defined, bytes.as_deref().map(Vec::as_slice)))
                })
                .collect()
        };
    if threads == 1 || batches.len() < 2 {
        for (batch, kept) in batches {
            for (&i, tree) in batch.iter().zip(prepare_batch(batch, kept)) {
                b.statement(i, &owners, tree);
            }
        }
    } else {
        std::thread::scope(|scope| {
            let mut jobs: Vec<Vec<Batch<'_>>> = (0..threads).map(|_| Vec::new()).collect();
            let order: Vec<&[usize]> = batches.iter().map(|(batch, _)| *batch).collect();
            for (k, job) in batches.into_iter().enumerate() {
                jobs[k % threads].push(job);
            }
            let prepare_batch = &prepare_batch;
            let results: Vec<_> = jobs
                .into_iter()
                .map(|mine| {
                    let (tx, rx) = std::sync::mpsc::sync_channel(2);
                    scope.spawn(move || {
                        for (batch, kept) in mine {
                            if tx.send(prepare_batch(batch, kept)).is_err() {
                                return;
                            }
                        }
                    });
                    rx
                })
                .collect();
            for (k, batch) in order.into_iter().enumerate() {
                let prepared = results[k % threads].recv().expect("a worker panicked");
                for (&i, tree) in batch.iter().zip(prepared) {
                    b.statement(i, &owners, tree);
                }
            }
        });
    }
    b.finish()
}

/// The statements of an object, in part order, with what `policy` ignores left out; tables
/// as `CREATE TABLE` with their columns (by name when column order is ignored).
fn statements(o: &Object, policy: &Policy, pretty_print: bool) -> Vec<String> {
    let mut out = Vec::new();
    for p in &o.parts {
        if !policy.keeps(p.aspect) {
            continue;
        }
        if p.key == "definition" && p.sql.is_none() {
            // a table: the skeleton with the columns put in
            let mut cols: Vec<&super::ColumnText> = o.columns.iter().collect();
            if !policy.keeps(Aspect::ColumnOrder) {
                cols.sort_by(|a, b| a.name.cmp(&b.name));
            }
            out.push(create_table(&p.value, &cols));
            continue;
        }
        if let Some(sql) = &p.sql {
            out.push(if pretty_print {
                pretty(sql)
            } else {
                sql.clone()
            });
        }
    }
    out
}

/// `CREATE TABLE x ()` with `cols`, one per line.
fn create_table(skeleton: &str, cols: &[&super::ColumnText]) -> String {
    if cols.is_empty() {
        return skeleton.to_owned();
    }
    // a typed table with no element list gets one after `OF type`
    let (head, elements, tail) = element_list(skeleton)
        .or_else(|| {
            let at = after_type_of(skeleton)?;
            Some((&skeleton[..at], "", &skeleton[at..]))
        })
        .unwrap_or((skeleton, "", ""));
    // what the skeleton keeps in the list (`LIKE p`, of a table the input does not define)
    // comes first, then the columns
    let body: Vec<String> = (!elements.is_empty())
        .then(|| format!("    {elements}"))
        .into_iter()
        .chain(cols.iter().map(|c| format!("    {}", c.text)))
        .collect();
    format!("{head} (\n{}\n){tail}", body.join(",\n"))
}

/// A printed `CREATE TABLE name (elements) rest` cut into `CREATE TABLE name`, the elements
/// and ` rest`: the list is the first parenthesis outside quotes, up to its match, if only
/// `CREATE ... TABLE` words and the table's name stand before it (not so after `OF t`).
fn element_list(sql: &str) -> Option<(&str, &str, &str)> {
    let (head, elements, tail) = first_parenthesis(sql)?;
    // words outside double quotes (a quoted name may hold spaces)
    let mut words = Vec::new();
    let (mut start, mut quoted) = (0, false);
    for (i, c) in head.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                words.push(&head[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    words.push(&head[start..]);
    let (_name, before) = words.split_last()?;
    let plain = before.iter().all(|w| {
        matches!(
            *w,
            "CREATE"
                | "TEMPORARY"
                | "TEMP"
                | "UNLOGGED"
                | "GLOBAL"
                | "LOCAL"
                | "TABLE"
                | "IF"
                | "NOT"
                | "EXISTS"
        )
    });
    plain.then_some((head, elements, tail))
}

/// Where the type's name ends in a printed `CREATE TABLE name OF type ...` (the words are
/// cut at spaces outside double quotes; `OF` stands before any parenthesis).
fn after_type_of(sql: &str) -> Option<usize> {
    let (mut quoted, mut word_start, mut after_of) = (false, 0, false);
    for (i, c) in sql.char_indices().chain(std::iter::once((sql.len(), ' '))) {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => return None,
            ' ' if !quoted => {
                let word = &sql[word_start..i];
                if after_of && !word.is_empty() {
                    return Some(i);
                }
                after_of = word == "OF";
                word_start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// `sql` cut at its first parenthesis outside quotes: what stands before it (without the
/// space), what it holds, and what follows its match.
fn first_parenthesis(sql: &str) -> Option<(&str, &str, &str)> {
    let b = sql.as_bytes();
    let (mut quoted, mut depth, mut open) = (None::<u8>, 0usize, None);
    for (i, &c) in b.iter().enumerate() {
        match (quoted, c) {
            (Some(q), c) if c == q => quoted = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quoted = Some(c),
            (None, b'(') => {
                if depth == 0 && open.is_none() {
                    open = Some(i);
                }
                depth += 1;
            }
            (None, b')') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    let o = open?;
                    let head = sql[..o].strip_suffix(' ')?;
                    return Some((head, &sql[o + 1..i], &sql[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

pub(super) fn object_text(o: &Object, policy: &Policy) -> String {
    let mut s = String::new();
    for st in statements(o, policy, true) {
        s.push_str(&st);
        s.push_str(";\n");
    }
    s
}

pub(super) fn render(schema: &Schema, policy: &Policy) -> String {
    // every statement of every object, in dependency order
    let mut texts: Vec<String> = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    let objects: Vec<&Object> = schema.objects.values().collect();
    for (k, o) in objects.iter().enumerate() {
        for st in statements(o, policy, false) {
            texts.push(st);
            owner.push(k);
        }
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let order: Vec<usize> = match crate::order::order_texts(&refs) {
        Ok(plan) => plan
            .steps
            .iter()
            .map(|s| match s {
                crate::order::Step::Statement(i) => *i,
                crate::order::Step::Rewritten { index, .. } => *index,
                crate::order::Step::Added { from, .. } => *from,
            })
            .collect(),
        Err(_) => (0..texts.len()).collect(),
    };
    // a kept statement that only the end of input ended (inside parentheses) goes last,
    // unterminated: printed before others, it would swallow them
    let (mut order, at_end): (Vec<usize>, Vec<usize>) = order.into_iter().partition(|&i| {
        !matches!(objects[owner[i]].kind.as_str(), "unsupported" | "statement")
            || kept_ending(&texts[i]) != Ending::EndOfInput
    });
    order.extend(at_end);
    // steps that could not be applied come first: after the definitions they would apply
    // when the text is read again
    let (mut order, rest): (Vec<usize>, Vec<usize>) = order
        .into_iter()
        .partition(|&i| objects[owner[i]].unapplied);
    order.extend(rest);
    let mut out = String::new();
    let mut last: Option<usize> = None;
    let mut seen = vec![false; texts.len()];
    for i in order {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        let o = objects[owner[i]];
        if last != Some(owner[i]) {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&format!(
                "-- {} {}\n",
                o.kind,
                display_identity(&o.identity)
            ));
            last = Some(owner[i]);
        }
        let t = &texts[i];
        if o.kind == "unsupported" {
            match kept_ending(t) {
                Ending::Semicolon => {
                    out.push_str(t.trim_end_matches(';'));
                    out.push_str(";\n");
                }
                Ending::CommentThenSemicolon => {
                    out.push_str(t.trim_end_matches(';'));
                    out.push_str("\n;\n");
                }
                Ending::EmptyData => {
                    out.push_str(t.trim_end_matches(';'));
                    out.push_str(";\n\\.\n");
                }
                // as it was: a `;` in it is inside the parentheses
                Ending::EndOfInput => {
                    out.push_str(t);
                    out.push('\n');
                }
            }
            continue;
        } else if t.starts_with("CREATE TABLE") && t.contains("(\n") {
            out.push_str(t);
        } else {
            out.push_str(&quote_begin(&pretty(t)));
        }
        out.push_str(";\n");
    }
    out
}

/// How a statement kept as written (`unsupported`) reads back when printed with a `;`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// The `;` ends it.
    Semicolon,
    /// The `;` ends it and psql then reads `COPY` data (a `COPY ... FROM STDIN` the parser
    /// rejected): an empty data block (`\.`) follows, or the next statements would be data.
    EmptyData,
    /// A `;` right after it would be inside the line comment it ends with: one on the next
    /// line ends it.
    CommentThenSemicolon,
    /// The `;` does not end it (it is inside parentheses): only the end of input did.
    EndOfInput,
}

fn kept_ending(t: &str) -> Ending {
    match ending_with(t, ";\n") {
        Ending::EndOfInput if ending_with(t, "\n;\n") == Ending::Semicolon => {
            Ending::CommentThenSemicolon
        }
        e => e,
    }
}

/// How `t` reads back with `end` after it.
fn ending_with(t: &str, end: &str) -> Ending {
    use crate::segment::{Detail, Terminator};
    let text = format!("{}{end}", t.trim_end_matches(';'));
    let Ok(segments) = crate::scan_all(text.as_bytes(), crate::ScanOptions::default()) else {
        return Ending::Semicolon;
    };
    let mut ending = Ending::Semicolon;
    for s in &segments {
        match &s.detail {
            Detail::Statement(st) if st.terminator == Terminator::EndOfInput => {
                ending = Ending::EndOfInput;
            }
            Detail::Statement(st) if st.copy.is_some() => ending = Ending::EmptyData,
            _ => {}
        }
    }
    ending
}

/// The text of an unsupported statement read with `standard_conforming_strings` off, kept
/// between the setting and its reset: printed alone, it would be read with the setting on,
/// where its backslashes mean something else (and psql may split it elsewhere). A
/// statement only the end of input ended is printed last (see [`render`]), with nothing
/// after it to reset.
fn strings_off(text: &str) -> String {
    const OFF: &str = "SET standard_conforming_strings = off;\n";
    const RESET: &str = "RESET standard_conforming_strings";
    let inner = text.trim_end_matches(';');
    match kept_ending(&format!("{OFF}{text}")) {
        Ending::Semicolon => format!("{OFF}{inner};\n{RESET}"),
        Ending::CommentThenSemicolon => format!("{OFF}{inner}\n;\n{RESET}"),
        Ending::EmptyData => format!("{OFF}{inner};\n\\.\n{RESET}"),
        Ending::EndOfInput => format!("{OFF}{text}"),
    }
}

/// In a `BEGIN ATOMIC` body, the deparser prints a column named `begin` bare; psql would
/// count it as opening a block and never end the statement. Every `begin` there that is not
/// `BEGIN ATOMIC` is an identifier, and is quoted.
fn quote_begin(sql: &str) -> String {
    if !sql.contains("BEGIN ATOMIC") {
        return sql.to_owned();
    }
    let b = sql.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(sql.len() + 8);
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'\'' || c == b'"' => quote = Some(c),
            None if (c == b'b' || c == b'B')
                && b.len() >= i + 5
                && b[i..i + 5].eq_ignore_ascii_case(b"begin")
                && (i == 0
                    || !(b[i - 1].is_ascii_alphanumeric()
                        || b[i - 1] == b'_'
                        || b[i - 1] == b'"'))
                && b.get(i + 5)
                    .is_none_or(|n| !(n.is_ascii_alphanumeric() || *n == b'_')) =>
            {
                let atomic = sql[i + 5..]
                    .trim_start()
                    .get(..6)
                    .is_some_and(|w| w.eq_ignore_ascii_case("atomic"));
                if !atomic {
                    out.extend_from_slice(b"\"begin\"");
                    i += 5;
                    continue;
                }
            }
            None => {}
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| sql.to_owned())
}

/// An identity without its kind prefix (`public.users` for `table:public.users`), on one
/// line and at most 100 characters (statements kept as objects have their text as
/// identity).
pub(crate) fn display_identity(identity: &str) -> String {
    let rest = identity.split_once(':').map_or(identity, |(_, rest)| rest);
    one_line(rest, 100)
}

/// `s` with its whitespace runs made single spaces, cut to `max` characters (`...` marks
/// the cut).
pub(crate) fn one_line(s: &str, max: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > max {
        let cut: String = one.chars().take(max.saturating_sub(3)).collect();
        format!("{cut}...")
    } else {
        one
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_definition_is_refused_and_if_not_exists_does_nothing() {
        // as the server: the first definition stays (checked with psql)
        let s = Schema::from_sql(
            "CREATE TABLE t (a int);
             CREATE TABLE t (b int);
             CREATE TABLE IF NOT EXISTS t (c int);
             CREATE INDEX i ON t (a);
             CREATE INDEX IF NOT EXISTS i ON t (a) WHERE a > 0;",
        )
        .unwrap();
        assert_eq!(
            s.render(&Policy::everything()),
            Schema::from_sql("CREATE TABLE t (a int); CREATE INDEX i ON t (a);")
                .unwrap()
                .render(&Policy::everything())
        );
        let notes: Vec<(usize, &str, bool)> = s
            .notes
            .iter()
            .map(|n| (n.statement, n.code, n.warning))
            .collect();
        assert_eq!(
            notes,
            [
                (1, "redefined", true),
                (2, "exists", false),
                (4, "exists", false)
            ]
        );
        // a replacing definition replaces
        assert!(Schema::from_sql(
            "CREATE VIEW v AS SELECT 1 AS a; CREATE OR REPLACE VIEW v AS SELECT 2 AS a;"
        )
        .unwrap()
        .render(&Policy::everything())
        .contains("SELECT 2 AS a"));
    }

    #[test]
    fn columns_go_into_the_element_list() {
        assert_eq!(
            element_list("CREATE TABLE public.\"a (b\" () INHERITS (public.p)"),
            Some(("CREATE TABLE public.\"a (b\"", "", " INHERITS (public.p)"))
        );
        assert_eq!(
            element_list("CREATE TABLE t (LIKE public.p INCLUDING ALL) PARTITION BY RANGE (a)"),
            Some((
                "CREATE TABLE t",
                "LIKE public.p INCLUDING ALL",
                " PARTITION BY RANGE (a)"
            ))
        );
        let col = super::super::ColumnText {
            name: "a".to_owned(),
            text: "a int".to_owned(),
        };
        assert_eq!(
            create_table("CREATE TABLE t (LIKE public.p)", &[&col]),
            "CREATE TABLE t (\n    LIKE public.p,\n    a int\n)"
        );
        assert_eq!(
            element_list("CREATE TABLE public.t OF public.ty WITH (fillfactor=70)"),
            None
        );
        assert_eq!(
            element_list("CREATE TEMPORARY TABLE \"my (t\" (LIKE p)"),
            Some(("CREATE TEMPORARY TABLE \"my (t\"", "LIKE p", ""))
        );
        assert_eq!(
            create_table("CREATE TABLE public.t OF public.ty", &[&col]),
            "CREATE TABLE public.t OF public.ty (\n    a int\n)"
        );
        assert_eq!(
            create_table(
                "CREATE TABLE \"OF x\" OF s.\"t y\" WITH (fillfactor=70)",
                &[&col]
            ),
            "CREATE TABLE \"OF x\" OF s.\"t y\" (\n    a int\n) WITH (fillfactor=70)"
        );
        assert_eq!(
            create_table("CREATE TABLE t () WITH (fillfactor=70)", &[&col]),
            "CREATE TABLE t (\n    a int\n) WITH (fillfactor=70)"
        );
    }

    #[test]
    fn how_a_kept_statement_is_ended() {
        assert_eq!(kept_ending("foo bar"), Ending::Semicolon);
        assert_eq!(kept_ending("foo bar;"), Ending::Semicolon);
        // a `;` after a line comment would be part of it (found by fuzzing)
        assert_eq!(kept_ending("foo bar -- x"), Ending::CommentThenSemicolon);
        assert_eq!(kept_ending("foo (bar"), Ending::EndOfInput);
        assert_eq!(kept_ending("foo (bar -- x"), Ending::EndOfInput);
        assert_eq!(kept_ending("COPY t FROM stdin x"), Ending::EmptyData);
    }
}
