//! The commands that need to know what statements are: `split --format json` (class, object,
//! dependencies per statement), `split --order dependency` / `order`, and `graph`.
//!
//! One pass reads the input, keeps the statements and meta-commands (COPY data is kept as
//! byte ranges of the input, not in memory) and classifies each statement. The output is
//! then written from what was kept, COPY data read again from the input.

use super::input::Source;
use super::{note_segment, print_report, CliError, Report, SplitOptions};
use crate::classify::parse::Tree;
use crate::classify::Context;
use crate::emit::dir::DirWriter;
use crate::emit::explode::ExplodeWriter;
use crate::emit::json::escape_str;
use crate::emit::{Emitter, Format};
use crate::model::{Class, Classified};
use crate::order::graph::{self, Graph, Index};
use crate::order::{self, Change, Item, Pin, Step};
use crate::segment::{
    CopyDataInfo, Detail, Diagnostic, MetaEffect, OwnedSegment, Position, Segment, Severity, Span,
    StatementInfo, Terminator,
};
use crate::{Encoding, ScanOptions, Scanner};
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, BufWriter, Write};

/// A statement or meta-command, with the byte ranges of its COPY data: what of its
/// segment is needed to write it again. One per statement of the input, so kept small
/// (the rare parts are boxed).
struct Unit {
    span: Span,
    start: Position,
    encoding: Encoding,
    detail: Detail,
    /// The segment's text, empty when it is the item's text.
    text: Box<[u8]>,
    /// The segment's text was dropped: it is the item's text (valid UTF-8, kept once).
    text_in_item: bool,
    extra: Option<Box<Extra>>,
}

/// What few units have.
#[derive(Default)]
struct Extra {
    diagnostics: Vec<crate::Diagnostic>,
    copy: Vec<CopyChunk>,
    /// The meta-command that sent the statement (`\g`, `\gset` ...): it stays right after
    /// it.
    sent_by: Option<OwnedSegment>,
}

impl Unit {
    /// `seg` without its text when `text_in_item`.
    fn new(seg: &Segment<'_>, text_in_item: bool) -> Unit {
        Unit {
            span: seg.span,
            start: seg.start,
            encoding: seg.encoding,
            detail: seg.detail.clone(),
            text: if text_in_item {
                Box::default()
            } else {
                seg.text.as_ref().into()
            },
            text_in_item,
            extra: (!seg.diagnostics.is_empty()).then(|| {
                Box::new(Extra {
                    diagnostics: seg.diagnostics.clone(),
                    ..Extra::default()
                })
            }),
        }
    }

    /// The scanner already reported an error in it (an unterminated quote ...): the parser's
    /// complaint about the same text would say it again.
    fn has_error(&self) -> bool {
        self.extra()
            .is_some_and(|e| e.diagnostics.iter().any(|d| d.severity == Severity::Error))
    }

    /// Where byte `at` of the statement's text `text` (the item's) is in the input: exact
    /// when the text is the input's bytes from the statement's start (no meta-command line
    /// inside it, and the part before `at` the same bytes in the input's encoding); else the
    /// statement's start.
    fn position_in(&self, text: &str, at: Option<usize>) -> Position {
        let Some(before) = at.and_then(|at| text.get(..at)) else {
            return self.start;
        };
        let raw_len = if self.text_in_item {
            text.len()
        } else {
            self.text.len()
        };
        if raw_len as u64 != self.span.end - self.span.start
            || !(self.text_in_item || before.is_ascii())
        {
            return self.start;
        }
        self.start.advance(before.as_bytes(), Encoding::UTF8)
    }

    fn extra(&self) -> Option<&Extra> {
        self.extra.as_deref()
    }

    fn extra_mut(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Box::default)
    }

    fn copy(&self) -> &[CopyChunk] {
        self.extra().map_or(&[], |e| &e.copy)
    }

    fn sent_by(&self) -> Option<&OwnedSegment> {
        self.extra().and_then(|e| e.sent_by.as_ref())
    }
}

struct CopyChunk {
    span: Span,
    start: Position,
    info: CopyDataInfo,
    encoding: Encoding,
}

/// What one pass over the input keeps.
pub(crate) struct Analysis {
    units: Vec<Unit>,
    /// One item per unit.
    pub items: Vec<Item>,
    /// Unless trees are dropped: each item's encoded parse tree (see `classify::parse`).
    pub trees: Vec<Option<Tree>>,
    /// Unless trees are dropped: whether each item's classification is what classifying its
    /// text at the start of an input gives (a statement, not classified again under a
    /// changed search path or standard_conforming_strings), so that another input can take
    /// it over.
    reusable: Vec<bool>,
}

