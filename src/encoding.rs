//! Client encodings, as psql and the server know them.
//!
//! psql lexes every input line in the *client encoding* in effect when the line is read
//! (`SET client_encoding`, `\encoding`, `PGCLIENTENCODING`). For most encodings that changes
//! nothing: every byte of a multibyte character is ≥ 0x80 and cannot be mistaken for a quote or a
//! backslash. A handful of client-only encodings (SJIS, BIG5, GBK, UHC, GB18030, JOHAB) have
//! trail bytes in the ASCII range; `表` in SJIS is `0x95 0x5C`, and `0x5C` is `\`. psql hides
//! those trail bytes from its lexer, and so does pgsplit: see [`Encoding::mask_trail_bytes`].
//!
//! This module also turns text in any supported encoding into UTF-8 (for JSON output) and
//! checks that text is valid in its encoding.
//!
//! ```
//! use pgsplit::Encoding;
//! let sjis = Encoding::from_name("Shift_JIS").unwrap();
//! assert_eq!(sjis.name(), "SJIS");
//! assert!(sjis.is_client_only());
//! assert_eq!(sjis.decode(b"\x95\x5c").unwrap(), "表");
//! assert!(Encoding::from_name("klingon").is_none());
//! ```

use std::borrow::Cow;
use std::fmt;

/// How psql finds the length of a multibyte character in a client-only encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MbLen {
    /// SJIS and SHIFT_JIS_2004: 0xA1–0xDF are one-byte katakana, other high bytes lead two.
    Sjis,
    /// BIG5, GBK, UHC: every high byte leads a two-byte character.
    TwoByte,
    /// GB18030: a high byte leads four bytes when the next byte is a digit, else two.
    Gb18030,
    /// JOHAB (EUC rules): 0x8E leads two, 0x8F three, other high bytes two.
    Euc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Utf8,
    SqlAscii,
    Latin1,
    /// Decoded by `encoding_rs`; `None` when pgsplit has no decoder for it.
    Table(Option<&'static encoding_rs::Encoding>),
    /// Client-only encoding with ASCII-range trail bytes.
    Unsafe(MbLen, Option<&'static encoding_rs::Encoding>),
}

/// A PostgreSQL client encoding.
///
/// Created by name with [`Encoding::from_name`], which accepts every spelling the server
/// accepts (`UTF8`, `utf-8`, `unicode`, `latin1`, `ISO-8859-1`, `WIN1252`, `SJIS`,
/// `Shift_JIS`, `sql_ascii` ...). One byte: an index into pgsplit's table of encodings.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Encoding(u8);

impl fmt::Debug for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Default for Encoding {
    fn default() -> Self {
        Encoding::UTF8
    }
}

/// Canonical PostgreSQL encoding names, each with the `encoding_rs` decoder used for it.
/// `None` means the encoding is accepted for lexing but cannot be converted to UTF-8.
/// `Encoding` values are indices into this table (UTF8 must stay at index 1).
static TABLE: [(&str, Kind); 42] = {
    use encoding_rs as e;
    const fn t(x: &'static e::Encoding) -> Kind {
        Kind::Table(Some(x))
    }
    [
        ("SQL_ASCII", Kind::SqlAscii),
        ("UTF8", Kind::Utf8),
        ("LATIN1", Kind::Latin1),
        ("LATIN2", t(e::ISO_8859_2)),
        ("LATIN3", t(e::ISO_8859_3)),
        ("LATIN4", t(e::ISO_8859_4)),
        // encoding_rs has no pure ISO-8859-9; windows-1254 differs only in 0x80-0x9F.
        ("LATIN5", t(e::WINDOWS_1254)),
        ("LATIN6", t(e::ISO_8859_10)),
        ("LATIN7", t(e::ISO_8859_13)),
        ("LATIN8", t(e::ISO_8859_14)),
        ("LATIN9", t(e::ISO_8859_15)),
        ("LATIN10", t(e::ISO_8859_16)),
        ("ISO_8859_5", t(e::ISO_8859_5)),
        ("ISO_8859_6", t(e::ISO_8859_6)),
        ("ISO_8859_7", t(e::ISO_8859_7)),
        ("ISO_8859_8", t(e::ISO_8859_8)),
        ("WIN1250", t(e::WINDOWS_1250)),
        ("WIN1251", t(e::WINDOWS_1251)),
        ("WIN1252", t(e::WINDOWS_1252)),
        ("WIN1253", t(e::WINDOWS_1253)),
        ("WIN1254", t(e::WINDOWS_1254)),
        ("WIN1255", t(e::WINDOWS_1255)),
        ("WIN1256", t(e::WINDOWS_1256)),
        ("WIN1257", t(e::WINDOWS_1257)),
        ("WIN1258", t(e::WINDOWS_1258)),
        ("WIN866", t(e::IBM866)),
        ("WIN874", t(e::WINDOWS_874)),
        ("KOI8R", t(e::KOI8_R)),
        ("KOI8U", t(e::KOI8_U)),
        ("EUC_JP", t(e::EUC_JP)),
        ("EUC_JIS_2004", t(e::EUC_JP)),
        ("EUC_CN", t(e::GBK)),
        ("EUC_KR", t(e::EUC_KR)),
        ("EUC_TW", Kind::Table(None)),
        ("MULE_INTERNAL", Kind::Table(None)),
        ("SJIS", Kind::Unsafe(MbLen::Sjis, Some(e::SHIFT_JIS))),
        (
            "SHIFT_JIS_2004",
            Kind::Unsafe(MbLen::Sjis, Some(e::SHIFT_JIS)),
        ),
        ("BIG5", Kind::Unsafe(MbLen::TwoByte, Some(e::BIG5))),
        ("GBK", Kind::Unsafe(MbLen::TwoByte, Some(e::GBK))),
        ("UHC", Kind::Unsafe(MbLen::TwoByte, Some(e::EUC_KR))),
        ("GB18030", Kind::Unsafe(MbLen::Gb18030, Some(e::GB18030))),
        ("JOHAB", Kind::Unsafe(MbLen::Euc, None)),
    ]
};

fn table() -> &'static [(&'static str, Kind)] {
    &TABLE
}

