//! psql backslash commands: where they end (psql's `psqlscanslash.l` and `command.c`), and what
//! they do to the script.
//!
//! A command runs from its backslash to the end of its line, except that a `\\` ends it early
//! (SQL lexing resumes after the `\\`) and an unquoted single `\` starts the next command.
//! Arguments may be quoted with `'...'` (backslash escapes), `"..."` or backquotes. Some
//! commands take the whole rest of the line verbatim (`\copy`, `\!`, `\sf`, `\h`, `\unrestrict`
//! ...), and so does psql after a command it does not know or refuses.

use crate::segment::MetaEffect;

/// Where a backslash command ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MetaLex {
    /// Command name, without the backslash (indices into the input).
    pub name: (usize, usize),
    /// Argument text, trimmed.
    pub args: (usize, usize),
    /// End of the command's own text: after its last non-blank argument byte, or after a `\\`
    /// separator.
    pub text_end: usize,
    /// Where SQL lexing resumes (after `\\`, at the next `\`, or at the end of the line).
    pub resume: usize,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | 0x0C | 0x0B | b'\n')
}

/// Commands whose argument is the whole rest of the line (`OT_WHOLE_LINE`).
fn whole_line(name: &[u8]) -> bool {
    name.eq_ignore_ascii_case(b"copy")
        || matches!(
            name,
            b"!" | b"ef" | b"ev" | b"sf" | b"sf+" | b"sv" | b"sv+" | b"h" | b"help" | b"unrestrict"
        )
}

/// Commands whose arguments switch to whole-line mode at a leading `|` (`OT_FILEPIPE`).
fn file_pipe(name: &[u8]) -> bool {
    matches!(name, b"g" | b"gx" | b"o" | b"out" | b"w" | b"write")
}

/// Names psql 18 knows (`command.c`), besides the `\d` family which is matched by prefix.
const KNOWN: &[&str] = &[
    "!",
    "?",
    "a",
    "bind",
    "bind_named",
    "c",
    "C",
    "cd",
    "close_prepared",
    "connect",
    "conninfo",
    "copy",
    "copyright",
    "crosstabview",
    "e",
    "echo",
    "edit",
    "ef",
    "elif",
    "else",
    "encoding",
    "endif",
    "endpipeline",
    "errverbose",
    "ev",
    "f",
    "flush",
    "flushrequest",
    "g",
    "gdesc",
    "getenv",
    "getresults",
    "gexec",
    "gset",
    "gx",
    "h",
    "H",
    "help",
    "html",
    "i",
    "if",
    "include",
    "include_relative",
    "ir",
    "l",
    "list",
    "lo_export",
    "lo_import",
    "lo_list",
    "lo_unlink",
    "o",
    "out",
    "p",
    "parse",
    "password",
    "print",
    "prompt",
    "pset",
    "q",
    "qecho",
    "quit",
    "r",
    "reset",
    "restrict",
    "s",
    "sendpipeline",
    "set",
    "setenv",
    "sf",
    "startpipeline",
    "sv",
    "syncpipeline",
    "t",
    "T",
    "timing",
    "unrestrict",
    "unset",
    "w",
    "warn",
    "watch",
    "write",
    "x",
    "z",
    "Z",
];

/// True when psql knows the command (modifier suffixes `+`, `S`, `x` allowed).
pub(crate) fn is_known(name: &str) -> bool {
    if name.starts_with('d') || name.eq_ignore_ascii_case("copy") {
        return true;
    }
    let base = name.trim_end_matches(['+', 'S', 'x']);
    KNOWN.contains(&name) || (!base.is_empty() && KNOWN.contains(&base))
}

/// The commands that send the query buffer, by name (for [`Terminator::Meta`]).
///
/// [`Terminator::Meta`]: crate::segment::Terminator::Meta
const SENDERS: &[&str] = &[
    "g",
    "gx",
    "gset",
    "gdesc",
    "crosstabview",
    "watch",
    "parse",
    "sendpipeline",
    "gexec",
];

/// The static name of a command that sends the buffer.
pub(crate) fn sender_name(name: &str) -> &'static str {
    SENDERS.iter().copied().find(|s| *s == name).unwrap_or("g")
}