/// What [`collect`] does with the parse trees of the statements it classifies.
#[derive(Clone, Copy)]
pub(crate) enum Trees<'a> {
    /// Dropped once the statement is classified.
    Drop,
    /// Kept, encoded, one per item (for the canonical form).
    Keep,
    /// Kept; and a statement whose text the earlier analysis classified (read with the same
    /// options) takes over its classification and tree instead of being parsed again: the
    /// second side of a `diff`, mostly the same statements as the first.
    Reuse(&'a Analysis),
}

impl Analysis {
    /// Where statement `i` starts.
    pub(crate) fn position(&self, i: usize) -> Position {
        self.units.get(i).map_or(Position::default(), |u| u.start)
    }

    /// The COPY data of statement `i` (its rows, without the `\.` line) and whether the
    /// block was terminated; `None` when it has none.
    pub(crate) fn copy_data(
        &self,
        source: &mut Source,
        i: usize,
    ) -> Result<Option<(Vec<u8>, bool)>, CliError> {
        let Some(u) = self.units.get(i) else {
            return Ok(None);
        };
        if u.copy().is_empty() {
            return Ok(None);
        }
        let mut data = Vec::new();
        let mut terminated = false;
        for c in u.copy() {
            let bytes = source.read_at(c.span.start, c.span.len() as usize)?;
            data.extend_from_slice(&bytes[..c.info.data_len.min(bytes.len())]);
            terminated |= c.info.terminated;
        }
        Ok(Some((data, terminated)))
    }
}

/// The classification of a meta-command: `\restrict` first, `\unrestrict` last, commands that
/// change what follows are barriers, the rest stay in place.
fn meta_item(name: &str, effect: MetaEffect) -> (Classified, Pin) {
    match (name, effect) {
        ("restrict", _) => (Classified::new(Class::Setting), Pin::First),
        ("unrestrict", _) => (Classified::new(Class::Setting), Pin::Last),
        (_, MetaEffect::Encoding) => {
            let mut c = Classified::new(Class::Setting);
            c.action = Some("client_encoding");
            (c, Pin::Free)
        }
        (_, e) if e.changes_meaning() => (Classified::new(Class::Other), Pin::Barrier),
        _ => (Classified::new(Class::Other), Pin::Free),
    }
}

/// One statement while classifying: whether to classify it (and whether it was classified
/// already, by the analysis it reuses), its item, and where its encoded parse tree goes (when
/// trees are kept).
type Record<'a> = ((bool, bool), &'a mut Item, Option<&'a mut Option<Tree>>);

