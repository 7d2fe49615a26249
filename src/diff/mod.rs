//! Comparing two canonical schemas object by object.
//!
//! Each object is compared part by part (definition, each column, column order, each
//! constraint, owner, comments, grants ...), leaving out the aspects the [`Policy`]
//! ignores. An object only one side has is added or removed; one whose parts differ is
//! changed, with one [`Detail`] per differing part (down to the attribute of a column) and a
//! unified diff of its canonical text. Parts that differ only in what the loose form drops
//! (casts, qualified column references) make the object "probably equal": only the server's
//! analysis could tell, so it is neither called equal nor changed.
//!
//! ```
//! use pgsplit::canon::{Policy, Schema};
//! let a = Schema::from_sql("CREATE TABLE t (id int, name varchar(200));").unwrap();
//! let b = Schema::from_sql("CREATE TABLE t (id integer, name character varying(250));").unwrap();
//! let d = pgsplit::diff::diff(&a, &b, &Policy::default());
//! assert!(!d.is_equal());
//! assert_eq!(d.changes[0].identity, "table:public.t");
//! let detail = &d.changes[0].details[0];
//! assert_eq!(detail.path, ["column name", "type"]);
//! assert_eq!((detail.from.as_deref(), detail.to.as_deref()), (Some("varchar(200)"), Some("varchar(250)")));
//! ```

mod report;

pub use report::{human, json, Color};

use crate::canon::{object_text, Object, Part, Policy, Schema, Summary};
use std::collections::BTreeMap;

/// What happened to an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChangeKind {
    /// Only in B.
    Added,
    /// Only in A.
    Removed,
    /// In both, different.
    Changed,
    /// In both, different only in casts and column qualification.
    ProbablyEqual,
}

impl ChangeKind {
    /// `added`, `removed`, `changed`, `probably-equal`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
            ChangeKind::ProbablyEqual => "probably-equal",
        }
    }
}

/// One differing part of a changed object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    /// Where, from the object down: `["column email", "type"]`, `["constraint t_pkey"]`,
    /// `["column order"]`, `["owner"]`.
    pub path: Vec<String>,
    /// The value in A (`None`: not in A).
    pub from: Option<String>,
    /// The value in B (`None`: not in B).
    pub to: Option<String>,
    /// Whether this part is only probably equal (see the module documentation).
    pub probably_equal: bool,
}

/// One object that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What happened.
    pub change: ChangeKind,
    /// The object's kind.
    pub kind: String,
    /// The object's identity.
    pub identity: String,
    /// The differing parts (for changed and probably equal objects).
    pub details: Vec<Detail>,
    /// A unified diff of the object's canonical text (A then B).
    pub diff: String,
}

/// The comparison of two schemas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff {
    /// The objects that differ, by identity.
    pub changes: Vec<Change>,
    /// Objects present and equal on both sides.
    pub unchanged: usize,
    /// How each side's statements were accounted for.
    pub a: Summary,
    /// See `a`.
    pub b: Summary,
}

impl Diff {
    /// No object added, removed or changed (probably equal ones do not count).
    pub fn is_equal(&self) -> bool {
        self.changes
            .iter()
            .all(|c| c.change == ChangeKind::ProbablyEqual)
    }

    /// How many changes of `kind`.
    pub fn count(&self, kind: ChangeKind) -> usize {
        self.changes.iter().filter(|c| c.change == kind).count()
    }
}

fn kept<'o>(o: &'o Object, policy: &Policy) -> BTreeMap<&'o str, &'o Part> {
    o.parts
        .iter()
        .filter(|p| policy.keeps(p.aspect))
        .map(|p| (p.key.as_str(), p))
        .collect()
}

fn unified(a: &str, b: &str) -> String {
    similar::TextDiff::from_lines(a, b)
        .unified_diff()
        .context_radius(3)
        .header("a", "b")
        .to_string()
}

/// The attributes of a column definition: type, default, not null, identity, generated.
fn column_attributes(text: &str) -> Vec<(&'static str, String)> {
    use pg_query::NodeEnum;
    let sql = format!("CREATE TABLE x ({text})");
    let Ok(tree) = crate::classify::parse(&sql, 0) else {
        return Vec::new();
    };
    let Some(NodeEnum::CreateStmt(s)) = tree
        .stmts
        .first()
        .and_then(|s| s.stmt.as_deref())
        .and_then(|n| n.node.clone())
    else {
        return Vec::new();
    };
    let Some(NodeEnum::ColumnDef(col)) = s.table_elts.first().and_then(|n| n.node.clone()) else {
        return Vec::new();
    };
    let piece = |def: &pg_query::protobuf::ColumnDef| -> String {
        let mut stmt = s.clone();
        stmt.table_elts = vec![pg_query::protobuf::Node {
            node: Some(NodeEnum::ColumnDef(Box::new(def.clone()))),
        }];
        let t = NodeEnum::CreateStmt(stmt)
            .deparse(Default::default())
            .unwrap_or_default();
        let inner = t
            .strip_prefix("CREATE TABLE x (")
            .and_then(|t| t.strip_suffix(')'))
            .unwrap_or(&t)
            .to_owned();
        let mut name = String::new();
        crate::model::push_ident(&mut name, &def.colname);
        inner
            .strip_prefix(&name)
            .map_or(inner.clone(), |r| r.trim_start().to_owned())
    };
    let mut bare = (*col).clone();
    bare.constraints.clear();
    let mut out = vec![("type", piece(&bare))];
    let mut not_null = false;
    for c in &col.constraints {
        let Some(NodeEnum::Constraint(k)) = &c.node else {
            continue;
        };
        let name = match pg_query::protobuf::ConstrType::try_from(k.contype) {
            Ok(pg_query::protobuf::ConstrType::ConstrNotnull) => {
                not_null = true;
                continue;
            }
            Ok(pg_query::protobuf::ConstrType::ConstrDefault) => "default",
            Ok(pg_query::protobuf::ConstrType::ConstrIdentity) => "identity",
            Ok(pg_query::protobuf::ConstrType::ConstrGenerated) => "generated",
            _ => "constraint",
        };
        let mut one = bare.clone();
        one.constraints = vec![c.clone()];
        let with = piece(&one);
        let value = with
            .strip_prefix(&out[0].1)
            .map_or(with.clone(), |r| r.trim().to_owned());
        let value = value
            .strip_prefix("DEFAULT ")
            .map_or(value.clone(), str::to_owned);
        out.push((name, value));
    }
    out.push((
        "not null",
        if not_null { "NOT NULL" } else { "NULL" }.to_owned(),
    ));
    out
}

