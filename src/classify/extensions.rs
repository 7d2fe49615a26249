//! Objects that come from well-known extensions, so that a statement using them is ordered
//! after the `CREATE EXTENSION` when the input has one (`gin_trgm_ops` needs `pg_trgm`,
//! `uuid_generate_v4()` needs `uuid-ossp`).
//!
//! A reference becomes a dependency on the extension only when the name is not defined by the
//! input itself and the input creates that extension. The table is small on purpose: the
//! names most often met in schemas, from the contrib modules shipped with PostgreSQL 15 and
//! PostGIS. `tests/server.rs` checks every entry against the server's own catalog (`pg_depend`
//! with `deptype = 'e'`) for the contrib modules it has. (That check removed `btree_gin`: its
//! operator classes are named like the built-in ones, `int4_ops` ... `USING gin`, so a name
//! alone cannot tell them apart.)

/// Types: name → extension.
const TYPES: &[(&str, &str)] = &[
    ("citext", "citext"),
    ("hstore", "hstore"),
    ("ltree", "ltree"),
    ("lquery", "ltree"),
    ("ltxtquery", "ltree"),
    ("cube", "cube"),
    ("earth", "earthdistance"),
    ("isbn", "isn"),
    ("isbn13", "isn"),
    ("ean13", "isn"),
    ("issn", "isn"),
    ("seg", "seg"),
    ("intbig_gkey", "intarray"),
    ("gtrgm", "pg_trgm"),
    ("geometry", "postgis"),
    ("geography", "postgis"),
    ("box2d", "postgis"),
    ("box3d", "postgis"),
    ("vector", "vector"),
];

/// Functions: name → extension.
const FUNCTIONS: &[(&str, &str)] = &[
    ("uuid_generate_v1", "uuid-ossp"),
    ("uuid_generate_v1mc", "uuid-ossp"),
    ("uuid_generate_v3", "uuid-ossp"),
    ("uuid_generate_v4", "uuid-ossp"),
    ("uuid_generate_v5", "uuid-ossp"),
    ("uuid_nil", "uuid-ossp"),
    ("crypt", "pgcrypto"),
    ("gen_salt", "pgcrypto"),
    ("digest", "pgcrypto"),
    ("hmac", "pgcrypto"),
    ("pgp_sym_encrypt", "pgcrypto"),
    ("pgp_sym_decrypt", "pgcrypto"),
    ("gen_random_bytes", "pgcrypto"),
    ("similarity", "pg_trgm"),
    ("word_similarity", "pg_trgm"),
    ("show_trgm", "pg_trgm"),
    ("unaccent", "unaccent"),
    ("levenshtein", "fuzzystrmatch"),
    ("soundex", "fuzzystrmatch"),
    ("metaphone", "fuzzystrmatch"),
    ("dmetaphone", "fuzzystrmatch"),
    ("difference", "fuzzystrmatch"),
    ("crosstab", "tablefunc"),
    ("normal_rand", "tablefunc"),
    ("connectby", "tablefunc"),
    ("earth_distance", "earthdistance"),
    ("ll_to_earth", "earthdistance"),
    ("earth_box", "earthdistance"),
    ("cube_distance", "cube"),
    ("hstore_to_json", "hstore"),
    ("akeys", "hstore"),
    ("nlevel", "ltree"),
    ("subpath", "ltree"),
    ("text2ltree", "ltree"),
    ("ltree2text", "ltree"),
    ("st_makepoint", "postgis"),
    ("st_setsrid", "postgis"),
    ("st_distance", "postgis"),
    ("st_intersects", "postgis"),
    ("st_transform", "postgis"),
];

/// Operator classes: name → extension.
const OPCLASSES: &[(&str, &str)] = &[
    ("gin_trgm_ops", "pg_trgm"),
    ("gist_trgm_ops", "pg_trgm"),
    ("gin__int_ops", "intarray"),
    ("gist__int_ops", "intarray"),
    ("gist__intbig_ops", "intarray"),
    ("gin_hstore_ops", "hstore"),
    ("gist_hstore_ops", "hstore"),
    ("gist_ltree_ops", "ltree"),
    ("gist_int4_ops", "btree_gist"),
    ("gist_int8_ops", "btree_gist"),
    ("gist_text_ops", "btree_gist"),
    ("gist_timestamp_ops", "btree_gist"),
    ("gist_timestamptz_ops", "btree_gist"),
    ("gist_uuid_ops", "btree_gist"),
    ("citext_ops", "citext"),
    ("vector_cosine_ops", "vector"),
    ("vector_l2_ops", "vector"),
    ("vector_ip_ops", "vector"),
];

fn find(table: &'static [(&'static str, &'static str)], name: &str) -> Option<&'static str> {
    table.iter().find(|(n, _)| *n == name).map(|(_, e)| *e)
}

/// The extension providing type `name`, if it is in the table.
///
/// ```
/// assert_eq!(pgsplit::classify::extensions::for_type("citext"), Some("citext"));
/// assert_eq!(pgsplit::classify::extensions::for_type("text"), None);
/// ```
pub fn for_type(name: &str) -> Option<&'static str> {
    find(TYPES, name)
}

/// The extension providing function `name`, if it is in the table.
///
/// ```
/// assert_eq!(pgsplit::classify::extensions::for_function("uuid_generate_v4"), Some("uuid-ossp"));
/// ```
pub fn for_function(name: &str) -> Option<&'static str> {
    find(FUNCTIONS, name)
}

/// The extension providing operator class `name`, if it is in the table.
///
/// ```
/// assert_eq!(pgsplit::classify::extensions::for_opclass("gin_trgm_ops"), Some("pg_trgm"));
/// ```
pub fn for_opclass(name: &str) -> Option<&'static str> {
    find(OPCLASSES, name)
}

/// Every entry of the table as `(kind, name, extension)`, kind being `type`, `function` or
/// `operator-class`: for tests that check it against a server.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    TYPES
        .iter()
        .map(|(n, e)| ("type", *n, *e))
        .chain(FUNCTIONS.iter().map(|(n, e)| ("function", *n, *e)))
        .chain(OPCLASSES.iter().map(|(n, e)| ("operator-class", *n, *e)))
}
