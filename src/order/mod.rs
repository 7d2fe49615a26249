//! Dependency order: a topological order of statements in which each comes after everything
//! it needs, the same for any order of the same input.
//!
//! How the next statement is chosen (Kahn's algorithm with two queues):
//! 1. Attached statements (owners, comments, grants, constraints, data ...) that have become
//!    ready go first, right after the last thing they needed, in [`rank::attached_rank`]
//!    order.
//! 2. Otherwise the ready statement with the lowest [`rank`](rank) (settings, schemas and
//!    extensions, types, functions, tables, views, data, indexes, triggers, foreign keys,
//!    policies ... materialized views last), then the lowest identity, then the lowest text.
//! 3. "Other" statements (DML, `DO`, transaction control) keep their relative order, and
//!    nothing moves across a meta-command that changes what follows (`\connect`, `\i`).
//!
//! When statements wait on each other, the cycle is broken the way pg_dump does it:
//! first soft dependencies inside it are dropped (function bodies, data-before-index
//! preferences); then foreign keys written inside `CREATE TABLE` are moved out into `ALTER
//! TABLE ... ADD CONSTRAINT` statements placed after both tables. A cycle that still remains
//! is an error naming its objects.
//!
//! ```
//! use pgsplit::order::{order_texts, Step};
//! let plan = order_texts(&[
//!     "CREATE VIEW app.v AS SELECT * FROM app.t;",
//!     "CREATE TABLE app.t (id int);",
//!     "CREATE SCHEMA app;",
//! ]).unwrap();
//! let order: Vec<usize> = plan.steps.iter().map(|s| match s { Step::Statement(i) => *i, _ => 99 }).collect();
//! assert_eq!(order, [2, 1, 0]);
//! ```

mod drop;
pub mod graph;
pub mod rank;
mod rewrite;

pub use drop::{drop_statement, push_sql_ident};
pub use graph::{Edge, Graph};
pub use rank::Pin;

use crate::classify::{classify, Context};
use crate::model::{Class, Classified, Strength};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

/// One statement to order.
#[derive(Clone, Debug)]
pub struct Item {
    /// What it is.
    pub class: Classified,
    /// Its text (tie-break, and for rewriting when a cycle is broken).
    pub text: String,
    /// The search path in effect for it.
    pub search_path: Vec<String>,
    /// Whether it is pinned.
    pub pin: Pin,
}

/// One step of an ordered output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Input statement number `i`, unchanged.
    Statement(usize),
    /// Input statement number `index`, rewritten (a `CREATE TABLE` whose foreign keys were
    /// moved out).
    Rewritten {
        /// Which input statement.
        index: usize,
        /// Its new text.
        text: String,
    },
    /// A statement pgsplit wrote (`ALTER TABLE ... ADD CONSTRAINT` moved out of a `CREATE
    /// TABLE`).
    Added {
        /// The input statement it comes from.
        from: usize,
        /// Its number in [`Plan::items`] (after the input statements).
        item: usize,
        /// Its text.
        text: String,
    },
}

/// What ordering changed to make the order possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A soft dependency was ignored to break a cycle: `from` needed `to`.
    SoftDependencyIgnored {
        /// The statement that had the dependency.
        from: usize,
        /// The statement it needed.
        to: usize,
    },
    /// Foreign keys were moved out of a `CREATE TABLE` into `ALTER TABLE` statements.
    ForeignKeysMoved {
        /// The `CREATE TABLE`.
        from: usize,
        /// How many were moved.
        count: usize,
    },
}

/// An ordered plan.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The output, in order.
    pub steps: Vec<Step>,
    /// What was changed to break cycles.
    pub changes: Vec<Change>,
    /// The graph that was sorted (over the input statements and any added ones; added
    /// statements are numbered after the input ones, in `extra` order).
    pub graph: Graph,
    /// Statements redefining an object defined before them: `(later, earlier)`.
    pub duplicates: Vec<(usize, usize)>,
    /// The statements ordered: the input ones (rewritten ones with their new text and
    /// classification), then the added ones.
    pub items: Vec<Item>,
}

