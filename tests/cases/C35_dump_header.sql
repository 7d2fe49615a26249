-- Name: t; Type: TABLE; Schema: public; Owner: app
CREATE TABLE t (
    id int -- surrogate key
);
