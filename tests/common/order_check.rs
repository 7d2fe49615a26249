//! The checks of the order fuzz target (fuzz/fuzz_targets/order.rs), shared with the
//! proptest property and the unit tests in tests/classes.rs.

use pg_query::protobuf::{
    AlterTableCmd, AlterTableStmt, AlterTableType, ConstrType, Constraint, CreateStmt, Node,
    ObjectType, RangeVar,
};
use pg_query::NodeEnum;
use pgsplit::model::Classified;
use pgsplit::order::{self, Item, Pin, Plan, Step};

/// Its first two bytes shuffle the statements of the rest (SQL text): classified and ordered,
/// they must come out as a permutation (every statement exactly once, rewritten or not), or
/// as a reported cycle; and what a rewrite took out of a statement must be what the
/// statements it added put back (see [`check_plan`]). Input that is not UTF-8 or does not
/// split is skipped.
pub fn fuzz_order(data: &[u8]) -> Result<(), String> {
    let Some((seed, sql)) = data.split_at_checked(2) else {
        return Ok(());
    };
    let Ok(sql) = std::str::from_utf8(sql) else {
        return Ok(());
    };
    let Ok(mut texts) = pgsplit::split_statements(sql) else {
        return Ok(());
    };
    // a small deterministic shuffle
    let mut s = u16::from_le_bytes([seed[0], seed[1]]) as usize;
    for i in (1..texts.len()).rev() {
        s = s.wrapping_mul(1103515245).wrapping_add(12345);
        texts.swap(i, (s >> 8) % (i + 1));
    }
    let mut items: Vec<Item> = texts
        .iter()
        .map(|text| Item {
            class: Classified::default(),
            text: text.clone(),
            search_path: Vec::new(),
            pin: Pin::Free,
        })
        .collect();
    pgsplit::classify::classify_each(
        &mut items,
        &pgsplit::classify::Context::default(),
        |it| Some(it.text.as_str()),
        |it| &mut it.class,
        |it, path| it.search_path = path.to_vec(),
    );
    let Ok(plan) = order::order(items) else {
        return Ok(()); // a cycle that cannot be broken: reported, not a crash
    };
    check_plan(&texts, &plan)
}

/// The steps of `plan`, made from the statements `texts`, are a permutation of them (every
/// statement exactly once, as it is or rewritten), and nothing is lost or invented by a
/// rewrite: `order` breaks a cycle by moving foreign keys out of a `CREATE TABLE` into
/// `ALTER TABLE ... ADD CONSTRAINT` statements of its own (src/order/rewrite.rs), so for
/// every rewritten statement, the original and the rewritten text plus the statements added
/// from it must hold the same columns and constraints, compared on their parse trees:
///
/// * each statement parsed, with its foreign keys taken out (a column's `REFERENCES`, with
///   the `DEFERRABLE`/`INITIALLY`/`ENFORCED` clauses after it folded in as the server does,
///   and table constraints `FOREIGN KEY`), must deparse to the same text: the same columns,
///   types, defaults, other constraints, options;
/// * the foreign keys, each deparsed as `ALTER TABLE <table> ADD <key>` (a column's key
///   naming its column), must be the same multiset in the original as in the rewritten
///   text and the added statements together;
/// * an added statement must say it comes from a rewritten statement and be an `ALTER
///   TABLE ... ADD CONSTRAINT` of it.
pub fn check_plan(texts: &[String], plan: &Plan) -> Result<(), String> {
    let n = texts.len();
    let mut seen = vec![0u32; n];
    let mut rewritten: Vec<Option<&str>> = vec![None; n];
    let mut added: Vec<Vec<&str>> = vec![Vec::new(); n];
    let mut added_items = Vec::new();
    for step in &plan.steps {
        match step {
            Step::Statement(i) | Step::Rewritten { index: i, .. } if *i >= n => {
                return Err(format!("step names statement {i} of {n}"));
            }
            Step::Statement(i) => seen[*i] += 1,
            Step::Rewritten { index, text } => {
                seen[*index] += 1;
                rewritten[*index] = Some(text);
            }
            Step::Added { from, item, text } => {
                if *from >= n {
                    return Err(format!(
                        "added statement from statement {from} of {n}: {text}"
                    ));
                }
                if *item < n || added_items.contains(item) {
                    return Err(format!("added statement numbered {item} (of {n} input statements, or twice): {text}"));
                }
                added_items.push(*item);
                added[*from].push(text);
            }
        }
    }
    let wrong: Vec<(usize, u32)> = seen
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, c)| c != 1)
        .collect();
    if !wrong.is_empty() {
        return Err(format!("not a permutation: (statement, times) {wrong:?}"));
    }
    for i in 0..n {
        match rewritten[i] {
            Some(text) => same_parts(&texts[i], text, &added[i]).map_err(|e| {
                format!(
                    "statement {i} rewritten: {e}\n  was: {}\n  now: {text}\n  added: {:?}",
                    texts[i], added[i]
                )
            })?,
            None if !added[i].is_empty() => {
                return Err(format!(
                    "statements added from statement {i}, which was not rewritten: {:?}\n  it is: {}",
                    added[i], texts[i]
                ));
            }
            None => {}
        }
    }
    Ok(())
}