/// Reads the input once, keeping and classifying statements.
pub(crate) fn collect(
    source: &mut Source,
    scan: &ScanOptions,
    report: &mut Report,
    meta_left_out: bool,
    needs_utf8: bool,
    label: &str,
    keep: Trees<'_>,
) -> Result<Analysis, CliError> {
    let keep_trees = !matches!(keep, Trees::Drop);
    // room for as many statements as a schema dump of that size has (pg_dump's average is
    // 150-200 bytes a statement; COPY data makes fewer): growing these vectors to tens of
    // megabytes copied them into fresh memory at each doubling; at most 2^18 (some 100 MB
    // of address space, touched only as it fills)
    let expected = source
        .size_hint()
        .map_or(0, |n| usize::try_from(n / 128).unwrap_or(usize::MAX))
        .min(1 << 18);
    let mut scanner = Scanner::with_options(source.reader()?, scan.clone());
    let mut units: Vec<Unit> = Vec::with_capacity(expected);
    let mut items: Vec<Item> = Vec::with_capacity(expected);
    // whether each item is a statement to classify, once everything is read (in parallel)
    let mut classify: Vec<bool> = Vec::with_capacity(expected);
    while let Some(seg) = scanner.next_segment() {
        let seg = seg.map_err(|e| CliError {
            subject: label.to_owned(),
            message: e.to_string(),
        })?;
        note_segment(&seg, report, meta_left_out, needs_utf8);
        match &seg.detail {
            Detail::Statement(_) => {
                let text = seg.encoding.decode(&seg.text);
                // the text is kept once: in the item when it is the same bytes
                let mut same = false;
                let (text, valid) = match text {
                    Ok(t) => {
                        same = matches!(t, Cow::Borrowed(_)) && !seg.text.is_empty();
                        (t.into_owned(), true)
                    }
                    Err(_) => (String::new(), false),
                };
                let mut class = Classified::new(Class::Unsupported);
                if !valid {
                    class.reason = Some(format!("not valid {}", seg.encoding));
                }
                classify.push(valid);
                items.push(Item {
                    class,
                    text,
                    search_path: Vec::new(),
                    pin: Pin::Free,
                });
                units.push(Unit::new(&seg, same));
            }
            Detail::Meta(m) => {
                let sends_last = units.last().is_some_and(|u| {
                    u.sent_by().is_none()
                        && u.copy().is_empty()
                        && matches!(&u.detail, Detail::Statement(s) if matches!(&s.terminator, Terminator::Meta(n) if *n == m.name))
                });
                if sends_last {
                    if let Some(u) = units.last_mut() {
                        u.extra_mut().sent_by = Some(seg.to_owned_segment());
                    }
                    continue;
                }
                let (class, pin) = meta_item(&m.name, m.effect);
                classify.push(false);
                items.push(Item {
                    class,
                    text: String::from_utf8_lossy(&seg.text).into_owned(),
                    search_path: Vec::new(),
                    pin,
                });
                units.push(Unit::new(&seg, false));
            }
            Detail::CopyData(info) => {
                if let Some(u) = units.last_mut() {
                    u.extra_mut().copy.push(CopyChunk {
                        span: seg.span,
                        start: seg.start,
                        info: info.clone(),
                        encoding: seg.encoding,
                    });
                }
            }
            Detail::Trivia(_) => {}
        }
    }
    let mut start = Context::default();
    start.standard_conforming_strings = scan.standard_conforming_strings;
    // classified in place: a second vector of classifications would hold as much again
    let mut trees: Vec<Option<Tree>> = Vec::new();
    if keep_trees {
        trees.resize(items.len(), None);
    }
    // the statements the earlier analysis classified: its item for each text
    let earlier: HashMap<&str, usize> = match keep {
        Trees::Reuse(a) => a
            .items
            .iter()
            .enumerate()
            .filter(|(j, _)| a.reusable.get(*j) == Some(&true))
            .map(|(j, it)| (it.text.as_str(), j))
            .collect(),
        _ => HashMap::new(),
    };
    let mut slots = trees.iter_mut();
    let mut records: Vec<Record<'_>> = classify
        .iter()
        .zip(items.iter_mut())
        .map(|(&todo, item)| {
            let mut slot = slots.next();
            let mut known = false;
            if let (true, Trees::Reuse(a)) = (todo, keep) {
                if let Some(&j) = earlier.get(item.text.as_str()) {
                    item.class = a.items[j].class.clone();
                    if let Some(s) = slot.as_mut() {
                        **s = a.trees.get(j).cloned().flatten();
                    }
                    known = true;
                }
            }
            ((todo, known), item, slot)
        })
        .collect();
    drop(earlier);
    // whether each record was classified again (not what its text gives at the start)
    let mut again = Vec::with_capacity(records.len());
    crate::classify::classify_each_keeping(
        &mut records,
        &start,
        |((todo, _), item, _)| todo.then_some(item.text.as_str()),
        |((_, known), _, _)| *known,
        |(_, item, _)| &mut item.class,
        |(_, item, _), path, classified_again| {
            item.search_path = path.to_vec();
            again.push(classified_again);
        },
        keep_trees.then_some(|(_, _, slot): &mut Record<'_>, t: Vec<u8>| {
            if let Some(s) = slot {
                **s = Some(Tree::new(t));
            }
        }),
    );
    drop(records);
    let reusable = if keep_trees {
        classify
            .iter()
            .zip(&again)
            .map(|(&todo, &again)| todo && !again)
            .collect()
    } else {
        Vec::new()
    };
    for (u, item) in units.iter().zip(&items) {
        if item.class.class == Class::Unsupported && !u.has_error() {
            report.add(Diagnostic {
                severity: Severity::Warning,
                code: "unsupported-statement",
                message: match item.class.reason.as_deref() {
                    Some(r) if r.starts_with(crate::classify::refused::PREFIX) => {
                        format!("{r}; passed through as it is")
                    }
                    r => format!(
                        "not understood by the PostgreSQL 18 grammar, passed through as it is: {}",
                        r.unwrap_or("unknown reason")
                    ),
                },
                at: u.position_in(&item.text, item.class.reason_at),
            });
        }
    }
    Ok(Analysis {
        units,
        items,
        trees,
        reusable,
    })
}