/// Aliases the server accepts (PostgreSQL `encnames.c`), after removing every character that is
/// not a letter or digit and lower-casing, mapped to canonical names.
const ALIASES: &[(&str, &str)] = &[
    ("abc", "WIN1258"),
    ("alt", "WIN866"),
    ("big5", "BIG5"),
    ("euccn", "EUC_CN"),
    ("eucjis2004", "EUC_JIS_2004"),
    ("eucjp", "EUC_JP"),
    ("euckr", "EUC_KR"),
    ("euctw", "EUC_TW"),
    ("gb18030", "GB18030"),
    ("gbk", "GBK"),
    ("iso88591", "LATIN1"),
    ("iso885910", "LATIN6"),
    ("iso885913", "LATIN7"),
    ("iso885914", "LATIN8"),
    ("iso885915", "LATIN9"),
    ("iso885916", "LATIN10"),
    ("iso88592", "LATIN2"),
    ("iso88593", "LATIN3"),
    ("iso88594", "LATIN4"),
    ("iso88595", "ISO_8859_5"),
    ("iso88596", "ISO_8859_6"),
    ("iso88597", "ISO_8859_7"),
    ("iso88598", "ISO_8859_8"),
    ("iso88599", "LATIN5"),
    ("johab", "JOHAB"),
    ("koi8", "KOI8R"),
    ("koi8r", "KOI8R"),
    ("koi8u", "KOI8U"),
    ("latin1", "LATIN1"),
    ("latin10", "LATIN10"),
    ("latin2", "LATIN2"),
    ("latin3", "LATIN3"),
    ("latin4", "LATIN4"),
    ("latin5", "LATIN5"),
    ("latin6", "LATIN6"),
    ("latin7", "LATIN7"),
    ("latin8", "LATIN8"),
    ("latin9", "LATIN9"),
    ("mskanji", "SJIS"),
    ("muleinternal", "MULE_INTERNAL"),
    ("shiftjis", "SJIS"),
    ("shiftjis2004", "SHIFT_JIS_2004"),
    ("sjis", "SJIS"),
    ("sqlascii", "SQL_ASCII"),
    ("tcvn", "WIN1258"),
    ("tcvn5712", "WIN1258"),
    ("uhc", "UHC"),
    ("unicode", "UTF8"),
    ("utf8", "UTF8"),
    ("vscii", "WIN1258"),
    ("win", "WIN1251"),
    ("win1250", "WIN1250"),
    ("win1251", "WIN1251"),
    ("win1252", "WIN1252"),
    ("win1253", "WIN1253"),
    ("win1254", "WIN1254"),
    ("win1255", "WIN1255"),
    ("win1256", "WIN1256"),
    ("win1257", "WIN1257"),
    ("win1258", "WIN1258"),
    ("win866", "WIN866"),
    ("win874", "WIN874"),
    ("win932", "SJIS"),
    ("win936", "GBK"),
    ("win949", "UHC"),
    ("win950", "BIG5"),
    ("windows1250", "WIN1250"),
    ("windows1251", "WIN1251"),
    ("windows1252", "WIN1252"),
    ("windows1253", "WIN1253"),
    ("windows1254", "WIN1254"),
    ("windows1255", "WIN1255"),
    ("windows1256", "WIN1256"),
    ("windows1257", "WIN1257"),
    ("windows1258", "WIN1258"),
    ("windows866", "WIN866"),
    ("windows874", "WIN874"),
    ("windows932", "SJIS"),
    ("windows936", "GBK"),
    ("windows949", "UHC"),
    ("windows950", "BIG5"),
];