/// A statement's parts: its text without foreign keys, and its foreign keys, each as
/// `ALTER TABLE t ADD ...`.
#[derive(Debug, Default)]
struct Parts {
    rest: Vec<String>,
    keys: Vec<String>,
}

fn same_parts(original: &str, rewritten: &str, added: &[&str]) -> Result<(), String> {
    let before = parts(original).map_err(|e| format!("the original: {e}"))?;
    let after = parts(rewritten).map_err(|e| format!("the rewritten text: {e}"))?;
    if before.rest != after.rest {
        return Err(format!(
            "the statement without its foreign keys changed:\n  was: {:?}\n  now: {:?}",
            before.rest, after.rest
        ));
    }
    let mut keys = after.keys;
    for a in added {
        keys.extend(added_keys(a)?);
    }
    let mut want = before.keys;
    want.sort();
    keys.sort();
    if want != keys {
        let lost: Vec<&String> = want.iter().filter(|k| !keys.contains(k)).collect();
        let new: Vec<&String> = keys.iter().filter(|k| !want.contains(k)).collect();
        return Err(format!(
            "foreign keys differ: the original has {want:?}, the output {keys:?} (lost: {lost:?}; not in the original: {new:?})"
        ));
    }
    Ok(())
}

fn stmts(sql: &str) -> Result<Vec<NodeEnum>, String> {
    let parsed = pg_query::parse(sql, 0).map_err(|e| format!("does not parse: {e}"))?;
    Ok(parsed
        .protobuf
        .stmts
        .into_iter()
        .filter_map(|s| s.stmt.and_then(|s| s.node))
        .collect())
}

fn deparse(node: NodeEnum) -> Result<String, String> {
    node.deparse(Default::default())
        .map_err(|e| format!("does not deparse: {e}"))
}

fn is_foreign_key(c: &Constraint) -> bool {
    ConstrType::try_from(c.contype) == Ok(ConstrType::ConstrForeign)
}

/// The table a key is added to, named the same way whatever the statement around it (only
/// the name counts).
fn table_of(rel: &RangeVar) -> RangeVar {
    RangeVar {
        catalogname: rel.catalogname.clone(),
        schemaname: rel.schemaname.clone(),
        relname: rel.relname.clone(),
        inh: true,
        relpersistence: "p".into(),
        ..RangeVar::default()
    }
}

/// `ALTER TABLE rel ADD c`, deparsed.
fn key_text(rel: &RangeVar, c: Constraint) -> Result<String, String> {
    deparse(NodeEnum::AlterTableStmt(AlterTableStmt {
        relation: Some(table_of(rel)),
        cmds: vec![Node {
            node: Some(NodeEnum::AlterTableCmd(Box::new(AlterTableCmd {
                subtype: AlterTableType::AtAddConstraint as i32,
                def: Some(Box::new(Node {
                    node: Some(NodeEnum::Constraint(Box::new(c))),
                })),
                ..AlterTableCmd::default()
            }))),
        }],
        objtype: ObjectType::ObjectTable as i32,
        missing_ok: false,
    }))
}

fn constraint(n: &Node) -> Option<&Constraint> {
    match &n.node {
        Some(NodeEnum::Constraint(c)) => Some(c),
        _ => None,
    }
}

/// Folds the attribute clauses after a column constraint into it, as the server's
/// `transformConstraintAttrs` does (`REFERENCES t DEFERRABLE INITIALLY DEFERRED` is one
/// constraint of three nodes in the parse tree; the server's refusals of clauses given twice
/// or contradicting each other are left out: both sides fold alike).
fn fold_attribute(into: &mut Constraint, attr: ConstrType, saw_deferrability: &mut bool) {
    match attr {
        ConstrType::ConstrAttrDeferrable => {
            into.deferrable = true;
            *saw_deferrability = true;
        }
        ConstrType::ConstrAttrNotDeferrable => {
            into.deferrable = false;
            *saw_deferrability = true;
        }
        ConstrType::ConstrAttrDeferred => {
            into.initdeferred = true;
            if !*saw_deferrability {
                into.deferrable = true;
            }
        }
        ConstrType::ConstrAttrImmediate => into.initdeferred = false,
        ConstrType::ConstrAttrEnforced => into.is_enforced = true,
        ConstrType::ConstrAttrNotEnforced => {
            into.is_enforced = false;
            into.skip_validation = true;
            into.initially_valid = false;
        }
        _ => {}
    }
}