fn json_string(out: &mut String, s: &str) {
    let mut v = Vec::new();
    let _ = escape_str(&mut v, s);
    out.push('"');
    out.push_str(&String::from_utf8_lossy(&v));
    out.push('"');
}

fn json_list(out: &mut String, list: &[String]) {
    out.push('[');
    for (k, s) in list.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        json_string(out, s);
    }
    out.push(']');
}

/// The JSON members describing item `i`: class, object, attached_to, depends_on.
fn annotation(items: &[Item], index: &Index, g: &Graph, i: usize) -> String {
    let c = &items[i].class;
    let mut s = String::from("\"class\":");
    json_string(&mut s, c.class.as_str());
    s.push_str(",\"object\":");
    match display_object(items, g, i, c) {
        Some(o) => {
            s.push_str("{\"kind\":");
            json_string(&mut s, o.kind.as_str());
            s.push_str(",\"schema\":");
            match &o.schema {
                Some(x) => json_string(&mut s, x),
                None => s.push_str("null"),
            }
            s.push_str(",\"name\":");
            json_string(&mut s, &o.name);
            s.push_str(",\"identity\":");
            json_string(&mut s, &o.identity);
            s.push('}');
        }
        None => s.push_str("null"),
    }
    if let Some(a) = c.action {
        s.push_str(",\"action\":");
        json_string(&mut s, a);
    }
    if let Some(owner) = g.owner.get(i).copied().flatten() {
        if let Some(o) = &items[owner].class.object {
            s.push_str(",\"attached_to\":");
            json_string(&mut s, &o.identity);
        }
    }
    let (hard, soft) = graph::depends_on(items, index, i);
    s.push_str(",\"depends_on\":");
    json_list(&mut s, &hard);
    if !soft.is_empty() {
        s.push_str(",\"soft_depends_on\":");
        json_list(&mut s, &soft);
    }
    if let Some(r) = &c.reason {
        s.push_str(",\"reason\":");
        json_string(&mut s, r);
    }
    s
}

/// The object shown for a statement: for a statement attached to a relation, the
/// relation as defined in the input (a `partition`, a `view` ...), not the kind its
/// `ALTER TABLE` or `GRANT ... ON TABLE` syntax suggests.
fn display_object<'a>(
    items: &'a [Item],
    g: &Graph,
    i: usize,
    c: &'a Classified,
) -> Option<&'a crate::model::ObjectId> {
    let o = c.object.as_ref()?;
    if c.class != Class::Definition && o.parent.is_none() {
        if let Some(owner) = g.owner.get(i).copied().flatten() {
            if let Some(x) = &items[owner].class.object {
                if x.name == o.name
                    && x.schema == o.schema
                    && x.kind.namespace() == o.kind.namespace()
                {
                    return Some(x);
                }
            }
        }
    }
    Some(o)
}