/// Statements that cannot be ordered: they need each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CycleError {
    /// The statements of the cycle.
    pub statements: Vec<usize>,
    /// Their identities (or texts, for statements without an object).
    pub names: Vec<String>,
}

impl std::fmt::Display for CycleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "dependency cycle that cannot be broken: {}",
            self.names.join(" -> ")
        )
    }
}

impl std::error::Error for CycleError {}

/// Classifies and orders statement texts (UTF-8, default settings): a convenience for
/// tests and small inputs.
pub fn order_texts(texts: &[&str]) -> Result<Plan, CycleError> {
    let mut ctx = Context::default();
    let items: Vec<Item> = texts
        .iter()
        .map(|t| {
            let class = classify(t, &ctx);
            let item = Item {
                text: (*t).to_owned(),
                search_path: ctx.search_path.clone(),
                pin: Pin::Free,
                class,
            };
            ctx.apply(&item.class);
            item
        })
        .collect();
    order(items)
}

/// Orders `items`. Deterministic: the same items in any input order give the same sequence
/// of texts (except where input order is all there is to go by: "other" statements,
/// redefinitions of one object, and barriers).
pub fn order(mut items: Vec<Item>) -> Result<Plan, CycleError> {
    let n_input = items.len();
    // Every setting moves to the front, so every statement of the output runs with the
    // search path the settings leave: names are resolved with that one.
    let path = effective_search_path(&items);
    let ctx = Context::default().with_search_path(path.clone());
    for item in &mut items {
        if item.class.uses_search_path && item.search_path != path && item.pin == Pin::Free {
            item.class = classify(&item.text, &ctx);
        }
        item.search_path.clone_from(&path);
    }
    let mut changes = Vec::new();
    let mut rewritten: HashMap<usize, String> = HashMap::new();
    let mut added_from: Vec<usize> = Vec::new();
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    let mut split_done = false;
    loop {
        let mut g = graph::build(&items);
        for &(from, to) in &dropped {
            g.edges[from].retain(|e| e.to != to);
        }
        match sort(&items, &g) {
            Ok(seq) => {
                let steps = seq
                    .into_iter()
                    .map(|i| {
                        if i >= n_input {
                            Step::Added {
                                from: added_from[i - n_input],
                                item: i,
                                text: items[i].text.clone(),
                            }
                        } else if let Some(t) = rewritten.get(&i) {
                            Step::Rewritten {
                                index: i,
                                text: t.clone(),
                            }
                        } else {
                            Step::Statement(i)
                        }
                    })
                    .collect();
                let duplicates = g.duplicates.clone();
                return Ok(Plan {
                    steps,
                    changes,
                    graph: g,
                    duplicates,
                    items,
                });
            }
            Err(stuck) => {
                let sccs = cycles(&g, &stuck);
                // 1. soft edges inside cycles: preferences and function bodies first, the
                //    fences that keep a migration's statements in place last
                let mut progress = false;
                for fences in [false, true] {
                    for scc in &sccs {
                        for &i in scc {
                            for e in &g.edges[i] {
                                if e.strength == Strength::Soft
                                    && scc.contains(&e.to)
                                    && g.fences.contains(&(i, e.to)) == fences
                                {
                                    dropped.push((i, e.to));
                                    changes
                                        .push(Change::SoftDependencyIgnored { from: i, to: e.to });
                                    progress = true;
                                }
                            }
                        }
                    }
                    if progress {
                        break;
                    }
                }
                if progress {
                    continue;
                }
                // 2. foreign keys out of CREATE TABLE
                if !split_done {
                    split_done = true;
                    for scc in &sccs {
                        for &i in scc {
                            if i >= n_input || items[i].class.inline_foreign_keys.is_empty() {
                                continue;
                            }
                            let targets: Vec<usize> =
                                scc.iter().copied().filter(|&j| j != i).collect();
                            let names: Vec<(Option<String>, String)> = targets
                                .iter()
                                .filter_map(|&j| items[j].class.object.as_ref())
                                .map(|o| (o.schema.clone(), o.name.clone()))
                                .collect();
                            let Some((table, alters)) =
                                rewrite::split_foreign_keys(&items[i].text, &names)
                            else {
                                continue;
                            };
                            if alters.is_empty() {
                                continue;
                            }
                            let ctx =
                                Context::default().with_search_path(items[i].search_path.clone());
                            let mut class = classify(&table, &ctx);
                            // the CREATE TABLE keeps the FKs to tables outside the cycle
                            class.inline_foreign_keys.clear();
                            changes.push(Change::ForeignKeysMoved {
                                from: i,
                                count: alters.len(),
                            });
                            for a in alters {
                                let c = classify(&a, &ctx);
                                items.push(Item {
                                    class: c,
                                    text: a,
                                    search_path: items[i].search_path.clone(),
                                    pin: Pin::Free,
                                });
                                added_from.push(i);
                            }
                            items[i].class = class;
                            items[i].text = table.clone();
                            rewritten.insert(i, table);
                            progress = true;
                        }
                    }
                    if progress {
                        continue;
                    }
                }
                let scc = sccs.into_iter().next().unwrap_or(stuck);
                let names = scc
                    .iter()
                    .map(|&i| match &items[i].class.object {
                        Some(o) => o.identity.clone(),
                        None => items[i].text.chars().take(60).collect(),
                    })
                    .collect();
                return Err(CycleError {
                    statements: scc,
                    names,
                });
            }
        }
    }
}