/// Text that is not valid in its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidText {
    /// Byte offset of the first invalid byte in the text that was checked.
    pub offset: usize,
    /// Up to four bytes starting there, for the message.
    pub bytes: Vec<u8>,
}

impl Encoding {
    /// UTF8, psql's usual client encoding and pgsplit's default.
    pub const UTF8: Encoding = Encoding(1);

    #[inline]
    fn kind(&self) -> Kind {
        table()[self.0 as usize].1
    }

    /// Looks an encoding up by any name the server accepts (case and punctuation ignored).
    pub fn from_name(name: &str) -> Option<Encoding> {
        let key: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let canonical = ALIASES.iter().find(|(a, _)| *a == key)?.1;
        table()
            .iter()
            .position(|(n, _)| *n == canonical)
            .map(|i| Encoding(i as u8))
    }

    /// The canonical PostgreSQL name (`UTF8`, `LATIN1`, `SJIS` ...).
    pub fn name(&self) -> &'static str {
        table()[self.0 as usize].0
    }

    /// True for the client-only encodings whose trail bytes can look like ASCII
    /// (SJIS, SHIFT_JIS_2004, BIG5, GBK, UHC, GB18030, JOHAB).
    #[inline]
    pub fn is_client_only(&self) -> bool {
        matches!(self.kind(), Kind::Unsafe(..))
    }

    /// True when psql strips a UTF-8 byte-order mark at the start of input in this encoding.
    pub fn strips_bom(&self) -> bool {
        self.kind() == Kind::Utf8
    }

    /// psql's character length for the byte at `s[0]` (`PQmblen`), for client-only encodings.
    fn mblen(mb: MbLen, s: &[u8]) -> usize {
        let b = s[0];
        if b < 0x80 {
            return 1;
        }
        match mb {
            MbLen::Sjis => {
                if (0xA1..=0xDF).contains(&b) {
                    1
                } else {
                    2
                }
            }
            MbLen::TwoByte => 2,
            MbLen::Gb18030 => match s.get(1) {
                Some(n) if (0x30..=0x39).contains(n) => 4,
                _ => 2,
            },
            MbLen::Euc => match b {
                0x8E => 2,
                0x8F => 3,
                _ => 2,
            },
        }
    }

    /// Replaces the trail bytes of multibyte characters by 0xFF in `dst`, a copy of `src`, the
    /// way psql prepares each line for its lexer in a client-only encoding. Characters never
    /// extend past a newline (psql sees one line at a time). Returns how many bytes at the end
    /// of `src` are the start of a character cut off by the end of the slice (0 when `at_eof`).
    ///
    /// `pending_trail` is the number of trail bytes still owed by a character that started
    /// before `src` (as returned by the previous call; for a GB18030 lead byte that ended the
    /// previous slice, a marker: the first byte of `src` tells whether 1 or 3 are owed).
    pub(crate) fn mask_trail_bytes(
        &self,
        src: &[u8],
        dst: &mut [u8],
        pending_trail: usize,
    ) -> usize {
        debug_assert_eq!(src.len(), dst.len());
        let Kind::Unsafe(mb, _) = self.kind() else {
            dst.copy_from_slice(src);
            return 0;
        };
        let mut i = 0;
        let mut owe = pending_trail;
        if owe == GB18030_LEAD_CUT {
            // the byte after a GB18030 lead decides how many trail bytes it has
            let Some(&next) = src.first() else {
                return GB18030_LEAD_CUT;
            };
            owe = if (0x30..=0x39).contains(&next) { 3 } else { 1 };
        }
        while i < src.len() {
            let b = src[i];
            if owe > 0 {
                if b == b'\n' {
                    owe = 0;
                    dst[i] = b;
                } else {
                    dst[i] = 0xFF;
                    owe -= 1;
                }
                i += 1;
                continue;
            }
            dst[i] = b;
            if b >= 0x80 {
                // GB18030 needs one byte of look-ahead to know the length.
                if mb == MbLen::Gb18030 && i + 1 >= src.len() {
                    return GB18030_LEAD_CUT;
                }
                owe = Self::mblen(mb, &src[i..]) - 1;
            }
            i += 1;
        }
        owe
    }

    /// Checks that `text` is valid in this encoding. SQL_ASCII accepts anything, as the server
    /// does; so do the few encodings pgsplit has no decoder for.
    pub fn validate(&self, text: &[u8]) -> Result<(), InvalidText> {
        match self.kind() {
            Kind::Utf8 => match std::str::from_utf8(text) {
                Ok(_) => Ok(()),
                Err(e) => Err(invalid_at(text, e.valid_up_to())),
            },
            Kind::SqlAscii | Kind::Latin1 | Kind::Table(None) | Kind::Unsafe(_, None) => Ok(()),
            Kind::Unsafe(MbLen::Sjis, enc) => match sjis_invalid_at(text) {
                Some(at) => Err(invalid_at(text, at)),
                None => enc.map_or(Ok(()), |enc| convertible(enc, text)),
            },
            Kind::Unsafe(MbLen::Gb18030, enc) => match gb18030_invalid_at(text) {
                Some(at) => Err(invalid_at(text, at)),
                None => enc.map_or(Ok(()), |enc| convertible(enc, text)),
            },
            Kind::Table(Some(enc)) | Kind::Unsafe(_, Some(enc)) => convertible(enc, text),
        }
    }

    /// Converts `text` to UTF-8. Fails when the text is not valid in this encoding, or when
    /// pgsplit cannot convert from it (EUC_TW, MULE_INTERNAL, JOHAB; SQL_ASCII text that is not
    /// UTF-8).
    pub fn decode<'a>(&self, text: &'a [u8]) -> Result<Cow<'a, str>, DecodeError> {
        match self.kind() {
            Kind::Utf8 | Kind::SqlAscii => std::str::from_utf8(text)
                .map(Cow::Borrowed)
                .map_err(|e| DecodeError::Invalid(invalid_at(text, e.valid_up_to()))),
            Kind::Latin1 => {
                if text.is_ascii() {
                    // ASCII is valid UTF-8.
                    Ok(Cow::Borrowed(std::str::from_utf8(text).unwrap_or_default()))
                } else {
                    Ok(Cow::Owned(text.iter().map(|&b| b as char).collect()))
                }
            }
            Kind::Table(None) | Kind::Unsafe(_, None) => Err(DecodeError::Unsupported(self.name())),
            Kind::Table(Some(enc)) | Kind::Unsafe(_, Some(enc)) => {
                self.validate(text).map_err(DecodeError::Invalid)?;
                Ok(enc.decode_without_bom_handling(text).0)
            }
        }
    }

    /// Counts characters in `text` (for column numbers): UTF-8 scalar values for UTF8 and
    /// SQL_ASCII, bytes for single-byte encodings, characters for multibyte ones.
    pub(crate) fn count_chars(&self, text: &[u8]) -> u64 {
        self.count_chars_carry(text, &mut 0)
    }

    /// Like [`count_chars`](Self::count_chars) for text that arrives in pieces: `carry` holds
    /// the trail bytes still owed by a character cut at the end of the previous piece.
    #[inline]
    pub(crate) fn count_chars_carry(&self, text: &[u8], carry: &mut usize) -> u64 {
        if *self == Encoding::UTF8 {
            return text.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64;
        }
        let mb = match self.kind() {
            Kind::Utf8 | Kind::SqlAscii => {
                return text.iter().filter(|&&b| (b as i8) >= -0x40).count() as u64
            }
            Kind::Unsafe(mb, _) => mb,
            Kind::Table(_) if self.name().starts_with("EUC_") => MbLen::Euc,
            Kind::Latin1 | Kind::Table(_) => return text.len() as u64,
        };
        if *carry == GB18030_LEAD_CUT {
            // the byte after a GB18030 lead decides the character's length
            let Some(&next) = text.first() else {
                return 0;
            };
            *carry = if (0x30..=0x39).contains(&next) { 3 } else { 1 };
        }
        let mut i = (*carry).min(text.len());
        *carry -= i;
        let mut n = 0;
        while i < text.len() {
            n += 1;
            if mb == MbLen::Gb18030 && text[i] >= 0x80 && i + 1 == text.len() {
                *carry = GB18030_LEAD_CUT;
                break;
            }
            let len = Self::mblen(mb, &text[i..]);
            if i + len > text.len() {
                *carry = i + len - text.len();
            }
            i += len;
        }
        n
    }
}