/// What a known command does.
pub(crate) fn effect(name: &str) -> MetaEffect {
    match name {
        "g" | "gx" | "gset" | "gdesc" | "crosstabview" | "watch" | "parse" | "sendpipeline" => {
            MetaEffect::Send
        }
        "gexec" => MetaEffect::Gexec,
        "startpipeline" | "endpipeline" | "syncpipeline" | "flush" | "flushrequest"
        | "getresults" | "close_prepared" => MetaEffect::Discard,
        "r" | "reset" => MetaEffect::Reset,
        "i" | "include" | "ir" | "include_relative" => MetaEffect::Include,
        "c" | "connect" => MetaEffect::Connect,
        "if" | "elif" | "else" | "endif" => MetaEffect::Conditional,
        "encoding" => MetaEffect::Encoding,
        "set" | "unset" => MetaEffect::Variable,
        "restrict" | "unrestrict" => MetaEffect::Restrict,
        "q" | "quit" => MetaEffect::Quit,
        n if n.eq_ignore_ascii_case("copy") => MetaEffect::Copy,
        n if is_known(n) => MetaEffect::Other,
        _ => MetaEffect::Unknown,
    }
}

/// Lexes the backslash command at `input[start]` (a `\`). `line_end` is the index of the `\n`
/// ending its line, or the end of input. `rest_of_line` forces whole-line consumption (psql
/// ignores the rest of the line after an unknown or refused command).
pub(crate) fn lex(input: &[u8], start: usize, line_end: usize) -> MetaLex {
    let mut i = start + 1;
    // Command name: up to whitespace or a backslash.
    while i < line_end && !is_space(input[i]) && input[i] != b'\\' {
        i += 1;
    }
    let name = (start + 1, i);
    let name_bytes = &input[name.0..name.1];
    let name_str = String::from_utf8_lossy(name_bytes);
    if whole_line(name_bytes) || !is_known(&name_str) {
        return rest_of_line(input, name, i, line_end);
    }
    let pipe = file_pipe(name_bytes);
    let mut args_start = None;
    let mut text_end = i;
    loop {
        while i < line_end && is_space(input[i]) {
            i += 1;
        }
        if i >= line_end {
            return MetaLex {
                name,
                args: (args_start.unwrap_or(text_end), text_end),
                text_end,
                resume: line_end,
            };
        }
        if input[i] == b'\\' {
            let args = (args_start.unwrap_or(text_end), text_end);
            if input.get(i + 1) == Some(&b'\\') && i + 1 < line_end {
                return MetaLex {
                    name,
                    args,
                    text_end: i + 2,
                    resume: i + 2,
                };
            }
            return MetaLex {
                name,
                args,
                text_end,
                resume: i,
            };
        }
        if args_start.is_none() {
            args_start = Some(i);
        }
        if pipe && input[i] == b'|' {
            let mut r = rest_of_line(input, name, i, line_end);
            r.args.0 = args_start.unwrap_or(i);
            return r;
        }
        // One argument: up to unquoted whitespace or backslash.
        while i < line_end && !is_space(input[i]) && input[i] != b'\\' {
            match input[i] {
                b'\'' => {
                    i += 1;
                    while i < line_end {
                        match input[i] {
                            b'\\' => i += 2,
                            b'\'' => break,
                            _ => i += 1,
                        }
                    }
                    i = (i + 1).min(line_end);
                }
                q @ (b'"' | b'`') => {
                    i += 1;
                    while i < line_end && input[i] != q {
                        i += 1;
                    }
                    i = (i + 1).min(line_end);
                }
                _ => i += 1,
            }
        }
        text_end = i;
    }
}

/// The command takes the rest of its line; `from` is where its argument text starts.
pub(crate) fn rest_of_line(
    input: &[u8],
    name: (usize, usize),
    from: usize,
    line_end: usize,
) -> MetaLex {
    let mut end = line_end;
    while end > from && is_space(input[end - 1]) {
        end -= 1;
    }
    let mut a = from;
    while a < end && is_space(input[a]) {
        a += 1;
    }
    MetaLex {
        name,
        args: (a, end),
        text_end: end.max(name.1),
        resume: line_end,
    }
}

