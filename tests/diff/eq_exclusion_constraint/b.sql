CREATE TABLE public.booking (
    id integer,
    during tstzrange
);

ALTER TABLE ONLY public.booking
    ADD CONSTRAINT booking_during_excl EXCLUDE USING gist (during WITH &&);
