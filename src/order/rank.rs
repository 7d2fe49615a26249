//! The tie-break: when several statements could come next, the one with the lowest rank goes
//! first (then the lowest identity, then the lowest text). The ranks follow pg_dump's order of
//! object types (schemas and extensions first; types, functions, tables; data; then indexes,
//! constraints, triggers, foreign keys, policies), with materialized views and their
//! `REFRESH` last.

use crate::model::{Class, Classified, ObjectKind};

/// Where a statement is pinned, whatever it depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pin {
    /// Ordered by its dependencies and rank.
    Free,
    /// Before everything (`\restrict`).
    First,
    /// After everything (`\unrestrict`).
    Last,
    /// A meta-command that changes what follows (`\connect`, `\i`, `\if` ...): nothing moves
    /// across it.
    Barrier,
}

/// The rank of a statement's class and kind.
pub(crate) fn rank(c: &Classified, on_matview: bool) -> u8 {
    match c.class {
        // The encoding of the text after it: first.
        Class::Setting if c.action == Some("client_encoding") => 0,
        Class::Setting => 1,
        Class::Other | Class::Unsupported => 40,
        Class::Attached => match c.action {
            Some("data") | Some("setval") => 38,
            Some("refresh") => 92,
            Some("refresh-concurrently") => 93,
            Some("foreign-key") => 56,
            _ => c
                .object
                .as_ref()
                .map_or(40, |o| kind_rank(o.kind, on_matview)),
        },
        Class::Definition => c
            .object
            .as_ref()
            .map_or(40, |o| kind_rank(o.kind, on_matview)),
    }
}

fn kind_rank(kind: ObjectKind, on_matview: bool) -> u8 {
    use ObjectKind as K;
    match kind {
        K::Role => 3,
        K::Schema => 10,
        K::Extension => 11,
        K::Language => 12,
        K::Collation => 13,
        K::ShellType => 14,
        K::Type | K::Enum | K::Domain | K::Composite | K::Range => 15,
        K::Cast => 16,
        K::Function | K::Procedure => 17,
        K::Aggregate => 18,
        K::AccessMethod => 19,
        K::Operator => 20,
        K::OperatorFamily => 21,
        K::OperatorClass => 22,
        K::Conversion => 23,
        K::Transform => 24,
        K::TextSearchParser | K::TextSearchTemplate => 25,
        K::TextSearchDictionary => 26,
        K::TextSearchConfiguration => 27,
        K::ForeignDataWrapper => 28,
        K::Server => 29,
        K::UserMapping => 30,
        K::Sequence => 31,
        K::Table | K::Partition | K::ForeignTable | K::Column => 32,
        K::View => 33,
        K::LargeObject => 37,
        K::Index | K::Constraint if on_matview => 91,
        K::Index | K::Constraint => 50,
        K::Statistics => 52,
        K::Rule => 53,
        K::Trigger => 54,
        K::Policy => 57,
        K::Publication => 58,
        K::Subscription => 59,
        K::DefaultPrivileges => 60,
        K::EventTrigger => 61,
        K::MaterializedView => 90,
        K::Database | K::Tablespace => 2,
    }
}

/// The order of attached statements that are ready at the same time, right after what they
/// need: columns, then owner, comments, privileges (REVOKE before GRANT, as pg_dump writes
/// them), defaults and the rest, data last.
pub(crate) fn attached_rank(action: Option<&str>) -> u8 {
    match action {
        Some("add-column") => 0,
        Some("identity") => 1,
        Some("default") => 2,
        Some("owner") => 3,
        Some("comment") => 4,
        Some("security-label") => 5,
        Some("revoke") => 6,
        Some("grant") => 7,
        Some("owned-by") => 8,
        Some("constraint") => 10,
        Some("attach-partition") => 11,
        Some("replica-identity") => 12,
        Some("row-security") => 13,
        Some("data") => 14,
        Some("setval") => 15,
        Some("foreign-key") => 16,
        _ => 9,
    }
}
