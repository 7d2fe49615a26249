//! The dependency graph: references resolved to the statements that define what they name.
//!
//! Resolution follows PostgreSQL's rules where they can be known offline: a qualified name is
//! looked up in its schema; an unqualified one in the schemas of the search path in effect
//! for that statement, in order (pg_dump sets an empty path and qualifies everything). A type
//! reference also finds a relation (its row type). A reference to a relation also needs the
//! `ALTER TABLE ... ADD COLUMN` statements of that relation. References to what the input
//! does not define (built-in objects, objects made elsewhere) are not edges.

use super::rank::Pin;
use super::Item;
use crate::model::{Class, Namespace, ObjectKind, Strength, Target};
use std::borrow::Cow;
use std::collections::HashMap;

/// One dependency: `to` must come before the statement that has the edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    /// The statement needed.
    pub to: usize,
    /// Whether it may be dropped to break a cycle.
    pub strength: Strength,
}

/// Statements and their resolved dependencies.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    /// For each statement, what it needs (sorted, without duplicates or self-edges).
    pub edges: Vec<Vec<Edge>>,
    /// For each statement, the statement defining the object it is attached to (the table of
    /// a constraint, index or trigger).
    pub owner: Vec<Option<usize>>,
    /// Statements that redefine an object already defined earlier in the input.
    pub duplicates: Vec<(usize, usize)>,
    /// The soft edges that keep a migration's statements where they stand: `(from, to)`.
    /// They give way last when a cycle is broken.
    pub fences: std::collections::HashSet<(usize, usize)>,
}

/// A map keyed by (schema, name), looked up without allocating; the keys are borrowed from
/// the items where they can be (a copy of every name would cost megabytes on a large dump).
struct Keyed<'a, T>(HashMap<&'a str, HashMap<Cow<'a, str>, Vec<T>>>);

impl<'a, T> Keyed<'a, T> {
    fn new() -> Self {
        Keyed(HashMap::new())
    }

    fn get(&self, schema: &str, name: &str) -> Option<&Vec<T>> {
        self.0.get(schema)?.get(name)
    }

    /// The list of `(schema, name)`, with room for one more element (most lists hold
    /// one: a first push would make room for four).
    fn entry(&mut self, schema: &'a str, name: Cow<'a, str>) -> &mut Vec<T> {
        let list = self.0.entry(schema).or_default().entry(name).or_default();
        if list.capacity() == 0 {
            list.reserve_exact(1);
        }
        list
    }
}

/// Where definitions and the attached statements of relations are found.
pub(crate) struct Index<'a> {
    /// Definitions: statement number, and which of its objects (0: its object, k: its
    /// `also_defines[k - 1]`).
    defs: HashMap<Namespace, Keyed<'a, (usize, u16)>>,
    data_of: Keyed<'a, usize>,
    keys_of: Keyed<'a, usize>,
    shape_of: Keyed<'a, usize>,
    defaults_of: Keyed<'a, usize>,
    attach_of: Keyed<'a, usize>,
}

/// The name references use to find `o` (`parent.name` for objects in a table), borrowed
/// when it is just the name.
fn lookup_name(o: &crate::model::ObjectId) -> Cow<'_, str> {
    match &o.parent {
        Some(_) => Cow::Owned(o.lookup_name()),
        None => Cow::Borrowed(&o.name),
    }
}

/// Namespaces whose objects have no schema.
fn schemaless(ns: Namespace) -> bool {
    !matches!(
        ns,
        Namespace::Collation
            | Namespace::Type
            | Namespace::Function
            | Namespace::Operator
            | Namespace::OperatorClass
            | Namespace::OperatorFamily
            | Namespace::Conversion
            | Namespace::TextSearch
            | Namespace::Relation
            | Namespace::Column
            | Namespace::Constraint
            | Namespace::Trigger
            | Namespace::Rule
            | Namespace::Policy
            | Namespace::Statistics
            | Namespace::Any
    )
}