/// The `carry` of [`Encoding::count_chars_carry`] (and the owed trail bytes of
/// [`Encoding::mask_trail_bytes`]) after a GB18030 lead byte that ends a piece: its length (2
/// or 4 bytes) is only known from the next byte.
const GB18030_LEAD_CUT: usize = usize::MAX;

/// Text the server can convert to UTF-8 (encoding_rs's tables; where a byte sequence has no
/// Unicode equivalent the server's conversion fails too).
fn convertible(enc: &'static encoding_rs::Encoding, text: &[u8]) -> Result<(), InvalidText> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(text.len())
            .unwrap_or(text.len() * 3),
    );
    let (res, read) = decoder.decode_to_string_without_replacement(text, &mut out, true);
    match res {
        encoding_rs::DecoderResult::Malformed(bad, extra) => {
            let at = read.saturating_sub(bad as usize + extra as usize);
            Err(invalid_at(text, at))
        }
        _ => Ok(()),
    }
}

/// The first byte of `text` that PostgreSQL's SJIS verifier rejects: a byte from 0x80 on is
/// half-width katakana (0xA1-0xDF), or a lead byte (0x81-0x9F, 0xE0-0xFC) followed by a trail
/// byte (0x40-0x7E, 0x80-0xFC). Stricter than the WHATWG decoder, which maps 0x80 and 0xA0 to
/// characters of their own.
fn sjis_invalid_at(text: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if b < 0x80 || (0xA1..=0xDF).contains(&b) {
            i += 1;
            continue;
        }
        let lead = matches!(b, 0x81..=0x9F | 0xE0..=0xFC);
        let trail = text
            .get(i + 1)
            .is_some_and(|&t| matches!(t, 0x40..=0x7E | 0x80..=0xFC));
        if !(lead && trail) {
            return Some(i);
        }
        i += 2;
    }
    None
}

