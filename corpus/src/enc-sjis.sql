-- enc-sjis.sql: Japanese text that Shift_JIS can hold, with many characters
-- whose Shift_JIS second byte is 0x5C (a backslash): 表 ソ 能 予 十 申 構 暴.
-- make.sh loads it into a UTF8 database and dumps it with -E SJIS, so that
-- the dump has 0x95 0x5C (表) inside string data, identifiers, COPY rows and
-- a function body.
-- pgsplit corpus: hand-written (this file itself is UTF-8).

CREATE SCHEMA 表計算;
COMMENT ON SCHEMA 表計算 IS '表計算のスキーマ; it''s 表';

CREATE TYPE 表計算.状態 AS ENUM ('予定', '十分', '表', '申請中; 表');

CREATE TABLE 表計算.表 (
    id     int PRIMARY KEY,
    表示名 text NOT NULL,
    メモ   text,
    状態   表計算.状態 DEFAULT '予定',
    ソート int GENERATED ALWAYS AS (id * 10) STORED,
    CONSTRAINT 表_check CHECK (表示名 <> '表')
);

INSERT INTO 表計算.表 (id, 表示名, メモ, 状態) VALUES
    (1, 'ソフト', '表', '表'),
    (2, '能力', '表;', '予定'),
    (3, '予定表', E'表\\', '十分'),
    (4, '十分な申請', E'表\t表\n表', '申請中; 表'),
    (5, '構造', '''表''', '予定'),
    (6, '暴走', '-- 表 /* 表 */', '予定'),
    (7, '表 (ASCII mix)', 'a\b; 表\', NULL),
    (8, '表8', E'\\.\n表', NULL);

CREATE FUNCTION 表計算.表示(p text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    -- 表; ソ; 能
    RETURN '表示: ' || p || E'; 表\\';
END;
$$;

CREATE VIEW 表計算.予定表 AS
    SELECT id, 表示名 FROM 表計算.表 WHERE 状態 = '予定' OR メモ LIKE '%表%';

CREATE TABLE 表計算."表;ソ" ("能""予" text DEFAULT '十', b text);
INSERT INTO 表計算."表;ソ" VALUES ('表', '申'), ('構', '暴\');

COMMENT ON TABLE 表計算.表 IS '表の説明; ソ能予十申構暴';
COMMENT ON COLUMN 表計算.表.表示名 IS E'表示名 \'表\'';
SELECT 表計算.表示('表');
