-- 05-views-rules.sql: views on views, a recursive view, a materialized view
-- with an index, and rules, including multi-action rules DO ALSO (...; ...)
-- whose semicolons sit inside parentheses.
-- pgsplit corpus: hand-written; runs cleanly on an empty UTF8 database.

CREATE SCHEMA reporting;

CREATE TABLE reporting.sale (
    id      int PRIMARY KEY,
    region  text NOT NULL,
    amount  numeric(12,2) NOT NULL,
    note    text
);
CREATE TABLE reporting.audit (
    seq    int GENERATED ALWAYS AS IDENTITY,
    what   text NOT NULL,
    detail text
);

CREATE VIEW reporting.sale_eu AS
    SELECT id, region, amount, note
      FROM reporting.sale
     WHERE region IN ('de', 'fr', 'it;es');

CREATE VIEW reporting.sale_eu_big AS
    SELECT id, region, amount, note FROM reporting.sale_eu WHERE amount > 100
    WITH CASCADED CHECK OPTION;

CREATE VIEW reporting."summary; by region" AS
    SELECT region, count(*) AS n, sum(amount) AS total,
           string_agg(coalesce(note, '--'), '; ' ORDER BY id) AS notes
      FROM reporting.sale_eu_big
     GROUP BY region;

CREATE VIEW reporting.countdown (n, label) WITH (security_barrier = true) AS
    WITH RECURSIVE c(n) AS (SELECT 5 UNION ALL SELECT n - 1 FROM c WHERE n > 1)
    SELECT n, CASE WHEN n = 1 THEN 'lift-off; go' ELSE n::text || '...' END FROM c;

CREATE MATERIALIZED VIEW reporting.totals AS
    SELECT region, sum(amount) AS total, count(*) AS n
      FROM reporting.sale
     GROUP BY region
WITH NO DATA;
CREATE UNIQUE INDEX totals_region_idx ON reporting.totals (region);

CREATE VIEW reporting.totals_ranked AS
    SELECT region, total, rank() OVER (ORDER BY total DESC) AS rnk FROM reporting.totals;

-- a multi-action rule: two INSERTs separated by ; inside parentheses
CREATE RULE log_sale AS ON INSERT TO reporting.sale DO ALSO (
    INSERT INTO reporting.audit (what, detail) VALUES ('insert', 'id=' || NEW.id || ';');
    INSERT INTO reporting.audit (what, detail) VALUES ('insert-note', coalesce(NEW.note, '--none--'))
);

CREATE RULE log_amount_change AS ON UPDATE TO reporting.sale
    WHERE OLD.amount IS DISTINCT FROM NEW.amount
    DO ALSO (
        INSERT INTO reporting.audit (what, detail)
            VALUES ('amount', OLD.amount || ' -> ' || NEW.amount || '; /* changed */');
        INSERT INTO reporting.audit (what, detail) VALUES ('amount-old', OLD.amount::text);
    );

CREATE RULE notify_change AS ON UPDATE TO reporting.sale DO ALSO (NOTIFY sale_changed; NOTIFY "sale; changed");

CREATE RULE "no delete; ever" AS ON DELETE TO reporting.sale DO INSTEAD NOTHING;

-- an updatable view made writable through an INSTEAD rule
CREATE VIEW reporting.audit_notes AS SELECT what, detail FROM reporting.audit WHERE what LIKE '%note%';
CREATE RULE audit_notes_ins AS ON INSERT TO reporting.audit_notes DO INSTEAD
    INSERT INTO reporting.audit (what, detail) VALUES (NEW.what || '-note', NEW.detail);

INSERT INTO reporting.sale VALUES
    (1, 'de', 120.50, 'first; sale'),
    (2, 'fr', 99.99, NULL),
    (3, 'it;es', 300, 'it''s big'),
    (4, 'us', 10, '/* not a comment */');
UPDATE reporting.sale SET amount = amount + 1 WHERE id = 2;
DELETE FROM reporting.sale WHERE id = 4;
INSERT INTO reporting.audit_notes VALUES ('manual', 'via rule; instead');
REFRESH MATERIALIZED VIEW reporting.totals;
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.totals;

COMMENT ON VIEW reporting."summary; by region" IS 'View on a view on a view; see sale_eu_big';
COMMENT ON MATERIALIZED VIEW reporting.totals IS 'Refreshed; twice';
COMMENT ON RULE log_sale ON reporting.sale IS 'DO ALSO (...; ...)';