enum Out<'a, 'w> {
    Stream(Emitter<BufWriter<&'w mut dyn Write>>),
    Dir(&'a mut DirWriter),
    Exploded(&'a mut ExplodeWriter),
}

impl Out<'_, '_> {
    fn segment(&mut self, seg: &Segment<'_>, members: Option<String>) -> io::Result<()> {
        match self {
            Out::Stream(e) => {
                if let Some(m) = members {
                    e.annotate(m);
                }
                e.segment(seg)
            }
            Out::Dir(d) => d.segment(seg),
            Out::Exploded(d) => d.segment(seg),
        }
    }
}

/// Writes unit `u` with its text (`text`, or its own), then what goes with it: the
/// meta-command that sent it and its COPY data, read again from the input. A `replaced`
/// statement (rewritten or added) is written alone, ended by `;`.
fn write_unit(
    out: &mut Out<'_, '_>,
    source: &mut Source,
    u: &Unit,
    text: Option<&str>,
    replaced: bool,
    members: Option<String>,
) -> Result<(), CliError> {
    let w = |e| CliError::io("<stdout>", "cannot write", e);
    let members_given = members.is_some();
    let seg = Segment {
        span: u.span,
        start: u.start,
        text: match text {
            Some(t) => Cow::Borrowed(t.as_bytes()),
            None => Cow::Borrowed(&u.text[..]),
        },
        encoding: if replaced { Encoding::UTF8 } else { u.encoding },
        detail: if replaced {
            Detail::Statement(StatementInfo {
                index: 0,
                terminator: Terminator::Semicolon,
                copy: None,
                batch: None,
            })
        } else {
            u.detail.clone()
        },
        holes: Vec::new(),
        diagnostics: match u.extra() {
            Some(e) if !replaced => e.diagnostics.clone(),
            _ => Vec::new(),
        },
    };
    out.segment(&seg, members).map_err(w)?;
    if replaced {
        return Ok(());
    }
    if let Some(m) = u.sent_by() {
        let members = members_given
            .then(|| "\"class\":\"other\",\"object\":null,\"depends_on\":[]".to_owned());
        out.segment(m, members).map_err(w)?;
    }
    for c in u.copy() {
        let bytes = source.read_at(c.span.start, c.span.len() as usize)?;
        let seg = Segment {
            span: c.span,
            start: c.start,
            text: Cow::Owned(bytes),
            encoding: c.encoding,
            detail: Detail::CopyData(c.info.clone()),
            holes: Vec::new(),
            diagnostics: Vec::new(),
        };
        out.segment(&seg, None).map_err(w)?;
    }
    Ok(())
}

/// Writes every statement and meta-command of `analysis` (with its COPY data) to the file
/// `paths` gives for it, in input order.
pub(crate) fn write_exploded(
    analysis: &Analysis,
    paths: &[String],
    source: &mut Source,
    w: &mut ExplodeWriter,
    label: &str,
) -> Result<(), CliError> {
    for (i, u) in analysis.units.iter().enumerate() {
        w.select(&paths[i])
            .map_err(|e| CliError::io(label, "cannot write", e))?;
        let own = u.text_in_item.then_some(analysis.items[i].text.as_str());
        write_unit(&mut Out::Exploded(w), source, u, own, false, None)?;
    }
    Ok(())
}

/// `split` with JSON output (not streamed), `split --order dependency` and `order`.
pub(crate) fn split(
    opts: &SplitOptions,
    source: &mut Source,
    out: &mut dyn Write,
    err: &mut dyn Write,
    label: &str,
    scan: &ScanOptions,
) -> Result<i32, CliError> {
    let mut report = Report::default();
    let scan = ScanOptions {
        positions: true,
        ..scan.clone()
    };
    let meta_left_out = !opts.keep_meta
        && (opts.out_dir.is_some() || matches!(opts.format, Format::Sql | Format::Nul));
    let needs_utf8 = opts.out_dir.is_none() && matches!(opts.format, Format::Json | Format::Jsonl);
    let mut analysis = collect(
        source,
        &scan,
        &mut report,
        meta_left_out,
        needs_utf8,
        label,
        Trees::Drop,
    )?;
    let input_count = analysis.items.len();
    let (steps, items, g) = if opts.order {
        match order::order(std::mem::take(&mut analysis.items)) {
            Ok(plan) => {
                order_report(&plan, &analysis.units, &mut report);
                (plan.steps, plan.items, plan.graph)
            }
            Err(e) => {
                let at = e
                    .statements
                    .first()
                    .map_or(Position::default(), |&i| analysis.units[i].start);
                report.add(Diagnostic {
                    severity: Severity::Error,
                    code: "dependency-cycle",
                    message: e.to_string(),
                    at,
                });
                print_report(&report, opts, label, source, err)?;
                return Ok(2);
            }
        }
    } else {
        let g = graph::build(&analysis.items);
        let steps = (0..input_count).map(Step::Statement).collect();
        (steps, std::mem::take(&mut analysis.items), g)
    };
    print_report(&report, opts, label, source, err)?;
    if report.failed(opts.strict) {
        return Ok(2);
    }
    let annotate = opts.out_dir.is_none() && matches!(opts.format, Format::Json | Format::Jsonl);
    let index = if annotate {
        graph::index(&items)
    } else {
        graph::index(&[])
    };
    let members = |i: usize| annotate.then(|| annotation(&items, &index, &g, i));
    // Text goes out in the encoding it came in: where settings moved to the front leave
    // another client encoding in effect than a statement was written in, one is set.
    let raw_text = !annotate;
    let write_steps = |out: &mut Out<'_, '_>, source: &mut Source| -> Result<(), CliError> {
        let mut current = opts.encoding;
        for step in &steps {
            let unit = match step {
                Step::Statement(i) | Step::Rewritten { index: i, .. } => &analysis.units[*i],
                Step::Added { from, .. } => &analysis.units[*from],
            };
            let item = match step {
                Step::Statement(i) | Step::Rewritten { index: i, .. } => &items[*i],
                Step::Added { item, .. } => &items[*item],
            };
            if raw_text
                && item.class.action != Some("client_encoding")
                && unit.encoding != current
                && !unit.text_in_item
                && !unit.text.is_ascii()
            {
                let set = format!("SET client_encoding = '{}';", unit.encoding.name());
                write_unit(out, source, unit, Some(&set), true, None)?;
                current = unit.encoding;
            }
            if item.class.action == Some("client_encoding") {
                if let Some(e) = encoding_set_by(&item.text) {
                    current = e;
                }
            }
            match step {
                Step::Statement(i) => {
                    let u = &analysis.units[*i];
                    let own = u.text_in_item.then_some(items[*i].text.as_str());
                    write_unit(out, source, u, own, false, members(*i))?
                }
                Step::Rewritten { index: i, text } => write_unit(
                    out,
                    source,
                    &analysis.units[*i],
                    Some(text),
                    true,
                    members(*i),
                )?,
                Step::Added { from, item, text } => write_unit(
                    out,
                    source,
                    &analysis.units[*from],
                    Some(text),
                    true,
                    members(*item),
                )?,
            }
        }
        Ok(())
    };
    match &opts.out_dir {
        Some(d) => {
            let name = d.display().to_string();
            let mut w = DirWriter::create(d, opts.force, opts.keep_meta)
                .map_err(|e| CliError::io(&name, "cannot write", e))?;
            write_steps(&mut Out::Dir(&mut w), source)?;
            w.finish()
                .map_err(|e| CliError::io(&name, "cannot write", e))?;
        }
        None => {
            let mut o = Out::Stream(Emitter::new(
                BufWriter::with_capacity(1 << 16, out),
                opts.format,
                opts.keep_meta,
            ));
            let result = write_steps(&mut o, source).and_then(|()| match o {
                Out::Stream(e) => e
                    .finish()
                    .map(|_| ())
                    .map_err(|e| CliError::io("<stdout>", "cannot write", e)),
                Out::Dir(_) | Out::Exploded(_) => Ok(()),
            });
            match result {
                Ok(()) => {}
                Err(e) if e.message.ends_with("Broken pipe") => return Ok(0),
                Err(e) => return Err(e),
            }
        }
    }
    Ok(0)
}

/// The encoding a `SET client_encoding` or `\encoding` names.
fn encoding_set_by(text: &str) -> Option<Encoding> {
    let t = text.trim().trim_end_matches(';').trim();
    let value = if let Some(rest) = t.strip_prefix("\\encoding") {
        rest.trim()
    } else {
        let lower = t.to_ascii_lowercase();
        let at = lower.find("client_encoding")? + "client_encoding".len();
        let rest = t[at..].trim_start();
        let rest = rest.strip_prefix('=').or_else(|| {
            rest.get(2..)
                .filter(|_| rest[..2].eq_ignore_ascii_case("to"))
        })?;
        rest.trim()
    };
    Encoding::from_name(value.trim_matches(|c| c == '\'' || c == '"'))
}

/// Notes and warnings about what ordering did.
fn order_report(plan: &order::Plan, units: &[Unit], report: &mut Report) {
    let items = &plan.items[..units.len()];
    let at = |i: usize| units[i].start;
    let name = |i: usize| match &items[i].class.object {
        Some(o) => o.identity.clone(),
        None => format!("statement {}", i + 1),
    };
    for c in &plan.changes {
        match c {
            Change::ForeignKeysMoved { from, count } => report.add(Diagnostic {
                severity: Severity::Note,
                code: "foreign-keys-moved",
                message: format!(
                    "{count} foreign key{} of {} moved into ALTER TABLE ... ADD CONSTRAINT after the tables, to break a cycle",
                    if *count == 1 { "" } else { "s" },
                    name(*from)
                ),
                at: at(*from),
            }),
            Change::SoftDependencyIgnored { from, to } => report.add(Diagnostic {
                severity: Severity::Note,
                code: "soft-dependency-ignored",
                message: format!(
                    "{} may use {} (found in a function body or a load-order preference); ignored to break a cycle",
                    name(*from),
                    name(*to)
                ),
                at: at(*from),
            }),
        }
    }
    for &(later, earlier) in &plan.duplicates {
        report.add(Diagnostic {
            severity: Severity::Warning,
            code: "duplicate-definition",
            message: format!(
                "{} is defined again (first at line {}); the definitions keep their input order",
                name(later),
                at(earlier).line
            ),
            at: at(later),
        });
    }
    // ALTER DEFAULT PRIVILEGES goes near the end, as in pg_dump output; written before the
    // objects it was meant for, it no longer applies to them.
    let first_created = items.iter().position(|it| {
        it.class.class == Class::Definition
            && it.class.object.as_ref().is_some_and(|o| {
                use crate::model::ObjectKind as K;
                matches!(
                    o.kind,
                    K::Table
                        | K::Partition
                        | K::View
                        | K::MaterializedView
                        | K::Sequence
                        | K::Function
                        | K::Procedure
                        | K::Type
                        | K::Enum
                        | K::Domain
                        | K::Composite
                        | K::Range
                        | K::Schema
                        | K::ForeignTable
                )
            })
    });
    for (i, item) in items.iter().enumerate() {
        let adp = item
            .class
            .object
            .as_ref()
            .is_some_and(|o| o.kind == crate::model::ObjectKind::DefaultPrivileges);
        if adp && first_created.is_some_and(|f| i < f) {
            report.add(Diagnostic {
                severity: Severity::Warning,
                code: "default-privileges-moved",
                message: "ALTER DEFAULT PRIVILEGES is placed after the objects, as pg_dump does: objects created after it in the input no longer get these privileges".to_owned(),
                at: at(i),
            });
        }
        if item.class.changes_existing {
            report.add(Diagnostic {
                severity: Severity::Warning,
                code: "order-changes-existing",
                message: "changes or drops existing objects: dependency order assumes each object is defined once, and only keeps such statements in order among themselves".to_owned(),
                at: at(i),
            });
        }
    }
}

/// `pgsplit graph`: the dependency graph as Graphviz DOT or JSON.
pub(crate) fn graph_command(
    source: &mut Source,
    scan: &ScanOptions,
    dot: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
    opts: &SplitOptions,
    label: &str,
) -> Result<i32, CliError> {
    let mut report = Report::default();
    let scan = ScanOptions {
        positions: true,
        ..scan.clone()
    };
    let analysis = collect(source, &scan, &mut report, false, false, label, Trees::Drop)?;
    print_report(&report, opts, label, source, err)?;
    if report.failed(opts.strict) {
        return Ok(2);
    }
    let g = graph::build(&analysis.items);
    let items = &analysis.items;
    let label_of = |i: usize| -> String {
        match &items[i].class.object {
            Some(o) if items[i].class.class == Class::Definition => o.identity.clone(),
            Some(o) => format!("{} {}", items[i].class.action.unwrap_or("on"), o.identity),
            None => {
                let t: String = items[i]
                    .text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                let short: String = t.chars().take(48).collect();
                if short.len() < t.len() {
                    format!("{short}...")
                } else {
                    short
                }
            }
        }
    };
    let mut s = String::new();
    if dot {
        s.push_str("digraph pgsplit {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n");
        for (i, unit) in analysis.units.iter().enumerate() {
            let mut l = String::new();
            json_string(
                &mut l,
                &format!("{}:{} {}", unit.start.line, unit.start.column, label_of(i)),
            );
            let style = match items[i].class.class {
                Class::Definition => "",
                Class::Attached => ", style=rounded",
                Class::Setting => ", style=dotted",
                Class::Other => ", style=dashed",
                Class::Unsupported => ", color=red",
            };
            s.push_str(&format!("  n{i} [label={l}{style}];\n"));
        }
        s.push_str("  // an edge goes from what is needed to what needs it\n");
        for (i, edges) in g.edges.iter().enumerate() {
            for e in edges {
                let style = if e.strength == crate::model::Strength::Soft {
                    " [style=dashed]"
                } else {
                    ""
                };
                s.push_str(&format!("  n{} -> n{i}{style};\n", e.to));
            }
        }
        s.push_str("}\n");
    } else {
        s.push_str("{\"nodes\":[");
        for i in 0..items.len() {
            if i > 0 {
                s.push(',');
            }
            let p = analysis.units[i].start;
            s.push_str(&format!(
                "\n{{\"id\":{i},\"line\":{},\"column\":{},\"label\":",
                p.line, p.column
            ));
            json_string(&mut s, &label_of(i));
            s.push(',');
            s.push_str(&annotation_light(items, &g, i));
            s.push('}');
        }
        s.push_str("\n],\"edges\":[");
        let mut first = true;
        for (i, edges) in g.edges.iter().enumerate() {
            for e in edges {
                if !first {
                    s.push(',');
                }
                first = false;
                let strength = if e.strength == crate::model::Strength::Soft {
                    "soft"
                } else {
                    "hard"
                };
                s.push_str(&format!(
                    "\n{{\"from\":{},\"to\":{i},\"strength\":\"{strength}\"}}",
                    e.to
                ));
            }
        }
        s.push_str("\n]}\n");
    }
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(0),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(CliError::io("<stdout>", "cannot write", e)),
    }
}

/// Class and object of a graph node.
fn annotation_light(items: &[Item], g: &Graph, i: usize) -> String {
    let c = &items[i].class;
    let mut s = String::from("\"class\":");
    json_string(&mut s, c.class.as_str());
    if let Some(o) = display_object(items, g, i, c) {
        s.push_str(",\"kind\":");
        json_string(&mut s, o.kind.as_str());
        s.push_str(",\"identity\":");
        json_string(&mut s, &o.identity);
    }
    if let Some(a) = c.action {
        s.push_str(",\"action\":");
        json_string(&mut s, a);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Input;

    fn read(sql: &str, trees: Trees<'_>) -> Analysis {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sql");
        std::fs::write(&path, sql).unwrap();
        let mut source = Source::open(&Input::Path(path), true).unwrap();
        let scan = ScanOptions {
            trivia: false,
            positions: true,
            ..ScanOptions::default()
        };
        collect(
            &mut source,
            &scan,
            &mut Report::default(),
            false,
            false,
            "x",
            trees,
        )
        .unwrap()
    }

    fn identity(a: &Analysis, i: usize) -> &str {
        &a.items[i].class.object.as_ref().unwrap().identity
    }

    #[test]
    fn the_second_input_takes_over_what_the_first_classified() {
        let a = read(
            "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT 1;\n",
            Trees::Keep,
        );
        let b = read(
            "CREATE VIEW v AS SELECT 1;\nCREATE TABLE u (a int);\n",
            Trees::Reuse(&a),
        );
        assert_eq!(b.trees[0], a.trees[1], "the view's tree, taken over");
        assert_eq!(identity(&b, 0), identity(&a, 1));
        assert_eq!(identity(&b, 1), "table:public.u");
        assert!(b.trees[1].is_some(), "parsed");
    }

    #[test]
    fn strings_are_read_under_the_standard_conforming_strings_in_effect() {
        let sql = "COMMENT ON TABLE t IS 'it\\'s';\n";
        let off = format!("SET standard_conforming_strings = off;\n{sql}");
        let a = read(&off, Trees::Keep);
        assert_eq!(a.items[1].class.class, crate::model::Class::Attached);
        // the same text at the start of another input (standard strings): not taken over,
        // and refused there as the server refuses it
        let b = read(sql, Trees::Reuse(&a));
        assert_eq!(b.items[0].class.class, crate::model::Class::Unsupported);
        // and the other way round
        let a = read(sql, Trees::Keep);
        let b = read(&off, Trees::Reuse(&a));
        assert_eq!(b.items[1].class.class, crate::model::Class::Attached);
        assert!(b.trees[1].is_some());
    }

    #[test]
    fn a_statement_classified_under_another_search_path_is_not_taken_over() {
        let a = read(
            "SET search_path = s;\nCREATE TABLE t (a int);\n",
            Trees::Keep,
        );
        assert_eq!(identity(&a, 1), "table:s.t");
        let b = read("CREATE TABLE t (a int);\n", Trees::Reuse(&a));
        assert_eq!(identity(&b, 0), "table:public.t");
        // and the other way round: classified at the start on the first side, under another
        // path on the second, where the search path pass classifies it again
        let a = read("CREATE TABLE t (a int);\n", Trees::Keep);
        let b = read(
            "SET search_path = s;\nCREATE TABLE t (a int);\n",
            Trees::Reuse(&a),
        );
        assert_eq!(identity(&b, 1), "table:s.t");
    }
}