fn searched(ns: Namespace) -> &'static [Namespace] {
    match ns {
        Namespace::Type => &[Namespace::Type, Namespace::Relation],
        Namespace::Any => &[
            Namespace::Relation,
            Namespace::Type,
            Namespace::Function,
            Namespace::Operator,
            Namespace::TextSearch,
        ],
        Namespace::Schema => &[Namespace::Schema],
        Namespace::Extension => &[Namespace::Extension],
        Namespace::Language => &[Namespace::Language],
        Namespace::Collation => &[Namespace::Collation],
        Namespace::Cast => &[Namespace::Cast],
        Namespace::Transform => &[Namespace::Transform],
        Namespace::Function => &[Namespace::Function],
        Namespace::Operator => &[Namespace::Operator],
        Namespace::OperatorClass => &[Namespace::OperatorClass],
        Namespace::OperatorFamily => &[Namespace::OperatorFamily],
        Namespace::AccessMethod => &[Namespace::AccessMethod],
        Namespace::Conversion => &[Namespace::Conversion],
        Namespace::TextSearch => &[Namespace::TextSearch],
        Namespace::ForeignDataWrapper => &[Namespace::ForeignDataWrapper],
        Namespace::Server => &[Namespace::Server],
        Namespace::UserMapping => &[Namespace::UserMapping],
        Namespace::Relation => &[Namespace::Relation],
        Namespace::Column => &[Namespace::Column],
        Namespace::Constraint => &[Namespace::Constraint],
        Namespace::Trigger => &[Namespace::Trigger],
        Namespace::Rule => &[Namespace::Rule],
        Namespace::Policy => &[Namespace::Policy],
        Namespace::Statistics => &[Namespace::Statistics],
        Namespace::Publication => &[Namespace::Publication],
        Namespace::Subscription => &[Namespace::Subscription],
        Namespace::EventTrigger => &[Namespace::EventTrigger],
        Namespace::DefaultPrivileges => &[Namespace::DefaultPrivileges],
        Namespace::Role => &[Namespace::Role],
        Namespace::Database => &[Namespace::Database],
        Namespace::Tablespace => &[Namespace::Tablespace],
        Namespace::LargeObject => &[Namespace::LargeObject],
    }
}

