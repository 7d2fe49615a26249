    "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

ALTER SEQUENCE "public"."issue_comment_id_seq" OWNED BY "public"."issue_coe VALUES (3, 'store 3', 3, 1)id_seq" OWNED BY "public"."issue_comment"."id";

ALTER TABLE ONLY "public"."issue_comment" ADD CONSTSET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_kimeout = 0;
SETINSERT INTO message VALUES (5, 'What''s up Jake', 4, 3);

TRUNCATE TABLE s;
INSERT INT clieO zone VALUES (4, 'nstore t_4', 