//! Rule `subscriptions`: a subscription is its connection, its publications and the options
//! that say how it replicates, as pg_dump prints it (checked against the server):
//!
//! * `connect`, `create_slot`, `enabled` and `copy_data` are what to do when the statement
//!   runs, not what it makes: pg_dump writes every subscription `connect = false` (to be
//!   enabled by hand), so they go;
//! * `slot_name` that is the subscription's own name is what no `slot_name` means;
//! * options at their defaults go (`binary = false`, `streaming = off`, `two_phase = false`,
//!   `disable_on_error = false`, `synchronous_commit = off`, `origin = any`,
//!   `password_required = true`, `run_as_owner = false`, `failover = false`), booleans are
//!   spelled `true`/`false`, and the rest is sorted by name.

use pg_query::protobuf::{CreateSubscriptionStmt, DefElem, Node, String as PgString};
use pg_query::NodeEnum;

fn value(d: &DefElem) -> Option<String> {
    match d.arg.as_deref().and_then(|a| a.node.as_ref()) {
        Some(NodeEnum::String(s)) => Some(s.sval.clone()),
        Some(NodeEnum::Boolean(b)) => Some(b.boolval.to_string()),
        Some(NodeEnum::Integer(i)) => Some(i.ival.to_string()),
        // a bare word (`binary = off`, `slot_name = s`) is parsed as a type name
        Some(NodeEnum::TypeName(t)) if t.names.len() == 1 => {
            crate::classify::names::string(&t.names[0]).map(str::to_owned)
        }
        // an option with no value is true
        None => Some("true".to_owned()),
        _ => None,
    }
}

fn boolean(v: &str) -> Option<&'static str> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "on" | "1" | "yes" => Some("true"),
        "false" | "off" | "0" | "no" => Some("false"),
        _ => None,
    }
}

const BOOLEANS: &[&str] = &[
    "binary",
    "two_phase",
    "disable_on_error",
    "password_required",
    "run_as_owner",
    "failover",
];

/// Applies the rule to `CREATE SUBSCRIPTION`.
pub(crate) fn canonical(s: &mut CreateSubscriptionStmt) {
    let subname = s.subname.clone();
    s.options.retain_mut(|o| {
        let Some(NodeEnum::DefElem(d)) = o.node.as_mut() else {
            return true;
        };
        if matches!(
            d.defname.as_str(),
            "connect" | "create_slot" | "enabled" | "copy_data"
        ) {
            return false;
        }
        let Some(v) = value(d) else { return true };
        let mut v = v;
        if BOOLEANS.contains(&d.defname.as_str()) {
            if let Some(b) = boolean(&v) {
                v = b.to_owned();
            }
        }
        if d.defname == "streaming" {
            if let Some(b) = boolean(&v) {
                v = if b == "true" { "on" } else { "off" }.to_owned();
            }
        }
        let default = match d.defname.as_str() {
            "binary" | "two_phase" | "disable_on_error" | "run_as_owner" | "failover" => {
                v == "false"
            }
            "password_required" => v == "true",
            "streaming" | "synchronous_commit" => v.eq_ignore_ascii_case("off"),
            "origin" => v.eq_ignore_ascii_case("any"),
            "slot_name" => v == subname,
            _ => false,
        };
        d.arg = Some(Box::new(Node {
            node: Some(NodeEnum::String(PgString { sval: v })),
        }));
        d.location = -1;
        !default
    });
    s.options.sort_by(|a, b| {
        let name = |n: &Node| match &n.node {
            Some(NodeEnum::DefElem(d)) => d.defname.clone(),
            _ => String::new(),
        };
        name(a).cmp(&name(b))
    });
}

#[cfg(test)]
mod tests {
    use crate::canon::rules::testing::canon;

    #[test]
    fn what_runs_and_defaults_go() {
        assert_eq!(
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (connect = false, create_slot = false, enabled = false, slot_name = none, binary = true)"),
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (connect = false, slot_name = NONE, binary = true)")
        );
        assert_eq!(
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (binary = off, slot_name = s, streaming = false)"),
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (connect = false, slot_name = 's')")
        );
        assert_ne!(
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p WITH (binary)"),
            canon("CREATE SUBSCRIPTION s CONNECTION 'host=x' PUBLICATION p")
        );
    }
}