/// The search path after the settings of `items` run in output order (sorted by text), or
/// PostgreSQL's default when none sets it.
///
/// ```
/// use pgsplit::order::{effective_search_path, Item, Pin};
/// use pgsplit::classify::{classify, Context};
/// let ctx = Context::default();
/// let item = |t: &str| Item { class: classify(t, &ctx), text: t.into(), search_path: vec![], pin: Pin::Free };
/// let items = [item("SET search_path = app, public;"), item("SELECT pg_catalog.set_config('search_path', '', false);")];
/// assert_eq!(effective_search_path(&items), ["app", "public"]);
/// ```
pub fn effective_search_path(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .filter(|i| i.class.class == Class::Setting && i.class.search_path.is_some())
        .max_by(|a, b| a.text.cmp(&b.text))
        .and_then(|i| i.class.search_path.clone())
        .unwrap_or_else(|| Context::default().search_path)
}

/// Kahn's algorithm with the two queues described in the module documentation. Returns the
/// order, or the statements left waiting.
fn sort(items: &[Item], g: &Graph) -> Result<Vec<usize>, Vec<usize>> {
    let n = items.len();
    let on_matview: Vec<bool> = (0..n)
        .map(|i| {
            g.owner[i].is_some_and(|o| {
                items[o]
                    .class
                    .object
                    .as_ref()
                    .is_some_and(|x| x.kind == crate::model::ObjectKind::MaterializedView)
            })
        })
        .collect();
    // One global order of all statements by (pin, rank, identity, text): heap keys are
    // positions in it.
    let mut by_key: Vec<usize> = (0..n).collect();
    let rank_of = |i: usize| -> (u8, u8) {
        let pin = match items[i].pin {
            Pin::First => 0,
            Pin::Last => 3,
            Pin::Free | Pin::Barrier => 1,
        };
        (pin, rank::rank(&items[i].class, on_matview[i]))
    };
    let identity = |i: usize| {
        items[i]
            .class
            .object
            .as_ref()
            .map_or("", |o| o.identity.as_str())
    };
    by_key.sort_by(|&a, &b| {
        rank_of(a)
            .cmp(&rank_of(b))
            .then_with(|| identity(a).cmp(identity(b)))
            .then_with(|| items[a].text.cmp(&items[b].text))
            .then_with(|| a.cmp(&b))
    });
    let mut position = vec![0u32; n];
    for (p, &i) in by_key.iter().enumerate() {
        position[i] = p as u32;
    }
    let mut waiting = vec![0u32; n];
    // Who waits for each statement, in one flat list (`dependents[start[i]..start[i + 1]]`):
    // a vector per statement would cost more than the rest of the sort.
    let mut start = vec![0u32; n + 1];
    for (i, edges) in g.edges.iter().enumerate() {
        waiting[i] = edges.len() as u32;
        for e in edges {
            start[e.to + 1] += 1;
        }
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut dependents = vec![0u32; start[n] as usize];
    let mut fill = start.clone();
    for (i, edges) in g.edges.iter().enumerate() {
        for e in edges {
            dependents[fill[e.to] as usize] = i as u32;
            fill[e.to] += 1;
        }
    }
    drop(fill);
    // \unrestrict and other "last" statements wait for everything else.
    let last: Vec<usize> = (0..n).filter(|&i| items[i].pin == Pin::Last).collect();
    let follows = |i: usize| {
        items[i].class.class == Class::Attached
            && items[i].pin == Pin::Free
            && !matches!(
                items[i].class.action,
                Some("refresh" | "refresh-concurrently")
            )
    };
    let mut main: BinaryHeap<Reverse<u32>> = BinaryHeap::new();
    let mut front: BinaryHeap<Reverse<(u8, u32)>> = BinaryHeap::new();
    let push = |i: usize,
                main: &mut BinaryHeap<Reverse<u32>>,
                front: &mut BinaryHeap<Reverse<(u8, u32)>>| {
        if follows(i) {
            front.push(Reverse((
                rank::attached_rank(items[i].class.action),
                position[i],
            )));
        } else {
            main.push(Reverse(position[i]));
        }
    };
    for i in 0..n {
        if waiting[i] == 0 && items[i].pin != Pin::Last {
            push(i, &mut main, &mut front);
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut done = vec![false; n];
    loop {
        let next = if let Some(Reverse((_, p))) = front.pop() {
            by_key[p as usize]
        } else if let Some(Reverse(p)) = main.pop() {
            by_key[p as usize]
        } else {
            break;
        };
        out.push(next);
        done[next] = true;
        for &d in &dependents[start[next] as usize..start[next + 1] as usize] {
            let d = d as usize;
            waiting[d] -= 1;
            if waiting[d] == 0 && items[d].pin != Pin::Last {
                push(d, &mut main, &mut front);
            }
        }
    }
    let mut last = last;
    last.sort_by_key(|&i| position[i]);
    for i in last {
        if waiting[i] == 0 || g.edges[i].iter().all(|e| done[e.to]) {
            out.push(i);
            done[i] = true;
        }
    }
    if out.len() == n {
        Ok(out)
    } else {
        Err((0..n).filter(|&i| !done[i]).collect())
    }
}

/// The strongly connected components with more than one statement among `stuck` (Tarjan's
/// algorithm, iterative), each sorted, in a stable order.
fn cycles(g: &Graph, stuck: &[usize]) -> Vec<Vec<usize>> {
    let n = g.edges.len();
    let in_set: Vec<bool> = {
        let mut v = vec![false; n];
        for &i in stuck {
            v[i] = true;
        }
        v
    };
    let mut index = vec![u32::MAX; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0u32;
    let mut out = Vec::new();
    for &root in stuck {
        if index[root] != u32::MAX {
            continue;
        }
        let mut call: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&(v, k)) = call.last() {
            let edges = &g.edges[v];
            if k < edges.len() {
                if let Some(top) = call.last_mut() {
                    top.1 += 1;
                }
                let w = edges[k].to;
                if !in_set[w] {
                    continue;
                }
                if index[w] == u32::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    call.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                call.pop();
                if let Some(&(parent, _)) = call.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut scc = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        scc.push(w);
                        if w == v {
                            break;
                        }
                    }
                    if scc.len() > 1 {
                        scc.sort_unstable();
                        out.push(scc);
                    }
                }
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests;