/// The details of one differing part.
fn part_details(key: &str, a: Option<&Part>, b: Option<&Part>) -> Vec<Detail> {
    let column = key.starts_with("column ") && key != "column order";
    let probably = match (a, b) {
        // a column's loose form is only worked out when it differs
        (Some(a), Some(b)) if column => {
            crate::canon::loose_column(&a.value) == crate::canon::loose_column(&b.value)
                && crate::canon::loose_casts_agree(a, b, true)
        }
        (Some(a), Some(b)) => {
            a.loose.as_deref().unwrap_or(&a.value) == b.loose.as_deref().unwrap_or(&b.value)
                && crate::canon::loose_casts_agree(a, b, false)
        }
        _ => false,
    };
    if let (Some(pa), Some(pb), true) = (a, b, key.starts_with("column ") && key != "column order")
    {
        let (xa, xb) = (column_attributes(&pa.value), column_attributes(&pb.value));
        let mut names: Vec<&str> = xa.iter().chain(&xb).map(|(n, _)| *n).collect();
        names.dedup();
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for n in names {
            if seen.contains(&n) {
                continue;
            }
            seen.push(n);
            let va = xa.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone());
            let vb = xb.iter().find(|(k, _)| *k == n).map(|(_, v)| v.clone());
            if va != vb {
                out.push(Detail {
                    path: vec![key.to_owned(), n.to_owned()],
                    from: va,
                    to: vb,
                    probably_equal: probably,
                });
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    vec![Detail {
        path: vec![key.to_owned()],
        from: a.map(|p| p.value.clone()),
        to: b.map(|p| p.value.clone()),
        probably_equal: probably,
    }]
}

fn compare(a: &Object, b: &Object, policy: &Policy) -> Option<Change> {
    let (pa, pb) = (kept(a, policy), kept(b, policy));
    let mut details = Vec::new();
    let mut keys: Vec<&str> = pa.keys().chain(pb.keys()).copied().collect();
    keys.sort_unstable();
    keys.dedup();
    // parts in the order A has them, then what only B has
    let order: Vec<&str> = a
        .parts
        .iter()
        .chain(&b.parts)
        .map(|p| p.key.as_str())
        .filter(|k| keys.contains(k))
        .fold(Vec::new(), |mut v, k| {
            if !v.contains(&k) {
                v.push(k);
            }
            v
        });
    for k in order {
        let (x, y) = (pa.get(k).copied(), pb.get(k).copied());
        if x.map(|p| &p.value) != y.map(|p| &p.value) {
            details.extend(part_details(k, x, y));
        }
    }
    if details.is_empty() {
        return None;
    }
    let change = if details.iter().all(|d| d.probably_equal) {
        ChangeKind::ProbablyEqual
    } else {
        ChangeKind::Changed
    };
    Some(Change {
        change,
        kind: b.kind.clone(),
        identity: a.identity.clone(),
        details,
        diff: unified(&object_text(a, policy), &object_text(b, policy)),
    })
}

/// Compares `a` with `b` under `policy`.
pub fn diff(a: &Schema, b: &Schema, policy: &Policy) -> Diff {
    let mut changes = Vec::new();
    let mut unchanged = 0;
    let mut ids: Vec<&String> = a.objects.keys().chain(b.objects.keys()).collect();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        match (a.objects.get(id), b.objects.get(id)) {
            (Some(x), Some(y)) => match compare(x, y, policy) {
                Some(c) => changes.push(c),
                None => unchanged += 1,
            },
            (Some(x), None) => {
                if x.parts.iter().all(|p| !policy.keeps(p.aspect)) {
                    unchanged += 1;
                    continue;
                }
                changes.push(Change {
                    change: ChangeKind::Removed,
                    kind: x.kind.clone(),
                    identity: id.clone(),
                    details: Vec::new(),
                    diff: unified(&object_text(x, policy), ""),
                })
            }
            (None, Some(y)) => {
                if y.parts.iter().all(|p| !policy.keeps(p.aspect)) {
                    unchanged += 1;
                    continue;
                }
                changes.push(Change {
                    change: ChangeKind::Added,
                    kind: y.kind.clone(),
                    identity: id.clone(),
                    details: Vec::new(),
                    diff: unified("", &object_text(y, policy)),
                })
            }
            (None, None) => {}
        }
    }
    Diff {
        changes,
        unchanged,
        a: a.summary,
        b: b.summary,
    }
}
