--
-- PostgreSQL database dump
--

\restrict b1nTAefB8GxfX6mUc4R7b2kys00Fh4Zp9VFet8iA1ZtJoB9Llc8rMyENlhiEocj

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'SJIS';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: 表計算; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "表計算";


ALTER SCHEMA "表計算" OWNER TO postgres;

--
-- Name: SCHEMA "表計算"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA "表計算" IS '表計算のスキーマ; it''s 表';


--
-- Name: 状態; Type: TYPE; Schema: 表計算; Owner: postgres
--

CREATE TYPE "表計算"."状態" AS ENUM (
    '予定',
    '十分',
    '表',
    '申請中; 表'
);


ALTER TYPE "表計算"."状態" OWNER TO postgres;

--
-- Name: 表示(text); Type: FUNCTION; Schema: 表計算; Owner: postgres
--

CREATE FUNCTION "表計算"."表示"(p text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    -- 表; ソ; 能
    RETURN '表示: ' || p || E'; 表\\';
END;
$$;


ALTER FUNCTION "表計算"."表示"(p text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: 表; Type: TABLE; Schema: 表計算; Owner: postgres
--

CREATE TABLE "表計算"."表" (
    id integer NOT NULL,
    "表示名" text NOT NULL,
    "メモ" text,
    "状態" "表計算"."状態" DEFAULT '予定'::"表計算"."状態",
    "ソート" integer GENERATED ALWAYS AS ((id * 10)) STORED,
    CONSTRAINT "表_check" CHECK (("表示名" <> '表'::text))
);


ALTER TABLE "表計算"."表" OWNER TO postgres;

--
-- Name: TABLE "表"; Type: COMMENT; Schema: 表計算; Owner: postgres
--

COMMENT ON TABLE "表計算"."表" IS '表の説明; ソ能予十申構暴';


--
-- Name: COLUMN "表"."表示名"; Type: COMMENT; Schema: 表計算; Owner: postgres
--

COMMENT ON COLUMN "表計算"."表"."表示名" IS '表示名 ''表''';


--
-- Name: 表;ソ; Type: TABLE; Schema: 表計算; Owner: postgres
--

CREATE TABLE "表計算"."表;ソ" (
    "能""予" text DEFAULT '十'::text,
    b text
);


ALTER TABLE "表計算"."表;ソ" OWNER TO postgres;

--
-- Name: 予定表; Type: VIEW; Schema: 表計算; Owner: postgres
--

CREATE VIEW "表計算"."予定表" AS
 SELECT "表".id,
    "表"."表示名"
   FROM "表計算"."表"
  WHERE (("表"."状態" = '予定'::"表計算"."状態") OR ("表"."メモ" ~~ '%表%'::text));


ALTER TABLE "表計算"."予定表" OWNER TO postgres;

--
-- Data for Name: 表; Type: TABLE DATA; Schema: 表計算; Owner: postgres
--

COPY "表計算"."表" (id, "表示名", "メモ", "状態") FROM stdin;
1	ソフト	表	表
2	能力	表;	予定
3	予定表	表\\	十分
4	十分な申請	表\t表\n表	申請中; 表
5	構造	'表'	予定
6	暴走	-- 表 /* 表 */	予定
7	表 (ASCII mix)	a\\b; 表\\	\N
8	表8	\\.\n表	\N
\.


--
-- Data for Name: 表;ソ; Type: TABLE DATA; Schema: 表計算; Owner: postgres
--

COPY "表計算"."表;ソ" ("能""予", b) FROM stdin;
表	申
構	暴\\
\.


--
-- Name: 表 表_pkey; Type: CONSTRAINT; Schema: 表計算; Owner: postgres
--

ALTER TABLE ONLY "表計算"."表"
    ADD CONSTRAINT "表_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict b1nTAefB8GxfX6mUc4R7b2kys00Fh4Zp9VFet8iA1ZtJoB9Llc8rMyENlhiEocj