fn is_attribute(t: ConstrType) -> bool {
    matches!(
        t,
        ConstrType::ConstrAttrDeferrable
            | ConstrType::ConstrAttrNotDeferrable
            | ConstrType::ConstrAttrDeferred
            | ConstrType::ConstrAttrImmediate
            | ConstrType::ConstrAttrEnforced
            | ConstrType::ConstrAttrNotEnforced
    )
}

/// A column's constraints with the attribute clauses folded into the constraint before
/// them; a clause with none before it stays as it is (the server refuses it: "misplaced
/// DEFERRABLE clause"), so that a rewrite leaving it behind changes the text.
fn folded(constraints: &[Node]) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    let mut last: Option<usize> = None;
    let mut saw_deferrability = false;
    for n in constraints {
        let kind = constraint(n).and_then(|c| ConstrType::try_from(c.contype).ok());
        match (kind, last) {
            (Some(t), Some(at)) if is_attribute(t) => {
                if let Some(NodeEnum::Constraint(c)) = &mut out[at].node {
                    fold_attribute(c, t, &mut saw_deferrability);
                }
            }
            (Some(t), None) if is_attribute(t) => out.push(n.clone()),
            _ => {
                last = Some(out.len());
                saw_deferrability = false;
                out.push(n.clone());
            }
        }
    }
    out
}

fn create_parts(mut create: CreateStmt, parts: &mut Parts) -> Result<(), String> {
    let rel = create.relation.clone().unwrap_or_default();
    let mut kept = Vec::new();
    for elt in std::mem::take(&mut create.table_elts) {
        match elt.node {
            Some(NodeEnum::Constraint(c)) if is_foreign_key(&c) => {
                parts.keys.push(key_text(&rel, *c)?);
            }
            Some(NodeEnum::ColumnDef(mut col)) => {
                let mut cons = Vec::new();
                for n in folded(&col.constraints) {
                    match n.node {
                        Some(NodeEnum::Constraint(mut c)) if is_foreign_key(&c) => {
                            if c.fk_attrs.is_empty() {
                                c.fk_attrs = vec![Node {
                                    node: Some(NodeEnum::String(pg_query::protobuf::String {
                                        sval: col.colname.clone(),
                                    })),
                                }];
                            }
                            parts.keys.push(key_text(&rel, *c)?);
                        }
                        other => cons.push(Node { node: other }),
                    }
                }
                col.constraints = cons;
                kept.push(Node {
                    node: Some(NodeEnum::ColumnDef(col)),
                });
            }
            other => kept.push(Node { node: other }),
        }
    }
    create.table_elts = kept;
    parts.rest.push(deparse(NodeEnum::CreateStmt(create))?);
    Ok(())
}

fn parts(sql: &str) -> Result<Parts, String> {
    let mut parts = Parts::default();
    for stmt in stmts(sql)? {
        match stmt {
            NodeEnum::CreateStmt(create) => create_parts(create, &mut parts)?,
            other => parts.rest.push(deparse(other)?),
        }
    }
    Ok(parts)
}

/// The foreign keys an added statement adds, each as `ALTER TABLE t ADD ...`; anything else
/// in it is an error.
fn added_keys(sql: &str) -> Result<Vec<String>, String> {
    let mut keys = Vec::new();
    for stmt in stmts(sql).map_err(|e| format!("an added statement {e}: {sql}"))? {
        let NodeEnum::AlterTableStmt(alter) = stmt else {
            return Err(format!("an added statement is not ALTER TABLE: {sql}"));
        };
        let rel = alter.relation.clone().unwrap_or_default();
        for cmd in &alter.cmds {
            let Some(NodeEnum::AlterTableCmd(cmd)) = &cmd.node else {
                return Err(format!("an added statement is not ADD CONSTRAINT: {sql}"));
            };
            let c = cmd.def.as_ref().and_then(|d| constraint(d));
            match c {
                Some(c)
                    if cmd.subtype == AlterTableType::AtAddConstraint as i32
                        && is_foreign_key(c) =>
                {
                    keys.push(key_text(&rel, c.clone())?)
                }
                _ => {
                    return Err(format!(
                        "an added statement does more than add a foreign key: {sql}"
                    ))
                }
            }
        }
    }
    Ok(keys)
}