/// Where GB18030 text has a byte PostgreSQL rejects that the WHATWG decoder accepts: a
/// lone `0x80` or `0xFF` (the decoder reads `0x80` as the euro sign, as Windows' code page
/// 936 does; PostgreSQL's GB18030 has no such character: lead bytes are `0x81`-`0xFE`).
/// Found by fuzzing the scanner: the two disagreed on the length of such a character.
fn gb18030_invalid_at(text: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        if b == 0x80 || b == 0xFF {
            return Some(i);
        }
        // the length psql gives it (the decoder checks the rest)
        i += if text.get(i + 1).is_some_and(u8::is_ascii_digit) {
            4
        } else {
            2
        };
    }
    None
}

fn invalid_at(text: &[u8], at: usize) -> InvalidText {
    let end = (at + 4).min(text.len());
    InvalidText {
        offset: at,
        bytes: text[at.min(text.len())..end].to_vec(),
    }
}

/// Why text could not be converted to UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not valid in the encoding.
    Invalid(InvalidText),
    /// pgsplit has no converter for this encoding.
    Unsupported(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_constant_matches_the_table() {
        assert_eq!(Encoding::UTF8.name(), "UTF8");
        assert_eq!(Encoding::from_name("utf8"), Some(Encoding::UTF8));
        assert_eq!(Encoding::default(), Encoding::UTF8);
    }

    #[test]
    fn names_and_aliases() {
        for (alias, canonical) in [
            ("UTF8", "UTF8"),
            ("utf-8", "UTF8"),
            ("Unicode", "UTF8"),
            ("latin1", "LATIN1"),
            ("ISO-8859-1", "LATIN1"),
            ("ISO_8859_15", "LATIN9"),
            ("WIN1252", "WIN1252"),
            ("windows-1252", "WIN1252"),
            ("SJIS", "SJIS"),
            ("Shift_JIS", "SJIS"),
            ("WIN932", "SJIS"),
            ("sql_ascii", "SQL_ASCII"),
            ("GB18030", "GB18030"),
        ] {
            assert_eq!(
                Encoding::from_name(alias).map(|e| e.name()),
                Some(canonical),
                "{alias}"
            );
        }
        assert!(Encoding::from_name("UTF16").is_none());
        assert!(Encoding::from_name("").is_none());
    }

    #[test]
    fn sjis_trail_backslash_is_masked() {
        let e = Encoding::from_name("SJIS").unwrap();
        let src = b"E'\x95\x5c'; \xb1\\";
        let mut dst = vec![0; src.len()];
        assert_eq!(e.mask_trail_bytes(src, &mut dst, 0), 0);
        // 0x95 leads two bytes: its trail 0x5C is hidden; 0xB1 is one-byte katakana.
        assert_eq!(dst, b"E'\x95\xff'; \xb1\\");
    }

    #[test]
    fn trail_bytes_do_not_cross_lines_or_calls() {
        let e = Encoding::from_name("BIG5").unwrap();
        let src = b"a\xa4";
        let mut dst = vec![0; 2];
        assert_eq!(e.mask_trail_bytes(src, &mut dst, 0), 1);
        let mut dst2 = vec![0; 2];
        assert_eq!(e.mask_trail_bytes(b"\\x", &mut dst2, 1), 0);
        assert_eq!(dst2, b"\xffx");
        let mut dst3 = vec![0; 3];
        e.mask_trail_bytes(b"\xa4\n\\", &mut dst3, 0);
        assert_eq!(dst3, b"\xa4\n\\");
    }

    #[test]
    fn gb18030_four_byte() {
        let e = Encoding::from_name("GB18030").unwrap();
        let src = b"\x81\x30\x81\x30\\";
        let mut dst = vec![0; src.len()];
        e.mask_trail_bytes(src, &mut dst, 0);
        assert_eq!(dst, b"\x81\xff\xff\xff\\");
    }

    #[test]
    fn gb18030_has_no_single_byte_euro_sign() {
        let e = Encoding::from_name("GB18030").unwrap();
        assert_eq!(e.validate(b"ab\x80cd").unwrap_err().offset, 2);
        assert_eq!(e.validate(b"\xff").unwrap_err().offset, 0);
        assert!(e.validate(b"\x81\x30\x81\x30 \xb0\xa1").is_ok());
    }

    #[test]
    fn validate_and_decode() {
        let utf8 = Encoding::UTF8;
        assert!(utf8.validate("é".as_bytes()).is_ok());
        let err = utf8.validate(b"ab\xe9 cd").unwrap_err();
        assert_eq!(err.offset, 2);
        let latin1 = Encoding::from_name("LATIN1").unwrap();
        assert_eq!(latin1.decode(b"caf\xe9").unwrap(), "café");
        let win = Encoding::from_name("WIN1252").unwrap();
        assert_eq!(win.decode(b"\x80").unwrap(), "€");
        let sjis = Encoding::from_name("SJIS").unwrap();
        assert!(sjis.validate(b"\x95").is_err());
        assert_eq!(
            Encoding::from_name("JOHAB").unwrap().decode(b"x"),
            Err(DecodeError::Unsupported("JOHAB"))
        );
    }

    #[test]
    fn sjis_follows_the_server_verifier() {
        let sjis = Encoding::from_name("SJIS").unwrap();
        assert!(sjis.validate(b"\x93\xfa\x96\x7b \xb1").is_ok());
        // 0x80 and 0xA0 are no lead bytes for the server; a lead byte needs its trail
        assert_eq!(sjis.validate(b"ab\x80\x40").unwrap_err().offset, 2);
        assert_eq!(sjis.validate(b"\xa0").unwrap_err().offset, 0);
        assert_eq!(sjis.validate(b"x\x93").unwrap_err().offset, 1);
        assert_eq!(sjis.validate(b"\x93\x0a").unwrap_err().offset, 0);
        // well-formed, but no character: the conversion fails
        assert_eq!(sjis.validate(b"a\x85\x40").unwrap_err().offset, 1);
    }

    #[test]
    fn count_chars_in_pieces_is_count_chars() {
        // found by fuzzing: a GB18030 lead byte at the end of a piece (its length depends on
        // the byte after it)
        let gb = Encoding::from_name("GB18030").unwrap();
        let sjis = Encoding::from_name("SJIS").unwrap();
        let text = b"a\xff\x30\x81\x30b\xff\xffc\x81\x40\xff";
        for enc in [gb, sjis, Encoding::UTF8] {
            let whole = enc.count_chars(text);
            for cut in 0..=text.len() {
                for cut2 in cut..=text.len() {
                    let mut carry = 0;
                    let n = enc.count_chars_carry(&text[..cut], &mut carry)
                        + enc.count_chars_carry(&text[cut..cut2], &mut carry)
                        + enc.count_chars_carry(&text[cut2..], &mut carry);
                    assert_eq!(n, whole, "{enc} cut at {cut} and {cut2}");
                }
            }
        }
    }

    #[test]
    fn masking_in_pieces_is_masking_at_once() {
        // found by fuzzing: a GB18030 lead byte ending a piece owed one trail byte, not
        // three when a digit follows it
        let gb = Encoding::from_name("GB18030").unwrap();
        let text = b"a\x81\x30'\x30;\xa2\xa2'x\n\xff\n";
        let mut whole = vec![0; text.len()];
        gb.mask_trail_bytes(text, &mut whole, 0);
        for cut in 0..=text.len() {
            let mut pieces = vec![0; text.len()];
            let owe = gb.mask_trail_bytes(&text[..cut], &mut pieces[..cut], 0);
            gb.mask_trail_bytes(&text[cut..], &mut pieces[cut..], owe);
            assert_eq!(pieces, whole, "cut at {cut}");
        }
    }

    #[test]
    fn count_chars() {
        assert_eq!(Encoding::UTF8.count_chars("aé表".as_bytes()), 3);
        let sjis = Encoding::from_name("SJIS").unwrap();
        assert_eq!(sjis.count_chars(b"a\x95\x5c\xb1"), 3);
    }
}
