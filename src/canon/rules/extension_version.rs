//! Rule `extension-versions`: an extension's version is a part of its own
//! (`--ignore extension-versions` leaves it out): `CREATE EXTENSION x VERSION 'v'` = `CREATE
//! EXTENSION x` then `ALTER EXTENSION x UPDATE TO 'v'` (how the normalized text says it; the
//! deparser prints the version as a quoted name, `TO "1.4"`, which the grammar takes too). An
//! `UPDATE` without `TO` goes to the version the extension's control file names, which is
//! what a `CREATE EXTENSION` that names none makes: no version part. (pg_dump never writes
//! versions: a dump is at whatever versions the server it is loaded into has.)

/// `ALTER EXTENSION x UPDATE TO 'version'` for the extension `identity` (`extension:x`).
pub(crate) fn statement(identity: &str, version: &str) -> String {
    let name = identity.split_once(':').map_or(identity, |(_, n)| n);
    format!(
        "ALTER EXTENSION {name} UPDATE TO '{}'",
        version.replace('\'', "''")
    )
}

#[cfg(test)]
mod tests {
    use crate::canon::{Policy, Schema};

    fn canon(sql: &str) -> String {
        Schema::from_sql(sql).unwrap().render(&Policy::everything())
    }

    #[test]
    fn a_version_written_or_updated_to_is_one() {
        let written = canon("CREATE EXTENSION hstore VERSION '1.4';");
        assert_eq!(
            written,
            canon("CREATE EXTENSION hstore; ALTER EXTENSION hstore UPDATE TO '1.4';")
        );
        assert_eq!(
            written,
            canon("CREATE EXTENSION hstore VERSION '1.3'; ALTER EXTENSION hstore UPDATE TO '1.4';")
        );
        insta::assert_snapshot!(written, @r#"
        -- extension hstore
        CREATE EXTENSION hstore SCHEMA public;
        ALTER EXTENSION hstore UPDATE TO "1.4";
        "#);
        // the normalized text reads back the same
        assert_eq!(canon(&written), written);
        // an update to the default version is no version
        assert_eq!(
            canon("CREATE EXTENSION hstore VERSION '1.4'; ALTER EXTENSION hstore UPDATE;"),
            canon("CREATE EXTENSION hstore;")
        );
    }
}
