--
-- PostgreSQL database dump
--

\restrict arR1XrZIUeNs4P8piLOfUvwD5LUTRuEXhhmhT0mQYWfNGL9tdYep8FxJw4xyiV4

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: société; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA "société";


ALTER SCHEMA "société" OWNER TO postgres;

--
-- Name: SCHEMA "société"; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA "société" IS 'Schéma für Bücher; ça marche';


--
-- Name: état; Type: TYPE; Schema: société; Owner: postgres
--

CREATE TYPE "société"."état" AS ENUM (
    'neuf',
    'usé',
    'abîmé; très'
);


ALTER TYPE "société"."état" OWNER TO postgres;

--
-- Name: grüß(text); Type: FUNCTION; Schema: société; Owner: postgres
--

CREATE FUNCTION "société"."grüß"(name text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    -- Grüße; à bientôt
    RETURN 'Grüß Gott, ' || name || '; à bientôt!';
END;
$$;


ALTER FUNCTION "société"."grüß"(name text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Bücher; Type: TABLE; Schema: société; Owner: postgres
--

CREATE TABLE "société"."Bücher" (
    id integer NOT NULL,
    titel text NOT NULL,
    "Straße" text,
    prix numeric(8,2),
    "état" "société"."état" DEFAULT 'neuf'::"société"."état",
    "année" integer NOT NULL,
    CONSTRAINT "Bücher_prix_check" CHECK ((prix >= (0)::numeric))
);


ALTER TABLE "société"."Bücher" OWNER TO postgres;

--
-- Name: TABLE "Bücher"; Type: COMMENT; Schema: société; Owner: postgres
--

COMMENT ON TABLE "société"."Bücher" IS 'Bücher für die Bibliothèque; «ça marche»';


--
-- Name: COLUMN "Bücher"."Straße"; Type: COMMENT; Schema: société; Owner: postgres
--

COMMENT ON COLUMN "société"."Bücher"."Straße" IS 'Straße und Hausnummer';


--
-- Name: Bücher_année_seq; Type: SEQUENCE; Schema: société; Owner: postgres
--

ALTER TABLE "société"."Bücher" ALTER COLUMN "année" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME "société"."Bücher_année_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: günstig; Type: VIEW; Schema: société; Owner: postgres
--

CREATE VIEW "société"."günstig" AS
 SELECT "Bücher".titel,
    "Bücher".prix
   FROM "société"."Bücher"
  WHERE (("Bücher".prix < (10)::numeric) AND ("Bücher".titel <> 'Übel'::text));


ALTER TABLE "société"."günstig" OWNER TO postgres;

--
-- Data for Name: Bücher; Type: TABLE DATA; Schema: société; Owner: postgres
--

COPY "société"."Bücher" (id, titel, "Straße", prix, "état", "année") FROM stdin;
1	Über Äpfel; und Öl	Hauptstraße 5	12.50	neuf	1
2	Crème brûlée à la française	Rue de l'Église	8.00	usé	2
3	Señor 'Niño'; año ¿qué?	Calle\tMayor\nNº 3	20.00	abîmé; très	3
4	Smørrebrød -- «pas un commentaire»	/* Ærø */	5.55	\N	4
5	Backslash \\ und µ, ±, ½, ©, ¶, §	\N	0.00	neuf	5
\.


--
-- Name: Bücher_année_seq; Type: SEQUENCE SET; Schema: société; Owner: postgres
--

SELECT pg_catalog.setval('"société"."Bücher_année_seq"', 5, true);


--
-- Name: Bücher Bücher_pkey; Type: CONSTRAINT; Schema: société; Owner: postgres
--

ALTER TABLE ONLY "société"."Bücher"
    ADD CONSTRAINT "Bücher_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict arR1XrZIUeNs4P8piLOfUvwD5LUTRuEXhhmhT0mQYWfNGL9tdYep8FxJw4xyiV4