/// For `\copy` arguments: true when the data comes from the script (`from stdin`), false for
/// files, programs and `pstdin` (psql's own standard input).
pub(crate) fn copy_from_stdin(args: &[u8]) -> bool {
    // Words outside quotes and parentheses; the first `from` or `to` decides.
    let mut words = Vec::new();
    let mut i = 0;
    let mut depth = 0u32;
    while i < args.len() {
        let b = args[i];
        match b {
            b'(' => {
                depth += 1;
                i += 1;
            }
            b')' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'\'' | b'"' => {
                let q = b;
                i += 1;
                while i < args.len() && args[i] != q {
                    i += 1;
                }
                i += 1;
                if depth == 0 {
                    words.push(&b"'"[..]);
                }
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' => {
                let s = i;
                while i < args.len() && (args[i].is_ascii_alphanumeric() || args[i] == b'_') {
                    i += 1;
                }
                if depth == 0 {
                    words.push(&args[s..i]);
                }
            }
            _ => i += 1,
        }
    }
    for (k, w) in words.iter().enumerate() {
        if w.eq_ignore_ascii_case(b"from") {
            return words
                .get(k + 1)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"stdin"));
        }
        if w.eq_ignore_ascii_case(b"to") {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(s: &str) -> (String, String, String, String) {
        let b = s.as_bytes();
        let line_end = b.iter().position(|&c| c == b'\n').unwrap_or(b.len());
        let m = lex(b, 0, line_end);
        let t = |r: (usize, usize)| String::from_utf8_lossy(&b[r.0..r.1]).into_owned();
        (
            t(m.name),
            t(m.args),
            t((0, m.text_end)),
            String::from_utf8_lossy(&b[m.resume..]).into_owned(),
        )
    }

    #[test]
    fn simple_commands() {
        assert_eq!(
            lexed("\\restrict abc  \nSELECT 1;"),
            (
                "restrict".into(),
                "abc".into(),
                "\\restrict abc".into(),
                "\nSELECT 1;".into()
            )
        );
        assert_eq!(
            lexed("\\echo hi \\\\ SELECT 1;"),
            (
                "echo".into(),
                "hi".into(),
                "\\echo hi \\\\".into(),
                " SELECT 1;".into()
            )
        );
        assert_eq!(
            lexed("\\set a 1 \\set b 2"),
            (
                "set".into(),
                "a 1".into(),
                "\\set a 1".into(),
                "\\set b 2".into()
            )
        );
        assert_eq!(lexed("\\gset\n").0, "gset");
        assert_eq!(lexed("\\g\n").3, "\n");
    }

    #[test]
    fn quotes_hide_backslashes_and_semicolons() {
        let (name, args, _, rest) =
            lexed("\\connect -reuse-previous=on \"dbname='my;db'\" \\\\ SELECT 1;");
        assert_eq!(name, "connect");
        assert_eq!(args, "-reuse-previous=on \"dbname='my;db'\"");
        assert_eq!(rest, " SELECT 1;");
        let (_, args, _, rest) = lexed("\\echo 'a\\'b \\\\ c' x");
        assert_eq!(args, "'a\\'b \\\\ c' x");
        assert_eq!(rest, "");
    }

    #[test]
    fn whole_line_commands() {
        let (_, args, _, rest) = lexed("\\copy t from stdin \\\\ x\nnext");
        assert_eq!(args, "t from stdin \\\\ x");
        assert_eq!(rest, "\nnext");
        let (_, args, _, _) = lexed("\\unrestrict key \\\\ SELECT 1;");
        assert_eq!(args, "key \\\\ SELECT 1;");
        let (_, args, _, rest) = lexed("\\g |cat \\\\ x");
        assert_eq!(args, "|cat \\\\ x");
        assert_eq!(rest, "");
        // unknown command: psql ignores the rest of the line
        let (name, _, _, rest) = lexed("\\foo bar \\\\ SELECT 1;");
        assert_eq!(name, "foo");
        assert_eq!(rest, "");
    }

    #[test]
    fn known_names() {
        for n in [
            "dt", "d+", "dx", "l+", "sf+", "z", "gset", "connect", "COPY",
        ] {
            assert!(is_known(n), "{n}");
        }
        for n in ["foo", "g;", "close", ""] {
            assert!(!is_known(n), "{n}");
        }
    }

    #[test]
    fn copy_source() {
        assert!(copy_from_stdin(b"t from stdin"));
        assert!(copy_from_stdin(b"public.t (a, b) FROM STDIN with csv"));
        assert!(!copy_from_stdin(b"t from pstdin"));
        assert!(!copy_from_stdin(b"t from 'stdin.csv'"));
        assert!(!copy_from_stdin(b"(select 1 from stdin) to stdout"));
        assert!(!copy_from_stdin(b"t to stdout"));
    }
}
