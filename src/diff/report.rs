//! Printing a [`Diff`](super::Diff): for people (`human`) and for programs (`json`).

use super::{ChangeKind, Diff};
use crate::canon::Summary;

/// Whether the human report uses colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    /// ANSI colours.
    Always,
    /// Plain text.
    Never,
}

fn paint(color: Color, code: &str, s: &str) -> String {
    match color {
        Color::Always => format!("\x1b[{code}m{s}\x1b[0m"),
        Color::Never => s.to_owned(),
    }
}

fn short(s: &str) -> String {
    crate::canon::one_line(s, 120)
}

fn accounting(label: &str, s: &Summary) -> String {
    format!(
        "{label}: {} statements: {} objects from {} definitions, {} attached, {} migration steps applied; left out: {} noise, {} data; {} other, {} unsupported",
        s.statements,
        s.objects,
        s.definitions,
        s.attached,
        s.applied,
        s.noise,
        s.data,
        s.other,
        s.unsupported
    )
}

/// The report for people: per object `+ added`, `- removed`, `~ changed`, `? probably
/// equal`, with the path of every differing attribute and (unless `brief`) a unified diff of
/// the object's canonical text; then a summary line and how each side was read.
///
/// ```
/// use pgsplit::canon::{Policy, Schema};
/// use pgsplit::diff::{diff, human, Color};
/// let a = Schema::from_sql("CREATE TABLE t (a int);").unwrap();
/// let b = Schema::from_sql("CREATE TABLE t (a bigint);").unwrap();
/// let report = human(&diff(&a, &b, &Policy::default()), ("a.sql", "b.sql"), Color::Never, true);
/// assert!(report.starts_with("~ table public.t\n    column a → type: int → bigint\n"));
/// ```
pub fn human(d: &Diff, labels: (&str, &str), color: Color, brief: bool) -> String {
    let mut out = String::new();
    for c in &d.changes {
        let (sign, code) = match c.change {
            ChangeKind::Added => ("+", "32"),
            ChangeKind::Removed => ("-", "31"),
            ChangeKind::Changed => ("~", "33"),
            ChangeKind::ProbablyEqual => ("?", "36"),
        };
        let mut head = format!(
            "{sign} {} {}",
            c.kind,
            crate::canon::display_identity(&c.identity)
        );
        if c.change == ChangeKind::ProbablyEqual {
            head.push_str(
                " (probably equal: differs only in casts or column qualification, which only the server can resolve)",
            );
        }
        out.push_str(&paint(color, code, &head));
        out.push('\n');
        for det in &c.details {
            let path = det.path.join(" → ");
            let line = match (&det.from, &det.to) {
                (Some(f), Some(t)) => format!("{path}: {} → {}", short(f), short(t)),
                (Some(f), None) => format!("{path} removed: {}", short(f)),
                (None, Some(t)) => format!("{path} added: {}", short(t)),
                (None, None) => path,
            };
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
        if !brief && !c.diff.is_empty() {
            for l in c.diff.lines() {
                let l = if l.starts_with('+') && !l.starts_with("+++") {
                    paint(color, "32", l)
                } else if l.starts_with('-') && !l.starts_with("---") {
                    paint(color, "31", l)
                } else if l.starts_with("@@") {
                    paint(color, "36", l)
                } else {
                    l.to_owned()
                };
                out.push_str("    ");
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
    let summary = if d.is_equal() {
        format!(
            "equal: {} objects the same, {} probably equal",
            d.unchanged,
            d.count(ChangeKind::ProbablyEqual)
        )
    } else {
        format!(
            "different: {} added, {} removed, {} changed, {} probably equal, {} the same",
            d.count(ChangeKind::Added),
            d.count(ChangeKind::Removed),
            d.count(ChangeKind::Changed),
            d.count(ChangeKind::ProbablyEqual),
            d.unchanged
        )
    };
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary);
    out.push('\n');
    out.push_str(&accounting(labels.0, &d.a));
    out.push('\n');
    out.push_str(&accounting(labels.1, &d.b));
    out.push('\n');
    out
}

/// The JSON report (format version 1):
/// `{"version": 1, "equal": bool, "summary": {"added", "removed", "changed",
/// "probably_equal", "unchanged", "a": {...}, "b": {...}}, "changes": [{"change", "kind",
/// "identity", "details": [{"path", "from", "to", "probably_equal"}], "diff"}]}`.
///
/// ```
/// use pgsplit::canon::{Policy, Schema};
/// let a = Schema::from_sql("CREATE TABLE t (a int);").unwrap();
/// let v: serde_json::Value = serde_json::from_str(
///     &pgsplit::diff::json(&pgsplit::diff::diff(&a, &a, &Policy::default())),
/// ).unwrap();
/// assert_eq!(v["equal"], true);
/// assert_eq!(v["summary"]["unchanged"], 1);
/// ```
pub fn json(d: &Diff) -> String {
    use serde_json::json;
    let changes: Vec<serde_json::Value> = d
        .changes
        .iter()
        .map(|c| {
            json!({
                "change": c.change.as_str(),
                "kind": c.kind,
                "identity": c.identity,
                "details": c.details.iter().map(|det| json!({
                    "path": det.path,
                    "from": det.from,
                    "to": det.to,
                    "probably_equal": det.probably_equal,
                })).collect::<Vec<_>>(),
                "diff": c.diff,
            })
        })
        .collect();
    let v = json!({
        "version": 1,
        "equal": d.is_equal(),
        "summary": {
            "added": d.count(ChangeKind::Added),
            "removed": d.count(ChangeKind::Removed),
            "changed": d.count(ChangeKind::Changed),
            "probably_equal": d.count(ChangeKind::ProbablyEqual),
            "unchanged": d.unchanged,
            "a": d.a,
            "b": d.b,
        },
        "changes": changes,
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