impl<'a> Index<'a> {
    pub fn new() -> Index<'a> {
        Index {
            defs: HashMap::new(),
            data_of: Keyed::new(),
            keys_of: Keyed::new(),
            shape_of: Keyed::new(),
            defaults_of: Keyed::new(),
            attach_of: Keyed::new(),
        }
    }

    /// Registers what statement `i` defines.
    pub fn add_definitions(&mut self, i: usize, item: &'a Item) {
        if item.class.class != Class::Definition {
            // Attached statements can create objects too: the constraint they add, the index
            // of an added primary key, the sequence of an identity column.
            if let Some(o) =
                item.class.object.as_ref().filter(|o| {
                    item.class.class == Class::Attached && o.kind == ObjectKind::Constraint
                })
            {
                self.add_object(i, 0, o);
            }
            for (k, o) in item.class.also_defines.iter().enumerate() {
                self.add_object(i, k as u16 + 1, o);
            }
            return;
        }
        if let Some(o) = &item.class.object {
            self.add_object(i, 0, o);
        }
        for (k, o) in item.class.also_defines.iter().enumerate() {
            self.add_object(i, k as u16 + 1, o);
        }
    }

    fn add_object(&mut self, i: usize, slot: u16, o: &'a crate::model::ObjectId) {
        let ns = o.kind.namespace();
        let schema = if schemaless(ns) {
            ""
        } else {
            o.schema.as_deref().unwrap_or_default()
        };
        let list = self
            .defs
            .entry(ns)
            .or_insert_with(Keyed::new)
            .entry(schema, lookup_name(o));
        if !list.iter().any(|(j, _)| *j == i) {
            list.push((i, slot));
        }
    }

    /// Registers the data, keys and added columns of relations (after all definitions).
    pub fn add_attachments(&mut self, i: usize, item: &'a Item) {
        let Some(t) = &item.class.attached_to else {
            return;
        };
        let Some((ks, kn)) = self.relation_key(t, &item.search_path) else {
            return;
        };
        let c = &item.class;
        match (c.class, c.action) {
            (Class::Attached, Some("data" | "refresh")) => {
                self.data_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            (Class::Attached, Some("add-column")) => {
                self.shape_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            // data needs the defaults of its columns
            (Class::Attached, Some("default" | "identity")) => {
                self.defaults_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            (Class::Attached, Some("attach-partition"))
                if c.object
                    .as_ref()
                    .is_some_and(|o| o.kind != ObjectKind::Index) =>
            {
                self.attach_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            (Class::Definition, _)
                if c.object
                    .as_ref()
                    .is_some_and(|o| o.kind == ObjectKind::Partition) =>
            {
                self.attach_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            (Class::Attached, Some("constraint"))
                if c.also_defines.iter().any(|o| o.kind == ObjectKind::Index) =>
            {
                self.keys_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            (Class::Definition, _)
                if c.object
                    .as_ref()
                    .is_some_and(|o| o.kind == ObjectKind::Index) =>
            {
                self.keys_of.entry(ks, Cow::Borrowed(kn)).push(i)
            }
            _ => {}
        }
    }

    /// The `(schema, name)` of a relation reference: where the input defines it, else where
    /// the search path would put it.
    fn relation_key<'t>(
        &self,
        t: &'t Target,
        search_path: &'t [String],
    ) -> Option<(&'t str, &'t str)> {
        let Target::Object { schema, name, .. } = t else {
            return None;
        };
        if let Some(s) = schema {
            return Some((s, name));
        }
        let relations = self.defs.get(&Namespace::Relation);
        for s in search_path {
            if relations.is_some_and(|m| m.get(s, name).is_some()) {
                return Some((s, name));
            }
        }
        Some((search_path.first().map_or("public", String::as_str), name))
    }

    /// The statements defining what `target` names.
    pub fn lookup(&self, target: &Target, search_path: &[String]) -> Vec<usize> {
        self.lookup_objects(target, search_path)
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }

    /// The statements defining what `target` names, with which of their objects matched.
    pub fn lookup_objects(&self, target: &Target, search_path: &[String]) -> Vec<(usize, u16)> {
        match target {
            Target::Object {
                namespace,
                schema,
                name,
                ..
            } => {
                let mut out = Vec::new();
                for &ns in searched(*namespace) {
                    if schemaless(ns) {
                        if schema.is_none() {
                            if let Some(v) = self.defs.get(&ns).and_then(|m| m.get("", name)) {
                                out.extend(v);
                            }
                        }
                        continue;
                    }
                    match schema {
                        Some(s) => {
                            if let Some(v) = self.defs.get(&ns).and_then(|m| m.get(s, name)) {
                                out.extend(v);
                            }
                        }
                        None => {
                            for s in search_path {
                                if let Some(v) = self.defs.get(&ns).and_then(|m| m.get(s, name)) {
                                    out.extend(v);
                                    break;
                                }
                            }
                        }
                    }
                }
                out
            }
            Target::DataOf(t) => self
                .relation_key(t, search_path)
                .and_then(|(s, n)| self.data_of.get(s, n))
                .map(|v| v.iter().map(|&i| (i, 0)).collect())
                .unwrap_or_default(),
            Target::KeysOf(t) => self
                .relation_key(t, search_path)
                .and_then(|(s, n)| self.keys_of.get(s, n))
                .map(|v| v.iter().map(|&i| (i, 0)).collect())
                .unwrap_or_default(),
        }
    }

    /// The `ALTER TABLE ... SET DEFAULT` (and identity) statements of a relation.
    fn defaults(&self, t: &Target, search_path: &[String]) -> &[usize] {
        self.relation_key(t, search_path)
            .and_then(|(s, n)| self.defaults_of.get(s, n))
            .map_or(&[], Vec::as_slice)
    }

    /// The `ALTER TABLE ... ADD COLUMN` statements of the relation a reference names.
    fn shape(&self, t: &Target, search_path: &[String]) -> &[usize] {
        self.relation_key(t, search_path)
            .and_then(|(s, n)| self.shape_of.get(s, n))
            .map_or(&[], Vec::as_slice)
    }
}

/// Narrows the definitions of an overloaded routine to the one with the given arguments,
/// when the input has it (a call may resolve to another by implicit casts: with none of
/// those arguments, all stay). A user mapping's server (` SERVER s`) must match: the
/// mappings of one role on other servers are other objects.
fn narrow(
    found: Vec<usize>,
    args: Option<&str>,
    namespace: Namespace,
    items: &[Item],
) -> Vec<usize> {
    let Some(args) = args else { return found };
    let exact: Vec<usize> = found
        .iter()
        .copied()
        .filter(|&j| {
            items[j]
                .class
                .object
                .as_ref()
                .is_some_and(|o| o.identity.ends_with(args))
        })
        .collect();
    if exact.is_empty() && namespace != Namespace::UserMapping {
        found
    } else {
        exact
    }
}

/// Builds the graph of `items`.
/// The definition statement `i` is attached to, if it is attached to one in `items`.
fn owner(items: &[Item], index: &Index, i: usize) -> Option<usize> {
    let t = items[i].class.attached_to.as_ref()?;
    narrowed(index, t, items, i)
        .into_iter()
        .find(|&j| j != i && items[j].class.class == Class::Definition)
}

/// What `t` (statement `i`'s) names, [`narrow`]ed by its arguments.
fn narrowed(index: &Index, t: &Target, items: &[Item], i: usize) -> Vec<usize> {
    let found = index.lookup(t, &items[i].search_path);
    match t {
        Target::Object {
            args, namespace, ..
        } => narrow(found, args.as_deref(), *namespace, items),
        _ => found,
    }
}

/// [`Graph::owner`] alone: for each statement, the definition it is attached to (for the
/// canonical form and `explode`, which need no edges); failing that, the attached
/// statement that made what it is attached to (the index of a constraint an `ALTER TABLE
/// ... ADD CONSTRAINT` added, for a `COMMENT ON INDEX`), whose own owner is then the one.
pub(crate) fn owners(items: &[Item]) -> Vec<Option<usize>> {
    let index = index(items);
    (0..items.len())
        .map(|i| {
            owner(items, &index, i).or_else(|| {
                let t = items[i].class.attached_to.as_ref()?;
                narrowed(&index, t, items, i)
                    .into_iter()
                    .find(|&j| j != i && items[j].class.class == Class::Attached)
            })
        })
        .collect()
}

pub(crate) fn build(items: &[Item]) -> Graph {
    build_with(items, &index(items))
}

/// Builds the graph of `items` with an index already made.
pub(crate) fn build_with(items: &[Item], index: &Index) -> Graph {
    let n = items.len();
    let mut g = Graph {
        edges: vec![Vec::new(); n],
        owner: vec![None; n],
        duplicates: Vec::new(),
        fences: Default::default(),
    };
    // In a migration (see below), a column added later in the input is not needed by what
    // comes before it.
    let migration = items.iter().any(|it| it.class.changes_existing);
    for (i, item) in items.iter().enumerate() {
        let sp = &item.search_path;
        let c = &item.class;
        let routine = c.class == Class::Definition
            && c.object.as_ref().is_some_and(|o| {
                matches!(
                    o.kind,
                    ObjectKind::Function | ObjectKind::Procedure | ObjectKind::Aggregate
                )
            });
        let mut edges: Vec<Edge> = Vec::new();
        for r in &c.refs {
            let found = index.lookup(&r.target, sp);
            let found = match &r.target {
                Target::Object {
                    args, namespace, ..
                } => narrow(found, args.as_deref(), *namespace, items),
                _ => found,
            };
            let found = shell_or_full(found, routine, items);
            // In a migration a name means what it names at that point of the script: the
            // latest definition before the statement, if there is one.
            let found = match (&r.target, migration) {
                (Target::Object { .. }, true) => {
                    match found.iter().copied().filter(|&j| j < i).max() {
                        Some(latest) => vec![latest],
                        None => found,
                    }
                }
                _ => found,
            };
            for &j in &found {
                edges.push(Edge {
                    to: j,
                    strength: r.strength,
                });
            }
            // A relation used here needs its added columns too.
            if let Target::Object {
                namespace: Namespace::Relation | Namespace::Type | Namespace::Any,
                ..
            } = &r.target
            {
                if !found.is_empty() && c.action != Some("add-column") {
                    for &j in index.shape(&r.target, sp) {
                        if !migration || j < i {
                            edges.push(Edge {
                                to: j,
                                strength: r.strength,
                            });
                        }
                    }
                }
                if !found.is_empty() && c.action == Some("data") {
                    for &j in index.defaults(&r.target, sp) {
                        if !migration || j < i {
                            edges.push(Edge {
                                to: j,
                                strength: r.strength,
                            });
                        }
                    }
                }
            }
        }
        // Keys and indexes of a partitioned table come after its partitions are attached
        // (attaching to a table that has them makes them on the partition, as pg_dump
        // expects not to happen: it adds them to each partition itself).
        let keyed = match (c.class, c.action) {
            // (and data is loaded into a partitioned table once its partitions are there)
            (Class::Attached, Some("constraint" | "data")) => true,
            (Class::Definition, _) => c
                .object
                .as_ref()
                .is_some_and(|o| o.kind == ObjectKind::Index),
            _ => false,
        };
        if keyed {
            if let Some((ks, kn)) = c
                .attached_to
                .as_ref()
                .and_then(|t| index.relation_key(t, sp))
            {
                for &j in index.attach_of.get(ks, kn).map_or(&[][..], Vec::as_slice) {
                    edges.push(Edge {
                        to: j,
                        strength: Strength::Hard,
                    });
                }
            }
        }
        // A base type comes after its shell.
        if let Some(o) = c
            .object
            .as_ref()
            .filter(|o| o.kind == ObjectKind::Type && c.class == Class::Definition)
        {
            let t = Target::object(Namespace::Type, o.schema.as_deref(), &o.name);
            for j in index.lookup(&t, sp) {
                if items[j]
                    .class
                    .object
                    .as_ref()
                    .is_some_and(|x| x.kind == ObjectKind::ShellType)
                {
                    edges.push(Edge {
                        to: j,
                        strength: Strength::Hard,
                    });
                }
            }
        }
        g.owner[i] = owner(items, index, i);
        edges.retain(|e| e.to != i);
        if c.changes_existing {
            // It acts where it stands: what is defined after it in the input comes after it.
            let (later, earlier): (Vec<Edge>, Vec<Edge>) =
                edges.into_iter().partition(|e| e.to > i);
            edges = earlier;
            for e in later {
                g.edges[e.to].push(Edge {
                    to: i,
                    strength: Strength::Hard,
                });
            }
        }
        edges.sort();
        // one edge per target, hard when any is hard
        edges.dedup_by(|a, b| a.to == b.to);
        edges.append(&mut g.edges[i]);
        edges.shrink_to_fit();
        g.edges[i] = edges;
    }
    for edges in &mut g.edges {
        edges.sort();
        edges.dedup_by(|a, b| a.to == b.to);
    }
    // Columns added to one table keep their input order: it is the column order.
    let mut last_column: HashMap<(String, String), usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if item.class.class == Class::Attached && item.class.action == Some("add-column") {
            if let Some((ks, kn)) = item
                .class
                .attached_to
                .as_ref()
                .and_then(|t| index.relation_key(t, &item.search_path))
            {
                if let Some(j) = last_column.insert((ks.to_owned(), kn.to_owned()), i) {
                    add_edge(&mut g.edges[i], j);
                }
            }
        }
    }
    // Redefinitions keep their input order; so do "other" statements among themselves, and
    // nothing crosses a barrier.
    let mut first_def: HashMap<&str, usize> = HashMap::new();
    let mut last_other: Option<usize> = None;
    let mut last_barrier: Option<usize> = None;
    // In a migration, transaction control is a barrier too: what was inside a transaction
    // stays inside, what was outside stays outside.
    let barrier = |item: &Item| {
        item.pin == Pin::Barrier || (migration && item.class.action == Some("transaction"))
    };
    for (i, item) in items.iter().enumerate() {
        if item.class.class == Class::Definition {
            if let Some(o) = &item.class.object {
                match first_def.get(o.identity.as_str()) {
                    Some(&j) => {
                        g.duplicates.push((i, j));
                        add_edge(&mut g.edges[i], j);
                    }
                    None => {
                        first_def.insert(o.identity.as_str(), i);
                    }
                }
            }
        }
        if (matches!(item.class.class, Class::Other | Class::Unsupported) && item.pin == Pin::Free)
            || barrier(item)
        {
            if let Some(j) = last_other {
                add_edge(&mut g.edges[i], j);
            }
            last_other = Some(i);
        }
        if barrier(item) {
            let from = last_barrier.map_or(0, |b| b + 1);
            for (j, before) in items.iter().enumerate().take(i).skip(from) {
                if before.pin == Pin::Free {
                    add_edge(&mut g.edges[i], j);
                }
            }
            last_barrier = Some(i);
        } else if let Some(b) = last_barrier {
            if item.pin == Pin::Free {
                add_edge(&mut g.edges[i], b);
            }
        }
    }
    // A script that changes or drops existing objects is a migration: there, statements that
    // are kept in place (DML, DO, DROP, RENAME ...) act where they stand. Each is a fence for
    // the objects it touches: statements before it in the input that touch them stay before
    // it, those after stay after. Fence edges are soft: they give way in a cycle.
    if migration {
        let mut touched: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut fence: HashMap<usize, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let targets: Vec<usize> = g.edges[i].iter().map(|e| e.to).collect();
            let is_fence = item.pin == Pin::Free
                && matches!(item.class.class, Class::Other | Class::Unsupported);
            let mut extra = Vec::new();
            for &d in &targets {
                if let Some(&f) = fence.get(&d) {
                    if f < i {
                        extra.push(f);
                    }
                }
                if is_fence {
                    extra.extend(
                        touched
                            .remove(&d)
                            .unwrap_or_default()
                            .into_iter()
                            .filter(|&s| s < i),
                    );
                }
            }
            for &d in &targets {
                if is_fence {
                    fence.insert(d, i);
                } else {
                    touched.entry(d).or_default().push(i);
                }
            }
            for f in extra {
                if add_soft_edge(&mut g.edges[i], f) {
                    g.fences.insert((i, f));
                }
            }
        }
    }
    for e in &mut g.edges {
        e.shrink_to_fit();
    }
    g
}

/// Adds a soft edge unless there is an edge already; true when added.
fn add_soft_edge(edges: &mut Vec<Edge>, to: usize) -> bool {
    match edges.binary_search_by_key(&to, |e| e.to) {
        Ok(_) => false,
        Err(k) => {
            edges.insert(
                k,
                Edge {
                    to,
                    strength: Strength::Soft,
                },
            );
            true
        }
    }
}

fn add_edge(edges: &mut Vec<Edge>, to: usize) {
    match edges.binary_search_by_key(&to, |e| e.to) {
        Ok(k) => edges[k].strength = Strength::Hard,
        Err(k) => edges.insert(
            k,
            Edge {
                to,
                strength: Strength::Hard,
            },
        ),
    }
}

/// A routine that mentions a base type needs only its shell (the type's I/O functions are
/// made between the two); everything else needs the full type.
fn shell_or_full(found: Vec<usize>, routine: bool, items: &[Item]) -> Vec<usize> {
    let is_shell = |j: &usize| {
        items[*j]
            .class
            .object
            .as_ref()
            .is_some_and(|o| o.kind == ObjectKind::ShellType)
    };
    if !found.iter().any(is_shell) {
        return found;
    }
    let (shell, rest): (Vec<usize>, Vec<usize>) = found.into_iter().partition(is_shell);
    let full: Vec<usize> = rest
        .iter()
        .copied()
        .filter(|j| {
            items[*j]
                .class
                .object
                .as_ref()
                .is_some_and(|o| o.kind == ObjectKind::Type)
        })
        .collect();
    if routine || full.is_empty() {
        shell
            .into_iter()
            .chain(rest.into_iter().filter(|j| !full.contains(j)))
            .collect()
    } else {
        rest
    }
}

/// The object of statement `i` that a lookup matched.
pub(crate) fn matched_object(
    items: &[Item],
    (i, slot): (usize, u16),
) -> Option<&crate::model::ObjectId> {
    let c = &items[i].class;
    if slot == 0 {
        c.object.as_ref()
    } else {
        c.also_defines.get(slot as usize - 1)
    }
}

/// The identities statement `i` depends on, hard and soft: what its references resolve to in
/// the input (data-loading order is left out: it is not a dependency between objects).
pub(crate) fn depends_on(items: &[Item], index: &Index, i: usize) -> (Vec<String>, Vec<String>) {
    let item = &items[i];
    let routine = item.class.class == Class::Definition
        && item.class.object.as_ref().is_some_and(|o| {
            matches!(
                o.kind,
                ObjectKind::Function | ObjectKind::Procedure | ObjectKind::Aggregate
            )
        });
    let mut hard = Vec::new();
    let mut soft = Vec::new();
    for r in &item.class.refs {
        if matches!(r.target, Target::DataOf(_)) {
            continue;
        }
        let found = index.lookup_objects(&r.target, &item.search_path);
        let nodes: Vec<usize> = found.iter().map(|f| f.0).collect();
        let nodes = match &r.target {
            Target::Object {
                args, namespace, ..
            } => narrow(nodes, args.as_deref(), *namespace, items),
            _ => nodes,
        };
        let nodes = shell_or_full(nodes, routine, items);
        for f in found
            .into_iter()
            .filter(|f| nodes.contains(&f.0) && f.0 != i)
        {
            if let Some(o) = matched_object(items, f) {
                let list = if r.strength == Strength::Hard {
                    &mut hard
                } else {
                    &mut soft
                };
                list.push(o.identity.clone());
            }
        }
    }
    hard.sort();
    hard.dedup();
    soft.sort();
    soft.dedup();
    soft.retain(|s| !hard.contains(s));
    (hard, soft)
}

/// Builds the index of `items` (definitions, then attachments).
pub(crate) fn index(items: &[Item]) -> Index<'_> {
    let mut index = Index::new();
    for (i, item) in items.iter().enumerate() {
        index.add_definitions(i, item);
    }
    for (i, item) in items.iter().enumerate() {
        index.add_attachments(i, item);
    }
    index
}
