//! The two server settings that change how psql lexes the following lines:
//! `standard_conforming_strings` and `client_encoding`.
//!
//! psql asks the server for their current values before it scans each line, so a `SET` takes
//! effect from the line after the one where the statement ended. Offline, pgsplit assumes every
//! such `SET` succeeds (as it does in the dumps that contain it).

/// A change read from a `SET`, `RESET` or `\encoding`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    /// `standard_conforming_strings`; `None` means back to the initial value (the session
    /// default, as for the encoding).
    StandardStrings(Option<bool>),
    /// A client encoding by name; `None` means back to the initial one.
    Encoding(Option<String>),
    /// `RESET ALL`.
    ResetAll,
}

/// What a `SET`/`RESET` statement means for pgsplit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Parsed {
    /// Not about either setting.
    Unrelated,
    Change(Change),
    /// `SET LOCAL` of a tracked setting: only lasts to the end of a transaction; not tracked.
    Local(&'static str),
    /// A value the server would reject, so nothing changes.
    BadValue(&'static str, String),
}

#[derive(Debug, PartialEq, Eq)]
enum Tok {
    Word(String),
    Str(String),
    Ident(String),
    Punct(u8),
}

/// Tokens of a short statement: enough for `SET [SESSION|LOCAL] name {TO|=} value`.
fn tokens(text: &[u8]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        match b {
            b'-' if text.get(i + 1) == Some(&b'-') => {
                while i < text.len() && text[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if text.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                i += 2;
                while i < text.len() {
                    if text[i..].starts_with(b"*/") {
                        if depth == 0 {
                            i += 2;
                            break;
                        }
                        depth -= 1;
                        i += 2;
                    } else if text[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
            }
            b'\'' | b'"' => {
                let mut s = Vec::new();
                i += 1;
                while i < text.len() {
                    if text[i] == b {
                        if text.get(i + 1) == Some(&b) {
                            s.push(b);
                            i += 2;
                            continue;
                        }
                        i += 1;
                        break;
                    }
                    s.push(text[i]);
                    i += 1;
                }
                let s = String::from_utf8_lossy(&s).into_owned();
                out.push(if b == b'\'' {
                    Tok::Str(s)
                } else {
                    Tok::Ident(s)
                });
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80 => {
                let s = i;
                while i < text.len()
                    && (text[i].is_ascii_alphanumeric()
                        || text[i] == b'_'
                        || text[i] == b'$'
                        || text[i] >= 0x80)
                {
                    i += 1;
                }
                out.push(Tok::Word(
                    String::from_utf8_lossy(&text[s..i]).to_ascii_lowercase(),
                ));
            }
            _ if b.is_ascii_whitespace() => i += 1,
            _ => {
                out.push(Tok::Punct(b));
                i += 1;
            }
        }
    }
    out
}

/// PostgreSQL's `parse_bool`: unique prefixes of true/false/yes/no, on/off, 1/0.
pub(crate) fn parse_bool(v: &str) -> Option<bool> {
    let v = v.to_ascii_lowercase();
    let prefix_of = |full: &str, min: usize| v.len() >= min && full.starts_with(v.as_str());
    if prefix_of("true", 1) || prefix_of("yes", 1) || v == "on" || v == "1" {
        Some(true)
    } else if prefix_of("false", 1) || prefix_of("no", 1) || prefix_of("off", 2) || v == "0" {
        Some(false)
    } else {
        None
    }
}

/// Reads a `SET` or `RESET` statement (its text, terminator included).
pub(crate) fn parse(text: &[u8]) -> Parsed {
    let toks = tokens(text);
    let word = |i: usize| match toks.get(i) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    match word(0) {
        Some("reset") => match word(1) {
            Some("all") => Parsed::Change(Change::ResetAll),
            Some("standard_conforming_strings") => Parsed::Change(Change::StandardStrings(None)),
            Some("client_encoding") => Parsed::Change(Change::Encoding(None)),
            _ => Parsed::Unrelated,
        },
        Some("set") => {
            let mut i = 1;
            let mut local = false;
            match word(i) {
                Some("session") if word(i + 1) != Some("authorization") => i += 1,
                Some("local") => {
                    local = true;
                    i += 1;
                }
                _ => {}
            }
            let (name, value_at) = match word(i) {
                Some("names") => ("client_encoding", i + 1),
                Some(n @ ("standard_conforming_strings" | "client_encoding")) => {
                    let n = if n == "client_encoding" {
                        "client_encoding"
                    } else {
                        "standard_conforming_strings"
                    };
                    match toks.get(i + 1) {
                        Some(Tok::Punct(b'=')) => (n, i + 2),
                        Some(Tok::Word(w)) if w == "to" => (n, i + 2),
                        _ => return Parsed::Unrelated,
                    }
                }
                _ => return Parsed::Unrelated,
            };
            if local {
                return Parsed::Local(name);
            }
            let value = match toks.get(value_at) {
                Some(Tok::Word(w) | Tok::Str(w) | Tok::Ident(w)) => w.clone(),
                _ => return Parsed::BadValue(name, String::new()),
            };
            let is_default = matches!(toks.get(value_at), Some(Tok::Word(w)) if w == "default");
            if name == "client_encoding" {
                if is_default {
                    Parsed::Change(Change::Encoding(None))
                } else {
                    Parsed::Change(Change::Encoding(Some(value)))
                }
            } else if is_default {
                Parsed::Change(Change::StandardStrings(None))
            } else {
                match parse_bool(&value) {
                    Some(v) => Parsed::Change(Change::StandardStrings(Some(v))),
                    None => Parsed::BadValue(name, value),
                }
            }
        }
        _ => Parsed::Unrelated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Parsed {
        parse(s.as_bytes())
    }

    #[test]
    fn standard_conforming_strings() {
        use Change::StandardStrings as S;
        assert_eq!(
            p("SET standard_conforming_strings = off;"),
            Parsed::Change(S(Some(false)))
        );
        assert_eq!(
            p("set STANDARD_CONFORMING_STRINGS to 'on';"),
            Parsed::Change(S(Some(true)))
        );
        assert_eq!(
            p("SET SESSION standard_conforming_strings = of"),
            Parsed::Change(S(Some(false)))
        );
        assert_eq!(
            p("SET standard_conforming_strings TO DEFAULT;"),
            Parsed::Change(S(None))
        );
        assert_eq!(
            p("RESET standard_conforming_strings;"),
            Parsed::Change(S(None))
        );
        assert_eq!(
            p("SET LOCAL standard_conforming_strings = off;"),
            Parsed::Local("standard_conforming_strings")
        );
        assert!(matches!(
            p("SET standard_conforming_strings = maybe;"),
            Parsed::BadValue(..)
        ));
        assert_eq!(p("SET escape_string_warning = off;"), Parsed::Unrelated);
        assert_eq!(p("SET statement_timeout = 0;"), Parsed::Unrelated);
    }

    #[test]
    fn client_encoding() {
        use Change::Encoding as E;
        assert_eq!(
            p("SET client_encoding = 'LATIN1';"),
            Parsed::Change(E(Some("LATIN1".into())))
        );
        assert_eq!(
            p("SET client_encoding TO 'UNICODE';"),
            Parsed::Change(E(Some("UNICODE".into())))
        );
        assert_eq!(
            p("SET NAMES 'SJIS';"),
            Parsed::Change(E(Some("SJIS".into())))
        );
        assert_eq!(
            p("SET client_encoding TO DEFAULT;"),
            Parsed::Change(E(None))
        );
        assert_eq!(p("RESET ALL;"), Parsed::Change(Change::ResetAll));
        assert_eq!(p("SET SESSION AUTHORIZATION bob;"), Parsed::Unrelated);
    }

    #[test]
    fn bools() {
        for v in ["on", "ON", "true", "t", "tr", "yes", "y", "1"] {
            assert_eq!(parse_bool(v), Some(true), "{v}");
        }
        for v in ["off", "of", "false", "f", "no", "n", "0"] {
            assert_eq!(parse_bool(v), Some(false), "{v}");
        }
        for v in ["o", "2", "", "onn"] {
            assert_eq!(parse_bool(v), None, "{v}");
        }
    }
}
