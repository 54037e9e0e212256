--
-- PostgreSQL database dump
--

\restrict 4kfJZKh1kqBml5Tmha1OV4zmimLjqqZT6LW9P6fhz7lnoVbFgoS86jh2LJQk0p0

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA other;


ALTER SCHEMA other OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'happy',
    'sad',
    'it''s'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: f(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.f() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 1; $$;


ALTER FUNCTION public.f() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: t; Type: TABLE; Schema: other; Owner: postgres
--

CREATE TABLE other.t (
    id integer NOT NULL,
    u integer
);


ALTER TABLE other.t OWNER TO postgres;

--
-- Name: Users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Users" (
    id integer NOT NULL,
    email character varying(255) NOT NULL,
    price numeric(10,2) DEFAULT 0.00,
    m public.mood DEFAULT 'happy'::public.mood,
    created timestamp with time zone DEFAULT now() NOT NULL,
    big bigint NOT NULL,
    full_name text GENERATED ALWAYS AS (((email)::text || 'x'::text)) STORED,
    CONSTRAINT "Users_price_check" CHECK ((price >= (0)::numeric))
);


ALTER TABLE public."Users" OWNER TO postgres;

--
-- Name: Users_big_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public."Users" ALTER COLUMN big ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."Users_big_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: Users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."Users_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."Users_id_seq" OWNER TO postgres;

--
-- Name: Users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."Users_id_seq" OWNED BY public."Users".id;


--
-- Name: lines; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lines (
    x integer NOT NULL,
    a integer,
    b integer
);


ALTER TABLE public.lines OWNER TO postgres;

--
-- Name: order_tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.order_tags (
    a integer NOT NULL,
    b integer NOT NULL,
    tag_id bigint NOT NULL
);


ALTER TABLE public.order_tags OWNER TO postgres;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orders (
    a integer NOT NULL,
    b integer NOT NULL,
    user_id integer,
    note character(3)
);


ALTER TABLE public.orders OWNER TO postgres;

--
-- Name: TABLE orders; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.orders IS 'The orders; it''s';


--
-- Name: COLUMN orders.note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.orders.note IS 'a note';


--
-- Name: tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tags (
    id bigint NOT NULL,
    name text
);


ALTER TABLE public.tags OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.tags_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tags_id_seq OWNER TO postgres;

--
-- Name: tags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.tags_id_seq OWNED BY public.tags.id;


--
-- Name: v; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v AS
 SELECT 1 AS "?column?";


ALTER TABLE public.v OWNER TO postgres;

--
-- Name: Users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Users" ALTER COLUMN id SET DEFAULT nextval('public."Users_id_seq"'::regclass);


--
-- Name: tags id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags ALTER COLUMN id SET DEFAULT nextval('public.tags_id_seq'::regclass);


--
-- Name: t t_pkey; Type: CONSTRAINT; Schema: other; Owner: postgres
--

ALTER TABLE ONLY other.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);


--
-- Name: Users Users_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_email_key" UNIQUE (email);


--
-- Name: Users Users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Users"
    ADD CONSTRAINT "Users_pkey" PRIMARY KEY (id);


--
-- Name: order_tags order_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_tags
    ADD CONSTRAINT order_tags_pkey PRIMARY KEY (a, b, tag_id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (a, b);


--
-- Name: tags tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (id);


--
-- Name: orders uq_ab; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT uq_ab UNIQUE (b, note);


--
-- Name: ix_lines_b; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_lines_b ON public.lines USING btree (b);


--
-- Name: ux_lines; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ux_lines ON public.lines USING btree (x, a);


--
-- Name: t t_u_fkey; Type: FK CONSTRAINT; Schema: other; Owner: postgres
--

ALTER TABLE ONLY other.t
    ADD CONSTRAINT t_u_fkey FOREIGN KEY (u) REFERENCES public."Users"(id);


--
-- Name: lines lines_a_b_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lines
    ADD CONSTRAINT lines_a_b_fkey FOREIGN KEY (a, b) REFERENCES public.orders(a, b) ON UPDATE SET NULL;


--
-- Name: order_tags order_tags_a_b_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_tags
    ADD CONSTRAINT order_tags_a_b_fkey FOREIGN KEY (a, b) REFERENCES public.orders(a, b);


--
-- Name: order_tags order_tags_tag_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_tags
    ADD CONSTRAINT order_tags_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES public.tags(id);


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."Users"(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict 4kfJZKh1kqBml5Tmha1OV4zmimLjqqZT6LW9P6fhz7lnoVbFgoS86jh2LJQk0p0

