--
-- PostgreSQL database dump
--

-- Children's Centres registrations: households and registrations.
-- Load with: psql -d DBNAME -f childrens_centres.pg_dump.sql

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET client_min_messages = warning;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: households; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.households (
    household_id integer,
    address_line1 character varying(80),
    address_line2 character varying(80),
    town character varying(40),
    postcode character varying(10),
    centre character varying(60),
    date_registered date
);

--
-- Name: registrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registrations (
    reg_id integer,
    household_id integer,
    forename character varying(50),
    surname character varying(50),
    dob date,
    gender integer,
    relationship character varying(2),
    ethnicity character varying(3),
    nhs_number character varying(12),
    reg_start date,
    reg_end date,
    status character varying(10),
    keyworker character varying(60),
    reg_reason character varying(30),
    reg_end_reason character varying(30)
);

--
-- Data for Name: households; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.households (household_id, address_line1, address_line2, town, postcode, centre, date_registered) FROM stdin;
5000	32 Grimsby Road	\N	Lincoln	LN1 7AD	Lincoln St Giles Children's Centre	2021-10-02
5001	133 High Street	\N	Sleaford	NG34 8XS	Sleaford Children's Centre	2022-11-22
5002	101 Victoria Street	\N	Boston	PE21 2LL	Boston Children's Centre	2020-07-19
5003	Flat 6	13 Chestnut Way	Grantham	NG31 1QF	Grantham Children's Centre	2025-02-01
5004	4 Victoria Street	\N	Sleaford	NG34 8UZ	Sleaford Children's Centre	2024-03-06
5005	4 Castle Street	\N	Lincoln	LN1 9QG	Lincoln St Giles Children's Centre	2024-04-28
5006	Flat 12	111 Grafton Street	Boston	PE21 4FF	Boston Children's Centre	2022-01-28
5007	143 Westgate	\N	Spalding	PE12 3WS	Spalding Children's Centre	2020-03-02
5008	143 Burton Road	\N	Grantham	NG31 4XX	Grantham Children's Centre	2021-05-24
5009	24 Mill Lane	\N	Boston	PE21 3NS	Boston Children's Centre	2021-01-04
5010	29 Oak Drive	\N	Sleaford	NG34 3WQ	Sleaford Children's Centre	2025-03-29
5011	64 Newland	\N	Lincoln	LN5 5LA	Lincoln St Giles Children's Centre	2022-07-21
5012	105 Castle Street	\N	Lincoln	LN6 2LB	Lincoln St Giles Children's Centre	2024-04-23
5013	63 Brayford Way	\N	Lincoln	LN6 6NZ	Lincoln St Giles Children's Centre	2022-07-13
5014	2 London Road	\N	Stamford	PE9 5BY	Grantham Children's Centre	2020-02-17
5015	Flat 8	59 Westgate	Boston	PE21 8AJ	Boston Children's Centre	2025-07-30
5016	27 Albert Street	\N	Louth	LN11 3PG	Skegness Children's Centre	2023-06-22
5017	65 Coronation Road	\N	Boston	PE21 4YE	Boston Children's Centre	2021-05-23
5018	116 Harlaxton Road	\N	Spalding	PE11 2JT	Spalding Children's Centre	2024-06-07
5019	Flat 2	138 Bailgate	Boston	PE21 7FU	Boston Children's Centre	2022-03-29
5020	110 Elm Grove	\N	Gainsborough	DN21 8WW	Gainsborough Children's Centre	2025-06-15
5021	87 Harlaxton Road	\N	Sleaford	NG34 7DB	Sleaford Children's Centre	2023-06-12
5022	71 Yarborough Road	\N	Lincoln	LN2 7NW	Lincoln St Giles Children's Centre	2023-01-26
5023	163 High Street	\N	Skegness	PE25 7FH	Skegness Children's Centre	2023-03-27
5024	158 King Street	\N	Lincoln	LN1 4TB	Lincoln St Giles Children's Centre	2022-11-12
5025	78 Victoria Street	\N	North Hykeham	LN6 1YS	Sleaford Children's Centre	2022-08-03
5026	102 Priory Road	\N	Louth	LN11 6EN	Skegness Children's Centre	2022-08-11
5027	173 Newland	\N	Sleaford	NG34 5HL	Sleaford Children's Centre	2025-06-02
5028	72 Victoria Street	\N	Lincoln	LN2 9LJ	Lincoln St Giles Children's Centre	2025-11-06
5029	115 Sincil Bank	\N	Spalding	PE12 1RX	Spalding Children's Centre	2021-02-18
5030	Flat 11	95 Victoria Street	Mablethorpe	LN12 3JF	Skegness Children's Centre	2023-10-07
5031	166 Spital Terrace	\N	Grantham	NG31 9QN	Grantham Children's Centre	2024-04-28
5032	132 Monks Road	\N	Louth	LN11 2TQ	Skegness Children's Centre	2025-01-28
5033	95 London Road	\N	Gainsborough	DN21 3JN	Gainsborough Children's Centre	2022-01-19
5034	172 Oak Drive	\N	Lincoln	LN2 7NE	Lincoln St Giles Children's Centre	2025-07-06
5035	56 Nelson Street	\N	Lincoln	LN5 1EU	Lincoln St Giles Children's Centre	2023-04-18
5036	31 Westgate	\N	Skegness	PE25 3XL	Skegness Children's Centre	2023-06-22
5037	Flat 12	58 The Green	Grantham	NG31 2QZ	Grantham Children's Centre	2021-12-23
5038	3 Park Avenue	\N	Spalding	PE11 8YU	Spalding Children's Centre	2021-03-31
5039	172 Church Lane	\N	Lincoln	LN2 6BB	Lincoln St Giles Children's Centre	2020-07-31
5040	47 Queen Street	\N	Boston	PE21 6TN	Boston Children's Centre	2023-06-18
5041	37 Tritton Road	\N	Lincoln	LN6 9FZ	Lincoln St Giles Children's Centre	2023-07-09
5042	95 Southgate	\N	Boston	PE21 5XE	Boston Children's Centre	2025-02-04
5043	116 Grimsby Road	\N	Lincoln	LN6 6ZX	Lincoln St Giles Children's Centre	2022-09-02
5044	Flat 4	28 Wide Bargate	Market Rasen	LN8 2AB	Gainsborough Children's Centre	2024-08-13
5045	160 Victoria Street	\N	Grantham	NG31 1HQ	Grantham Children's Centre	2023-06-01
5046	10 Lindum Road	\N	Mablethorpe	LN12 7FU	Skegness Children's Centre	2023-03-01
5047	71 Morton Terrace	\N	Boston	PE21 4ZL	Boston Children's Centre	2020-09-10
5048	83 Northgate	\N	Lincoln	LN5 4LF	Lincoln St Giles Children's Centre	2024-11-18
5049	94 St Catherines	\N	Boston	PE21 4UX	Boston Children's Centre	2022-04-08
5050	40 St Catherines	\N	Sleaford	NG34 2NL	Sleaford Children's Centre	2025-08-08
5051	64 Westgate	\N	Lincoln	LN1 9JU	Lincoln St Giles Children's Centre	2025-10-28
5052	166 Priory Road	\N	Gainsborough	DN21 9HS	Gainsborough Children's Centre	2024-05-01
5053	115 The Green	\N	Stamford	PE9 6UU	Grantham Children's Centre	2025-11-03
5054	69 Mill Lane	\N	Boston	PE21 6HQ	Boston Children's Centre	2023-10-13
5055	122 Oak Drive	\N	Lincoln	LN5 6JY	Lincoln St Giles Children's Centre	2024-11-09
5056	63 Trent Street	\N	Lincoln	LN5 8ZX	Lincoln St Giles Children's Centre	2025-10-19
5057	Flat 10	42 Louth Road	Lincoln	LN5 4XW	Lincoln St Giles Children's Centre	2021-08-10
5058	Flat 12	61 The Green	Grantham	NG31 3QT	Grantham Children's Centre	2020-01-26
5059	10 Monks Road	\N	Stamford	PE9 4YJ	Grantham Children's Centre	2022-08-09
5060	78 High Street	\N	Spalding	PE12 3LQ	Spalding Children's Centre	2025-09-28
5061	165 Queen Street	\N	Boston	PE21 1RR	Boston Children's Centre	2020-04-09
5062	48 Oak Drive	\N	Lincoln	LN6 5LL	Lincoln St Giles Children's Centre	2022-01-29
5063	79 St Catherines	\N	Skegness	PE25 4SG	Skegness Children's Centre	2024-08-02
5064	139 Park Avenue	\N	Mablethorpe	LN12 1DR	Skegness Children's Centre	2025-10-28
5065	104 Lumley Road	\N	Stamford	PE9 1GQ	Grantham Children's Centre	2024-12-12
5066	1 Burton Road	\N	Lincoln	LN1 1TJ	Lincoln St Giles Children's Centre	2020-04-06
5067	102 Newland	\N	Gainsborough	DN21 7YX	Gainsborough Children's Centre	2025-07-29
5068	65 Pinchbeck Road	\N	Spalding	PE11 7ZY	Spalding Children's Centre	2022-03-15
5069	151 Manor Road	\N	Boston	PE21 6WJ	Boston Children's Centre	2024-07-03
5070	29 Burton Road	\N	Lincoln	LN1 8LG	Lincoln St Giles Children's Centre	2022-02-16
5071	161 Tritton Road	\N	Lincoln	LN1 9JG	Lincoln St Giles Children's Centre	2022-04-21
5072	170 Burton Road	\N	Lincoln	LN6 6PJ	Lincoln St Giles Children's Centre	2025-09-07
5073	Flat 6	5 Park Avenue	Stamford	PE9 1EA	Grantham Children's Centre	2022-12-28
5074	152 Bailgate	\N	Lincoln	LN1 1ZN	Lincoln St Giles Children's Centre	2024-10-16
5075	35 Fydell Street	\N	Boston	PE21 7LP	Boston Children's Centre	2020-09-20
5076	137 Victoria Street	\N	Boston	PE21 1AW	Boston Children's Centre	2025-10-08
5077	146 Wellington Road	\N	Sleaford	NG34 6XJ	Sleaford Children's Centre	2025-09-26
5078	52 Southgate	\N	Sleaford	NG34 7AH	Sleaford Children's Centre	2022-11-18
5079	80 Lancaster Drive	\N	Lincoln	LN6 7QJ	Lincoln St Giles Children's Centre	2022-10-11
5080	162 Ermine Close	\N	Lincoln	LN6 1LX	Lincoln St Giles Children's Centre	2025-07-18
5081	172 St Catherines	\N	Louth	LN11 1JR	Skegness Children's Centre	2022-08-20
5082	123 Chestnut Way	\N	North Hykeham	LN6 4WN	Sleaford Children's Centre	2024-01-22
5083	Flat 10	62 Brayford Way	Sleaford	NG34 7UF	Sleaford Children's Centre	2022-01-04
5084	129 Fydell Street	\N	Lincoln	LN5 9ZF	Lincoln St Giles Children's Centre	2023-07-25
5085	85 Tritton Road	\N	Lincoln	LN2 2NE	Lincoln St Giles Children's Centre	2025-01-20
5086	123 Oak Drive	\N	Lincoln	LN6 5RX	Lincoln St Giles Children's Centre	2025-09-04
5087	60 Grafton Street	\N	Grantham	NG31 5ZG	Grantham Children's Centre	2023-04-20
5088	122 Louth Road	\N	Stamford	PE9 7HL	Grantham Children's Centre	2024-05-19
5089	69 King Street	\N	Louth	LN11 2LG	Skegness Children's Centre	2020-04-27
5090	146 Harlaxton Road	\N	Spalding	PE12 5QJ	Spalding Children's Centre	2023-11-02
5091	142 Skirbeck Road	\N	Lincoln	LN6 8XR	Lincoln St Giles Children's Centre	2021-02-01
5092	168 Trent Street	\N	Stamford	PE9 9US	Grantham Children's Centre	2021-04-08
5093	Flat 11	100 Lindum Road	North Hykeham	LN6 3FB	Sleaford Children's Centre	2021-05-21
5094	158 Skirbeck Road	\N	Gainsborough	DN21 9WY	Gainsborough Children's Centre	2020-11-29
5095	29 Victoria Street	\N	Spalding	PE11 8WR	Spalding Children's Centre	2020-12-14
5096	99 Lumley Road	\N	Lincoln	LN6 4AU	Lincoln St Giles Children's Centre	2020-09-03
5097	Flat 6	69 The Green	Louth	LN11 7HX	Skegness Children's Centre	2021-10-01
5098	52 Sincil Bank	\N	Lincoln	LN6 7ZP	Lincoln St Giles Children's Centre	2021-10-04
5099	12 Wellington Road	\N	Boston	PE21 7SZ	Boston Children's Centre	2021-08-21
5100	Flat 8	132 Trent Street	Gainsborough	DN21 7BZ	Gainsborough Children's Centre	2025-11-03
5101	Flat 1	11 Grimsby Road	Market Rasen	LN8 2BP	Gainsborough Children's Centre	2021-05-04
5102	85 Eastgate	\N	Lincoln	LN2 1UA	Lincoln St Giles Children's Centre	2021-02-07
5103	27 Fydell Street	\N	Skegness	PE25 9NW	Skegness Children's Centre	2021-02-24
5104	176 Nelson Street	\N	Boston	PE21 4BZ	Boston Children's Centre	2020-05-28
5105	12 Albert Street	\N	Grantham	NG31 8QG	Grantham Children's Centre	2021-05-17
5106	69 King Street	\N	Louth	LN11 2LG	Skegness Children's Centre	2024-02-01
5107	153 Priory Road	\N	Skegness	PE25 1QG	Skegness Children's Centre	2021-05-16
5108	65 Lancaster Drive	\N	Grantham	NG31 2NW	Grantham Children's Centre	2024-08-15
5109	99 Newland	\N	Market Rasen	LN8 4WU	Gainsborough Children's Centre	2025-11-22
5110	132 Chestnut Way	\N	Gainsborough	DN21 9QH	Gainsborough Children's Centre	2020-08-06
5111	18 Ermine Close	\N	Lincoln	LN5 5NH	Lincoln St Giles Children's Centre	2021-06-07
5112	Flat 3	151 Drummond Road	North Hykeham	LN6 5BA	Sleaford Children's Centre	2024-10-05
5113	91 Winsover Road	\N	North Hykeham	LN6 1GT	Sleaford Children's Centre	2023-07-02
5114	133 The Green	\N	Lincoln	LN6 2FQ	Lincoln St Giles Children's Centre	2024-07-05
5115	130 Morton Terrace	\N	Boston	PE21 2GB	Boston Children's Centre	2021-04-24
5116	79 Lancaster Drive	\N	Lincoln	LN6 3RN	Lincoln St Giles Children's Centre	2024-02-09
5117	158 Sandsfield Lane	\N	Sleaford	NG34 5RW	Sleaford Children's Centre	2025-08-18
5118	60 Ash Close	\N	Lincoln	LN2 6FN	Lincoln St Giles Children's Centre	2023-09-15
5119	Flat 4	21 Trent Street	Lincoln	LN6 8XJ	Lincoln St Giles Children's Centre	2024-10-09
5120	167 Tritton Road	\N	Grantham	NG31 6RT	Grantham Children's Centre	2025-03-07
5121	75 Elm Grove	\N	Sleaford	NG34 3QW	Sleaford Children's Centre	2022-11-14
5122	80 Coronation Road	\N	Lincoln	LN6 6ZZ	Lincoln St Giles Children's Centre	2020-05-24
5123	43 Lindum Road	\N	Lincoln	LN1 7FE	Lincoln St Giles Children's Centre	2021-02-25
5124	69 London Road	\N	Lincoln	LN6 5DL	Lincoln St Giles Children's Centre	2022-04-18
5125	33 Burton Road	\N	Spalding	PE11 1ZF	Spalding Children's Centre	2022-11-27
5126	Flat 6	44 Winsover Road	Boston	PE21 9ZJ	Boston Children's Centre	2020-10-18
5127	123 Sandsfield Lane	\N	Lincoln	LN1 8YS	Lincoln St Giles Children's Centre	2020-08-10
5128	17 Northgate	\N	Lincoln	LN6 8FT	Lincoln St Giles Children's Centre	2024-06-07
5129	138 Station Road	\N	Spalding	PE12 4NQ	Spalding Children's Centre	2024-11-13
5130	147 Bailgate	\N	Boston	PE21 4LU	Boston Children's Centre	2022-11-05
5131	56 Priory Road	\N	Boston	PE21 5SN	Boston Children's Centre	2024-03-08
5132	101 Willow Close	\N	Boston	PE21 8TZ	Boston Children's Centre	2025-10-19
5133	178 Burton Road	\N	Lincoln	LN2 2SF	Lincoln St Giles Children's Centre	2023-05-30
5134	127 Station Road	\N	Skegness	PE25 5DW	Skegness Children's Centre	2021-08-01
5135	96 Northgate	\N	Lincoln	LN1 3BR	Lincoln St Giles Children's Centre	2021-03-26
5136	5 Monks Road	\N	Grantham	NG31 1HJ	Grantham Children's Centre	2024-04-10
5137	6 Yarborough Road	\N	Grantham	NG31 6XL	Grantham Children's Centre	2023-03-18
5138	155 Drummond Road	\N	Mablethorpe	LN12 7FT	Skegness Children's Centre	2023-06-10
5139	72 Monks Road	\N	Lincoln	LN5 6GR	Lincoln St Giles Children's Centre	2022-10-15
5140	131 Castle Street	\N	Lincoln	LN2 9YS	Lincoln St Giles Children's Centre	2023-03-17
5141	86 Willow Close	\N	Boston	PE21 6SR	Boston Children's Centre	2023-08-17
5142	74 Burton Road	\N	Stamford	PE9 8HE	Grantham Children's Centre	2020-11-18
5143	4 Carholme Road	\N	Boston	PE21 9WE	Boston Children's Centre	2025-11-14
5144	138 Park Avenue	\N	Lincoln	LN5 7RU	Lincoln St Giles Children's Centre	2020-02-14
5145	112 Fydell Street	\N	Spalding	PE12 7UA	Spalding Children's Centre	2020-09-01
5146	Flat 7	31 Church Lane	North Hykeham	LN6 1HY	Sleaford Children's Centre	2024-08-08
5147	72 Westgate	\N	Lincoln	LN1 6LB	Lincoln St Giles Children's Centre	2023-01-26
5148	10 Albert Street	\N	Boston	PE21 1NN	Boston Children's Centre	2023-02-11
5149	167 Trent Street	\N	Spalding	PE11 2GG	Spalding Children's Centre	2020-05-08
5150	169 Ash Close	\N	Boston	PE21 4LB	Boston Children's Centre	2021-01-31
5151	71 Grafton Street	\N	Lincoln	LN1 5WZ	Lincoln St Giles Children's Centre	2020-07-12
5152	62 Oak Drive	\N	Boston	PE21 8RN	Boston Children's Centre	2021-01-08
5153	109 Chestnut Way	\N	Gainsborough	DN21 5GB	Gainsborough Children's Centre	2020-11-30
5154	118 Oak Drive	\N	Louth	LN11 4BW	Skegness Children's Centre	2020-04-05
5155	106 Lindum Road	\N	Lincoln	LN6 2FU	Lincoln St Giles Children's Centre	2025-08-16
5156	67 Beech Avenue	\N	Sleaford	NG34 5DB	Sleaford Children's Centre	2025-02-02
5157	88 Grimsby Road	\N	Skegness	PE25 2GN	Skegness Children's Centre	2025-10-05
5158	87 Lancaster Drive	\N	Skegness	PE25 7YW	Skegness Children's Centre	2024-06-28
5159	68 Station Road	\N	Grantham	NG31 5TL	Grantham Children's Centre	2024-07-08
5160	150 Priory Road	\N	North Hykeham	LN6 2BZ	Sleaford Children's Centre	2020-03-17
5161	157 Bailgate	\N	North Hykeham	LN6 3BH	Sleaford Children's Centre	2022-05-07
5162	18 Mill Lane	\N	North Hykeham	LN6 2WS	Sleaford Children's Centre	2021-06-13
5163	168 Sincil Bank	\N	Grantham	NG31 5DF	Grantham Children's Centre	2024-07-25
5164	141 Grimsby Road	\N	Market Rasen	LN8 2DP	Gainsborough Children's Centre	2024-04-08
5165	167 Winsover Road	\N	Skegness	PE25 2FN	Skegness Children's Centre	2025-08-05
5166	Flat 9	73 Station Road	North Hykeham	LN6 8UB	Sleaford Children's Centre	2020-05-17
5167	37 Northgate	\N	Boston	PE21 5NY	Boston Children's Centre	2025-03-18
5168	38 Lindum Road	\N	Lincoln	LN2 4WQ	Lincoln St Giles Children's Centre	2024-12-17
5169	176 Station Road	\N	Lincoln	LN2 4YB	Lincoln St Giles Children's Centre	2021-12-18
5170	84 Tritton Road	\N	Sleaford	NG34 7JP	Sleaford Children's Centre	2025-06-12
5171	64 London Road	\N	Grantham	NG31 9SF	Grantham Children's Centre	2022-01-20
5172	46 Westgate	\N	Lincoln	LN5 2DU	Lincoln St Giles Children's Centre	2025-04-12
5173	5 Chestnut Way	\N	Spalding	PE12 8UP	Spalding Children's Centre	2020-10-05
5174	14 Sincil Bank	\N	Spalding	PE11 4ZQ	Spalding Children's Centre	2020-07-25
5175	119 Park Avenue	\N	Boston	PE21 4JA	Boston Children's Centre	2021-07-18
5176	69 Monks Road	\N	Grantham	NG31 6ZZ	Grantham Children's Centre	2022-04-05
5177	38 Eastgate	\N	Sleaford	NG34 7NS	Sleaford Children's Centre	2023-12-03
5178	13 Chestnut Way	\N	Lincoln	LN1 8RA	Lincoln St Giles Children's Centre	2021-09-02
5179	Flat 9	53 Southgate	Lincoln	LN2 5EH	Lincoln St Giles Children's Centre	2023-11-27
5180	45 Winsover Road	\N	Boston	PE21 7ZT	Boston Children's Centre	2020-09-07
5181	89 Wragby Road	\N	Gainsborough	DN21 3AH	Gainsborough Children's Centre	2024-02-23
5182	128 Brayford Way	\N	North Hykeham	LN6 3ZG	Sleaford Children's Centre	2022-11-17
5183	7 Nelson Street	\N	Lincoln	LN2 7AY	Lincoln St Giles Children's Centre	2024-04-10
5184	169 Ermine Close	\N	Lincoln	LN1 7BR	Lincoln St Giles Children's Centre	2022-09-12
5185	172 High Street	\N	Boston	PE21 8SS	Boston Children's Centre	2022-10-25
5186	156 Westgate	\N	Lincoln	LN2 6JU	Lincoln St Giles Children's Centre	2020-09-28
5187	153 Ripon Street	\N	Grantham	NG31 8ST	Grantham Children's Centre	2025-10-14
5188	62 Wellington Road	\N	Grantham	NG31 8HP	Grantham Children's Centre	2020-12-03
5189	71 Grafton Street	\N	Lincoln	LN1 5WZ	Lincoln St Giles Children's Centre	2024-09-04
5190	Flat 3	94 Church Lane	Grantham	NG31 7GF	Grantham Children's Centre	2023-07-03
5191	71 Trent Street	\N	Stamford	PE9 4WQ	Grantham Children's Centre	2024-08-06
5192	78 Grafton Street	\N	Spalding	PE11 2RJ	Spalding Children's Centre	2021-08-28
5193	11 Yarborough Road	\N	Gainsborough	DN21 1WR	Gainsborough Children's Centre	2025-03-09
5194	104 Sincil Bank	\N	Skegness	PE25 7TR	Skegness Children's Centre	2023-10-24
5195	3 Nelson Street	\N	North Hykeham	LN6 3EA	Sleaford Children's Centre	2025-05-19
5196	Flat 11	111 Ripon Street	Gainsborough	DN21 1TP	Gainsborough Children's Centre	2025-01-07
5197	27 Park Avenue	\N	Lincoln	LN1 3HX	Lincoln St Giles Children's Centre	2025-01-05
5198	153 Grimsby Road	\N	Lincoln	LN1 6ZQ	Lincoln St Giles Children's Centre	2023-08-30
5199	32 Pinchbeck Road	\N	Lincoln	LN1 1ER	Lincoln St Giles Children's Centre	2022-04-14
5200	115 Harlaxton Road	\N	Spalding	PE12 6BQ	Spalding Children's Centre	2021-12-22
5201	122 Grafton Street	\N	Lincoln	LN2 7UY	Lincoln St Giles Children's Centre	2025-01-24
5202	54 Manor Road	\N	Boston	PE21 2GP	Boston Children's Centre	2023-07-13
5203	146 London Road	\N	Sleaford	NG34 1WW	Sleaford Children's Centre	2025-10-08
5204	92 Ermine Close	\N	Grantham	NG31 5LQ	Grantham Children's Centre	2025-07-13
5205	116 Fydell Street	\N	Lincoln	LN5 1RX	Lincoln St Giles Children's Centre	2024-03-25
5206	149 Chestnut Way	\N	Lincoln	LN6 4XB	Lincoln St Giles Children's Centre	2025-12-12
5207	59 Wellington Road	\N	Lincoln	LN5 6PL	Lincoln St Giles Children's Centre	2023-03-31
5208	Flat 9	138 Bailgate	Spalding	PE12 1AN	Spalding Children's Centre	2022-05-18
5209	106 Church Lane	\N	Grantham	NG31 3EQ	Grantham Children's Centre	2025-03-23
5210	112 Nettleham Road	\N	Grantham	NG31 9GD	Grantham Children's Centre	2020-04-21
5211	144 Castle Street	\N	Lincoln	LN6 9NW	Lincoln St Giles Children's Centre	2020-07-28
5212	Flat 5	101 Ash Close	Skegness	PE25 9FG	Skegness Children's Centre	2024-11-03
5213	50 Chestnut Way	\N	Lincoln	LN1 5XW	Lincoln St Giles Children's Centre	2020-01-13
5214	144 Wragby Road	\N	Spalding	PE12 9FN	Spalding Children's Centre	2022-07-22
5215	Flat 11	43 King Street	Gainsborough	DN21 1FN	Gainsborough Children's Centre	2020-12-25
5216	48 Chestnut Way	\N	Skegness	PE25 3QX	Skegness Children's Centre	2022-09-01
5217	Flat 12	28 Wide Bargate	Market Rasen	LN8 6PJ	Gainsborough Children's Centre	2023-11-25
5218	31 Elm Grove	\N	Skegness	PE25 5TW	Skegness Children's Centre	2025-09-05
5219	36 Lumley Road	\N	Stamford	PE9 7DY	Grantham Children's Centre	2020-03-10
5220	20 Abbey Road	\N	Grantham	NG31 9LY	Grantham Children's Centre	2021-09-10
5221	60 Trent Street	\N	Spalding	PE12 6HS	Spalding Children's Centre	2020-07-07
5222	131 Tritton Road	\N	Gainsborough	DN21 5LW	Gainsborough Children's Centre	2020-07-08
5223	137 Pinchbeck Road	\N	North Hykeham	LN6 3YX	Sleaford Children's Centre	2025-03-04
5224	92 Wellington Road	\N	Skegness	PE25 4SE	Skegness Children's Centre	2024-11-24
5225	53 Harlaxton Road	\N	Skegness	PE25 2AA	Skegness Children's Centre	2020-01-16
5226	139 Northgate	\N	Sleaford	NG34 2QU	Sleaford Children's Centre	2020-01-09
5227	57 Carholme Road	\N	Lincoln	LN2 2JT	Lincoln St Giles Children's Centre	2021-05-27
5228	59 Elm Grove	\N	Stamford	PE9 5SG	Grantham Children's Centre	2022-07-08
5229	55 Trinity Street	\N	Skegness	PE25 5WT	Skegness Children's Centre	2024-06-15
5230	48 Station Road	\N	Spalding	PE12 6JT	Spalding Children's Centre	2023-01-19
5231	179 Tritton Road	\N	Spalding	PE12 8SZ	Spalding Children's Centre	2024-08-12
5232	26 Nettleham Road	\N	Lincoln	LN6 7GL	Lincoln St Giles Children's Centre	2025-02-05
5233	164 Sandsfield Lane	\N	Boston	PE21 6FF	Boston Children's Centre	2025-07-08
5234	Flat 8	52 Station Road	Lincoln	LN5 8AE	Lincoln St Giles Children's Centre	2023-11-01
5235	124 Harlaxton Road	\N	Grantham	NG31 5WR	Grantham Children's Centre	2022-02-11
5236	Flat 10	109 High Street	Mablethorpe	LN12 2ZQ	Skegness Children's Centre	2024-11-27
5237	164 Southgate	\N	Lincoln	LN1 5ED	Lincoln St Giles Children's Centre	2024-09-13
5238	150 Manor Road	\N	Lincoln	LN5 9SB	Lincoln St Giles Children's Centre	2025-10-20
5239	28 St Catherines	\N	Grantham	NG31 6WY	Grantham Children's Centre	2024-08-19
5240	77 Southgate	\N	Gainsborough	DN21 9JN	Gainsborough Children's Centre	2023-01-05
5241	54 Lancaster Drive	\N	Grantham	NG31 7ZB	Grantham Children's Centre	2021-10-05
5242	99 Wide Bargate	\N	Mablethorpe	LN12 8QS	Skegness Children's Centre	2020-10-15
5243	Flat 5	27 Lumley Road	Gainsborough	DN21 6WL	Gainsborough Children's Centre	2023-06-21
5244	53 High Street	\N	Stamford	PE9 6GR	Grantham Children's Centre	2021-02-01
5245	68 Lancaster Drive	\N	Grantham	NG31 5UF	Grantham Children's Centre	2025-07-08
5246	15 Victoria Street	\N	Lincoln	LN5 6PJ	Lincoln St Giles Children's Centre	2020-09-09
5247	7 Castle Street	\N	Lincoln	LN6 4XU	Lincoln St Giles Children's Centre	2020-04-30
5248	143 Eastgate	\N	Louth	LN11 5EP	Skegness Children's Centre	2025-10-04
5249	Flat 6	81 Park Avenue	Mablethorpe	LN12 5YZ	Skegness Children's Centre	2020-03-17
5250	77 Bailgate	\N	Spalding	PE11 2RT	Spalding Children's Centre	2023-03-25
5251	45 Trent Street	\N	Lincoln	LN5 6RW	Lincoln St Giles Children's Centre	2024-10-31
5252	7 Wide Bargate	\N	Skegness	PE25 6PJ	Skegness Children's Centre	2023-06-10
5253	32 Nelson Street	\N	North Hykeham	LN6 1SB	Sleaford Children's Centre	2022-01-08
5254	42 Castle Street	\N	Grantham	NG31 5PG	Grantham Children's Centre	2020-03-22
5255	64 Ripon Street	\N	Sleaford	NG34 4HS	Sleaford Children's Centre	2024-08-03
5256	Flat 12	44 Coronation Road	Boston	PE21 7ZB	Boston Children's Centre	2021-03-08
5257	153 Priory Road	\N	North Hykeham	LN6 6QB	Sleaford Children's Centre	2020-02-26
5258	61 Wragby Road	\N	Boston	PE21 6LN	Boston Children's Centre	2021-03-01
5259	43 Trinity Street	\N	North Hykeham	LN6 8LT	Sleaford Children's Centre	2024-05-28
5260	169 King Street	\N	Lincoln	LN5 3LW	Lincoln St Giles Children's Centre	2025-03-02
5261	122 Ash Close	\N	Grantham	NG31 2FS	Grantham Children's Centre	2024-03-08
5262	101 Monks Road	\N	Boston	PE21 3EH	Boston Children's Centre	2023-12-07
5263	3 Wide Bargate	\N	Stamford	PE9 3UT	Grantham Children's Centre	2024-08-29
5264	108 Burton Road	\N	Lincoln	LN5 3JQ	Lincoln St Giles Children's Centre	2025-08-20
5265	127 Church Lane	\N	Market Rasen	LN8 3DG	Gainsborough Children's Centre	2025-09-15
5266	86 The Green	\N	Market Rasen	LN8 9YQ	Gainsborough Children's Centre	2023-03-19
5267	144 Pinchbeck Road	\N	Spalding	PE12 5HB	Spalding Children's Centre	2025-05-04
5268	63 Bailgate	\N	Stamford	PE9 2YY	Grantham Children's Centre	2022-11-18
5269	26 Park Avenue	\N	Market Rasen	LN8 1BD	Gainsborough Children's Centre	2020-02-09
5270	80 Bailgate	\N	Boston	PE21 5GT	Boston Children's Centre	2024-07-11
5271	104 Elm Grove	\N	Lincoln	LN5 7XJ	Lincoln St Giles Children's Centre	2021-06-22
5272	2 Harlaxton Road	\N	Grantham	NG31 7SX	Grantham Children's Centre	2024-09-21
5273	27 Yarborough Road	\N	Gainsborough	DN21 5GR	Gainsborough Children's Centre	2021-10-20
5274	78 Newland	\N	Lincoln	LN2 4BD	Lincoln St Giles Children's Centre	2025-10-11
5275	102 Oak Drive	\N	Lincoln	LN2 1DG	Lincoln St Giles Children's Centre	2023-10-24
5276	7 Drummond Road	\N	Lincoln	LN6 2QX	Lincoln St Giles Children's Centre	2023-06-02
5277	99 Northgate	\N	Lincoln	LN2 5AN	Lincoln St Giles Children's Centre	2022-04-16
5278	79 Grimsby Road	\N	Market Rasen	LN8 4SJ	Gainsborough Children's Centre	2020-10-06
5279	17 Westgate	\N	Skegness	PE25 1YX	Skegness Children's Centre	2021-05-24
5280	74 Carholme Road	\N	Grantham	NG31 3RR	Grantham Children's Centre	2023-04-01
5281	130 Park Avenue	\N	Grantham	NG31 7EY	Grantham Children's Centre	2020-10-06
5282	66 Brayford Way	\N	Spalding	PE11 8YA	Spalding Children's Centre	2022-10-03
5283	110 Yarborough Road	\N	Skegness	PE25 1FJ	Skegness Children's Centre	2021-10-04
5284	33 Burton Road	\N	Spalding	PE11 1ZF	Spalding Children's Centre	2022-05-29
5285	11 Skirbeck Road	\N	Grantham	NG31 3TW	Grantham Children's Centre	2021-04-21
5286	Flat 4	130 Grimsby Road	Sleaford	NG34 1TY	Sleaford Children's Centre	2025-10-19
5287	82 Elm Grove	\N	Grantham	NG31 5DA	Grantham Children's Centre	2021-10-26
5288	25 Trent Street	\N	Skegness	PE25 8GX	Skegness Children's Centre	2020-12-04
5289	95 Wellington Road	\N	Sleaford	NG34 3PZ	Sleaford Children's Centre	2022-12-14
5290	126 Church Lane	\N	Grantham	NG31 7UU	Grantham Children's Centre	2021-11-09
5291	67 Fydell Street	\N	Boston	PE21 7JA	Boston Children's Centre	2024-03-12
5292	161 London Road	\N	Boston	PE21 2JL	Boston Children's Centre	2022-10-22
5293	133 Oak Drive	\N	Louth	LN11 2TA	Skegness Children's Centre	2024-12-24
5294	76 Bailgate	\N	Grantham	NG31 3QQ	Grantham Children's Centre	2020-12-01
5295	Flat 10	177 Nettleham Road	North Hykeham	LN6 5DR	Sleaford Children's Centre	2021-07-07
5296	86 Tritton Road	\N	Boston	PE21 5SA	Boston Children's Centre	2023-07-13
5297	157 Eastgate	\N	Grantham	NG31 6AU	Grantham Children's Centre	2020-04-18
5298	110 Yarborough Road	\N	Skegness	PE25 1FJ	Skegness Children's Centre	2020-04-08
5299	130 Beech Avenue	\N	Gainsborough	DN21 1BU	Gainsborough Children's Centre	2024-10-28
5300	86 The Green	\N	Boston	PE21 5QT	Boston Children's Centre	2022-05-07
5301	162 King Street	\N	Lincoln	LN5 7BX	Lincoln St Giles Children's Centre	2025-03-08
5302	79 Lumley Road	\N	Mablethorpe	LN12 1YU	Skegness Children's Centre	2020-04-16
5303	30 Oak Drive	\N	North Hykeham	LN6 2BP	Sleaford Children's Centre	2024-03-29
5304	Flat 3	119 Victoria Street	Lincoln	LN6 2US	Lincoln St Giles Children's Centre	2024-09-09
5305	65 Victoria Street	\N	Stamford	PE9 6HR	Grantham Children's Centre	2025-07-12
5306	92 Wellington Road	\N	Skegness	PE25 4SE	Skegness Children's Centre	2022-07-23
5307	136 Park Avenue	\N	North Hykeham	LN6 8TJ	Sleaford Children's Centre	2024-04-20
5308	105 Drummond Road	\N	Lincoln	LN5 2RW	Lincoln St Giles Children's Centre	2025-07-31
5309	68 Grimsby Road	\N	Boston	PE21 8HB	Boston Children's Centre	2023-09-21
5310	81 Harlaxton Road	\N	North Hykeham	LN6 1JG	Sleaford Children's Centre	2020-09-15
5311	11 Brayford Way	\N	Market Rasen	LN8 2WP	Gainsborough Children's Centre	2021-06-09
5312	87 Lancaster Drive	\N	Louth	LN11 3BH	Skegness Children's Centre	2023-11-22
5313	3 Lindum Road	\N	Lincoln	LN5 5EY	Lincoln St Giles Children's Centre	2021-12-12
5314	Flat 1	102 London Road	Lincoln	LN1 1HT	Lincoln St Giles Children's Centre	2023-10-15
5315	180 Park Avenue	\N	Skegness	PE25 9DT	Skegness Children's Centre	2021-07-22
5316	174 Spital Terrace	\N	Grantham	NG31 4EB	Grantham Children's Centre	2025-09-07
5317	89 Trinity Street	\N	Grantham	NG31 8BB	Grantham Children's Centre	2021-12-05
5318	27 Wragby Road	\N	Lincoln	LN1 9YB	Lincoln St Giles Children's Centre	2020-11-19
5319	11 Carholme Road	\N	Louth	LN11 9BG	Skegness Children's Centre	2020-02-16
5320	77 London Road	\N	Boston	PE21 2XS	Boston Children's Centre	2024-12-21
5321	177 Priory Road	\N	Gainsborough	DN21 1ZD	Gainsborough Children's Centre	2021-05-11
5322	154 Winsover Road	\N	Mablethorpe	LN12 5EH	Skegness Children's Centre	2024-01-08
5323	155 King Street	\N	Grantham	NG31 7GS	Grantham Children's Centre	2022-08-13
5324	Flat 11	148 Newland	Lincoln	LN1 2XZ	Lincoln St Giles Children's Centre	2022-04-23
5325	65 Sandsfield Lane	\N	Lincoln	LN6 7FN	Lincoln St Giles Children's Centre	2022-02-14
5326	125 Louth Road	\N	Spalding	PE11 4BA	Spalding Children's Centre	2021-11-30
5327	108 Albert Street	\N	Lincoln	LN2 2TF	Lincoln St Giles Children's Centre	2024-12-19
5328	35 Brayford Way	\N	North Hykeham	LN6 8WF	Sleaford Children's Centre	2022-06-29
5329	48 Southgate	\N	Sleaford	NG34 5DS	Sleaford Children's Centre	2025-07-09
5330	48 Nelson Street	\N	Lincoln	LN6 8NR	Lincoln St Giles Children's Centre	2023-07-14
5331	165 Spital Terrace	\N	Lincoln	LN5 3DU	Lincoln St Giles Children's Centre	2022-02-20
5332	90 Wragby Road	\N	Lincoln	LN2 9DH	Lincoln St Giles Children's Centre	2022-05-08
5333	46 Abbey Road	\N	Gainsborough	DN21 8BJ	Gainsborough Children's Centre	2024-01-23
5334	153 Brayford Way	\N	Lincoln	LN2 9QT	Lincoln St Giles Children's Centre	2023-05-09
5335	137 Louth Road	\N	North Hykeham	LN6 9FL	Sleaford Children's Centre	2021-04-13
5336	9 Park Avenue	\N	Lincoln	LN1 7RR	Lincoln St Giles Children's Centre	2023-10-31
5337	154 Newland	\N	Market Rasen	LN8 5SD	Gainsborough Children's Centre	2023-02-06
5338	52 Albert Street	\N	Grantham	NG31 2GB	Grantham Children's Centre	2022-04-22
5339	108 Southgate	\N	North Hykeham	LN6 7EN	Sleaford Children's Centre	2021-11-03
5340	126 Drummond Road	\N	Grantham	NG31 8HA	Grantham Children's Centre	2025-09-03
5341	91 Sincil Bank	\N	Grantham	NG31 6XP	Grantham Children's Centre	2025-06-19
5342	100 Eastgate	\N	Lincoln	LN1 8WR	Lincoln St Giles Children's Centre	2020-09-04
5343	30 London Road	\N	Gainsborough	DN21 8DD	Gainsborough Children's Centre	2024-04-04
5344	58 Wide Bargate	\N	Grantham	NG31 3YL	Grantham Children's Centre	2020-05-09
5345	Flat 10	26 Church Lane	Lincoln	LN1 5BT	Lincoln St Giles Children's Centre	2023-03-10
5346	51 Albert Street	\N	Skegness	PE25 3WB	Skegness Children's Centre	2025-02-12
5347	40 Carholme Road	\N	Grantham	NG31 2RP	Grantham Children's Centre	2022-01-16
5348	176 Lindum Road	\N	Lincoln	LN6 7YD	Lincoln St Giles Children's Centre	2021-09-18
5349	164 Church Lane	\N	Boston	PE21 1XG	Boston Children's Centre	2023-09-17
5350	Flat 5	70 Westgate	Spalding	PE12 8HA	Spalding Children's Centre	2022-05-17
5351	25 Coronation Road	\N	Mablethorpe	LN12 3BX	Skegness Children's Centre	2023-12-11
5352	2 Station Road	\N	Skegness	PE25 1QS	Skegness Children's Centre	2025-08-02
5353	47 Ermine Close	\N	Sleaford	NG34 4EE	Sleaford Children's Centre	2023-03-15
5354	13 Nettleham Road	\N	Grantham	NG31 4ZU	Grantham Children's Centre	2021-05-29
5355	111 Monks Road	\N	Stamford	PE9 1SX	Grantham Children's Centre	2021-06-15
5356	153 Manor Road	\N	Spalding	PE11 3TT	Spalding Children's Centre	2023-08-26
5357	Flat 1	102 Coronation Road	Lincoln	LN1 6XW	Lincoln St Giles Children's Centre	2020-06-08
5358	96 Willow Close	\N	Grantham	NG31 8SF	Grantham Children's Centre	2021-10-14
5359	28 Oak Drive	\N	Lincoln	LN6 6YZ	Lincoln St Giles Children's Centre	2025-08-07
5360	33 Grafton Street	\N	Grantham	NG31 5UR	Grantham Children's Centre	2021-12-06
5361	178 Northgate	\N	Lincoln	LN1 1TZ	Lincoln St Giles Children's Centre	2025-05-28
5362	57 Lindum Road	\N	Grantham	NG31 8QH	Grantham Children's Centre	2022-08-09
5363	Flat 3	109 Wragby Road	Lincoln	LN2 5DT	Lincoln St Giles Children's Centre	2021-12-27
5364	56 Harlaxton Road	\N	Gainsborough	DN21 5DS	Gainsborough Children's Centre	2025-02-21
5365	161 Spital Terrace	\N	Gainsborough	DN21 9YZ	Gainsborough Children's Centre	2025-04-07
5366	179 Priory Road	\N	Grantham	NG31 8BQ	Grantham Children's Centre	2023-10-27
5367	3 Carholme Road	\N	Market Rasen	LN8 7BF	Gainsborough Children's Centre	2022-11-07
5368	54 Mill Lane	\N	Boston	PE21 1GL	Boston Children's Centre	2022-09-08
5369	Flat 7	152 Nelson Street	Lincoln	LN2 4AB	Lincoln St Giles Children's Centre	2021-07-22
5370	143 Wragby Road	\N	Spalding	PE11 2LN	Spalding Children's Centre	2025-04-02
5371	126 Wide Bargate	\N	Grantham	NG31 1FG	Grantham Children's Centre	2021-10-19
5372	Flat 4	3 Priory Road	Mablethorpe	LN12 5BT	Skegness Children's Centre	2021-12-24
5373	102 Monks Road	\N	Lincoln	LN2 7DA	Lincoln St Giles Children's Centre	2021-05-31
5374	38 Priory Road	\N	Lincoln	LN5 9AX	Lincoln St Giles Children's Centre	2021-02-19
5375	59 Station Road	\N	Grantham	NG31 7JN	Grantham Children's Centre	2022-08-11
5376	88 Drummond Road	\N	Grantham	NG31 4ZG	Grantham Children's Centre	2021-01-06
5377	6 Queen Street	\N	Mablethorpe	LN12 4GF	Skegness Children's Centre	2022-03-29
5378	Flat 12	102 Ermine Close	Grantham	NG31 2RS	Grantham Children's Centre	2020-01-31
5379	158 Lumley Road	\N	Spalding	PE11 4HE	Spalding Children's Centre	2022-02-24
5380	116 Lumley Road	\N	Market Rasen	LN8 2EG	Gainsborough Children's Centre	2024-11-28
5381	Flat 1	148 Grafton Street	Lincoln	LN1 7UH	Lincoln St Giles Children's Centre	2024-09-23
5382	41 Brayford Way	\N	Lincoln	LN2 2AU	Lincoln St Giles Children's Centre	2022-08-26
5383	62 Manor Road	\N	Lincoln	LN1 8ST	Lincoln St Giles Children's Centre	2024-10-25
5384	78 Wellington Road	\N	Skegness	PE25 2AQ	Skegness Children's Centre	2020-11-30
5385	34 Abbey Road	\N	Lincoln	LN6 7TR	Lincoln St Giles Children's Centre	2022-12-29
5386	86 Sandsfield Lane	\N	Sleaford	NG34 7JE	Sleaford Children's Centre	2022-04-14
5387	42 Park Avenue	\N	Lincoln	LN6 3QJ	Lincoln St Giles Children's Centre	2025-01-12
5388	65 Victoria Street	\N	Stamford	PE9 6HR	Grantham Children's Centre	2023-03-13
5389	50 Victoria Street	\N	Lincoln	LN6 1NN	Lincoln St Giles Children's Centre	2023-02-19
5390	Flat 11	12 Mill Lane	Lincoln	LN2 8AG	Lincoln St Giles Children's Centre	2023-03-29
5391	100 Castle Street	\N	Spalding	PE11 7DL	Spalding Children's Centre	2025-10-19
5392	6 Harlaxton Road	\N	Lincoln	LN1 3ZZ	Lincoln St Giles Children's Centre	2021-08-13
5393	59 Victoria Street	\N	Boston	PE21 5QT	Boston Children's Centre	2024-02-20
5394	Flat 2	55 Monks Road	Louth	LN11 4PQ	Skegness Children's Centre	2023-05-19
5395	130 Morton Terrace	\N	Grantham	NG31 4AA	Grantham Children's Centre	2024-01-26
5396	Flat 2	135 Southgate	Lincoln	LN6 5UP	Lincoln St Giles Children's Centre	2022-02-25
5397	54 Victoria Street	\N	Boston	PE21 3NU	Boston Children's Centre	2022-06-24
5398	9 Wragby Road	\N	Boston	PE21 5WQ	Boston Children's Centre	2020-06-18
5399	28 Oak Drive	\N	Lincoln	LN6 4RN	Lincoln St Giles Children's Centre	2024-03-21
5400	114 Skirbeck Road	\N	Skegness	PE25 2AF	Skegness Children's Centre	2021-03-23
5401	117 Nettleham Road	\N	Sleaford	NG34 9DB	Sleaford Children's Centre	2022-05-16
5402	52 Bailgate	\N	Gainsborough	DN21 3PF	Gainsborough Children's Centre	2022-01-01
5403	92 Queen Street	\N	Spalding	PE11 5TY	Spalding Children's Centre	2024-12-19
5404	72 Newland	\N	Lincoln	LN5 5ZE	Lincoln St Giles Children's Centre	2022-04-04
5405	62 Louth Road	\N	Sleaford	NG34 1NW	Sleaford Children's Centre	2020-10-23
5406	148 Carholme Road	\N	Skegness	PE25 2GG	Skegness Children's Centre	2024-09-21
5407	169 St Catherines	\N	Lincoln	LN6 4XL	Lincoln St Giles Children's Centre	2020-08-05
5408	152 Victoria Street	\N	Market Rasen	LN8 7EG	Gainsborough Children's Centre	2022-03-11
5409	176 Northgate	\N	Boston	PE21 7GE	Boston Children's Centre	2021-04-04
5410	47 Victoria Street	\N	Mablethorpe	LN12 6DQ	Skegness Children's Centre	2023-02-23
5411	71 Burton Road	\N	Skegness	PE25 9WA	Skegness Children's Centre	2024-05-03
5412	92 Willow Close	\N	Boston	PE21 3QX	Boston Children's Centre	2023-04-21
5413	47 Queen Street	\N	Boston	PE21 1EB	Boston Children's Centre	2023-02-23
5414	149 London Road	\N	Skegness	PE25 3NB	Skegness Children's Centre	2022-12-27
5415	4 Sincil Bank	\N	Sleaford	NG34 3NE	Sleaford Children's Centre	2023-11-01
5416	47 Lancaster Drive	\N	Lincoln	LN2 9BX	Lincoln St Giles Children's Centre	2025-08-07
5417	152 Louth Road	\N	Lincoln	LN5 7LA	Lincoln St Giles Children's Centre	2021-04-26
5418	139 Wellington Road	\N	Spalding	PE12 3YL	Spalding Children's Centre	2025-05-14
5419	22 Manor Road	\N	Lincoln	LN1 3QD	Lincoln St Giles Children's Centre	2024-01-14
5420	81 Pinchbeck Road	\N	North Hykeham	LN6 4GG	Sleaford Children's Centre	2022-04-26
5421	108 Louth Road	\N	Grantham	NG31 1RD	Grantham Children's Centre	2023-06-19
5422	96 Elm Grove	\N	Gainsborough	DN21 9NJ	Gainsborough Children's Centre	2020-02-29
5423	175 Coronation Road	\N	Grantham	NG31 2JS	Grantham Children's Centre	2025-08-21
5424	14 Spital Terrace	\N	Lincoln	LN6 3WF	Lincoln St Giles Children's Centre	2021-05-01
5425	31 Lancaster Drive	\N	Spalding	PE12 4EP	Spalding Children's Centre	2023-04-03
5426	153 Nelson Street	\N	Spalding	PE12 2TW	Spalding Children's Centre	2021-05-22
5427	47 Park Avenue	\N	Lincoln	LN5 9RT	Lincoln St Giles Children's Centre	2024-11-12
5428	154 Wragby Road	\N	Lincoln	LN5 4AQ	Lincoln St Giles Children's Centre	2025-10-12
5429	161 Lumley Road	\N	Spalding	PE11 8NB	Spalding Children's Centre	2020-03-11
5430	16 Church Lane	\N	Boston	PE21 7NL	Boston Children's Centre	2025-09-22
5431	62 St Catherines	\N	Lincoln	LN2 2HG	Lincoln St Giles Children's Centre	2025-07-09
5432	133 Chestnut Way	\N	Grantham	NG31 1RP	Grantham Children's Centre	2025-03-27
5433	54 Chestnut Way	\N	Sleaford	NG34 1QL	Sleaford Children's Centre	2025-06-13
5434	63 Southgate	\N	Spalding	PE11 5YA	Spalding Children's Centre	2020-08-02
5435	19 Albert Street	\N	Spalding	PE12 5JJ	Spalding Children's Centre	2025-10-03
5436	76 Wellington Road	\N	Louth	LN11 7EY	Skegness Children's Centre	2023-12-29
5437	27 Wellington Road	\N	Lincoln	LN2 7LL	Lincoln St Giles Children's Centre	2021-05-13
5438	111 The Green	\N	Lincoln	LN6 1AN	Lincoln St Giles Children's Centre	2025-06-29
5439	180 Carholme Road	\N	Boston	PE21 3NL	Boston Children's Centre	2022-06-18
5440	101 Nelson Street	\N	Boston	PE21 7XX	Boston Children's Centre	2020-03-02
5441	120 Morton Terrace	\N	Lincoln	LN2 6BL	Lincoln St Giles Children's Centre	2020-06-16
5442	150 Station Road	\N	Lincoln	LN6 4WW	Lincoln St Giles Children's Centre	2024-08-28
5443	75 Elm Grove	\N	Stamford	PE9 8JX	Grantham Children's Centre	2020-08-09
5444	102 Burton Road	\N	Gainsborough	DN21 5SP	Gainsborough Children's Centre	2022-07-24
5445	Flat 4	44 Ripon Street	Lincoln	LN5 7WL	Lincoln St Giles Children's Centre	2023-06-28
5446	22 Fydell Street	\N	Lincoln	LN1 1WA	Lincoln St Giles Children's Centre	2025-06-25
5447	120 Ermine Close	\N	Sleaford	NG34 9NX	Sleaford Children's Centre	2025-05-01
5448	143 Pinchbeck Road	\N	Sleaford	NG34 8XJ	Sleaford Children's Centre	2021-05-18
5449	Flat 5	19 Wellington Road	Spalding	PE11 9XJ	Spalding Children's Centre	2022-08-20
5450	109 Grafton Street	\N	Lincoln	LN1 9AW	Lincoln St Giles Children's Centre	2021-06-03
5451	30 Beech Avenue	\N	Lincoln	LN1 8TQ	Lincoln St Giles Children's Centre	2025-08-31
5452	23 Sandsfield Lane	\N	Gainsborough	DN21 5ZS	Gainsborough Children's Centre	2024-06-19
5453	35 London Road	\N	Louth	LN11 4SP	Skegness Children's Centre	2022-03-14
5454	90 Morton Terrace	\N	Mablethorpe	LN12 4BZ	Skegness Children's Centre	2020-02-15
5455	126 Wellington Road	\N	Spalding	PE11 9DQ	Spalding Children's Centre	2024-10-30
5456	49 Sincil Bank	\N	Spalding	PE11 1YT	Spalding Children's Centre	2024-06-22
5457	136 Castle Street	\N	Lincoln	LN1 6NB	Lincoln St Giles Children's Centre	2020-11-26
5458	144 Monks Road	\N	Sleaford	NG34 9RQ	Sleaford Children's Centre	2021-05-17
5459	42 Chestnut Way	\N	Boston	PE21 2DY	Boston Children's Centre	2025-09-05
5460	17 Lindum Road	\N	Boston	PE21 5GG	Boston Children's Centre	2020-07-01
5461	25 Sandsfield Lane	\N	Spalding	PE11 3RB	Spalding Children's Centre	2021-05-09
5462	64 Park Avenue	\N	Lincoln	LN2 8DF	Lincoln St Giles Children's Centre	2025-01-09
5463	Flat 4	98 Newland	Stamford	PE9 8XE	Grantham Children's Centre	2023-07-16
5464	173 Wellington Road	\N	Gainsborough	DN21 1RH	Gainsborough Children's Centre	2020-01-25
5465	93 London Road	\N	Spalding	PE11 3TD	Spalding Children's Centre	2020-02-29
5466	113 Nelson Street	\N	Gainsborough	DN21 2SD	Gainsborough Children's Centre	2020-03-23
5467	164 Trinity Street	\N	North Hykeham	LN6 7FH	Sleaford Children's Centre	2023-12-01
5468	110 Oak Drive	\N	Lincoln	LN1 6LL	Lincoln St Giles Children's Centre	2020-05-12
5469	179 Louth Road	\N	Skegness	PE25 7XU	Skegness Children's Centre	2025-11-08
5470	87 Sandsfield Lane	\N	Lincoln	LN6 2SU	Lincoln St Giles Children's Centre	2020-03-10
5471	111 Tritton Road	\N	Spalding	PE11 9TS	Spalding Children's Centre	2022-07-08
5472	115 Park Avenue	\N	Skegness	PE25 1WS	Skegness Children's Centre	2020-10-05
5473	158 Newland	\N	Sleaford	NG34 5SH	Sleaford Children's Centre	2023-09-28
5474	168 Trent Street	\N	Boston	PE21 6SP	Boston Children's Centre	2022-09-06
5475	108 Queen Street	\N	Lincoln	LN5 5AB	Lincoln St Giles Children's Centre	2020-04-21
5476	110 The Green	\N	Lincoln	LN1 5TL	Lincoln St Giles Children's Centre	2024-05-11
5477	74 Sincil Bank	\N	Gainsborough	DN21 8DP	Gainsborough Children's Centre	2020-05-07
5478	83 Chestnut Way	\N	Boston	PE21 9XD	Boston Children's Centre	2025-05-18
5479	Flat 9	159 Spital Terrace	North Hykeham	LN6 8AY	Sleaford Children's Centre	2021-07-17
5480	82 Louth Road	\N	North Hykeham	LN6 1WX	Sleaford Children's Centre	2020-04-15
5481	46 Skirbeck Road	\N	Boston	PE21 7ZU	Boston Children's Centre	2022-08-14
5482	142 Manor Road	\N	Boston	PE21 5PG	Boston Children's Centre	2021-05-30
5483	127 Grafton Street	\N	Spalding	PE12 4DR	Spalding Children's Centre	2023-03-11
5484	107 Spital Terrace	\N	Grantham	NG31 7SU	Grantham Children's Centre	2022-02-16
5485	Flat 4	171 Pinchbeck Road	Skegness	PE25 5FY	Skegness Children's Centre	2025-07-30
5486	10 Sandsfield Lane	\N	Grantham	NG31 4HU	Grantham Children's Centre	2021-04-13
5487	84 Louth Road	\N	Lincoln	LN1 7GW	Lincoln St Giles Children's Centre	2025-08-13
5488	57 Victoria Street	\N	Lincoln	LN2 7ZR	Lincoln St Giles Children's Centre	2023-07-28
5489	13 Elm Grove	\N	Gainsborough	DN21 7AB	Gainsborough Children's Centre	2021-02-27
5490	Flat 2	76 Lumley Road	Grantham	NG31 2FU	Grantham Children's Centre	2025-05-23
5491	38 Monks Road	\N	Gainsborough	DN21 7US	Gainsborough Children's Centre	2024-06-02
5492	63 Southgate	\N	Stamford	PE9 6PL	Grantham Children's Centre	2024-08-10
5493	84 Yarborough Road	\N	Boston	PE21 4YN	Boston Children's Centre	2022-07-01
5494	98 Castle Street	\N	Lincoln	LN1 2QF	Lincoln St Giles Children's Centre	2021-02-27
5495	25 Sincil Bank	\N	Mablethorpe	LN12 6RG	Skegness Children's Centre	2025-12-03
5496	100 St Catherines	\N	Lincoln	LN1 7TZ	Lincoln St Giles Children's Centre	2025-08-06
5497	158 Brayford Way	\N	Sleaford	NG34 7ZD	Sleaford Children's Centre	2021-08-31
5498	45 Castle Street	\N	Grantham	NG31 2PR	Grantham Children's Centre	2022-02-10
5499	62 Manor Road	\N	Lincoln	LN1 5AD	Lincoln St Giles Children's Centre	2021-02-21
5500	96 Lumley Road	\N	Lincoln	LN2 4GZ	Lincoln St Giles Children's Centre	2023-09-19
5501	Flat 4	5 Southgate	Gainsborough	DN21 2DL	Gainsborough Children's Centre	2024-07-26
5502	166 Nelson Street	\N	Skegness	PE25 1LD	Skegness Children's Centre	2020-07-03
5503	88 Lumley Road	\N	Mablethorpe	LN12 9YE	Skegness Children's Centre	2025-11-21
5504	158 Westgate	\N	Sleaford	NG34 6WU	Sleaford Children's Centre	2025-04-25
5505	108 Coronation Road	\N	Lincoln	LN5 7GR	Lincoln St Giles Children's Centre	2024-08-19
5506	95 Sandsfield Lane	\N	Sleaford	NG34 6GE	Sleaford Children's Centre	2022-02-16
5507	43 Abbey Road	\N	North Hykeham	LN6 7GL	Sleaford Children's Centre	2020-04-01
5508	52 Carholme Road	\N	Louth	LN11 1FZ	Skegness Children's Centre	2023-02-19
5509	81 Victoria Street	\N	Lincoln	LN5 5WD	Lincoln St Giles Children's Centre	2023-03-15
5510	51 Wellington Road	\N	Lincoln	LN6 2DE	Lincoln St Giles Children's Centre	2020-12-06
5511	170 Albert Street	\N	Lincoln	LN6 3EY	Lincoln St Giles Children's Centre	2023-05-07
5512	92 Westgate	\N	Gainsborough	DN21 7SL	Gainsborough Children's Centre	2021-06-01
5513	Flat 8	133 Priory Road	Boston	PE21 8DQ	Boston Children's Centre	2021-09-24
5514	34 Ripon Street	\N	Spalding	PE12 5SY	Spalding Children's Centre	2021-10-18
5515	45 The Green	\N	Gainsborough	DN21 9WU	Gainsborough Children's Centre	2020-09-05
5516	108 Nelson Street	\N	Lincoln	LN5 8WN	Lincoln St Giles Children's Centre	2023-03-22
5517	Flat 2	37 Wide Bargate	Skegness	PE25 7WE	Skegness Children's Centre	2024-07-30
5518	44 Coronation Road	\N	Boston	PE21 2AB	Boston Children's Centre	2023-02-02
5519	117 Mill Lane	\N	Spalding	PE11 5TH	Spalding Children's Centre	2025-11-20
5520	110 Oak Drive	\N	Lincoln	LN1 6LL	Lincoln St Giles Children's Centre	2020-10-01
5521	35 Station Road	\N	Lincoln	LN5 7PG	Lincoln St Giles Children's Centre	2023-09-15
5522	104 Abbey Road	\N	Boston	PE21 5FZ	Boston Children's Centre	2025-03-26
5523	27 Lancaster Drive	\N	Lincoln	LN6 5NR	Lincoln St Giles Children's Centre	2025-05-26
5524	94 Trinity Street	\N	Lincoln	LN2 1HT	Lincoln St Giles Children's Centre	2021-11-30
5525	167 Bailgate	\N	Grantham	NG31 8BF	Grantham Children's Centre	2023-08-12
5526	10 Winsover Road	\N	Lincoln	LN2 7FR	Lincoln St Giles Children's Centre	2021-11-28
5527	38 Monks Road	\N	Lincoln	LN1 2HW	Lincoln St Giles Children's Centre	2023-10-16
5528	11 Brayford Way	\N	Sleaford	NG34 3ZZ	Sleaford Children's Centre	2024-07-22
5529	Flat 1	55 Sincil Bank	Lincoln	LN5 6WW	Lincoln St Giles Children's Centre	2025-11-23
5530	30 Castle Street	\N	Boston	PE21 6QS	Boston Children's Centre	2024-08-24
5531	62 Winsover Road	\N	Gainsborough	DN21 4YX	Gainsborough Children's Centre	2025-05-30
5532	178 Trent Street	\N	Stamford	PE9 7BG	Grantham Children's Centre	2020-03-03
5533	61 Drummond Road	\N	Spalding	PE12 6XQ	Spalding Children's Centre	2022-05-02
5534	179 Willow Close	\N	Skegness	PE25 4AA	Skegness Children's Centre	2025-12-17
5535	73 Bailgate	\N	Skegness	PE25 4HZ	Skegness Children's Centre	2020-06-08
5536	116 Brayford Way	\N	Stamford	PE9 8QZ	Grantham Children's Centre	2020-08-06
5537	121 Castle Street	\N	Boston	PE21 1RU	Boston Children's Centre	2025-04-30
5538	Flat 3	43 The Green	Boston	PE21 2QE	Boston Children's Centre	2021-01-03
5539	86 Wide Bargate	\N	Lincoln	LN5 5DT	Lincoln St Giles Children's Centre	2021-05-14
5540	44 Wragby Road	\N	Stamford	PE9 1UD	Grantham Children's Centre	2020-03-11
5541	43 Coronation Road	\N	Sleaford	NG34 8GP	Sleaford Children's Centre	2024-09-16
5542	72 St Catherines	\N	Lincoln	LN1 4XJ	Lincoln St Giles Children's Centre	2020-02-16
5543	15 Eastgate	\N	Grantham	NG31 7JB	Grantham Children's Centre	2022-07-19
5544	126 Winsover Road	\N	Skegness	PE25 8YF	Skegness Children's Centre	2022-07-14
5545	27 Northgate	\N	Spalding	PE12 8TA	Spalding Children's Centre	2022-04-04
5546	Flat 3	168 King Street	Gainsborough	DN21 7XU	Gainsborough Children's Centre	2023-07-10
5547	Flat 11	163 Drummond Road	Lincoln	LN2 9WD	Lincoln St Giles Children's Centre	2020-12-05
5548	95 Abbey Road	\N	Gainsborough	DN21 9EA	Gainsborough Children's Centre	2025-08-09
5549	5 Albert Street	\N	Grantham	NG31 7HD	Grantham Children's Centre	2020-08-17
5550	172 Nettleham Road	\N	Spalding	PE12 6WE	Spalding Children's Centre	2022-01-08
5551	11 Victoria Street	\N	Lincoln	LN2 4EY	Lincoln St Giles Children's Centre	2023-06-27
5552	98 Mill Lane	\N	Skegness	PE25 6JS	Skegness Children's Centre	2020-05-27
5553	86 Castle Street	\N	Boston	PE21 1HJ	Boston Children's Centre	2021-02-06
5554	157 Southgate	\N	Lincoln	LN1 6RA	Lincoln St Giles Children's Centre	2025-05-16
5555	91 Wragby Road	\N	Louth	LN11 4LH	Skegness Children's Centre	2022-03-24
5556	125 Park Avenue	\N	Gainsborough	DN21 6GN	Gainsborough Children's Centre	2025-09-25
5557	Flat 2	100 Burton Road	Lincoln	LN1 4FZ	Lincoln St Giles Children's Centre	2022-03-07
5558	26 Ash Close	\N	Boston	PE21 7JL	Boston Children's Centre	2024-12-26
5559	180 Oak Drive	\N	Gainsborough	DN21 5EN	Gainsborough Children's Centre	2020-02-24
5560	113 Lancaster Drive	\N	Lincoln	LN6 7GQ	Lincoln St Giles Children's Centre	2021-07-28
5561	49 Drummond Road	\N	Lincoln	LN6 7EX	Lincoln St Giles Children's Centre	2024-05-25
5562	81 Nettleham Road	\N	Spalding	PE12 1SB	Spalding Children's Centre	2021-05-17
5563	92 Brayford Way	\N	Lincoln	LN1 7PU	Lincoln St Giles Children's Centre	2025-03-12
5564	158 Northgate	\N	Lincoln	LN1 4AG	Lincoln St Giles Children's Centre	2025-02-06
5565	32 Eastgate	\N	Skegness	PE25 3JJ	Skegness Children's Centre	2025-12-05
5566	82 Beech Avenue	\N	Mablethorpe	LN12 6PP	Skegness Children's Centre	2020-08-06
5567	10 Priory Road	\N	Skegness	PE25 6AY	Skegness Children's Centre	2022-08-09
5568	154 Pinchbeck Road	\N	Boston	PE21 7GE	Boston Children's Centre	2021-11-08
5569	87 Lumley Road	\N	Mablethorpe	LN12 5RJ	Skegness Children's Centre	2025-06-19
5570	113 Grafton Street	\N	Boston	PE21 6QE	Boston Children's Centre	2023-08-25
5571	17 Trinity Street	\N	Lincoln	LN1 5QW	Lincoln St Giles Children's Centre	2023-10-13
5572	76 Chestnut Way	\N	Lincoln	LN5 4BE	Lincoln St Giles Children's Centre	2020-12-24
5573	107 Elm Grove	\N	Market Rasen	LN8 2SH	Gainsborough Children's Centre	2022-02-08
5574	Flat 11	20 Sandsfield Lane	Boston	PE21 3WB	Boston Children's Centre	2024-02-26
5575	83 Sincil Bank	\N	Grantham	NG31 1WQ	Grantham Children's Centre	2021-05-03
5576	58 Queen Street	\N	Gainsborough	DN21 6NW	Gainsborough Children's Centre	2025-08-18
5577	31 Queen Street	\N	Gainsborough	DN21 2HH	Gainsborough Children's Centre	2024-02-10
5578	155 Morton Terrace	\N	Lincoln	LN5 9NH	Lincoln St Giles Children's Centre	2023-08-29
5579	140 Sandsfield Lane	\N	Grantham	NG31 2LP	Grantham Children's Centre	2023-06-12
5580	105 The Green	\N	Skegness	PE25 7TG	Skegness Children's Centre	2024-03-15
5581	159 Lancaster Drive	\N	Grantham	NG31 2WL	Grantham Children's Centre	2022-05-22
5582	Flat 12	123 Elm Grove	Lincoln	LN6 2BH	Lincoln St Giles Children's Centre	2023-03-17
5583	88 Grafton Street	\N	Boston	PE21 4ES	Boston Children's Centre	2025-04-16
5584	Flat 8	20 Monks Road	Skegness	PE25 8SZ	Skegness Children's Centre	2024-12-24
5585	Flat 5	4 Manor Road	Lincoln	LN5 7GX	Lincoln St Giles Children's Centre	2021-08-04
5586	46 High Street	\N	Grantham	NG31 3UP	Grantham Children's Centre	2021-02-27
5587	66 Fydell Street	\N	Gainsborough	DN21 6FW	Gainsborough Children's Centre	2021-07-17
5588	Flat 10	116 Trinity Street	Lincoln	LN1 3PR	Lincoln St Giles Children's Centre	2020-06-22
5589	Flat 2	2 Nettleham Road	Grantham	NG31 4XY	Grantham Children's Centre	2023-12-19
5590	74 Wellington Road	\N	Lincoln	LN5 7AB	Lincoln St Giles Children's Centre	2021-06-22
5591	84 Tritton Road	\N	Grantham	NG31 4EB	Grantham Children's Centre	2025-09-29
5592	67 Coronation Road	\N	Lincoln	LN2 8YH	Lincoln St Giles Children's Centre	2023-04-19
5593	101 Wide Bargate	\N	North Hykeham	LN6 9EN	Sleaford Children's Centre	2025-07-13
5594	101 Louth Road	\N	Gainsborough	DN21 1JJ	Gainsborough Children's Centre	2023-02-23
5595	93 Lindum Road	\N	Grantham	NG31 2QZ	Grantham Children's Centre	2021-01-14
5596	1 Westgate	\N	Gainsborough	DN21 4FB	Gainsborough Children's Centre	2023-06-30
5597	47 Nettleham Road	\N	Boston	PE21 9HU	Boston Children's Centre	2021-05-05
5598	110 Beech Avenue	\N	Skegness	PE25 7PR	Skegness Children's Centre	2025-09-30
5599	100 Westgate	\N	Lincoln	LN2 6GW	Lincoln St Giles Children's Centre	2020-03-21
5600	Flat 11	91 Wragby Road	Louth	LN11 4WZ	Skegness Children's Centre	2022-03-31
5601	32 Ripon Street	\N	Sleaford	NG34 2BD	Sleaford Children's Centre	2022-07-12
5602	66 Grafton Street	\N	Lincoln	LN1 3PG	Lincoln St Giles Children's Centre	2023-12-14
5603	52 Skirbeck Road	\N	Gainsborough	DN21 4QD	Gainsborough Children's Centre	2025-09-16
5604	32 Victoria Street	\N	North Hykeham	LN6 9BR	Sleaford Children's Centre	2020-03-09
5605	33 London Road	\N	Spalding	PE12 4FS	Spalding Children's Centre	2023-01-21
5606	140 Carholme Road	\N	Boston	PE21 4PY	Boston Children's Centre	2023-10-19
5607	159 Sandsfield Lane	\N	Boston	PE21 3JW	Boston Children's Centre	2024-07-01
5608	151 Nettleham Road	\N	Lincoln	LN5 5RQ	Lincoln St Giles Children's Centre	2021-01-02
5609	40 Carholme Road	\N	Lincoln	LN1 7NH	Lincoln St Giles Children's Centre	2020-01-12
5610	48 Southgate	\N	Lincoln	LN5 8ZY	Lincoln St Giles Children's Centre	2020-07-13
5611	94 Yarborough Road	\N	Stamford	PE9 1BN	Grantham Children's Centre	2023-02-28
5612	69 Nelson Street	\N	Skegness	PE25 9WZ	Skegness Children's Centre	2020-01-18
5613	76 Westgate	\N	Grantham	NG31 5YD	Grantham Children's Centre	2020-02-21
5614	48 Willow Close	\N	Stamford	PE9 9LS	Grantham Children's Centre	2025-10-31
5615	45 Sincil Bank	\N	Market Rasen	LN8 9ES	Gainsborough Children's Centre	2024-01-06
5616	Flat 7	1 Wragby Road	Spalding	PE12 3TU	Spalding Children's Centre	2022-04-17
5617	Flat 9	34 Trent Street	Gainsborough	DN21 4LW	Gainsborough Children's Centre	2020-05-20
5618	131 Monks Road	\N	Boston	PE21 3AE	Boston Children's Centre	2021-03-25
5619	75 Wellington Road	\N	Grantham	NG31 8BH	Grantham Children's Centre	2023-11-23
5620	Flat 6	176 Yarborough Road	Grantham	NG31 1AH	Grantham Children's Centre	2022-06-08
5621	108 Grafton Street	\N	North Hykeham	LN6 1GS	Sleaford Children's Centre	2020-09-20
5622	15 Carholme Road	\N	Spalding	PE11 7UZ	Spalding Children's Centre	2024-11-29
5623	172 Louth Road	\N	Spalding	PE11 3TL	Spalding Children's Centre	2024-06-23
5624	Flat 2	145 Newland	Spalding	PE12 6HS	Spalding Children's Centre	2020-04-09
5625	10 Abbey Road	\N	Skegness	PE25 4DB	Skegness Children's Centre	2023-07-14
5626	81 Yarborough Road	\N	Gainsborough	DN21 6RE	Gainsborough Children's Centre	2024-10-31
5627	74 Morton Terrace	\N	Lincoln	LN5 6LU	Lincoln St Giles Children's Centre	2020-08-19
5628	82 Elm Grove	\N	Boston	PE21 7RF	Boston Children's Centre	2024-05-19
5629	80 High Street	\N	Grantham	NG31 8HG	Grantham Children's Centre	2021-09-07
5630	115 Ripon Street	\N	Lincoln	LN6 5TT	Lincoln St Giles Children's Centre	2023-12-30
5631	67 King Street	\N	Boston	PE21 1WA	Boston Children's Centre	2020-05-12
5632	34 Oak Drive	\N	Grantham	NG31 5TP	Grantham Children's Centre	2020-08-31
5633	Flat 2	145 Manor Road	Spalding	PE11 7RF	Spalding Children's Centre	2020-06-13
5634	113 Lumley Road	\N	Sleaford	NG34 6RY	Sleaford Children's Centre	2022-10-06
5635	15 Monks Road	\N	Boston	PE21 4BN	Boston Children's Centre	2023-05-13
5636	Flat 7	59 Elm Grove	Lincoln	LN5 6GS	Lincoln St Giles Children's Centre	2025-08-10
5637	80 Beech Avenue	\N	Louth	LN11 8PR	Skegness Children's Centre	2025-07-31
5638	48 King Street	\N	Louth	LN11 1NW	Skegness Children's Centre	2020-08-09
5639	93 Grimsby Road	\N	Lincoln	LN6 9JG	Lincoln St Giles Children's Centre	2023-09-13
5640	77 Priory Road	\N	Spalding	PE12 1WJ	Spalding Children's Centre	2025-11-18
5641	90 Monks Road	\N	Lincoln	LN6 6NZ	Lincoln St Giles Children's Centre	2023-08-10
5642	6 Church Lane	\N	Mablethorpe	LN12 2JD	Skegness Children's Centre	2021-02-15
5643	54 Louth Road	\N	Boston	PE21 4GU	Boston Children's Centre	2024-01-31
5644	Flat 7	74 Bailgate	Spalding	PE11 7EJ	Spalding Children's Centre	2024-06-16
5645	170 High Street	\N	Spalding	PE12 3AW	Spalding Children's Centre	2022-07-19
5646	36 Wellington Road	\N	Sleaford	NG34 6DZ	Sleaford Children's Centre	2024-03-22
5647	178 Carholme Road	\N	Grantham	NG31 2XJ	Grantham Children's Centre	2025-02-02
5648	45 Morton Terrace	\N	Sleaford	NG34 8HA	Sleaford Children's Centre	2023-11-27
5649	137 Fydell Street	\N	Spalding	PE12 9HY	Spalding Children's Centre	2020-10-20
5650	35 Harlaxton Road	\N	Grantham	NG31 5EL	Grantham Children's Centre	2023-07-03
5651	Flat 4	65 Ripon Street	Mablethorpe	LN12 5FH	Skegness Children's Centre	2024-08-13
5652	32 Brayford Way	\N	Grantham	NG31 5LQ	Grantham Children's Centre	2021-04-20
5653	14 Tritton Road	\N	Spalding	PE11 8PG	Spalding Children's Centre	2021-12-14
5654	140 Drummond Road	\N	Lincoln	LN2 1XH	Lincoln St Giles Children's Centre	2023-03-05
5655	77 Eastgate	\N	Lincoln	LN2 3PH	Lincoln St Giles Children's Centre	2020-05-12
5656	11 Coronation Road	\N	Spalding	PE11 6ZZ	Spalding Children's Centre	2024-10-25
5657	17 High Street	\N	Skegness	PE25 6NU	Skegness Children's Centre	2023-07-17
5658	112 Oak Drive	\N	Boston	PE21 6ZP	Boston Children's Centre	2022-12-20
5659	73 Harlaxton Road	\N	Sleaford	NG34 5GA	Sleaford Children's Centre	2023-03-13
5660	99 Harlaxton Road	\N	North Hykeham	LN6 4ZD	Sleaford Children's Centre	2022-12-19
5661	65 Fydell Street	\N	Gainsborough	DN21 7TG	Gainsborough Children's Centre	2021-07-22
5662	25 Brayford Way	\N	Gainsborough	DN21 4DW	Gainsborough Children's Centre	2023-03-24
5663	Flat 11	130 Victoria Street	Lincoln	LN5 9TP	Lincoln St Giles Children's Centre	2023-11-09
5664	96 Coronation Road	\N	Grantham	NG31 6RF	Grantham Children's Centre	2024-11-23
5665	21 Brayford Way	\N	Grantham	NG31 7UE	Grantham Children's Centre	2024-02-29
5666	110 Lindum Road	\N	Lincoln	LN2 3LJ	Lincoln St Giles Children's Centre	2020-07-30
5667	73 Carholme Road	\N	Skegness	PE25 1JS	Skegness Children's Centre	2024-03-23
5668	70 Grafton Street	\N	Stamford	PE9 1EE	Grantham Children's Centre	2023-06-04
5669	173 Burton Road	\N	Lincoln	LN1 2PY	Lincoln St Giles Children's Centre	2022-10-24
5670	99 Southgate	\N	Stamford	PE9 8JW	Grantham Children's Centre	2021-06-09
5671	136 Newland	\N	Lincoln	LN2 6RB	Lincoln St Giles Children's Centre	2025-09-21
5672	129 Northgate	\N	Boston	PE21 4HB	Boston Children's Centre	2023-09-03
5673	112 Albert Street	\N	Lincoln	LN5 1ZW	Lincoln St Giles Children's Centre	2022-06-07
5674	103 Park Avenue	\N	Lincoln	LN6 6DJ	Lincoln St Giles Children's Centre	2024-12-16
5675	56 Pinchbeck Road	\N	Lincoln	LN5 4NZ	Lincoln St Giles Children's Centre	2022-11-10
5676	45 Queen Street	\N	Stamford	PE9 1DP	Grantham Children's Centre	2020-06-07
5677	6 Ripon Street	\N	Boston	PE21 8GD	Boston Children's Centre	2021-06-28
5678	Flat 5	9 Station Road	Lincoln	LN2 1RG	Lincoln St Giles Children's Centre	2020-12-26
5679	43 Beech Avenue	\N	Skegness	PE25 4AX	Skegness Children's Centre	2025-06-09
5680	Flat 4	9 Victoria Street	Mablethorpe	LN12 3LW	Skegness Children's Centre	2020-06-22
5681	54 Station Road	\N	Gainsborough	DN21 8RE	Gainsborough Children's Centre	2025-02-25
5682	15 Harlaxton Road	\N	Gainsborough	DN21 5DD	Gainsborough Children's Centre	2021-08-12
5683	154 Lancaster Drive	\N	Gainsborough	DN21 7AX	Gainsborough Children's Centre	2023-09-18
5684	168 Trinity Street	\N	North Hykeham	LN6 3TN	Sleaford Children's Centre	2022-01-21
5685	123 Spital Terrace	\N	Lincoln	LN1 7XS	Lincoln St Giles Children's Centre	2021-05-11
5686	Flat 12	25 Oak Drive	Stamford	PE9 6GB	Grantham Children's Centre	2023-10-11
5687	163 Mill Lane	\N	North Hykeham	LN6 2DR	Sleaford Children's Centre	2025-09-12
5688	96 Manor Road	\N	Boston	PE21 8YB	Boston Children's Centre	2024-03-21
5689	101 Winsover Road	\N	Lincoln	LN2 8TR	Lincoln St Giles Children's Centre	2024-03-11
5690	137 Wide Bargate	\N	Stamford	PE9 3BN	Grantham Children's Centre	2020-10-15
5691	61 Trent Street	\N	Lincoln	LN2 3YG	Lincoln St Giles Children's Centre	2020-01-10
5692	89 Burton Road	\N	Grantham	NG31 6FB	Grantham Children's Centre	2022-09-16
5693	143 Louth Road	\N	Skegness	PE25 7TS	Skegness Children's Centre	2024-10-01
5694	103 Nettleham Road	\N	Sleaford	NG34 2AZ	Sleaford Children's Centre	2022-08-28
5695	98 Tritton Road	\N	Lincoln	LN6 6JD	Lincoln St Giles Children's Centre	2022-03-15
5696	118 Winsover Road	\N	Lincoln	LN1 9RX	Lincoln St Giles Children's Centre	2025-02-23
5697	161 Station Road	\N	Spalding	PE12 8WJ	Spalding Children's Centre	2023-03-16
5698	165 Yarborough Road	\N	Lincoln	LN2 8ZG	Lincoln St Giles Children's Centre	2025-10-12
5699	168 Carholme Road	\N	Lincoln	LN2 4ZG	Lincoln St Giles Children's Centre	2024-01-20
5700	52 Winsover Road	\N	Spalding	PE11 4YT	Spalding Children's Centre	2020-05-12
5701	Flat 11	12 Louth Road	Boston	PE21 3QA	Boston Children's Centre	2021-09-20
5702	Flat 2	100 Burton Road	Lincoln	LN1 4FZ	Lincoln St Giles Children's Centre	2021-10-03
5703	151 Drummond Road	\N	Grantham	NG31 1JY	Grantham Children's Centre	2024-11-20
5704	83 Eastgate	\N	Lincoln	LN2 3RG	Lincoln St Giles Children's Centre	2022-07-09
5705	17 Morton Terrace	\N	Sleaford	NG34 9XU	Sleaford Children's Centre	2024-10-10
5706	163 Drummond Road	\N	Sleaford	NG34 7FW	Sleaford Children's Centre	2020-08-13
5707	179 Wide Bargate	\N	Lincoln	LN1 6SA	Lincoln St Giles Children's Centre	2022-08-19
5708	150 Grafton Street	\N	Lincoln	LN5 6NQ	Lincoln St Giles Children's Centre	2022-08-19
5709	85 Lancaster Drive	\N	Stamford	PE9 5LB	Grantham Children's Centre	2020-12-14
5710	101 Oak Drive	\N	Gainsborough	DN21 9LB	Gainsborough Children's Centre	2024-05-14
5711	136 Ermine Close	\N	Stamford	PE9 9SJ	Grantham Children's Centre	2021-03-04
5712	131 Carholme Road	\N	Skegness	PE25 5ZN	Skegness Children's Centre	2024-07-11
5713	119 Skirbeck Road	\N	Lincoln	LN1 9YL	Lincoln St Giles Children's Centre	2020-03-10
5714	30 Beech Avenue	\N	Stamford	PE9 1HD	Grantham Children's Centre	2023-11-19
5715	Flat 1	27 Oak Drive	Lincoln	LN1 8NN	Lincoln St Giles Children's Centre	2025-10-30
5716	150 Wellington Road	\N	Lincoln	LN5 7PG	Lincoln St Giles Children's Centre	2023-06-22
5717	21 Skirbeck Road	\N	Lincoln	LN1 6FZ	Lincoln St Giles Children's Centre	2020-01-09
5718	178 Pinchbeck Road	\N	Spalding	PE12 7LB	Spalding Children's Centre	2023-02-14
5719	163 The Green	\N	Mablethorpe	LN12 3AX	Skegness Children's Centre	2020-05-22
5720	70 Lindum Road	\N	Skegness	PE25 2RP	Skegness Children's Centre	2023-01-04
5721	29 Ash Close	\N	North Hykeham	LN6 8UX	Sleaford Children's Centre	2023-08-30
5722	171 Fydell Street	\N	Mablethorpe	LN12 8GZ	Skegness Children's Centre	2021-09-29
5723	13 Fydell Street	\N	Louth	LN11 9QB	Skegness Children's Centre	2020-06-07
5724	148 Yarborough Road	\N	Gainsborough	DN21 9WW	Gainsborough Children's Centre	2023-09-21
5725	18 The Green	\N	Lincoln	LN6 6XZ	Lincoln St Giles Children's Centre	2025-12-11
5726	140 Manor Road	\N	Grantham	NG31 8EH	Grantham Children's Centre	2021-03-03
5727	Flat 2	7 Fydell Street	Grantham	NG31 9NP	Grantham Children's Centre	2022-06-12
5728	30 Carholme Road	\N	Lincoln	LN6 7RJ	Lincoln St Giles Children's Centre	2021-07-24
5729	72 Wellington Road	\N	Lincoln	LN1 4YN	Lincoln St Giles Children's Centre	2021-09-23
5730	150 Wragby Road	\N	Gainsborough	DN21 4ZD	Gainsborough Children's Centre	2020-01-14
5731	119 Southgate	\N	Grantham	NG31 9FZ	Grantham Children's Centre	2021-10-14
5732	84 Northgate	\N	Grantham	NG31 1RQ	Grantham Children's Centre	2023-06-15
5733	155 Burton Road	\N	Louth	LN11 9ZZ	Skegness Children's Centre	2025-08-25
5734	27 Abbey Road	\N	Spalding	PE11 3XJ	Spalding Children's Centre	2020-07-26
5735	Flat 2	20 Pinchbeck Road	Skegness	PE25 1LR	Skegness Children's Centre	2023-12-03
5736	161 Spital Terrace	\N	Grantham	NG31 5QQ	Grantham Children's Centre	2021-05-10
5737	123 The Green	\N	Spalding	PE11 1JS	Spalding Children's Centre	2025-04-03
5738	64 Morton Terrace	\N	Sleaford	NG34 9QA	Sleaford Children's Centre	2023-09-20
5739	Flat 11	87 Brayford Way	Gainsborough	DN21 7JP	Gainsborough Children's Centre	2021-01-20
5740	172 Church Lane	\N	Lincoln	LN2 6BB	Lincoln St Giles Children's Centre	2020-04-20
5741	Flat 7	33 Northgate	Lincoln	LN2 1AY	Lincoln St Giles Children's Centre	2024-10-13
5742	156 Trent Street	\N	Lincoln	LN2 7HJ	Lincoln St Giles Children's Centre	2020-06-28
5743	Flat 10	20 Pinchbeck Road	Louth	LN11 1PT	Skegness Children's Centre	2022-12-07
5744	75 Skirbeck Road	\N	Boston	PE21 6JP	Boston Children's Centre	2020-03-08
5745	163 Abbey Road	\N	Spalding	PE12 3QP	Spalding Children's Centre	2022-09-26
5746	55 Lumley Road	\N	North Hykeham	LN6 3QR	Sleaford Children's Centre	2025-09-04
5747	178 Beech Avenue	\N	Spalding	PE12 7HU	Spalding Children's Centre	2022-03-19
5748	78 St Catherines	\N	Lincoln	LN6 2PY	Lincoln St Giles Children's Centre	2020-10-24
5749	15 Lancaster Drive	\N	Lincoln	LN2 5NT	Lincoln St Giles Children's Centre	2021-06-28
5750	168 Westgate	\N	Boston	PE21 1DL	Boston Children's Centre	2021-07-17
5751	151 High Street	\N	Boston	PE21 6US	Boston Children's Centre	2020-08-08
5752	145 Chestnut Way	\N	Lincoln	LN6 2LY	Lincoln St Giles Children's Centre	2020-02-03
5753	112 Northgate	\N	Boston	PE21 7YY	Boston Children's Centre	2022-10-11
5754	127 Skirbeck Road	\N	Gainsborough	DN21 7UA	Gainsborough Children's Centre	2022-10-13
5755	139 Fydell Street	\N	Sleaford	NG34 6TY	Sleaford Children's Centre	2024-11-28
5756	115 Bailgate	\N	Lincoln	LN1 6FH	Lincoln St Giles Children's Centre	2020-06-03
5757	Flat 5	38 Tritton Road	Sleaford	NG34 9QU	Sleaford Children's Centre	2021-08-12
5758	67 Burton Road	\N	Spalding	PE11 1GJ	Spalding Children's Centre	2020-10-14
5759	7 Lancaster Drive	\N	Sleaford	NG34 6RJ	Sleaford Children's Centre	2022-04-12
5760	65 Elm Grove	\N	Sleaford	NG34 2WT	Sleaford Children's Centre	2022-05-20
5761	113 Ash Close	\N	Lincoln	LN1 4WH	Lincoln St Giles Children's Centre	2022-05-18
5762	111 St Catherines	\N	Grantham	NG31 4DG	Grantham Children's Centre	2020-06-18
5763	Flat 10	60 Lindum Road	Grantham	NG31 1LJ	Grantham Children's Centre	2023-03-11
5764	157 Willow Close	\N	Boston	PE21 6XY	Boston Children's Centre	2025-01-12
5765	97 Trent Street	\N	Sleaford	NG34 7HF	Sleaford Children's Centre	2023-06-07
5766	45 Wragby Road	\N	Sleaford	NG34 1YF	Sleaford Children's Centre	2022-09-21
5767	153 Drummond Road	\N	Gainsborough	DN21 4XH	Gainsborough Children's Centre	2021-09-24
5768	137 Park Avenue	\N	Louth	LN11 6ZS	Skegness Children's Centre	2023-07-17
5769	59 Ripon Street	\N	Lincoln	LN1 2BG	Lincoln St Giles Children's Centre	2025-09-26
5770	161 Station Road	\N	Spalding	PE12 8WJ	Spalding Children's Centre	2025-02-13
5771	153 Drummond Road	\N	Boston	PE21 8AL	Boston Children's Centre	2024-06-22
5772	29 Westgate	\N	Spalding	PE12 5LY	Spalding Children's Centre	2024-06-18
5773	157 Mill Lane	\N	Grantham	NG31 7QW	Grantham Children's Centre	2020-01-19
5774	Flat 11	154 Trinity Street	Boston	PE21 9ZZ	Boston Children's Centre	2024-12-02
5775	171 Ash Close	\N	Mablethorpe	LN12 4UG	Skegness Children's Centre	2020-01-20
5776	3 Carholme Road	\N	Boston	PE21 8RB	Boston Children's Centre	2020-09-26
5777	119 The Green	\N	Louth	LN11 9AZ	Skegness Children's Centre	2024-01-08
5778	77 Brayford Way	\N	Lincoln	LN2 9LZ	Lincoln St Giles Children's Centre	2024-04-04
5779	90 Bailgate	\N	Grantham	NG31 3GJ	Grantham Children's Centre	2025-03-29
5780	58 Pinchbeck Road	\N	Spalding	PE12 7FQ	Spalding Children's Centre	2020-01-05
5781	31 Ripon Street	\N	Skegness	PE25 2UT	Skegness Children's Centre	2020-04-30
5782	101 Burton Road	\N	Boston	PE21 5AW	Boston Children's Centre	2023-03-03
5783	59 Beech Avenue	\N	Lincoln	LN5 1TG	Lincoln St Giles Children's Centre	2020-10-24
5784	129 Manor Road	\N	Boston	PE21 4AZ	Boston Children's Centre	2022-04-22
5785	136 Yarborough Road	\N	Gainsborough	DN21 3RB	Gainsborough Children's Centre	2021-04-08
5786	63 Westgate	\N	Grantham	NG31 8SW	Grantham Children's Centre	2025-04-28
5787	167 Coronation Road	\N	North Hykeham	LN6 7WG	Sleaford Children's Centre	2020-03-25
5788	78 Harlaxton Road	\N	Skegness	PE25 8GG	Skegness Children's Centre	2020-01-13
5789	60 Beech Avenue	\N	Market Rasen	LN8 4BB	Gainsborough Children's Centre	2024-07-12
5790	97 Tritton Road	\N	Lincoln	LN6 7JH	Lincoln St Giles Children's Centre	2020-02-17
5791	89 Victoria Street	\N	Spalding	PE11 4PE	Spalding Children's Centre	2024-05-07
5792	Flat 4	110 Coronation Road	Sleaford	NG34 4BU	Sleaford Children's Centre	2021-08-03
5793	44 King Street	\N	Grantham	NG31 6XR	Grantham Children's Centre	2025-06-21
5794	Flat 1	76 Wragby Road	Lincoln	LN2 7HR	Lincoln St Giles Children's Centre	2025-09-18
5795	87 Willow Close	\N	North Hykeham	LN6 6LP	Sleaford Children's Centre	2021-11-20
5796	5 The Green	\N	Lincoln	LN1 7EL	Lincoln St Giles Children's Centre	2022-03-23
5797	36 Skirbeck Road	\N	Boston	PE21 1ZN	Boston Children's Centre	2023-02-25
5798	83 Elm Grove	\N	Sleaford	NG34 1JF	Sleaford Children's Centre	2022-12-17
5799	Flat 2	2 Tritton Road	Grantham	NG31 9JT	Grantham Children's Centre	2020-08-29
5800	12 Monks Road	\N	Boston	PE21 2RZ	Boston Children's Centre	2024-09-24
5801	86 Sincil Bank	\N	North Hykeham	LN6 1RX	Sleaford Children's Centre	2022-10-14
5802	154 Pinchbeck Road	\N	Louth	LN11 2EX	Skegness Children's Centre	2021-02-11
5803	172 Wragby Road	\N	Grantham	NG31 6RJ	Grantham Children's Centre	2022-07-10
5804	151 Nelson Street	\N	Sleaford	NG34 3LS	Sleaford Children's Centre	2024-08-14
5805	87 Elm Grove	\N	Boston	PE21 9ZN	Boston Children's Centre	2022-01-30
5806	147 Bailgate	\N	Gainsborough	DN21 8LU	Gainsborough Children's Centre	2020-03-23
5807	83 Castle Street	\N	Gainsborough	DN21 6NX	Gainsborough Children's Centre	2023-08-01
5808	74 Carholme Road	\N	Spalding	PE12 1HR	Spalding Children's Centre	2021-03-20
5809	46 Station Road	\N	Boston	PE21 1BP	Boston Children's Centre	2021-01-26
5810	114 Ripon Street	\N	Grantham	NG31 3BH	Grantham Children's Centre	2022-11-25
5811	137 Trinity Street	\N	Boston	PE21 6SW	Boston Children's Centre	2021-12-03
5812	46 King Street	\N	Louth	LN11 5EG	Skegness Children's Centre	2021-04-17
5813	110 Southgate	\N	Skegness	PE25 8HQ	Skegness Children's Centre	2022-08-22
5814	11 Wellington Road	\N	Gainsborough	DN21 9GL	Gainsborough Children's Centre	2024-07-31
5815	Flat 3	123 Ripon Street	Gainsborough	DN21 4HZ	Gainsborough Children's Centre	2021-01-21
5816	163 Park Avenue	\N	Lincoln	LN1 9YD	Lincoln St Giles Children's Centre	2020-12-08
5817	79 Elm Grove	\N	Sleaford	NG34 9ZJ	Sleaford Children's Centre	2020-11-21
5818	171 Carholme Road	\N	Spalding	PE12 7WA	Spalding Children's Centre	2022-12-11
5819	159 Louth Road	\N	Spalding	PE12 9SQ	Spalding Children's Centre	2023-02-12
5820	165 Winsover Road	\N	Lincoln	LN6 3UD	Lincoln St Giles Children's Centre	2024-02-29
5821	67 Morton Terrace	\N	North Hykeham	LN6 6UX	Sleaford Children's Centre	2024-07-01
5822	8 Mill Lane	\N	Sleaford	NG34 8HE	Sleaford Children's Centre	2020-12-22
5823	69 Elm Grove	\N	Boston	PE21 9FZ	Boston Children's Centre	2020-06-12
5824	119 Southgate	\N	Market Rasen	LN8 5LW	Gainsborough Children's Centre	2020-06-29
5825	38 Ermine Close	\N	Grantham	NG31 5XE	Grantham Children's Centre	2022-09-07
5826	52 Harlaxton Road	\N	Lincoln	LN6 9LS	Lincoln St Giles Children's Centre	2020-11-16
5827	174 Abbey Road	\N	Grantham	NG31 3PX	Grantham Children's Centre	2020-06-13
5828	Flat 10	118 Abbey Road	Spalding	PE11 8ZW	Spalding Children's Centre	2021-10-28
5829	25 Nettleham Road	\N	Grantham	NG31 4TU	Grantham Children's Centre	2024-12-14
5830	119 Skirbeck Road	\N	Spalding	PE11 8TD	Spalding Children's Centre	2025-03-28
5831	28 Tritton Road	\N	Lincoln	LN1 4HW	Lincoln St Giles Children's Centre	2025-05-30
5832	177 Victoria Street	\N	Grantham	NG31 6TY	Grantham Children's Centre	2022-09-29
5833	Flat 7	164 Willow Close	Sleaford	NG34 4TG	Sleaford Children's Centre	2021-04-18
5834	131 Spital Terrace	\N	Boston	PE21 1YE	Boston Children's Centre	2023-05-06
5835	25 Chestnut Way	\N	Boston	PE21 7NJ	Boston Children's Centre	2023-11-18
5836	72 Southgate	\N	Boston	PE21 8DW	Boston Children's Centre	2024-06-24
5837	152 Park Avenue	\N	Spalding	PE11 7HT	Spalding Children's Centre	2025-07-19
5838	103 Lindum Road	\N	Lincoln	LN1 8RD	Lincoln St Giles Children's Centre	2024-10-14
5839	129 Sincil Bank	\N	Boston	PE21 7EU	Boston Children's Centre	2024-06-26
5840	67 Grimsby Road	\N	Grantham	NG31 3YY	Grantham Children's Centre	2023-10-04
5841	Flat 8	3 Tritton Road	North Hykeham	LN6 4HY	Sleaford Children's Centre	2021-06-13
5842	87 Abbey Road	\N	Grantham	NG31 6PB	Grantham Children's Centre	2020-01-29
5843	104 Ripon Street	\N	Boston	PE21 7RN	Boston Children's Centre	2023-06-02
5844	66 The Green	\N	Lincoln	LN5 5ZD	Lincoln St Giles Children's Centre	2024-05-10
5845	177 Newland	\N	Grantham	NG31 1HE	Grantham Children's Centre	2024-04-02
5846	Flat 1	88 Station Road	Grantham	NG31 5GD	Grantham Children's Centre	2024-02-23
5847	58 Wragby Road	\N	Spalding	PE12 1JR	Spalding Children's Centre	2025-08-17
5848	137 Carholme Road	\N	Grantham	NG31 7UU	Grantham Children's Centre	2023-04-21
5849	157 Park Avenue	\N	Gainsborough	DN21 6NS	Gainsborough Children's Centre	2024-07-09
5850	Flat 10	25 Carholme Road	Louth	LN11 4UD	Skegness Children's Centre	2021-01-18
5851	39 King Street	\N	Boston	PE21 5TF	Boston Children's Centre	2022-08-04
5852	102 Harlaxton Road	\N	Lincoln	LN5 3FB	Lincoln St Giles Children's Centre	2022-11-04
5853	149 Sandsfield Lane	\N	North Hykeham	LN6 1BA	Sleaford Children's Centre	2025-08-22
5854	101 Spital Terrace	\N	Mablethorpe	LN12 4NN	Skegness Children's Centre	2024-08-16
5855	Flat 10	42 Yarborough Road	Mablethorpe	LN12 4BD	Skegness Children's Centre	2022-03-25
5856	145 Spital Terrace	\N	Boston	PE21 2BP	Boston Children's Centre	2023-04-06
5857	Flat 4	143 Wide Bargate	Grantham	NG31 8SE	Grantham Children's Centre	2025-03-11
5858	171 King Street	\N	Boston	PE21 3YN	Boston Children's Centre	2021-01-05
5859	164 Fydell Street	\N	Spalding	PE12 6FL	Spalding Children's Centre	2022-03-16
5860	65 Ripon Street	\N	Spalding	PE12 9HL	Spalding Children's Centre	2023-11-14
5861	136 Wragby Road	\N	Boston	PE21 3WT	Boston Children's Centre	2023-12-04
5862	76 Station Road	\N	Grantham	NG31 3EL	Grantham Children's Centre	2025-08-14
5863	113 Castle Street	\N	Grantham	NG31 1HJ	Grantham Children's Centre	2022-06-16
5864	Flat 8	37 Grafton Street	Sleaford	NG34 8UF	Sleaford Children's Centre	2024-03-17
5865	131 Nelson Street	\N	Skegness	PE25 2JR	Skegness Children's Centre	2022-11-09
5866	62 Park Avenue	\N	Spalding	PE11 6RS	Spalding Children's Centre	2020-01-16
5867	129 Yarborough Road	\N	Sleaford	NG34 1WQ	Sleaford Children's Centre	2020-04-19
5868	142 Nettleham Road	\N	Boston	PE21 8ZT	Boston Children's Centre	2022-06-23
5869	173 Ripon Street	\N	Lincoln	LN2 4PR	Lincoln St Giles Children's Centre	2023-11-28
5870	94 Castle Street	\N	Gainsborough	DN21 2DN	Gainsborough Children's Centre	2024-07-02
5871	102 Trinity Street	\N	Grantham	NG31 2PJ	Grantham Children's Centre	2023-05-29
5872	84 The Green	\N	Lincoln	LN1 3BL	Lincoln St Giles Children's Centre	2024-02-05
5873	7 King Street	\N	Gainsborough	DN21 9ZP	Gainsborough Children's Centre	2020-11-06
5874	49 Lindum Road	\N	Spalding	PE12 2SH	Spalding Children's Centre	2022-10-20
5875	91 Skirbeck Road	\N	Boston	PE21 6GW	Boston Children's Centre	2020-12-24
5876	60 Victoria Street	\N	Grantham	NG31 8LU	Grantham Children's Centre	2020-06-25
5877	57 Wragby Road	\N	Spalding	PE11 4DS	Spalding Children's Centre	2023-01-12
5878	26 Priory Road	\N	Boston	PE21 3WB	Boston Children's Centre	2025-02-09
5879	94 Park Avenue	\N	Gainsborough	DN21 6DN	Gainsborough Children's Centre	2020-06-01
5880	71 Ripon Street	\N	Gainsborough	DN21 6JN	Gainsborough Children's Centre	2020-07-10
5881	109 Coronation Road	\N	Spalding	PE12 2AY	Spalding Children's Centre	2021-02-02
5882	93 Wragby Road	\N	Sleaford	NG34 5BY	Sleaford Children's Centre	2020-02-13
5883	89 Drummond Road	\N	Grantham	NG31 8EZ	Grantham Children's Centre	2022-03-30
5884	149 Newland	\N	Grantham	NG31 6QP	Grantham Children's Centre	2025-02-27
5885	170 Tritton Road	\N	Grantham	NG31 9ZD	Grantham Children's Centre	2020-12-21
5886	124 St Catherines	\N	Lincoln	LN6 8UY	Lincoln St Giles Children's Centre	2024-06-26
5887	26 Priory Road	\N	Spalding	PE12 7YY	Spalding Children's Centre	2020-04-04
5888	117 Abbey Road	\N	Boston	PE21 1GJ	Boston Children's Centre	2024-08-24
5889	16 Skirbeck Road	\N	Gainsborough	DN21 8HL	Gainsborough Children's Centre	2024-01-06
5890	28 Oak Drive	\N	Grantham	NG31 3SA	Grantham Children's Centre	2021-01-09
5891	106 Drummond Road	\N	Stamford	PE9 5HT	Grantham Children's Centre	2022-09-23
5892	111 Brayford Way	\N	Market Rasen	LN8 2EJ	Gainsborough Children's Centre	2024-06-02
5893	58 Harlaxton Road	\N	Lincoln	LN2 5BT	Lincoln St Giles Children's Centre	2021-08-27
5894	60 Newland	\N	Gainsborough	DN21 8DZ	Gainsborough Children's Centre	2022-01-28
5895	131 Nettleham Road	\N	Grantham	NG31 5GU	Grantham Children's Centre	2021-01-31
5896	35 Sandsfield Lane	\N	Stamford	PE9 8DH	Grantham Children's Centre	2022-07-03
5897	129 High Street	\N	Skegness	PE25 1EJ	Skegness Children's Centre	2021-01-25
5898	52 Nelson Street	\N	Louth	LN11 5RX	Skegness Children's Centre	2021-08-09
5899	15 Wellington Road	\N	Stamford	PE9 1BT	Grantham Children's Centre	2021-07-03
5900	11 Louth Road	\N	Spalding	PE11 9LB	Spalding Children's Centre	2025-07-19
5901	33 Eastgate	\N	North Hykeham	LN6 2TD	Sleaford Children's Centre	2022-04-22
5902	77 Brayford Way	\N	Lincoln	LN5 7PR	Lincoln St Giles Children's Centre	2021-09-30
5903	157 Chestnut Way	\N	Lincoln	LN6 2ZT	Lincoln St Giles Children's Centre	2021-12-31
5904	150 High Street	\N	Lincoln	LN5 2BS	Lincoln St Giles Children's Centre	2021-02-25
5905	52 Abbey Road	\N	North Hykeham	LN6 2NB	Sleaford Children's Centre	2022-11-24
5906	34 Lancaster Drive	\N	Boston	PE21 6FY	Boston Children's Centre	2023-03-12
5907	Flat 5	171 Trent Street	Louth	LN11 3PQ	Skegness Children's Centre	2022-05-03
5908	23 Morton Terrace	\N	Skegness	PE25 6SB	Skegness Children's Centre	2023-09-02
5909	70 Wide Bargate	\N	Grantham	NG31 1ZQ	Grantham Children's Centre	2025-03-17
5910	160 Winsover Road	\N	Boston	PE21 6QP	Boston Children's Centre	2024-08-23
5911	118 Drummond Road	\N	Sleaford	NG34 6FF	Sleaford Children's Centre	2021-06-28
5912	102 Albert Street	\N	Spalding	PE11 2ZQ	Spalding Children's Centre	2022-11-18
5913	114 Chestnut Way	\N	Lincoln	LN2 5US	Lincoln St Giles Children's Centre	2021-07-04
5914	180 Castle Street	\N	Lincoln	LN1 8TL	Lincoln St Giles Children's Centre	2020-03-21
5915	11 Eastgate	\N	Lincoln	LN6 7BX	Lincoln St Giles Children's Centre	2024-09-05
5916	29 Brayford Way	\N	Mablethorpe	LN12 5RS	Skegness Children's Centre	2024-08-13
5917	74 Abbey Road	\N	Lincoln	LN2 8SQ	Lincoln St Giles Children's Centre	2025-08-07
5918	78 London Road	\N	Lincoln	LN2 5RH	Lincoln St Giles Children's Centre	2025-05-11
5919	105 Morton Terrace	\N	Lincoln	LN1 4DJ	Lincoln St Giles Children's Centre	2025-05-18
5920	137 Victoria Street	\N	Lincoln	LN1 9HF	Lincoln St Giles Children's Centre	2022-09-25
5921	118 Wide Bargate	\N	Gainsborough	DN21 1SS	Gainsborough Children's Centre	2022-03-13
5922	55 Grimsby Road	\N	Gainsborough	DN21 7DQ	Gainsborough Children's Centre	2022-05-16
5923	81 London Road	\N	Lincoln	LN1 9QS	Lincoln St Giles Children's Centre	2020-07-02
5924	174 Abbey Road	\N	Grantham	NG31 7UZ	Grantham Children's Centre	2024-06-01
5925	41 Elm Grove	\N	Sleaford	NG34 3SB	Sleaford Children's Centre	2020-11-06
5926	178 Wide Bargate	\N	Boston	PE21 4FX	Boston Children's Centre	2025-04-18
5927	57 Nelson Street	\N	Market Rasen	LN8 9WN	Gainsborough Children's Centre	2023-06-16
5928	Flat 7	35 Louth Road	Louth	LN11 5BS	Skegness Children's Centre	2022-01-19
5929	44 Northgate	\N	Skegness	PE25 2SW	Skegness Children's Centre	2025-10-15
5930	137 Victoria Street	\N	Boston	PE21 2XP	Boston Children's Centre	2021-04-11
5931	8 Priory Road	\N	Grantham	NG31 9LZ	Grantham Children's Centre	2023-09-24
5932	174 Southgate	\N	Lincoln	LN5 6LY	Lincoln St Giles Children's Centre	2020-04-14
5933	155 Bailgate	\N	Gainsborough	DN21 5YY	Gainsborough Children's Centre	2023-12-11
5934	19 The Green	\N	Sleaford	NG34 4GH	Sleaford Children's Centre	2025-05-24
5935	149 Castle Street	\N	Gainsborough	DN21 5LN	Gainsborough Children's Centre	2020-05-07
5936	179 Station Road	\N	Boston	PE21 1NE	Boston Children's Centre	2020-08-22
5937	153 Ermine Close	\N	Lincoln	LN6 8HQ	Lincoln St Giles Children's Centre	2024-02-01
5938	114 Monks Road	\N	Louth	LN11 2ZL	Skegness Children's Centre	2024-04-06
5939	38 Drummond Road	\N	Spalding	PE12 8WJ	Spalding Children's Centre	2025-05-17
5940	102 Winsover Road	\N	Lincoln	LN6 6EE	Lincoln St Giles Children's Centre	2022-09-23
5941	102 Wide Bargate	\N	Lincoln	LN1 2YH	Lincoln St Giles Children's Centre	2024-02-14
5942	17 Carholme Road	\N	Lincoln	LN2 9YY	Lincoln St Giles Children's Centre	2020-11-30
5943	69 Nettleham Road	\N	Lincoln	LN1 2EX	Lincoln St Giles Children's Centre	2025-12-05
5944	97 Trent Street	\N	Market Rasen	LN8 9WL	Gainsborough Children's Centre	2024-12-14
5945	134 Harlaxton Road	\N	Spalding	PE11 9XP	Spalding Children's Centre	2022-04-20
5946	163 Ash Close	\N	Louth	LN11 6WU	Skegness Children's Centre	2023-08-10
5947	123 Station Road	\N	Grantham	NG31 5ED	Grantham Children's Centre	2024-12-25
5948	154 Harlaxton Road	\N	Gainsborough	DN21 7DF	Gainsborough Children's Centre	2024-06-19
5949	22 Nettleham Road	\N	Lincoln	LN5 2UD	Lincoln St Giles Children's Centre	2022-07-09
5950	Flat 5	17 Trinity Street	Lincoln	LN5 2LW	Lincoln St Giles Children's Centre	2021-08-18
5951	104 Wide Bargate	\N	Grantham	NG31 3YW	Grantham Children's Centre	2023-10-08
5952	146 Northgate	\N	Louth	LN11 6DE	Skegness Children's Centre	2023-03-21
5953	165 Burton Road	\N	Lincoln	LN1 1ZW	Lincoln St Giles Children's Centre	2022-03-30
5954	134 The Green	\N	Sleaford	NG34 9DD	Sleaford Children's Centre	2023-08-20
5955	175 Manor Road	\N	Gainsborough	DN21 9YR	Gainsborough Children's Centre	2025-06-02
5956	170 Willow Close	\N	Lincoln	LN6 9UU	Lincoln St Giles Children's Centre	2025-01-23
5957	91 The Green	\N	Grantham	NG31 2BS	Grantham Children's Centre	2024-10-09
5958	173 Newland	\N	Lincoln	LN2 7YQ	Lincoln St Giles Children's Centre	2020-04-29
5959	49 Church Lane	\N	North Hykeham	LN6 8ET	Sleaford Children's Centre	2022-09-05
5960	142 Abbey Road	\N	Sleaford	NG34 4SB	Sleaford Children's Centre	2025-05-11
5961	60 Queen Street	\N	Lincoln	LN6 9US	Lincoln St Giles Children's Centre	2025-08-29
5962	Flat 11	13 The Green	Spalding	PE12 9EJ	Spalding Children's Centre	2025-04-14
5963	108 Church Lane	\N	Grantham	NG31 6FB	Grantham Children's Centre	2025-09-17
5964	19 Willow Close	\N	Grantham	NG31 3RT	Grantham Children's Centre	2022-04-05
5965	140 Southgate	\N	Boston	PE21 1YW	Boston Children's Centre	2022-05-10
5966	89 High Street	\N	Lincoln	LN2 2LD	Lincoln St Giles Children's Centre	2022-11-11
5967	100 Spital Terrace	\N	Mablethorpe	LN12 7WS	Skegness Children's Centre	2022-12-10
5968	95 Sandsfield Lane	\N	Lincoln	LN5 2EX	Lincoln St Giles Children's Centre	2025-02-16
5969	79 Nelson Street	\N	Gainsborough	DN21 3WZ	Gainsborough Children's Centre	2020-09-20
5970	14 Coronation Road	\N	Lincoln	LN5 5GH	Lincoln St Giles Children's Centre	2022-06-18
5971	149 King Street	\N	Lincoln	LN2 1JW	Lincoln St Giles Children's Centre	2022-06-10
5972	18 Oak Drive	\N	Lincoln	LN6 6WA	Lincoln St Giles Children's Centre	2024-09-22
5973	Flat 6	169 High Street	Grantham	NG31 5SA	Grantham Children's Centre	2022-09-11
5974	13 Chestnut Way	\N	Lincoln	LN5 5TY	Lincoln St Giles Children's Centre	2020-12-21
5975	22 Coronation Road	\N	Lincoln	LN6 6DA	Lincoln St Giles Children's Centre	2021-05-24
5976	45 Lumley Road	\N	Louth	LN11 3ZU	Skegness Children's Centre	2024-08-04
5977	112 Nelson Street	\N	Lincoln	LN5 9ZT	Lincoln St Giles Children's Centre	2020-11-26
5978	62 Sandsfield Lane	\N	Boston	PE21 6HL	Boston Children's Centre	2025-06-27
5979	15 Sandsfield Lane	\N	Boston	PE21 5PJ	Boston Children's Centre	2025-01-24
5980	29 Priory Road	\N	Louth	LN11 8BQ	Skegness Children's Centre	2021-10-10
5981	Flat 7	73 Sincil Bank	Skegness	PE25 7AY	Skegness Children's Centre	2023-06-18
5982	54 Nelson Street	\N	Skegness	PE25 3AR	Skegness Children's Centre	2020-04-03
5983	38 Priory Road	\N	Lincoln	LN5 9AX	Lincoln St Giles Children's Centre	2023-06-24
5984	Flat 8	159 Chestnut Way	Lincoln	LN6 5BN	Lincoln St Giles Children's Centre	2025-10-14
5985	145 Harlaxton Road	\N	Lincoln	LN6 9QG	Lincoln St Giles Children's Centre	2021-01-19
5986	8 Abbey Road	\N	Stamford	PE9 9US	Grantham Children's Centre	2020-07-09
5987	153 Trinity Street	\N	Sleaford	NG34 7EQ	Sleaford Children's Centre	2022-04-21
5988	19 Church Lane	\N	Lincoln	LN1 7BL	Lincoln St Giles Children's Centre	2021-03-25
5989	178 Oak Drive	\N	Gainsborough	DN21 4XZ	Gainsborough Children's Centre	2020-05-06
5990	105 Skirbeck Road	\N	Louth	LN11 4TW	Skegness Children's Centre	2025-12-07
5991	161 Lindum Road	\N	Grantham	NG31 7WP	Grantham Children's Centre	2025-01-14
5992	Flat 5	164 Grafton Street	Mablethorpe	LN12 1HX	Skegness Children's Centre	2020-05-02
5993	131 Ermine Close	\N	Boston	PE21 8BU	Boston Children's Centre	2021-05-16
5994	Flat 6	150 Morton Terrace	Mablethorpe	LN12 6HD	Skegness Children's Centre	2020-06-18
5995	37 Bailgate	\N	Lincoln	LN2 4LB	Lincoln St Giles Children's Centre	2020-05-25
5996	112 Bailgate	\N	Lincoln	LN5 9SH	Lincoln St Giles Children's Centre	2024-02-13
5997	42 Monks Road	\N	Stamford	PE9 8SJ	Grantham Children's Centre	2021-02-08
5998	24 Carholme Road	\N	Spalding	PE11 2HX	Spalding Children's Centre	2024-12-18
5999	57 Ripon Street	\N	Spalding	PE12 4PS	Spalding Children's Centre	2025-07-12
6000	119 Carholme Road	\N	Lincoln	LN6 4PE	Lincoln St Giles Children's Centre	2024-04-08
6001	159 Nettleham Road	\N	Boston	PE21 6ZZ	Boston Children's Centre	2021-07-02
6002	146 Drummond Road	\N	Stamford	PE9 6XL	Grantham Children's Centre	2022-10-18
6003	82 Lindum Road	\N	Louth	LN11 6QH	Skegness Children's Centre	2024-10-25
6004	74 Priory Road	\N	Spalding	PE11 8DH	Spalding Children's Centre	2022-01-24
6005	139 Willow Close	\N	Lincoln	LN5 5TN	Lincoln St Giles Children's Centre	2025-05-10
6006	120 Victoria Street	\N	Grantham	NG31 1NB	Grantham Children's Centre	2023-04-04
6007	82 Lumley Road	\N	Sleaford	NG34 8HT	Sleaford Children's Centre	2022-02-22
6008	17 Victoria Street	\N	Grantham	NG31 9DL	Grantham Children's Centre	2023-06-15
6009	29 Victoria Street	\N	Spalding	PE11 2QX	Spalding Children's Centre	2022-07-01
6010	87 St Catherines	\N	Boston	PE21 9RB	Boston Children's Centre	2021-03-23
6011	146 Skirbeck Road	\N	Boston	PE21 9SG	Boston Children's Centre	2022-03-17
6012	155 Northgate	\N	Gainsborough	DN21 3TX	Gainsborough Children's Centre	2024-07-27
6013	Flat 12	18 Brayford Way	Lincoln	LN1 9JE	Lincoln St Giles Children's Centre	2022-09-03
6014	125 Victoria Street	\N	Skegness	PE25 7WY	Skegness Children's Centre	2021-05-22
6015	166 Willow Close	\N	Grantham	NG31 1LZ	Grantham Children's Centre	2022-12-12
6016	129 Fydell Street	\N	Lincoln	LN6 6LU	Lincoln St Giles Children's Centre	2020-01-06
6017	34 Castle Street	\N	North Hykeham	LN6 2ZW	Sleaford Children's Centre	2025-04-07
6018	Flat 6	31 Monks Road	Lincoln	LN6 8LX	Lincoln St Giles Children's Centre	2024-05-28
6019	103 Southgate	\N	Lincoln	LN1 8NA	Lincoln St Giles Children's Centre	2020-08-23
6020	30 Grafton Street	\N	Lincoln	LN6 2DN	Lincoln St Giles Children's Centre	2022-05-11
6021	169 Newland	\N	Skegness	PE25 7ZJ	Skegness Children's Centre	2021-04-02
6022	82 Fydell Street	\N	Spalding	PE11 6PP	Spalding Children's Centre	2022-11-22
6023	48 Fydell Street	\N	Skegness	PE25 4JQ	Skegness Children's Centre	2024-04-17
6024	10 Trinity Street	\N	Sleaford	NG34 9BX	Sleaford Children's Centre	2022-01-24
6025	107 Drummond Road	\N	Louth	LN11 9FA	Skegness Children's Centre	2022-05-06
6026	93 Yarborough Road	\N	Stamford	PE9 9XH	Grantham Children's Centre	2021-10-04
6027	62 Queen Street	\N	Grantham	NG31 5SE	Grantham Children's Centre	2024-11-16
6028	169 Church Lane	\N	Lincoln	LN6 8GD	Lincoln St Giles Children's Centre	2024-12-22
6029	Flat 11	176 Victoria Street	Skegness	PE25 7PG	Skegness Children's Centre	2023-09-19
6030	1 Beech Avenue	\N	Grantham	NG31 4LA	Grantham Children's Centre	2021-04-20
6031	85 Chestnut Way	\N	Boston	PE21 2QT	Boston Children's Centre	2020-12-16
6032	72 Westgate	\N	Spalding	PE11 6LG	Spalding Children's Centre	2022-05-17
6033	51 Willow Close	\N	Stamford	PE9 7ZH	Grantham Children's Centre	2024-11-05
6034	Flat 7	62 Wragby Road	Lincoln	LN2 4FX	Lincoln St Giles Children's Centre	2023-03-22
6035	47 Grimsby Road	\N	Grantham	NG31 4SA	Grantham Children's Centre	2024-12-11
6036	125 Grimsby Road	\N	Spalding	PE12 4TY	Spalding Children's Centre	2024-08-02
6037	84 Bailgate	\N	Lincoln	LN5 2PD	Lincoln St Giles Children's Centre	2023-03-06
6038	83 Fydell Street	\N	Spalding	PE12 3AN	Spalding Children's Centre	2022-09-03
6039	143 Louth Road	\N	Lincoln	LN6 5NT	Lincoln St Giles Children's Centre	2021-12-23
6040	Flat 2	2 Park Avenue	Spalding	PE11 9GZ	Spalding Children's Centre	2023-03-11
6041	143 Trinity Street	\N	Grantham	NG31 7RG	Grantham Children's Centre	2023-10-19
6042	33 Southgate	\N	Louth	LN11 5WT	Skegness Children's Centre	2024-01-01
6043	38 St Catherines	\N	Lincoln	LN1 6PS	Lincoln St Giles Children's Centre	2025-08-25
6044	65 Harlaxton Road	\N	Grantham	NG31 1EX	Grantham Children's Centre	2022-12-24
6045	61 Coronation Road	\N	Lincoln	LN1 8EN	Lincoln St Giles Children's Centre	2025-07-14
6046	52 Nelson Street	\N	Lincoln	LN6 3EX	Lincoln St Giles Children's Centre	2020-09-20
6047	51 Carholme Road	\N	North Hykeham	LN6 6JX	Sleaford Children's Centre	2024-11-10
6048	Flat 7	102 Tritton Road	Lincoln	LN1 9XT	Lincoln St Giles Children's Centre	2024-11-13
6049	56 Bailgate	\N	Lincoln	LN6 7FL	Lincoln St Giles Children's Centre	2024-08-13
6050	59 Sincil Bank	\N	Skegness	PE25 9JG	Skegness Children's Centre	2020-11-04
6051	176 Ermine Close	\N	Grantham	NG31 7XF	Grantham Children's Centre	2024-07-15
6052	141 Tritton Road	\N	Boston	PE21 7UE	Boston Children's Centre	2021-12-02
6053	32 Ash Close	\N	Lincoln	LN1 2GA	Lincoln St Giles Children's Centre	2023-06-29
6054	32 Harlaxton Road	\N	Grantham	NG31 9LN	Grantham Children's Centre	2023-10-09
6055	Flat 8	113 Newland	North Hykeham	LN6 9XY	Sleaford Children's Centre	2023-10-13
6056	46 Harlaxton Road	\N	Boston	PE21 3WU	Boston Children's Centre	2024-04-29
6057	153 St Catherines	\N	Spalding	PE11 5UQ	Spalding Children's Centre	2020-01-28
6058	66 Westgate	\N	Grantham	NG31 2SQ	Grantham Children's Centre	2024-01-18
6059	119 Ash Close	\N	Grantham	NG31 3GA	Grantham Children's Centre	2020-02-04
6060	160 Willow Close	\N	Skegness	PE25 6EU	Skegness Children's Centre	2025-10-27
6061	91 Burton Road	\N	North Hykeham	LN6 4JR	Sleaford Children's Centre	2025-01-22
6062	Flat 11	16 Wellington Road	Lincoln	LN6 5PL	Lincoln St Giles Children's Centre	2022-11-14
6063	8 Louth Road	\N	North Hykeham	LN6 4NL	Sleaford Children's Centre	2025-09-06
6064	46 Beech Avenue	\N	Spalding	PE12 2PA	Spalding Children's Centre	2025-10-02
6065	113 London Road	\N	Grantham	NG31 1TY	Grantham Children's Centre	2025-05-25
6066	80 Carholme Road	\N	Grantham	NG31 1QA	Grantham Children's Centre	2022-09-16
6067	115 Park Avenue	\N	Skegness	PE25 1WS	Skegness Children's Centre	2022-12-01
6068	Flat 7	52 Pinchbeck Road	Lincoln	LN6 6LZ	Lincoln St Giles Children's Centre	2025-11-16
6069	151 Grafton Street	\N	Lincoln	LN1 2AE	Lincoln St Giles Children's Centre	2022-06-26
6070	72 Brayford Way	\N	Lincoln	LN6 4WG	Lincoln St Giles Children's Centre	2023-05-19
6071	Flat 9	142 Westgate	Lincoln	LN5 3WU	Lincoln St Giles Children's Centre	2022-07-17
6072	28 Nelson Street	\N	Lincoln	LN6 7SP	Lincoln St Giles Children's Centre	2025-10-07
6073	147 Bailgate	\N	Lincoln	LN5 3HF	Lincoln St Giles Children's Centre	2022-04-18
6074	172 Winsover Road	\N	Grantham	NG31 6LQ	Grantham Children's Centre	2021-07-07
6075	Flat 2	150 Louth Road	Skegness	PE25 8SQ	Skegness Children's Centre	2025-07-15
6076	120 Northgate	\N	Lincoln	LN5 2LF	Lincoln St Giles Children's Centre	2025-11-10
6077	164 Westgate	\N	Skegness	PE25 9XP	Skegness Children's Centre	2022-02-08
6078	178 Skirbeck Road	\N	Lincoln	LN5 7EE	Lincoln St Giles Children's Centre	2023-06-12
6079	113 Nelson Street	\N	Stamford	PE9 8YE	Grantham Children's Centre	2020-02-20
6080	28 Albert Street	\N	Spalding	PE11 7YP	Spalding Children's Centre	2021-07-27
6081	64 Coronation Road	\N	Louth	LN11 5TR	Skegness Children's Centre	2022-06-16
6082	55 Ermine Close	\N	Lincoln	LN1 4XE	Lincoln St Giles Children's Centre	2024-12-18
6083	150 Grimsby Road	\N	North Hykeham	LN6 4SX	Sleaford Children's Centre	2024-06-04
6084	33 Oak Drive	\N	Sleaford	NG34 1UY	Sleaford Children's Centre	2024-02-15
6085	27 St Catherines	\N	Sleaford	NG34 6XS	Sleaford Children's Centre	2021-06-24
6086	Flat 5	25 Spital Terrace	Boston	PE21 8YY	Boston Children's Centre	2023-12-13
6087	131 Yarborough Road	\N	Lincoln	LN1 2SR	Lincoln St Giles Children's Centre	2023-07-01
6088	94 Sandsfield Lane	\N	Gainsborough	DN21 4ZD	Gainsborough Children's Centre	2023-03-13
6089	88 Abbey Road	\N	Skegness	PE25 2FQ	Skegness Children's Centre	2024-11-30
6090	132 Fydell Street	\N	Stamford	PE9 2JN	Grantham Children's Centre	2025-01-31
6091	119 Coronation Road	\N	Lincoln	LN2 9EG	Lincoln St Giles Children's Centre	2022-09-20
6092	145 King Street	\N	Boston	PE21 3ZL	Boston Children's Centre	2020-01-18
6093	82 Pinchbeck Road	\N	Gainsborough	DN21 1NH	Gainsborough Children's Centre	2024-12-12
6094	57 Yarborough Road	\N	Lincoln	LN5 5XX	Lincoln St Giles Children's Centre	2020-11-25
6095	101 Pinchbeck Road	\N	Lincoln	LN6 4AZ	Lincoln St Giles Children's Centre	2024-03-17
6096	36 Nelson Street	\N	Lincoln	LN6 2HD	Lincoln St Giles Children's Centre	2024-04-08
6097	96 Newland	\N	Gainsborough	DN21 9RZ	Gainsborough Children's Centre	2023-03-19
6098	147 Spital Terrace	\N	Grantham	NG31 5JQ	Grantham Children's Centre	2024-11-27
6099	90 Grimsby Road	\N	Lincoln	LN6 8UW	Lincoln St Giles Children's Centre	2021-03-29
6100	167 Pinchbeck Road	\N	Grantham	NG31 9HZ	Grantham Children's Centre	2023-07-06
6101	91 Trinity Street	\N	Spalding	PE11 6NA	Spalding Children's Centre	2025-08-12
6102	83 Newland	\N	Lincoln	LN5 5UB	Lincoln St Giles Children's Centre	2020-10-08
6103	129 Skirbeck Road	\N	Boston	PE21 9UZ	Boston Children's Centre	2024-04-28
6104	71 Chestnut Way	\N	Lincoln	LN2 8GL	Lincoln St Giles Children's Centre	2024-06-29
6105	50 Elm Grove	\N	Grantham	NG31 7EZ	Grantham Children's Centre	2023-01-05
6106	11 Burton Road	\N	Lincoln	LN6 1ZA	Lincoln St Giles Children's Centre	2025-04-05
6107	6 Willow Close	\N	Lincoln	LN6 7YL	Lincoln St Giles Children's Centre	2023-04-15
6108	161 Lumley Road	\N	Boston	PE21 8BF	Boston Children's Centre	2023-11-11
6109	158 High Street	\N	Lincoln	LN2 2GG	Lincoln St Giles Children's Centre	2024-03-01
6110	174 Coronation Road	\N	Spalding	PE12 7NY	Spalding Children's Centre	2021-04-29
6111	130 Westgate	\N	Stamford	PE9 4AZ	Grantham Children's Centre	2024-01-30
6112	104 Wide Bargate	\N	Grantham	NG31 3YW	Grantham Children's Centre	2023-12-03
6113	143 Burton Road	\N	Louth	LN11 6UJ	Skegness Children's Centre	2020-02-03
6114	171 Sincil Bank	\N	Spalding	PE11 4YH	Spalding Children's Centre	2020-08-13
6115	106 Monks Road	\N	Mablethorpe	LN12 5ZH	Skegness Children's Centre	2023-06-29
6116	4 Beech Avenue	\N	Boston	PE21 8RA	Boston Children's Centre	2022-08-19
6117	94 Trinity Street	\N	Boston	PE21 8RQ	Boston Children's Centre	2023-03-09
6118	99 Albert Street	\N	Lincoln	LN2 3RZ	Lincoln St Giles Children's Centre	2025-05-01
6119	15 Queen Street	\N	Lincoln	LN6 6LN	Lincoln St Giles Children's Centre	2020-10-08
6120	83 Fydell Street	\N	Gainsborough	DN21 6PN	Gainsborough Children's Centre	2022-04-26
6121	113 London Road	\N	Boston	PE21 1UH	Boston Children's Centre	2024-04-20
6122	120 Brayford Way	\N	Lincoln	LN6 5WT	Lincoln St Giles Children's Centre	2021-10-22
6123	84 Chestnut Way	\N	Boston	PE21 7HT	Boston Children's Centre	2020-05-20
6124	143 Drummond Road	\N	Spalding	PE11 9UF	Spalding Children's Centre	2025-06-21
6125	Flat 9	91 Carholme Road	Lincoln	LN6 5WS	Lincoln St Giles Children's Centre	2022-11-12
6126	8 Westgate	\N	Lincoln	LN1 3UD	Lincoln St Giles Children's Centre	2022-04-20
6127	5 Abbey Road	\N	Grantham	NG31 5RE	Grantham Children's Centre	2020-03-25
6128	14 The Green	\N	Boston	PE21 8QR	Boston Children's Centre	2023-05-19
6129	105 Harlaxton Road	\N	Lincoln	LN6 5DD	Lincoln St Giles Children's Centre	2024-08-15
6130	102 Trinity Street	\N	Grantham	NG31 2PJ	Grantham Children's Centre	2023-01-25
6131	98 Nelson Street	\N	North Hykeham	LN6 7JY	Sleaford Children's Centre	2021-07-11
6132	Flat 10	129 Monks Road	Sleaford	NG34 2AF	Sleaford Children's Centre	2022-04-03
6133	143 Fydell Street	\N	Spalding	PE11 6HA	Spalding Children's Centre	2021-03-28
6134	158 London Road	\N	Gainsborough	DN21 1FD	Gainsborough Children's Centre	2021-02-19
6135	141 Brayford Way	\N	Boston	PE21 3RT	Boston Children's Centre	2022-07-06
6136	Flat 4	38 Harlaxton Road	Boston	PE21 7SN	Boston Children's Centre	2024-06-12
6137	73 Willow Close	\N	Louth	LN11 5BB	Skegness Children's Centre	2024-03-20
6138	7 Southgate	\N	Sleaford	NG34 8EU	Sleaford Children's Centre	2021-08-04
6139	146 Tritton Road	\N	Boston	PE21 7GQ	Boston Children's Centre	2020-03-17
6140	92 Winsover Road	\N	Boston	PE21 6DH	Boston Children's Centre	2022-08-02
6141	76 Ripon Street	\N	Lincoln	LN2 6ET	Lincoln St Giles Children's Centre	2025-02-10
6142	85 Southgate	\N	Lincoln	LN5 9UG	Lincoln St Giles Children's Centre	2025-10-21
6143	41 Monks Road	\N	Skegness	PE25 2ZX	Skegness Children's Centre	2025-02-27
6144	68 Albert Street	\N	Spalding	PE11 9HT	Spalding Children's Centre	2021-07-17
6145	123 Wide Bargate	\N	Sleaford	NG34 6TE	Sleaford Children's Centre	2021-01-30
6146	86 London Road	\N	Skegness	PE25 1XA	Skegness Children's Centre	2024-01-26
6147	107 Nettleham Road	\N	Lincoln	LN5 3HX	Lincoln St Giles Children's Centre	2021-11-18
6148	97 Grimsby Road	\N	Lincoln	LN5 8FF	Lincoln St Giles Children's Centre	2022-02-02
6149	20 Elm Grove	\N	Lincoln	LN5 1ZW	Lincoln St Giles Children's Centre	2024-09-17
6150	135 Mill Lane	\N	Louth	LN11 6UT	Skegness Children's Centre	2023-01-31
6151	Flat 10	63 Newland	Sleaford	NG34 4JX	Sleaford Children's Centre	2020-05-15
6152	Flat 10	72 Willow Close	Spalding	PE11 3ZE	Spalding Children's Centre	2024-04-01
6153	177 Willow Close	\N	Sleaford	NG34 5EA	Sleaford Children's Centre	2023-06-28
6154	52 The Green	\N	Lincoln	LN5 5DA	Lincoln St Giles Children's Centre	2022-10-07
6155	60 Harlaxton Road	\N	Lincoln	LN5 9YA	Lincoln St Giles Children's Centre	2025-11-06
6156	166 Fydell Street	\N	Grantham	NG31 6US	Grantham Children's Centre	2021-06-19
6157	Flat 1	85 St Catherines	Lincoln	LN2 8YB	Lincoln St Giles Children's Centre	2024-06-03
6158	160 Willow Close	\N	Sleaford	NG34 8NJ	Sleaford Children's Centre	2022-11-25
6159	169 Beech Avenue	\N	Lincoln	LN5 5HP	Lincoln St Giles Children's Centre	2023-10-18
6160	102 Manor Road	\N	Boston	PE21 9EE	Boston Children's Centre	2025-07-02
6161	12 Elm Grove	\N	Gainsborough	DN21 4PP	Gainsborough Children's Centre	2023-02-04
6162	161 Lancaster Drive	\N	Mablethorpe	LN12 8HY	Skegness Children's Centre	2020-09-05
6163	102 Ermine Close	\N	Lincoln	LN6 2SP	Lincoln St Giles Children's Centre	2024-12-09
6164	6 Monks Road	\N	Spalding	PE12 7BF	Spalding Children's Centre	2023-03-07
6165	46 The Green	\N	Lincoln	LN2 4RG	Lincoln St Giles Children's Centre	2022-11-09
6166	77 Beech Avenue	\N	Grantham	NG31 5NT	Grantham Children's Centre	2023-08-13
6167	155 Fydell Street	\N	Lincoln	LN2 8LA	Lincoln St Giles Children's Centre	2021-02-08
6168	68 Lindum Road	\N	Louth	LN11 5EZ	Skegness Children's Centre	2023-06-17
6169	161 Park Avenue	\N	Boston	PE21 5RR	Boston Children's Centre	2024-03-29
6170	172 Wragby Road	\N	Grantham	NG31 3BG	Grantham Children's Centre	2023-04-02
6171	9 Station Road	\N	Mablethorpe	LN12 3HQ	Skegness Children's Centre	2025-01-10
6172	73 London Road	\N	Spalding	PE12 3TA	Spalding Children's Centre	2021-11-03
6173	150 Lancaster Drive	\N	Lincoln	LN2 3YY	Lincoln St Giles Children's Centre	2023-11-09
6174	137 Chestnut Way	\N	Lincoln	LN6 1PP	Lincoln St Giles Children's Centre	2024-01-05
6175	52 Ermine Close	\N	Boston	PE21 3BY	Boston Children's Centre	2021-04-08
6176	110 Trent Street	\N	Gainsborough	DN21 4ZJ	Gainsborough Children's Centre	2022-08-30
6177	70 Lindum Road	\N	Sleaford	NG34 8SZ	Sleaford Children's Centre	2024-01-28
6178	3 Carholme Road	\N	Boston	PE21 3EL	Boston Children's Centre	2024-05-10
6179	111 Harlaxton Road	\N	Lincoln	LN1 3SU	Lincoln St Giles Children's Centre	2023-01-19
6180	97 Winsover Road	\N	Stamford	PE9 9FP	Grantham Children's Centre	2025-10-04
6181	Flat 3	142 Trinity Street	Louth	LN11 1PD	Skegness Children's Centre	2025-02-14
6182	46 Louth Road	\N	Grantham	NG31 8BA	Grantham Children's Centre	2024-09-14
6183	136 Grimsby Road	\N	Grantham	NG31 4FQ	Grantham Children's Centre	2023-08-06
6184	88 The Green	\N	Mablethorpe	LN12 9DA	Skegness Children's Centre	2023-12-15
6185	146 Skirbeck Road	\N	Spalding	PE11 9UG	Spalding Children's Centre	2025-01-05
6186	78 Pinchbeck Road	\N	Gainsborough	DN21 2WA	Gainsborough Children's Centre	2022-05-17
6187	63 Lancaster Drive	\N	Grantham	NG31 6GD	Grantham Children's Centre	2021-02-16
6188	124 Tritton Road	\N	Grantham	NG31 7FD	Grantham Children's Centre	2022-07-02
6189	173 Queen Street	\N	Spalding	PE11 8XL	Spalding Children's Centre	2023-07-06
6190	165 Castle Street	\N	Gainsborough	DN21 3DU	Gainsborough Children's Centre	2023-08-23
6191	166 Lumley Road	\N	Skegness	PE25 1XY	Skegness Children's Centre	2023-09-17
6192	49 Elm Grove	\N	Lincoln	LN1 8XQ	Lincoln St Giles Children's Centre	2025-10-26
6193	15 Pinchbeck Road	\N	Skegness	PE25 8NB	Skegness Children's Centre	2021-12-02
6194	16 Fydell Street	\N	Grantham	NG31 8ST	Grantham Children's Centre	2022-10-15
6195	176 Fydell Street	\N	Boston	PE21 5GE	Boston Children's Centre	2022-08-22
6196	18 Willow Close	\N	Spalding	PE11 4UU	Spalding Children's Centre	2023-03-07
\.

--
-- Data for Name: registrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.registrations (reg_id, household_id, forename, surname, dob, gender, relationship, ethnicity, nhs_number, reg_start, reg_end, status, keyworker, reg_reason, reg_end_reason) FROM stdin;
100001	5000	Aleksander (Olek)	Nowak	2021-03-29	1	C	13	9995833387	2021-10-02	2023-03-09	Closed	Stacey Shaw	Targeted - HV	No longer attending
100002	5000	Katarzyna	Jankowski	1990-11-04	2	M	99	\N	2021-10-02	2023-03-09	Closed	Stacey Shaw	Targeted - SW	No longer attending
100003	5001	 Olivia	JONES	2021-04-06	2	C	10	9999077560	2022-11-22	\N	Active	Zofia Zieliński	Targeted - HV	\N
100004	5001	Amelia	Jones	2022-11-11	2	C	10	9992951591	2022-11-22	\N	Active	Zofia Zieliński	Universal	\N
100005	5001	Carys	Jones	1983-11-23	2	M	10	9991329501	2022-11-22	\N	Active	Zofia Zieliński	Universal	\N
100006	5002	Piotr	Wójcik	2020-09-22	1	C	13	9996558169	2020-07-19	\N	Active	Alexandra Popescu	Stay and Play	\N
100007	5002	Mxarcin	Wójcik	2023-09-02	1	C	13	9990432198	2020-07-19	\N	Active	Alexandra Popescu	Universal	\N
100008	5002	Agnieszka	Wóbcik	2025-01-25	2	C	13	9994306227	2020-07-19	\N	Active	Alexandra Popescu	Parent led	\N
100009	5002	Mrs Zofia	W?jcik	1985-06-29	2	M	13	9992684135	2020-07-19	\N	Active	Alexandra Popescu	Targeted - HV	\N
100010	5003	Matthew	Rippon	2020-07-08	1	C	10	\N	2025-02-01	\N	Active	Edward Williams	Parent led	\N
100011	5003	Victoria	Rippon	2023-09-24	2	C	10	9993046523	2025-02-01	\N	Lapsed	Edward Williams	Stay and Play	\N
100012	5003	Ashley	Rippon	1980-02-22	1	F	10	9997550404	2025-02-01	\N	Active	Edward Williams	Stay and Play	\N
100013	5004	Freya	Patel	2022-02-14	0	C	10	9991251901	2024-03-06	2024-09-14	Closed	Samantha McCarthy	Universal	Child started school
100014	5004	Jtade	Wright	1999-11-04	2	M	10	9993503843	2024-03-06	2024-09-14	Closed	Samantha McCarthy	Targeted - HV	Child started school
100015	5005	Ava	Cooper	2025-06-14	2	C	10	9992606533	2024-04-28	2024-10-25	Closed	Gary Walker	Targeted - SW	Child started school
100016	5005	olivia	COOPER	2006-02-03	2	M	99	9998732506	2024-04-28	2024-10-25	Closed	Gary Walker	Universal	Child started school
100017	5006	Oliver	Williams	\N	1	C	10	9992339071	2022-01-28	\N	Active	Ayan Mohamed	Targeted - SW	\N
100018	5006	Sarah	Williams	1988-11-30	2	M	10	\N	2022-01-28	\N	Active	Ayan Mohamed	Parent led	\N
100019	5007	Jessica	Johnson	2023-12-06	2	C	10	9993331317	2020-03-02	\N	Active	James Jones	Parent led	\N
100020	5008	Oliver	King	2021-04-06	1	C	10	9998559979	2021-05-24	\N	Active	Emma Smith	Targeted - HV	\N
100021	5008	Sarah	Davies	2002-10-26	2	M	10	9990811911	2021-05-24	\N	Active	Emma Smith	Targeted - HV	\N
100022	5008	Matthew	King	2000-12-23	1	F	10	9994685945	2021-05-24	\N	Active	Emma Smith	Stay and Play	\N
100023	5009	Courtney	Popescu	2020-08-09	2	C	10	9993426245	2021-01-04	2021-09-15	Closed	James Jones	Targeted - SW	No longer attending
100024	5009	Oliver	Poopescu	2021-07-22	1	C	10	9997300270	2021-01-04	2021-09-15	Closed	James Jones	Universal	No longer attending
100025	5009	Leanne	Popescu	1989-10-30	2	M	10	\N	2021-01-04	2021-09-15	Closed	James Jones	Parent led	No longer attending
100026	5010	Jasleen	Patel	2022-08-12	2	C	30	9998922364	2025-03-29	\N	Active	James Jones	Targeted - SW	\N
100027	5010	Priay	Patel	1992-07-17	2	M	30	\N	2025-03-29	\N	Active	James Jones	Targeted - HV	\N
100028	5010	Rahul	Patel	1989-11-25	1	F	30	9995048337	2025-03-29	\N	Active	James Jones	Universal	\N
100029	5011	Tyler	Davies	2021-11-10	1	C	40	9994418483	2022-07-21	2023-11-30	Closed	Alexandra Popescu	Universal	Moved away
100030	5011	Jade	Davies	1992-09-07	2	M	40	9992796391	2022-07-21	2023-11-30	Closed	Alexandra Popescu	Targeted - SW	Moved away
100031	5011	David	Davies	1988-07-02	1	F	40	9996670422	2022-07-21	2023-11-30	Closed	Alexandra Popescu	Parent led	Moved away
100032	5012	Noah	Campbell	2017-11-29	1	C	10	9991536698	2024-04-23	\N	Active	Ayan Mohamed	Targeted - HV	\N
100033	5012	Morag	Campbell	1988-05-25	2	M	10	9999914608	2024-04-23	\N	Active	Ayan Mohamed	Parent led	\N
100034	5013	Alfie	Jones	2023-03-21	1	C	10	9991899081	2022-07-13	2023-03-17	Closed	Darius Kazlauskas	Targeted - SW	Child started school
100035	5013	Lisa	Jones	1989-07-10	2	M	10	9998025052	2022-07-13	2023-03-17	Closed	Darius Kazlauskas	Universal	Child started school
100036	5014	Charlie	Johnson	2022-03-11	1	C	10	9993883565	2020-02-17	\N	Lapsed	Sana Hersi	Targeted - HV	\N
100037	5014	Lily	Johnson	2025-04-05	2	C	10	\N	2020-02-17	\N	Active	Sana Hersi	Targeted - HV	\N
100038	5014	Laura	Thompson	1984-11-18	2	M	10	\N	2020-02-17	\N	Active	Sana Hersi	Targeted - SW	\N
100039	5014	Andrew	Johnson	1981-11-22	1	F	10	9990009538	2020-02-17	\N	Active	Sana Hersi	Targeted - HV	\N
100040	5015	Seán	Murphy	2022-05-19	1	C	11	9991726551	2025-07-30	\N	Active	Rachel Atkinson	Parent led	\N
100041	5015	Peggy	Mupphy	1989-03-31	2	M	11	9993978493	2025-07-30	\N	Active	Rachel Atkinson	Targeted - SW	\N
100042	5016	thomas	BRACKENBURY	2018-04-20	1	C	99	\N	2023-06-22	\N	Active	Alexandra Popescu	Parent led	\N
100043	5016	Jack	Brackenbury	2021-06-27	1	C	10	9997222679	2023-06-22	\N	Active	Alexandra Popescu	Targeted - HV	\N
100044	5016	Emma	Brackenbury 	1979-01-13	2	M	10	9995600587	2023-06-22	\N	Active	Alexandra Popescu	Parent led	\N
100045	5017	Lily	White	2021-07-17	2	C	10	9998844762	2021-05-23	2022-08-31	Closed	Darius Kazlauskas	Stay and Play	No longer attending
100046	5017	Emma	White	1984-02-11	2	M	10	\N	2021-05-23	2022-08-31	Closed	Darius Kazlauskas	Stay and Play	No longer attending
100047	5017	Gary	Patel	1977-12-09	1	F	10	9994970739	2021-05-23	2022-08-31	Closed	Darius Kazlauskas	Stay and Play	No longer attending
100048	5018	Daniel	Green	2018-12-24	1	C	10	\N	2024-06-07	2025-05-07	Closed	Samantha McCarthy	Parent led	Child started school
100049	5018	Green	Sarah	1981-11-07	2	M	10	9995695510	2024-06-07	2025-05-07	Closed	Samantha McCarthy	Stay and Play	Child started school
100050	5019	Olivia	Patel	2019-05-12	2	C	10	9995065665	2022-03-29	2023-08-07	Closed	Alexandra Popescu	Stay and Play	Child started school
100051	5019	Georage	Patel	2023-08-16	1	C	10	9992813725	2022-03-29	2023-08-07	Closed	Alexandra Popescu	Stay and Play	Child started school
100052	5019	Ms Lisa	Jones	1989-02-24	2	M	10	9997317602	2022-03-29	2023-08-07	Closed	Alexandra Popescu	Universal	Child started school
100053	5020	Jurgita	Kazlauskas	2025-04-21	2	C	13	9996057909	2025-06-15	\N	Active	Edward Williams	Universal	\N
100054	5020	Jade	Davies	1999-08-03	2	M	99	9998309840	2025-06-15	\N	Active	Edward Williams	Universal	\N
100055	5021	Henry	Smith	2019-03-15	1	C	10	9999034624	2023-06-12	\N	Active	Darius Kazlauskas	Targeted - SW	\N
100056	5021	Charlotte	Smilth	2022-03-29	2	C	10	\N	2023-06-12	\N	Lapsed	Darius Kazlauskas	Parent led	\N
100057	5021	Matthew	Smith	2025-06-19	1	C	10	9990656711	2023-06-12	\N	Active	Darius Kazlauskas	Universal	\N
100058	5021	Stacey	Smith	1985-02-09	2	M	10	9997412532	2023-06-12	\N	Active	Darius Kazlauskas	Universal	\N
100059	5021	David	Smith	1979-06-21	1	F	10	9995160595	2023-06-12	\N	Active	Darius Kazlauskas	Universal	\N
100060	5022	Thomas	Williams	2022-08-03	1	C	10	9192011343	2023-01-26	2023-05-13	Closed	Margaret Williams	Universal	No longer attending
100061	5022	James	Williams	2024-08-13	1	C	10	9995885349	2023-01-26	2023-05-13	Closed	Margaret Williams	Targeted - HV	No longer attending
100062	5022	Claire	Williams	1995-10-11	2	M	10	\N	2023-01-26	2023-05-13	Closed	Margaret Williams	Targeted - HV	No longer attending
100063	5023	Abigail	Williams	2019-02-25	2	C	10	9995255529	2023-03-27	2023-05-09	Closed	Chloé Davies	Universal	Child started school
100064	5023	Mason	Williams	2022-08-05	1	C	10	9999129552	2023-03-27	2023-05-09	Closed	Chloé Davies	Stay and Play	Child started school
100065	5023	Laura	Williams	1982-02-09	2	M	10	9999759408	2023-03-27	2023-05-09	Closed	Chloé Davies	Stay and Play	Child started school
100066	5024	Alexander	Jones	2022-04-09	1	C	10	9997602390	2022-11-12	\N	Active	Jasleen Patel	Parent led	\N
100067	5024	Rhiannon	Jones	1998-07-22	2	M	10	9993728365	2022-11-12	\N	Active	Jasleen Patel	Stay and Play	\N
100068	5025	Olivia	Lynch	2023-03-23	2	C	99	9994453149	2022-08-03	2023-08-14	Closed	Sana Hersi	Stay and Play	Child started school
100069	5025	Kai	Lynhch	2025-06-04	0	C	12	9998327172	2022-08-03	2023-08-14	Closed	Sana Hersi	Targeted - HV	Child started school
100070	5025	Laura	Lynch	1990-03-24	2	M	12	9990579113	2022-08-03	2023-08-14	Closed	Sana Hersi	Targeted - SW	Child started school
100071	5026	Lily	Robinson	2024-04-01	2	C	10	9998422108	2022-08-11	\N	Active	Jasleen Patel	Parent led	\N
100072	5026	Chloé	Robinson	1999-08-26	2	M	10	9994548077	2022-08-11	\N	Lapsed	Jasleen Patel	Targeted - HV	\N
100073	5027	Alfie	Wilson	2020-01-15	1	C	10	9990406588	2025-06-02	2025-06-29	Closed	Emma Smith	Targeted - SW	No longer attending
100074	5027	William	Wilson	2022-04-27	0	C	10	9994280619	2025-06-02	2025-06-29	Closed	Emma Smith	Parent led	No longer attending
100075	5027	Sarah	Wilson	1978-12-27	2	M	99	9992658525	2025-06-02	2025-06-29	Closed	Emma Smith	Parent led	No longer attending
100076	5028	Nathan	Pickering	2023-05-20	1	C	10	9999146880	2025-11-06	2025-12-31	Closed	Alexandra Popescu	Targeted - SW	Moved away
100077	5028	Freya	Pickering	2025-04-24	2	C	10	9993020915	2025-11-06	2025-12-31	Closed	Alexandra Popescu	Universal	Moved away
100078	5028	Katherine 	Pickering	1999-06-16	2	M	10	9995272857	2025-11-06	2025-12-31	Closed	Alexandra Popescu	Parent led	Moved away
100079	5029	Olivia	Brackenbury	2019-12-06	2	C	10	9996265099	2021-02-18	2021-08-22	Closed	Edward Williams	Parent led	No longer attending
100080	5029	Rebecca	Brackenbury	2025-09-17	0	C	10	\N	2021-02-18	2021-08-22	Closed	Edward Williams	Parent led	No longer attending
100081	5029	Rebecca	Brackenbury	1988-06-11	2	M	10	9992391065	2021-02-18	2021-08-22	Closed	Edward Williams	Stay and Play	No longer attending
100082	5030	Poppy	Robinson	2022-07-14	2	C	10	9990501513	2023-10-07	\N	Active	Chloé Davies	Targeted - HV	\N
100083	5030	Claire	Robinson	1987-12-10	2	M	10	9992753455	2023-10-07	\N	Active	Chloé Davies	Targeted - SW	\N
100084	5031	Phoebe	Smith	2023-02-03	2	C	10	\N	2024-04-28	2024-09-22	Closed	Darius Kazlauskas	Universal	Child started school
100085	5031	Sarah	Smith	1999-10-07	2	M	10	9991493751	2024-04-28	2024-09-22	Closed	Darius Kazlauskas	Targeted - SW	Child started school
100086	5032	Oliva	Cooper	2019-09-19	2	C	10	9995100320	2025-01-28	2025-12-31	Closed	Edward Williams	Targeted - HV	Child started school
100087	5032	Theodore	Cooper	2023-09-03	1	C	99	9998974356	2025-01-28	2025-12-31	Closed	Edward Williams	Stay and Play	Child started school
100088	5032	Stacey	Cooper	1983-07-09	2	M	10	\N	2025-01-28	2025-12-31	Closed	Edward Williams	Parent led	Child started school
100089	5033	Olivia	Ward	2018-10-09	2	C	10	\N	2022-01-19	\N	Active	Rachel Atkinson	Stay and Play	\N
100090	5033	SARAH	WARD	1983-01-08	2	M	10	9992848383	2022-01-19	\N	Active	Rachel Atkinson	Parent led	\N
100091	5033	Michael	Ward	1985-12-23	1	F	10	9996722414	2022-01-19	\N	Lapsed	Rachel Atkinson	Targeted - HV	\N
100092	5034	Noah	Cooper	2021-09-08	1	C	10	9992580925	2025-07-06	\N	Active	Zoë Brown	Universal	\N
100093	5034	Sarah	Cooper	1997-12-19	2	M	10	9990958831	2025-07-06	\N	Active	Zoë Brown	Targeted - SW	\N
100094	5035	Oliver	Brown	2022-06-08	1	C	10	\N	2023-04-18	2024-07-06	Closed	Sana Hersi	Stay and Play	No longer attending
100095	5035	Stacey	Smith	1994-02-08	2	M	10	9994565400	2023-04-18	2024-07-06	Closed	Sana Hersi	Universal	No longer attending
100096	5036	Wayne	Brown	1987-05-05	1	F	10	9998439434	2023-06-22	\N	Active	Rachel Atkinson	Universal	\N
100097	5036	Oliver	Brown	2022-06-08	1	C	10	9992313463	2023-06-22	\N	Active	Rachel Atkinson	Targeted - SW	\N
100098	5037	Olivia	Brennan	2021-01-23	2	C	12	\N	2021-12-23	2022-10-29	Closed	Jasleen Patel	Stay and Play	Child started school
100099	5037	Jade	Brennan	1992-02-06	2	M	12	\N	2021-12-23	2022-10-29	Closed	Jasleen Patel	Targeted - SW	Child started school
100100	5038	Tomas	Kavaliauskas	2023-04-30	1	C	13	9991606017	2021-03-31	2021-06-04	Closed	Kirsty Green	Targeted - SW	Child started school
100101	5038	Rūta	Kavaliauskas	2024-09-27	2	C	13	9995480042	2021-03-31	2021-06-04	Closed	Kirsty Green	Stay and Play	Child started school
100102	5038	Gabija	Stankevičius	1991-09-03	2	M	13	9993857955	2021-03-31	2021-06-04	Closed	Kirsty Green	Parent led	Child started school
100103	5039	Olivia	Holmes	2017-03-25	2	C	10	9992330791	2020-07-31	2021-03-17	Closed	Margaret Williams	Targeted - SW	Moved away
100104	5039	oliver	HOLMES	2020-12-17	1	C	10	9996204820	2020-07-31	2021-03-17	Closed	Margaret Williams	Stay and Play	Moved away
100105	5040	Maria	Popescu	2022-07-17	0	C	13	9997826914	2023-06-18	\N	Active	Sarah Evans	Universal	\N
100106	5040	Ioana	Popescu	2025-04-01	2	C	13	9991700943	2023-06-18	\N	Active	Sarah Evans	Stay and Play	\N
100107	5040	Alexandra	Popescu	1996-10-17	2	M	13	9993952885	2023-06-18	\N	Active	Sarah Evans	Stay and Play	\N
100108	5041	Abdullah	Jama	2023-01-04	1	C	41	\N	2023-07-09	2024-02-04	Closed	Alexandra Popescu	Universal	Child started school
100109	5041	Aisha	YUSUF	1993-08-01	2	M	41	9996567214	2023-07-09	2024-02-04	Closed	Alexandra Popescu	Targeted - HV	Child started school
100110	5041	Mohammed	Jama	1988-11-14	1	F	41	9990441243	2023-07-09	2024-02-04	Closed	Alexandra Popescu	Parent led	Child started school
100111	5042	Amelia	Smith	2023-09-26	2	C	10	9999543936	2025-02-04	\N	Active	Kirsty Green	Stay and Play	\N
100112	5042	Phoebe	Smith	2024-07-22	2	C	10	9993417963	2025-02-04	\N	Active	Kirsty Green	Universal	\N
100113	5042	Zoë	Smith	1988-06-11	2	M	10	9991795871	2025-02-04	\N	Active	Kirsty Green	Targeted - SW	\N
100114	5043	Amelia	Waterfall	2021-06-15	2	C	10	9997024532	2022-09-02	\N	Active	Zofia Zieliński	Targeted - HV	\N
100115	5043	george	WATERFALL	2022-05-24	1	C	10	9990898561	2022-09-02	\N	Lapsed	Zofia Zieliński	Targeted - SW	\N
100116	5043	Rebecca	Waterfall	1994-06-01	2	M	10	9999276474	2022-09-02	\N	Active	Zofia Zieliński	Universal	\N
100117	5043	Callum	McKenzie	1992-09-19	1	SF	10	9997257332	2022-09-02	\N	Active	Zofia Zieliński	Stay and Play	\N
100118	5044	Andreea	Matei	2022-03-18	2	C	13	9995229919	2024-08-13	2025-10-30	Closed	Margaret Williams	Targeted - SW	Child started school
100119	5044	Elena	Popescu	2003-12-05	2	M	13	9997481852	2024-08-13	2025-10-30	Closed	Margaret Williams	Targeted - SW	Child started school
100120	5045	Olivia	Skipworth	2022-10-25	2	C	10	9996222152	2023-06-01	2024-08-19	Closed	Sana Hersi	Targeted - SW	No longer attending
100121	5045	Sarah	Skipworth	1987-08-18	2	M	10	9990726035	2023-06-01	2024-08-19	Closed	Sana Hersi	Parent led	No longer attending
100122	5046	Callum	Jones	2022-02-09	1	C	10	9993340367	2023-03-01	\N	Active	Chloé Davies	Parent led	\N
100123	5046	Emma	Moore	1992-09-20	2	M	10	9995592304	2023-03-01	\N	Active	Chloé Davies	Parent led	\N
100124	5047	Smith	Chloé	2024-12-26	2	C	10	9999828728	2020-09-10	2021-08-12	Closed	Zofia Zieliński	Stay and Play	No longer attending
100125	5047	Nicola	Smith	1987-06-22	2	M	10	9995954699	2020-09-10	2021-08-12	Closed	Zofia Zieliński	Targeted - HV	No longer attending
100126	5048	Arthur	Ward	2022-07-07	1	C	10	9991450815	2024-11-18	\N	Active	Zoë Brown	Targeted - HV	\N
100127	5048	Charlotte	Ward	2022-07-07	2	C	10	\N	2024-11-18	\N	Active	Zoë Brown	Parent led	\N
100128	5048	Sarah	Ward	1994-05-05	2	M	10	9993702757	2024-11-18	\N	Active	Zoë Brown	Stay and Play	\N
100129	5048	Mark	Ward	1988-01-22	1	F	10	9997576780	2024-11-18	\N	Active	Zoë Brown	Targeted - SW	\N
100130	5048	Sarah	Jones	1974-04-02	2	G	10	9999198872	2024-11-18	\N	Active	Zoë Brown	Stay and Play	\N
100131	5049	Małgorzata	Kowalczyk	2025-11-27	2	C	13	9998569028	2022-04-08	2023-07-26	Closed	Margaret Williams	Universal	Moved away
100132	5049	Katarzyna	Kowalczyk	2006-09-13	2	M	13	9990820961	2022-04-08	2023-07-26	Closed	Margaret Williams	Targeted - HV	Moved away
100133	5049	Paweł	Kowalczyk	1999-05-31	1	F	13	9994694995	2022-04-08	2023-07-26	Closed	Margaret Williams	Universal	Moved away
100134	5050	Chloé	Taylor	2023-09-22	2	C	99	9995687232	2025-08-08	2025-12-31	Closed	Sana Hersi	Parent led	Moved away
100135	5050	Stacey	Bell	2005-06-20	2	M	10	\N	2025-08-08	2025-12-31	Closed	Sana Hersi	Stay and Play	Moved away
100136	5051	Henry	Morgan	2024-06-24	1	C	10	9997309324	2025-10-28	2025-12-31	Closed	Stacey Shaw	Targeted - HV	No longer attending
100137	5051	Cerys	Jones 	1988-09-05	2	M	10	9999561268	2025-10-28	2025-12-31	Closed	Stacey Shaw	Targeted - HV	No longer attending
100138	5051	Rhys	Jones	1991-01-06	1	F	10	9993435295	2025-10-28	2025-12-31	Closed	Stacey Shaw	Stay and Play	No longer attending
100139	5052	Katarzyna	Wojciechowski	2020-07-12	2	C	13	9999388736	2024-05-01	2024-11-07	Closed	Jasleen Patel	Targeted - HV	No longer attending
100140	5052	Katarzyna	Wojciechowski	1989-11-23	2	M	13	9991640673	2024-05-01	2024-11-07	Closed	Jasleen Patel	Targeted - SW	No longer attending
100141	5053	Megan	Smith	2023-10-21	2	C	10	9998129036	2025-11-03	\N	Active	Robert Chapman	Universal	\N
100142	5053	Sarh	Taylor	2000-12-09	2	M	10	9996506940	2025-11-03	\N	Active	Robert Chapman	Parent led	\N
100143	5054	Ollie	Stewart	2022-02-18	1	C	10	9995247240	2023-10-13	\N	Active	Alexandra Popescu	Universal	\N
100144	5054	Oscar	Stewart	2023-03-05	1	C	99	9999121276	2023-10-13	\N	Active	Alexandra Popescu	Universal	\N
100145	5054	Fiona	Stewart	1996-03-13	2	M	10	9991373217	2023-10-13	\N	Active	Alexandra Popescu	Stay and Play	\N
100146	5055	SIOBHÁN	MURPHY  	2025-08-17	2	C	11	9993357693	2024-11-09	\N	Active	Samantha McCarthy	Parent led	\N
100147	5055	Niamh	O'Neill	1990-01-18	2	M	11	9995609630	2024-11-09	\N	Active	Samantha McCarthy	Stay and Play	\N
100148	5056	Sophia	Smith	2020-12-22	2	C	10	9996334414	2025-10-19	2025-12-19	Closed	Emma Smith	Parent led	No longer attending
100149	5056	Harper	Smith	2025-02-27	2	C	99	9990208441	2025-10-19	2025-12-19	Closed	Emma Smith	Universal	No longer attending
100150	5056	Gemma	Jones	1991-01-07	2	M	10	9998586356	2025-10-19	2025-12-19	Closed	Emma Smith	Targeted - HV	No longer attending
100151	5057	Zoë	Wilson	2019-08-18	2	C	10	9991830537	2021-08-10	\N	Active	Darius Kazlauskas	Stay and Play	\N
100152	5057	Thomas	Wilson	2022-01-12	1	C	99	9999578594	2021-08-10	\N	Lapsed	Darius Kazlauskas	Targeted - SW	\N
100153	5058	Freya	Harrison	2023-04-03	2	C	10	9996527272	2020-01-26	2020-12-17	Closed	Edward Williams	Stay and Play	Child started school
100154	5058	Sarah	Waterfall	1992-11-23	2	M	10	9992650249	2020-01-26	2020-12-17	Closed	Edward Williams	Targeted - SW	Child started school
100155	5059	Ibrahim	Rahman	2021-01-22	1	C	31	\N	2022-08-09	\N	Active	Jasleen Patel	Targeted - SW	\N
100156	5059	Aehmad	Rahman	2025-11-03	1	C	31	9996619206	2022-08-09	\N	Active	Jasleen Patel	Parent led	\N
100157	5059	Aisha	Rahman	1998-08-20	2	M	31	9991123083	2022-08-09	\N	Active	Jasleen Patel	Targeted - HV	\N
100158	5060	Olivia	Taylor	2020-09-28	2	C	10	9998068762	2025-09-28	2025-12-31	Closed	Chloé Davies	Parent led	Moved away
100159	5060	Amelia	Taylor	2022-11-24	2	C	10	9991942793	2025-09-28	2025-12-31	Closed	Chloé Davies	Universal	Moved away
100160	5060	Kelly	Taylor	1996-07-25	2	M	10	9990320715	2025-09-28	2025-12-31	Closed	Chloé Davies	Targeted - HV	Moved away
100161	5060	Daniel	Taylor	1994-12-21	1	F	10	9994194739	2025-09-28	2025-12-31	Closed	Chloé Davies	Targeted - HV	Moved away
100162	5061	Thomas	Smith	2020-09-15	1	C	10	9999423396	2020-04-09	2020-07-13	Closed	Jasleen Patel	Parent led	Child started school
100163	5061	amelia	SMITH	2021-12-14	2	C	10	9993297429	2020-04-09	2020-07-13	Closed	Jasleen Patel	Parent led	Child started school
100164	5061	Kelly	Smith	1988-10-30	2	M	10	9995549360	2020-04-09	2020-07-13	Closed	Jasleen Patel	Targeted - SW	Child started school
100165	5062	ODLING	ISLA	2023-08-28	2	C	10	\N	2022-01-29	2023-06-10	Closed	Stacey Shaw	Parent led	Child started school
100166	5062	Sarah	Evans	1996-11-16	2	M	10	9997171454	2022-01-29	2023-06-10	Closed	Stacey Shaw	Parent led	Child started school
100167	5063	Oliver	Gallagher	2024-08-27	1	C	12	\N	2024-08-02	2025-12-31	Closed	Samantha McCarthy	Universal	No longer attending
100168	5064	Zuzanna	Johnson	2021-02-02	2	C	13	9994652052	2025-10-28	\N	Active	Sarah Evans	Parent led	\N
100169	5064	Katarzyna	Johnson	2024-03-20	2	C	13	9998526086	2025-10-28	\N	Active	Sarah Evans	Targeted - HV	\N
100170	5064	Natalia	Nowak	1992-08-25	2	M	13	9996903990	2025-10-28	\N	Lapsed	Sarah Evans	Targeted - SW	\N
100171	5065	Ollie	Chapman	2018-02-10	1	C	10	9996636534	2024-12-12	2025-10-21	Closed	Gary Walker	Stay and Play	Child started school
100172	5065	Jack	Chapman	2021-07-08	1	C	10	9990510563	2024-12-12	2025-10-21	Closed	Gary Walker	Universal	Child started school
100173	5065	Ava	Chapman	2023-12-18	2	C	99	9994384597	2024-12-12	2025-10-21	Closed	Gary Walker	Universal	Child started school
100174	5065	Sarah	Chapman	1981-10-25	2	M	99	9998888476	2024-12-12	2025-10-21	Closed	Gary Walker	Universal	Child started school
100175	5066	Jack	Morris	2020-11-21	1	C	10	9992132655	2020-04-06	\N	Active	Darius Kazlauskas	Universal	\N
100176	5066	Emma	Morris	2000-12-12	2	M	10	9998258626	2020-04-06	\N	Active	Darius Kazlauskas	Parent led	\N
100177	5067	Henry	Fox	2022-09-18	1	C	10	9993754749	2025-07-29	\N	Active	James Jones	Universal	\N
100178	5067	Joseph	Fox	2023-07-28	1	C	10	9997628772	2025-07-29	\N	Active	James Jones	Stay and Play	\N
100179	5067	Rebecca	Fox nee White	2000-01-21	2	M	10	9996006689	2025-07-29	\N	Lapsed	James Jones	Parent led	\N
100180	5068	Liam	Clark	2024-11-25	1	C	10	9996998924	2022-03-15	\N	Active	Ayan Mohamed	Stay and Play	\N
100181	5068	Sarah	Clark	1999-02-21	2	M	10	\N	2022-03-15	\N	Lapsed	Ayan Mohamed	Parent led	\N
100182	5069	Mohammed	Abdiy	2021-08-27	1	C	41	9993487287	2024-07-03	2025-09-27	Closed	Sana Hersi	Universal	Child started school
100183	5069	Inaya	Mohamed	1987-01-15	2	M	41	9995739224	2024-07-03	2025-09-27	Closed	Sana Hersi	Universal	Child started school
100184	5070	Katarzyna	Jankowski	2022-04-29	2	C	13	9994479520	2022-02-16	2023-05-24	Closed	Robert Chapman	Stay and Play	Child started school
100185	5070	Katarzyna	JANKOWSKI	1990-05-04	2	M	13	9990605491	2022-02-16	2023-05-24	Closed	Robert Chapman	Parent led	Child started school
100186	5071	Oliver	Murphy	2020-10-30	1	C	10	\N	2022-04-21	2023-06-15	Closed	Jasleen Patel	Targeted - HV	Family request
100187	5071	Ethan	Murphy	2022-04-17	1	C	10	9992952369	2022-04-21	2023-06-15	Closed	Jasleen Patel	Stay and Play	Family request
100188	5071	Victoria	Dxion	1999-12-03	2	M	10	9997456246	2022-04-21	2023-06-15	Closed	Jasleen Patel	Parent led	Family request
100189	5071	Patrick	Murphy	2002-09-03	1	F	11	9991330275	2022-04-21	2023-06-15	Closed	Jasleen Patel	Parent led	Family request
100190	5072	Jayden	SMITH	2018-12-31	1	C	10	\N	2025-09-07	2025-12-31	Closed	Ayan Mohamed	Targeted - HV	Family request
100191	5072	Carys	Jones	1996-05-19	2	M	10	9998448484	2025-09-07	2025-12-31	Closed	Ayan Mohamed	Targeted - SW	Family request
100192	5072	Mark	Smith	1992-03-21	1	F	10	9992322519	2025-09-07	2025-12-31	Closed	Ayan Mohamed	Stay and Play	Family request
100193	5073	Oliver	Jones	2021-12-23	1	C	10	9995394162	2022-12-28	\N	Active	Gary Walker	Universal	\N
100194	5073	Isla	Jones	2022-11-02	2	C	10	9999268196	2022-12-28	\N	Active	Gary Walker	Stay and Play	\N
100195	5073	Victoria	Jones	1995-06-15	2	M	10	9999898041	2022-12-28	\N	Active	Gary Walker	Parent led	\N
100196	5074	Henry	Johnson	\N	1	C	10	\N	2024-10-16	\N	Active	Elizabeth Wright	Universal	\N
100197	5074	Mia	Johnson	2024-08-07	2	C	10	9998008492	2024-10-16	\N	Active	Elizabeth Wright	Targeted - HV	\N
100198	5074	Ms Hayley	Johnson	1995-08-19	2	M	10	9996386406	2024-10-16	\N	Lapsed	Elizabeth Wright	Stay and Play	\N
100199	5075	Megan	HALL	2022-05-27	2	C	10	9993867004	2020-09-20	\N	Active	Jasleen Patel	Targeted - HV	\N
100200	5075	Emma	Hall	1998-08-07	2	M	10	\N	2020-09-20	\N	Active	Jasleen Patel	Parent led	\N
100201	5076	THOMAS	WHITE	2023-11-10	1	C	10	9990717753	2025-10-08	2025-12-31	Closed	Stacey Shaw	Targeted - HV	Family request
100202	5076	Zoë	White	1993-08-25	2	M	10	9996843726	2025-10-08	2025-12-31	Closed	Stacey Shaw	Targeted - SW	Family request
100203	5077	Alexandru	Smith	2025-11-12	1	C	13	\N	2025-09-26	\N	Active	Rachel Atkinson	Universal	\N
100204	5077	Maria	Popa	1997-06-03	2	M	13	9992434775	2025-09-26	\N	Active	Rachel Atkinson	Stay and Play	\N
100205	5078	Katarzyna	Nowak	2023-05-24	2	C	13	\N	2022-11-18	2023-01-10	Closed	Ayan Mohamed	Targeted - HV	Child started school
100206	5078	Małgorzata	Nowak	2001-04-11	2	M	13	9994056867	2022-11-18	2023-01-10	Closed	Ayan Mohamed	Parent led	Child started school
100207	5079	Olivia	Jones	2021-11-03	2	C	10	9991175075	2022-10-11	\N	Active	Emma Smith	Universal	\N
100208	5079	Jade	Williams	1984-10-17	2	M	10	9993427012	2022-10-11	\N	Active	Emma Smith	Targeted - HV	\N
100209	5080	Mia	Turner	2023-04-20	2	C	10	9997033582	2025-07-18	\N	Active	Ayan Mohamed	Stay and Play	\N
100210	5080	Amy	Taylor	1996-03-19	2	M	10	\N	2025-07-18	\N	Active	Ayan Mohamed	Targeted - SW	\N
100211	5080	Dean	Thurner	1994-12-08	1	F	10	\N	2025-07-18	\N	Active	Ayan Mohamed	Universal	\N
100212	5081	Abigail	Price	2024-04-10	2	C	10	9998655676	2022-08-20	2024-01-13	Closed	Chloé Davies	Parent led	Moved away
100213	5081	Bethan	Price	1994-06-21	2	M	10	9990907617	2022-08-20	2024-01-13	Closed	Chloé Davies	Parent led	Moved away
100214	5082	George	Green	2023-11-09	1	C	10	9995773880	2024-01-22	2025-02-20	Closed	Rachel Atkinson	Targeted - HV	Child started school
100215	5082	Abigail	Green	2025-09-25	2	C	10	9993521949	2024-01-22	2025-02-20	Closed	Rachel Atkinson	Targeted - HV	Child started school
100216	5082	Sarah	Green	1986-11-25	2	M	10	9994151797	2024-01-22	2025-02-20	Closed	Rachel Atkinson	Universal	Child started school
100217	5083	Thomas	Hill	2021-06-03	1	C	10	9996766124	2022-01-04	2023-05-17	Closed	Zofia Zieliński	Stay and Play	Child started school
100218	5083	Emma	Davies	1994-09-14	2	M	10	9999018068	2022-01-04	2023-05-17	Closed	Zofia Zieliński	Stay and Play	Child started school
100219	5084	Isabella	Jones	2023-02-17	2	C	10	9995506424	2023-07-25	2023-11-26	Closed	Kirsty Green	Targeted - HV	Child started school
100220	5084	Sarah	Johnson	1996-03-21	2	M	10	9991632395	2023-07-25	2023-11-26	Closed	Kirsty Green	Universal	Child started school
100221	5084	Jade	Johnson	1971-11-06	2	G	10	9993254487	2023-07-25	2023-11-26	Closed	Kirsty Green	Targeted - SW	Child started school
100222	5085	Joanna	Smith	2023-12-16	2	C	13	\N	2025-01-20	\N	Active	Gary Walker	Parent led	\N
100223	5085	Katarzyna	Nowak	1994-03-27	2	M	13	9998750601	2025-01-20	\N	Active	Gary Walker	Parent led	\N
100224	5086	Ava	Mitchell	2022-03-23	2	C	10	\N	2025-09-04	\N	Active	Margaret Williams	Parent led	\N
100225	5086	Olivia	Mitchell	2023-09-05	2	C	10	9996593592	2025-09-04	\N	Active	Margaret Williams	Universal	\N
100226	5086	Riley	Mitchell	2025-04-29	1	C	10	9990467625	2025-09-04	\N	Active	Margaret Williams	Universal	\N
100227	5086	Rebecca	Taylor	1984-06-22	2	M	10	\N	2025-09-04	\N	Active	Margaret Williams	Stay and Play	\N
100228	5086	Paul	Mitchell	1980-01-09	1	F	10	9994971506	2025-09-04	\N	Active	Margaret Williams	Universal	\N
100229	5087	Kieran	Brown	2021-06-09	1	C	10	9996955982	2023-04-20	\N	Active	Rachel Atkinson	Targeted - HV	\N
100230	5087	Noah	Brown	2012-10-31	1	C	10	9990830010	2023-04-20	\N	Lapsed	Rachel Atkinson	Stay and Play	\N
100231	5087	Oliver	Brown	2024-09-30	1	C	10	9994704044	2023-04-20	\N	Active	Rachel Atkinson	Targeted - SW	\N
100232	5087	Miss Sarah	Brown	2002-07-13	2	M	10	9993081957	2023-04-20	\N	Active	Rachel Atkinson	Stay and Play	\N
100233	5088	Michał	Szymańeski  	2022-03-09	1	C	13	9991822259	2024-05-19	\N	Active	Chloé Davies	Universal	\N
100234	5088	Katarzyna	Kozłowski	1989-03-04	2	M	13	9990200165	2024-05-19	\N	Active	Chloé Davies	Parent led	\N
100235	5089	Piotr	Szymański	1984-05-18	1	F	13	9994034199	2020-04-27	2021-08-03	Closed	Margaret Williams	Targeted - SW	Moved away
100236	5089	Michał	Szymanski	2022-03-09	1	C	13	9991822259	2020-04-27	2021-08-03	Closed	Margaret Williams	Stay and Play	Moved away
100237	5090	Oliver	Davies	2024-03-31	1	C	99	9991192409	2023-11-02	2024-10-08	Closed	Edward Williams	Targeted - SW	No longer attending
100238	5090	Sarah	Chapman	1995-01-06	2	M	10	9993444340	2023-11-02	2024-10-08	Closed	Edward Williams	Parent led	No longer attending
100239	5091	Evie	Brown	2024-07-26	2	C	10	9998673003	2021-02-01	2022-03-12	Closed	Darius Kazlauskas	Targeted - HV	Child started school
100240	5091	Rebecca	Brown	2005-02-19	2	M	10	9994798979	2021-02-01	2022-03-12	Closed	Darius Kazlauskas	Parent led	Child started school
100241	5092	Maria	Stan	2021-07-11	2	C	13	9995523752	2021-04-08	2022-05-02	Closed	Margaret Williams	Targeted - SW	Child started school
100242	5092	Ioana	Popescu	1991-04-01	2	M	13	9991649727	2021-04-08	2022-05-02	Closed	Margaret Williams	Targeted - SW	Child started school
100243	5093	Katarzyna	Zieliński  	2025-08-21	2	C	13	\N	2021-05-21	\N	Lapsed	Zoë Brown	Parent led	\N
100244	5093	Katarzyna	Zieliński	2007-12-26	2	M	13	9999397786	2021-05-21	\N	Active	Zoë Brown	Parent led	\N
100245	5094	Oliver	Waterfall	2017-07-22	0	C	10	9992012110	2020-11-29	\N	Active	Emma Smith	Universal	\N
100246	5094	Callum	Waterall	2021-09-16	1	C	10	9999760171	2020-11-29	\N	Active	Emma Smith	Parent led	\N
100247	5094	Sarah	Waterfall	1990-07-14	2	M	10	9990390029	2020-11-29	\N	Active	Emma Smith	Stay and Play	\N
100248	5094	Dvid	Waterfall	1983-07-28	1	F	10	9994264052	2020-11-29	\N	Active	Emma Smith	Stay and Play	\N
100249	5095	Oliver	Skipworth	2022-07-24	1	C	10	9995256290	2020-12-14	2021-11-07	Closed	Sana Hersi	Targeted - SW	No longer attending
100250	5095	Kirsty	Skipworth	1985-01-01	2	M	10	9993634204	2020-12-14	2021-11-07	Closed	Sana Hersi	Targeted - SW	No longer attending
100251	5095	Jamie	Skipworth	1986-06-17	1	F	10	9997508238	2020-12-14	2021-11-07	Closed	Sana Hersi	Stay and Play	No longer attending
100252	5096	Holly	Smith	2022-09-26	2	C	10	\N	2020-09-03	\N	Active	Alexandra Popescu	Targeted - HV	\N
100253	5096	Oliver	SMITH	2024-12-19	1	C	10	9993729132	2020-09-03	\N	Active	Alexandra Popescu	Parent led	\N
100254	5096	Sarah	Wilson	2003-04-30	2	M	10	9992107049	2020-09-03	\N	Lapsed	Alexandra Popescu	Targeted - SW	\N
100255	5096	Andrew	Smith	1999-06-16	1	F	10	9995981076	2020-09-03	\N	Active	Alexandra Popescu	Targeted - SW	\N
100256	5097	White	Poppy	2023-08-15	2	C	10	9995351226	2021-10-01	\N	Active	Samantha McCarthy	Targeted - HV	\N
100257	5097	Sarah	White	1998-08-18	2	M	10	\N	2021-10-01	\N	Lapsed	Samantha McCarthy	Stay and Play	\N
100258	5097	Gary	White	2001-06-11	1	F	10	\N	2021-10-01	\N	Active	Samantha McCarthy	Targeted - HV	\N
100259	5098	Alexandru	Dumitru	2024-06-16	1	C	13	\N	2021-10-04	\N	Active	Ayan Mohamed	Stay and Play	\N
100260	5098	Daria	Popescu	1993-03-21	2	M	13	9993099287	2021-10-04	\N	Active	Ayan Mohamed	Targeted - HV	\N
100261	5098	In	Dumitru	1990-11-24	1	F	13	9990847347	2021-10-04	\N	Active	Ayan Mohamed	Targeted - HV	\N
100262	5099	Ruby	Smith	2022-04-30	2	C	10	\N	2021-08-21	2021-09-22	Closed	Zofia Zieliński	Universal	Family request
100263	5099	Emma	Ingamells	1986-02-04	2	M	10	\N	2021-08-21	2021-09-22	Closed	Zofia Zieliński	Parent led	Family request
100264	5099	David	Smith	1981-11-15	1	F	10	9995713616	2021-08-21	2021-09-22	Closed	Zofia Zieliński	Stay and Play	Family request
100265	5100	Amelia	Constantin	2023-02-07	2	C	10	9992831820	2025-11-03	2025-12-31	Closed	Emma Smith	Universal	Child started school
100266	5100	George	Constantin	2023-12-10	0	C	10	9996705854	2025-11-03	2025-12-31	Closed	Emma Smith	Targeted - HV	Child started school
100267	5100	Sarah	Storr	1996-05-30	2	M	10	9995083760	2025-11-03	2025-12-31	Closed	Emma Smith	Stay and Play	Child started school
100268	5101	Oliver	Dunmore	2023-11-07	1	C	10	9999950035	2021-05-04	2022-10-01	Closed	Stacey Shaw	Targeted - HV	No longer attending
100269	5101	Sarah	Dunmore	2001-09-20	2	M	10	9996076008	2021-05-04	2022-10-01	Closed	Stacey Shaw	Universal	No longer attending
100270	5102	Ella	Harrison	2023-02-19	2	C	10	9995446154	2021-02-07	\N	Active	Darius Kazlauskas	Targeted - SW	\N
100271	5102	Gemma	Harrison	1985-01-14	2	M	10	9993824062	2021-02-07	\N	Active	Darius Kazlauskas	Parent led	\N
100272	5103	Olivia	Jones	2021-02-12	2	C	10	9995808544	2021-02-24	\N	Active	Sarah Evans	Parent led	\N
100273	5103	Emma	Smith	1981-11-23	2	M	10	9990312427	2021-02-24	\N	Active	Sarah Evans	Targeted - SW	\N
100274	5104	Elena	Popescu	2020-02-20	2	C	13	9992926759	2020-05-28	\N	Active	Sana Hersi	Parent led	\N
100275	5104	Maria	Popescu (nee Stoica)	1978-08-06	2	M	13	9993556602	2020-05-28	\N	Active	Sana Hersi	Parent led	\N
100276	5105	José	Popescu	1973-01-01	1	F	13	9997430638	2021-05-17	2022-03-03	Closed	Zoë Brown	Universal	Child started school
100277	5105	Elena	Popescu	2020-02-20	2	C	13	9992926759	2021-05-17	2022-03-03	Closed	Zoë Brown	Targeted - SW	Child started school
100278	5106	Piotr	Nowak	2022-07-08	1	C	13	\N	2024-02-01	2024-07-15	Closed	Zofia Zieliński	Universal	Child started school
100279	5106	Katarzyna	Szymański	2024-09-04	2	C	13	9990407355	2024-02-01	2024-07-15	Closed	Zofia Zieliński	Stay and Play	Child started school
100280	5106	Julia	Nowak	1989-07-28	2	M	13	9992659297	2024-02-01	2024-07-15	Closed	Zofia Zieliński	Targeted - SW	Child started school
100281	5107	Samuel	Wright	2022-09-26	1	C	10	9997525566	2021-05-16	2022-03-26	Closed	Elizabeth Wright	Parent led	No longer attending
100282	5107	Wright	Amy	1997-06-29	2	M	10	9999777503	2021-05-16	2022-03-26	Closed	Elizabeth Wright	Universal	No longer attending
100283	5108	Noah	Skipworth	2025-01-11	1	C	10	9995273624	2024-08-15	2025-04-15	Closed	Rachel Atkinson	Targeted - SW	Child started school
100284	5108	Stacey	Skipworth	1998-03-08	2	M	10	9991399593	2024-08-15	2025-04-15	Closed	Rachel Atkinson	Targeted - SW	Child started school
100285	5109	Holly	Smith	2028-05-18	2	C	10	9994643770	2025-11-22	\N	Active	Samantha McCarthy	Stay and Play	\N
100286	5109	Olivia	Smith	2022-07-15	2	C	10	9992391839	2025-11-22	\N	Active	Samantha McCarthy	Stay and Play	\N
100287	5109	Laura	Smbth	1998-01-14	2	M	10	9990769745	2025-11-22	\N	Lapsed	Samantha McCarthy	Stay and Play	\N
100288	5110	Ioana	Popescu	2020-09-08	2	C	13	9997620496	2020-08-06	\N	Lapsed	Zoë Brown	Parent led	\N
100289	5110	Ana	Popescu	1999-11-29	2	M	13	9993746460	2020-08-06	\N	Active	Zoë Brown	Targeted - SW	\N
100290	5111	Olivia	Jones	2025-04-03	2	C	10	9995368552	2021-06-07	\N	Active	Rachel Atkinson	Targeted - SW	\N
100291	5111	Rebecca	Jones	1994-07-10	2	M	10	9991494529	2021-06-07	\N	Active	Rachel Atkinson	Universal	\N
100292	5112	Florence	Atkinson	2021-02-13	2	C	10	9995101092	2024-10-05	\N	Active	Kirsty Green	Universal	\N
100293	5112	Jade	Atkinson	1995-05-25	2	M	10	\N	2024-10-05	\N	Active	Kirsty Green	Parent led	\N
100294	5112	Daniel	Smith	1996-06-03	1	F	10	9991227067	2024-10-05	\N	Lapsed	Kirsty Green	Targeted - HV	\N
100295	5113	Amelia	Smith	2022-11-22	2	C	10	9994471244	2023-07-02	2023-10-02	Closed	Elizabeth Wright	Parent led	Child started school
100296	5113	Grace	Smith	2022-11-22	2	C	10	9998345278	2023-07-02	2023-10-02	Closed	Elizabeth Wright	Targeted - HV	Child started school
100297	5113	Olivia	Smith	2024-09-11	2	C	10	9992219300	2023-07-02	2023-10-02	Closed	Elizabeth Wright	Parent led	Child started school
100298	5113	Leanne	Williams  	2002-11-22	2	M	10	9990597219	2023-07-02	2023-10-02	Closed	Elizabeth Wright	Parent led	Child started school
100299	5114	Arthur	Smith	2025-06-22	1	C	10	9999967361	2024-07-05	2024-12-20	Closed	Samantha McCarthy	Targeted - HV	Child started school
100300	5114	Stacey	Roberts	1998-11-02	2	M	10	9996093336	2024-07-05	2024-12-20	Closed	Samantha McCarthy	Stay and Play	Child started school
100301	5115	Aisha	Mohamad	2017-11-29	2	C	41	9992581697	2021-04-24	\N	Active	Emma Smith	Targeted - SW	\N
100302	5115	Aisha	Mohammed	1975-03-29	2	M	41	9990959609	2021-04-24	\N	Active	Emma Smith	Targeted - HV	\N
100303	5116	Mdaisie	Hill  	2024-12-16	2	C	10	\N	2024-02-09	2024-03-07	Closed	Sana Hersi	Parent led	No longer attending
100304	5117	Matas	Jankauskas	2025-02-16	1	C	13	9992676620	2025-08-18	2025-12-04	Closed	Sana Hersi	Parent led	Child started school
100305	5117	Jurgita	Kazlauskas	2000-10-03	2	M	13	9994928562	2025-08-18	2025-12-04	Closed	Sana Hersi	Targeted - SW	Child started school
100306	5117	Tomas	Jankauskas	2003-03-08	1	F	13	9998802598	2025-08-18	2025-12-04	Closed	Sana Hersi	Targeted - HV	Child started school
100307	5118	Arthur	Dixon	2020-05-29	1	C	10	9993668869	2023-09-15	2024-03-14	Closed	James Jones	Stay and Play	Child started school
100308	5118	Emma	Dixon	1980-07-16	2	M	10	9998172748	2023-09-15	2024-03-14	Closed	James Jones	Stay and Play	Child started school
100309	5119	Lily	Smith	2025-03-05	2	C	10	9995290952	2024-10-09	2025-12-31	Closed	Zofia Zieliński	Targeted - HV	Child started school
100310	5119	Sarah	Williams	1989-05-11	2	M	10	9997542894	2024-10-09	2025-12-31	Closed	Zofia Zieliński	Stay and Play	Child started school
100311	5120	Oliver	Johnson	2018-10-17	1	C	10	9990519617	2025-03-07	2025-07-16	Closed	Ayan Mohamed	Parent led	No longer attending
100312	5120	Harry	Johnson	2019-08-28	1	C	10	9994393642	2025-03-07	2025-07-16	Closed	Ayan Mohamed	Targeted - HV	No longer attending
100313	5120	Leo	Johnson	2025-08-18	1	C	10	9998267676	2025-03-07	2025-07-16	Closed	Ayan Mohamed	Targeted - SW	No longer attending
100314	5120	Kelly	Johnson	1988-05-10	2	M	10	\N	2025-03-07	2025-07-16	Closed	Ayan Mohamed	Universal	No longer attending
100315	5121	Sophia	Jones	2019-07-29	2	C	10	9996378128	2022-11-14	2024-04-02	Closed	Ayan Mohamed	Targeted - SW	Family request
100316	5121	Theodore	Jones	2022-09-19	1	C	10	9990252157	2022-11-14	2024-04-02	Closed	Ayan Mohamed	Targeted - SW	Family request
100317	5121	Michelle	Jonqs	1988-11-06	2	M	99	9998630061	2022-11-14	2024-04-02	Closed	Ayan Mohamed	Targeted - HV	Family request
100318	5122	Ethan	Jones	2021-01-16	1	C	10	\N	2020-05-24	\N	Active	Darius Kazlauskas	Stay and Play	\N
100319	5122	Rachel	Smith	1997-03-14	2	M	99	9990347085	2020-05-24	\N	Active	Darius Kazlauskas	Targeted - HV	\N
100320	5123	Benjamin	Praker	2025-06-13	1	C	99	\N	2021-02-25	2022-06-25	Closed	Gary Walker	Targeted - HV	No longer attending
100321	5123	Joanne	Smith	1997-10-11	2	M	10	9992331569	2021-02-25	2022-06-25	Closed	Gary Walker	Stay and Play	No longer attending
100322	5124	Mohammed	Akhtar	2019-01-16	1	C	31	9993686190	2022-04-18	\N	Active	Alexandra Popescu	Parent led	\N
100323	5124	Yousuf	Akhtar	2021-12-02	1	C	31	\N	2022-04-18	\N	Active	Alexandra Popescu	Universal	\N
100324	5124	Aysha	Akhtar	1994-11-04	2	M	31	9995938138	2022-04-18	\N	Active	Alexandra Popescu	Targeted - HV	\N
100325	5124	Mohammed	Akhtar	1990-04-27	1	F	31	9999812163	2022-04-18	\N	Active	Alexandra Popescu	Stay and Play	\N
100326	5125	Harry	Murphy	2017-10-10	1	C	12	9990174555	2022-11-27	\N	Active	Jasleen Patel	Targeted - HV	\N
100327	5125	Elizabeth	Murphy	1992-01-17	2	M	12	9992426497	2022-11-27	\N	Active	Jasleen Patel	Targeted - HV	\N
100328	5126	Oliver	Holmes	2023-05-12	1	C	10	9999544703	2020-10-18	\N	Lapsed	Stacey Shaw	Parent led	\N
100329	5126	Amelia	Holmes	2025-04-24	2	C	10	9993418730	2020-10-18	\N	Lapsed	Stacey Shaw	Universal	\N
100330	5126	Sarah	Williams	2005-05-13	2	M	10	9995670674	2020-10-18	\N	Active	Stacey Shaw	Parent led	\N
100331	5127	Maria	Matei	2021-07-25	2	C	13	9998647398	2020-08-10	2021-11-01	Closed	Robert Chapman	Universal	Moved away
100332	5127	Maria	Matei	1980-08-31	2	M	13	9990899339	2020-08-10	2021-11-01	Closed	Robert Chapman	Targeted - SW	Moved away
100333	5127	Michał	Wojciechowski	1989-08-24	1	SF	13	\N	2020-08-10	2021-11-01	Closed	Robert Chapman	Stay and Play	Moved away
100334	5128	Daniel	Thompson	2021-07-31	1	C	10	9991261729	2024-06-07	2025-02-16	Closed	James Jones	Targeted - SW	Moved away
100335	5128	Joe	Thompson	2022-08-11	1	C	10	9995135752	2024-06-07	2025-02-16	Closed	James Jones	Targeted - HV	Moved away
100336	5128	Sarah	Smith	1983-02-18	2	M	10	9995765608	2024-06-07	2025-02-16	Closed	James Jones	Universal	Moved away
100337	5129	Callum	Smith	2018-10-22	1	C	10	\N	2024-11-13	2025-05-15	Closed	Chloé Davies	Parent led	Moved away
100338	5129	James	Smith	1983-08-20	1	F	10	\N	2024-11-13	2025-05-15	Closed	Chloé Davies	Targeted - SW	Moved away
100339	5130	Imran	Khan	2018-12-03	1	C	31	9992253967	2022-11-05	2023-10-08	Closed	Margaret Williams	Targeted - SW	Child started school
100340	5130	Zainab	Khan	1998-08-02	2	M	31	9998379938	2022-11-05	2023-10-08	Closed	Margaret Williams	Targeted - HV	Child started school
100341	5131	Ollie	Wright	2023-09-16	1	C	10	9996490386	2024-03-08	2024-06-11	Closed	Margaret Williams	Universal	No longer attending
100342	5131	Sarah	Smith	2003-06-30	2	M	99	9998742323	2024-03-08	2024-06-11	Closed	Margaret Williams	Targeted - HV	No longer attending
100343	5131	Craig	Wright	1997-04-23	1	F	10	9992616350	2024-03-08	2024-06-11	Closed	Margaret Williams	Universal	No longer attending
100344	5132	Katarzyna	Jankowski	2022-02-11	2	C	13	9998112478	2025-10-19	\N	Active	Chloé Davies	Parent led	\N
100345	5132	Małgorzata	Kaminski	1991-02-27	2	M	13	9990364419	2025-10-19	\N	Active	Chloé Davies	Parent led	\N
100346	5132	Piotr	Jankowski	1984-10-09	1	F	13	9994238442	2025-10-19	\N	Lapsed	Chloé Davies	Parent led	\N
100347	5133	MIA	GREEN	2022-09-06	2	C	10	9999467105	2023-05-30	2024-02-06	Closed	Rachel Atkinson	Stay and Play	Family request
100348	5133	Olivia	Green	2025-02-18	2	C	10	9493341134	2023-05-30	2024-02-06	Closed	Rachel Atkinson	Stay and Play	Family request
100349	5133	Gemma	Green	2003-09-16	2	M	10	9991719040	2023-05-30	2024-02-06	Closed	Rachel Atkinson	Parent led	Family request
100350	5133	David	Cook	2002-02-16	1	F	10	9995593076	2023-05-30	2024-02-06	Closed	Rachel Atkinson	Stay and Play	Family request
100351	5134	Tomasz	Lewandowski	2024-01-28	1	C	13	9991546510	2021-08-01	2021-09-08	Closed	Darius Kazlauskas	Stay and Play	No longer attending
100352	5134	Jakub	Ioenscu	2024-10-01	1	C	13	9995420546	2021-08-01	2021-09-08	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
100353	5134	katarzyna	LEWANDOWSKI	1991-11-22	2	M	13	9997672488	2021-08-01	2021-09-08	Closed	Darius Kazlauskas	Universal	No longer attending
100354	5134	Cristian	Ionescu	1984-02-01	1	SF	13	\N	2021-08-01	2021-09-08	Closed	Darius Kazlauskas	Universal	No longer attending
100355	5135	Tomas	Urbonas	2017-02-06	1	C	13	9997042638	2021-03-26	\N	Active	Stacey Shaw	Universal	\N
100356	5135	Jurgita	Urbonas	2022-12-30	2	C	13	9990916667	2021-03-26	\N	Active	Stacey Shaw	Parent led	\N
100357	5135	Rūta	Urbonas	1984-06-06	2	M	13	9993168602	2021-03-26	\N	Active	Stacey Shaw	Targeted - SW	\N
100358	5136	Saimra	Jama	2025-12-05	2	C	41	9993893382	2024-04-10	\N	Active	Zofia Zieliński	Parent led	\N
100359	5136	Khadija	Jama	1991-01-10	2	M	41	\N	2024-04-10	\N	Active	Zofia Zieliński	Targeted - SW	\N
100360	5137	Olivia	Bell	2021-09-13	2	C	10	9990361747	2023-03-18	2023-11-12	Closed	Emma Smith	Targeted - HV	Family request
100361	5137	Elizabeth	Bell	2025-02-05	2	C	10	9994255770	2023-03-18	2023-11-12	Closed	Emma Smith	Universal	Family request
100362	5137	Mrs Emma	Bell	1989-09-15	2	M	10	9996507718	2023-03-18	2023-11-12	Closed	Emma Smith	Targeted - SW	Family request
100363	5138	Olivia	Jones	2023-09-03	2	C	10	9995877864	2023-06-10	2024-06-18	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
100364	5138	Katherine	Jones	2005-03-05	2	M	10	9992003839	2023-06-10	2024-06-18	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
100365	5139	Callum	HALL	2021-07-06	1	C	10	\N	2022-10-15	\N	Active	Gary Walker	Targeted - SW	\N
100366	5139	Sarah	Hall	1992-01-01	2	M	10	\N	2022-10-15	\N	Active	Gary Walker	Universal	\N
100367	5140	Ruby	Green	2023-03-07	2	C	10	9994540564	2023-03-17	\N	Active	Emma Smith	Parent led	\N
100368	5140	sarah	GREEN	2002-01-19	2	M	10	9990666539	2023-03-17	\N	Active	Emma Smith	Universal	\N
100369	5141	Oliver	Harris	2018-11-28	1	C	10	9991028927	2023-08-17	\N	Active	Edward Williams	Stay and Play	\N
100370	5141	Zoë	Harris	2023-01-29	2	C	10	9994902954	2023-08-17	\N	Active	Edward Williams	Universal	\N
100371	5141	Sarah	Harris	1990-08-04	2	M	10	9997154894	2023-08-17	\N	Active	Edward Williams	Universal	\N
100372	5142	Oliver	Thomas	2022-06-27	1	C	10	9992651016	2020-11-18	2022-01-14	Closed	Sana Hersi	Targeted - HV	No longer attending
100373	5142	Amelia	Thomas	2023-08-02	2	C	10	9990399077	2020-11-18	2022-01-14	Closed	Sana Hersi	Targeted - HV	No longer attending
100374	5142	Harry	Thomas	2025-06-05	1	C	10	9994273108	2020-11-18	2022-01-14	Closed	Sana Hersi	Stay and Play	No longer attending
100375	5142	Ffion	Thomas	1986-06-18	2	M	10	9998776988	2020-11-18	2022-01-14	Closed	Sana Hersi	Targeted - SW	No longer attending
100376	5143	Orla	Kelly	2022-07-22	2	C	11	9997249828	2025-11-14	\N	Active	Rachel Atkinson	Universal	\N
100377	5143	Martin	Kelly	1989-10-02	1	F	11	\N	2025-11-14	\N	Active	Rachel Atkinson	Parent led	\N
100378	5144	Jakub	ZIELINSKI	2023-03-20	1	C	13	9990494002	2020-02-14	2020-06-16	Closed	Jasleen Patel	Parent led	Moved away
100379	5144	Katarzyna	Zieliński	1993-09-11	2	M	13	\N	2020-02-14	2020-06-16	Closed	Jasleen Patel	Targeted - HV	Moved away
100380	5145	Alexandra	Popescu	2019-11-23	2	C	13	9994825356	2020-09-01	\N	Active	Alexandra Popescu	Universal	\N
100381	5145	Elena	Popescu	1993-05-10	2	M	13	\N	2020-09-01	\N	Active	Alexandra Popescu	Stay and Play	\N
100382	5146	Agnieskza	Lewandowski	2025-01-13	2	C	13	9990321477	2024-08-08	2025-07-02	Closed	Alexandra Popescu	Parent led	Child started school
100383	5146	Mrs Katarzyna	Nowak	1988-08-01	2	M	13	9992573414	2024-08-08	2025-07-02	Closed	Alexandra Popescu	Universal	Child started school
100384	5146	Piotr	Lewandowski	1990-06-10	1	F	13	\N	2024-08-08	2025-07-02	Closed	Alexandra Popescu	Targeted - HV	Child started school
100385	5147	Aisha	Smith	2021-04-03	2	C	22	\N	2023-01-26	2023-09-13	Closed	Kirsty Green	Universal	Moved away
100386	5147	Mohammed	Smith	2025-09-23	1	C	22	9994557890	2023-01-26	2023-09-13	Closed	Kirsty Green	Targeted - SW	Moved away
100387	5147	Zainab	Akhtar	1986-02-20	2	M	32	9992935804	2023-01-26	2023-09-13	Closed	Kirsty Green	Targeted - SW	Moved away
100388	5147	David	Smith	1984-09-14	1	F	10	9996809838	2023-01-26	2023-09-13	Closed	Kirsty Green	Universal	Moved away
100389	5147	Fartun	Akhtar	1966-10-24	2	G	32	9998431921	2023-01-26	2023-09-13	Closed	Kirsty Green	Targeted - HV	Moved away
100390	5148	Bradley	Wanrd	2021-11-18	1	C	12	9990054010	2023-02-11	\N	Active	Margaret Williams	Targeted - SW	\N
100391	5148	Olivia	Ward	2023-03-01	2	C	12	9993928046	2023-02-11	\N	Active	Margaret Williams	Targeted - SW	\N
100392	5148	Sarah	Quinn	2001-12-08	2	M	12	9992305959	2023-02-11	\N	Active	Margaret Williams	Parent led	\N
100393	5149	Ella	Thompson	2024-02-23	2	C	10	\N	2020-05-08	\N	Active	Zoë Brown	Universal	\N
100394	5149	Gemma	Fox	\N	2	M	10	9996274918	2020-05-08	\N	Active	Zoë Brown	Stay and Play	\N
100395	5149	Dean	Thompson	1984-10-22	1	F	10	9990148945	2020-05-08	\N	Active	Zoë Brown	Parent led	\N
100396	5150	George	Ward	2022-02-23	1	C	10	9992495812	2021-01-31	2021-10-05	Closed	Stacey Shaw	Stay and Play	Moved away
100397	5150	Freddie	Ward	2024-04-16	1	C	10	9996369846	2021-01-31	2021-10-05	Closed	Stacey Shaw	Parent led	Moved away
100398	5150	Katherine	Smith	1997-02-28	2	M	10	9996999696	2021-01-31	2021-10-05	Closed	Stacey Shaw	Stay and Play	Moved away
100399	5151	Andrew	Ward	1993-08-06	1	F	10	9990877720	2020-07-12	\N	Active	Ayan Mohamed	Targeted - HV	\N
100400	5151	George	Ward	2022-02-23	1	C	10	9992495812	2020-07-12	\N	Active	Ayan Mohamed	Parent led	\N
100401	5152	Charlotte	Moore	2022-07-18	2	C	10	9992858206	2021-01-08	\N	Active	James Jones	Universal	\N
100402	5152	Margaret	Moore	1998-10-12	2	M	10	9998984173	2021-01-08	\N	Active	James Jones	Universal	\N
100403	5153	Riley	Lee	2021-02-10	1	C	10	9998716713	2020-11-30	\N	Active	Jasleen Patel	Universal	\N
100404	5153	Summer	Lee	2022-08-08	2	C	10	9992590742	2020-11-30	\N	Active	Jasleen Patel	Universal	\N
100405	5153	Sarah	Lee	1998-02-05	2	M	10	9990968659	2020-11-30	\N	Active	Jasleen Patel	Targeted - SW	\N
100406	5153	Daniel  	Lee	1972-02-09	1	G	10	9996464776	2020-11-30	\N	Active	Jasleen Patel	Stay and Play	\N
100407	5154	Daniel	Smith	2025-04-21	1	C	10	9994212834	2020-04-05	\N	Active	Edward Williams	Targeted - HV	\N
100408	5154	Amy	Smith	2002-12-23	2	M	10	9990338809	2020-04-05	\N	Active	Edward Williams	Targeted - HV	\N
100409	5155	Mantas	Urbonas	2024-08-31	1	C	13	9995834928	2025-08-16	\N	Lapsed	Zofia Zieliński	Stay and Play	\N
100410	5155	Ruta	Urbonas	2025-10-01	2	C	13	9999708951	2025-08-16	\N	Lapsed	Zofia Zieliński	Stay and Play	\N
100411	5155	Ieva	URBONAS	2025-10-01	2	C	13	9993582980	2025-08-16	\N	Active	Zofia Zieliński	Targeted - HV	\N
100412	5155	Rūta	Urbonas	1999-11-25	2	M	13	9998086868	2025-08-16	\N	Active	Zofia Zieliński	Parent led	\N
100413	5156	Chloe	Williams	2024-07-01	2	C	10	9995205076	2025-02-02	2025-04-29	Closed	Stacey Shaw	Parent led	Child started school
100414	5156	Thomas	Smith 	2003-12-12	1	F	10	9991331042	2025-02-02	2025-04-29	Closed	Stacey Shaw	Stay and Play	Child started school
100415	5157	Isla	Baker	\N	2	C	10	9999803881	2025-10-05	2025-12-31	Closed	Edward Williams	Stay and Play	Child started school
100416	5157	Sarah	Smith	1984-05-12	2	M	10	9998181798	2025-10-05	2025-12-31	Closed	Edward Williams	Targeted - SW	Child started school
100417	5158	Amelia	Taylor	2021-05-26	2	C	10	\N	2024-06-28	\N	Active	Ayan Mohamed	Universal	\N
100418	5158	Gemma	Taylor	1987-03-09	2	M	10	9998639115	2024-06-28	\N	Active	Ayan Mohamed	Universal	\N
100419	5159	Freddie	Davies	2019-09-05	1	C	10	\N	2024-07-08	\N	Active	Alexandra Popescu	Targeted - HV	\N
100420	5159	Oliver	Davies	2023-01-24	1	C	10	9999631355	2024-07-08	\N	Active	Alexandra Popescu	Parent led	\N
100421	5159	Emma	Davies	1993-07-07	2	M	10	9994135236	2024-07-08	\N	Active	Alexandra Popescu	Targeted - HV	\N
100422	5160	Xiu	Wang	2017-05-16	2	C	50	9995127474	2020-03-17	\N	Active	Robert Chapman	Stay and Play	\N
100423	5160	Li Na	Wang	2018-04-25	2	C	50	9999001505	2020-03-17	\N	Active	Robert Chapman	Stay and Play	\N
100424	5160	Wen	Wang	2023-12-03	2	C	50	\N	2020-03-17	\N	Active	Robert Chapman	Universal	\N
100425	5160	Hui	Wang	1978-09-13	2	M	50	9993505382	2020-03-17	\N	Active	Robert Chapman	Universal	\N
100426	5160	Wei	Wang	1972-05-03	1	F	50	9997379411	2020-03-17	\N	Active	Robert Chapman	Targeted - HV	\N
100427	5161	Zuzanna	Nowak	2024-07-25	0	C	13	\N	2022-05-07	\N	Active	Darius Kazlauskas	Parent led	\N
100428	5161	Julia	Nowak	2002-10-18	2	M	13	9992703003	2022-05-07	\N	Active	Darius Kazlauskas	Universal	\N
100429	5162	Tomas	Urbonas	2021-04-09	1	C	13	9991443304	2021-06-13	2022-05-11	Closed	Chloé Davies	Targeted - SW	Family request
100430	5162	Laura	Urbonas	2024-11-08	2	C	13	9995317338	2021-06-13	2022-05-11	Closed	Chloé Davies	Universal	Family request
100431	5162	Jurgita	Urbonas	1999-04-28	2	M	13	9993695246	2021-06-13	2022-05-11	Closed	Chloé Davies	Universal	Family request
100432	5163	Piotr	Nowak	2024-12-04	1	C	13	9991175849	2024-07-25	2025-11-04	Closed	Sarah Evans	Targeted - SW	No longer attending
100433	5163	Natalia	Szymański	2001-03-25	2	M	13	9999553753	2024-07-25	2025-11-04	Closed	Sarah Evans	Targeted - HV	No longer attending
100434	5163	Piotr	Nowak	2002-05-13	1	F	13	9993427780	2024-07-25	2025-11-04	Closed	Sarah Evans	Universal	No longer attending
100435	5164	Wei	Li	2020-08-08	1	C	50	9990545995	2024-04-08	\N	Active	Kirsty Green	Stay and Play	\N
100436	5164	Mei	Zhang	1993-03-31	2	M	99	9995049872	2024-04-08	\N	Active	Kirsty Green	Parent led	\N
100437	5165	Oliver	Jones	2024-01-10	1	C	10	9998656443	2025-08-05	\N	Lapsed	Sarah Evans	Parent led	\N
100438	5165	Ffion	Jones	2002-07-07	2	M	10	9990908389	2025-08-05	\N	Active	Sarah Evans	Universal	\N
100439	5166	Rahul	Singh	2017-10-15	1	C	30	9994514954	2020-05-17	2021-06-02	Closed	Kirsty Green	Stay and Play	Family request
100440	5166	Arjun	Singh	2022-03-28	1	C	30	\N	2020-05-17	2021-06-02	Closed	Kirsty Green	Stay and Play	Family request
100441	5166	Priya	Singh	2022-04-23	2	C	30	\N	2020-05-17	2021-06-02	Closed	Kirsty Green	Stay and Play	Family request
100442	5166	Priya	Singh	1995-02-11	2	M	30	9990640920	2020-05-17	2021-06-02	Closed	Kirsty Green	Targeted - SW	Family request
100443	5167	Victoria	Smith	2020-03-04	2	C	40	9993255254	2025-03-18	\N	Active	Stacey Shaw	Stay and Play	\N
100444	5167	Ms Sarah	Jones	1984-04-15	2	M	40	9995507196	2025-03-18	\N	Active	Stacey Shaw	Stay and Play	\N
100445	5168	Agnieszka	Kamiński	2018-08-25	2	C	13	9998751373	2024-12-17	2025-12-31	Closed	Zoë Brown	Targeted - HV	Moved away
100446	5168	Katarzyna	Kaminski	1982-01-07	2	M	13	9997129288	2024-12-17	2025-12-31	Closed	Zoë Brown	Stay and Play	Moved away
100447	5169	Grace	Clarke	2021-04-16	2	C	10	9990373469	2021-12-18	2023-02-08	Closed	Alexandra Popescu	Parent led	Child started school
100448	5169	 Jack	Clarke	2022-02-19	1	C	10	9994247492	2021-12-18	2023-02-08	Closed	Alexandra Popescu	Targeted - SW	Child started school
100449	5169	zo?	CLARKE	1986-04-19	9	M	10	\N	2021-12-18	2023-02-08	Closed	Alexandra Popescu	Parent led	Child started school
100450	5170	Alexander	Jones	2018-02-17	1	C	10	9998483913	2025-06-12	\N	Active	Sarah Evans	Universal	\N
100451	5170	Harry	Jones	2023-04-16	1	C	10	9992357940	2025-06-12	\N	Active	Sarah Evans	Targeted - SW	\N
100452	5170	Sarah	Evans	1981-07-31	2	M	10	9990735859	2025-06-12	\N	Active	Sarah Evans	Universal	\N
100453	5171	Oscar	Clarke	2025-02-05	1	C	10	9993350184	2022-01-20	\N	Active	Elizabeth Wright	Targeted - SW	\N
100454	5171	Elizabeth	Clarke	1996-12-06	2	M	10	9995602121	2022-01-20	\N	Active	Elizabeth Wright	Targeted - HV	\N
100455	5171	Mr David	Wright	1992-05-12	1	F	10	9999476155	2022-01-20	\N	Active	Elizabeth Wright	Universal	\N
100456	5172	Olivia	Evans	2019-02-15	2	C	10	9991823026	2025-04-12	2025-12-31	Closed	Stacey Shaw	Parent led	No longer attending
100457	5172	Arthur	Storr	2025-07-24	1	C	10	9999571085	2025-04-12	2025-12-31	Closed	Stacey Shaw	Stay and Play	No longer attending
100458	5172	Leanne	Evans	1994-07-21	2	M	10	9990200939	2025-04-12	2025-12-31	Closed	Stacey Shaw	Targeted - SW	No longer attending
100459	5172	David	Storr	1984-07-24	1	SF	10	\N	2025-04-12	2025-12-31	Closed	Stacey Shaw	Parent led	No longer attending
100460	5173	Jack	Williams	2020-06-24	1	C	10	9997681533	2020-10-05	2021-10-09	Closed	Gary Walker	Parent led	No longer attending
100461	5173	Chloé	Williams	2024-06-29	2	C	10	9991555560	2020-10-05	2021-10-09	Closed	Gary Walker	Parent led	No longer attending
100462	5174	Oliver	Bratley	2022-10-30	1	C	10	9990028400	2020-07-25	2021-11-18	Closed	James Jones	Universal	No longer attending
100463	5174	Jennifer	BAKER	1993-12-14	2	M	10	9992280344	2020-07-25	2021-11-18	Closed	James Jones	Stay and Play	No longer attending
100464	5175	Coumtney	Clarke	2019-10-09	2	C	10	9993005126	2021-07-18	2022-03-16	Closed	Ayan Mohamed	Targeted - HV	No longer attending
100465	5175	Olivia	Clarke	2023-08-07	2	C	10	9996879151	2021-07-18	2022-03-16	Closed	Ayan Mohamed	Parent led	No longer attending
100466	5175	Sarah	Taylor	1996-06-10	2	M	10	9999131093	2021-07-18	2022-03-16	Closed	Ayan Mohamed	Universal	No longer attending
100467	5176	george	ODLING	2021-07-09	1	C	10	9991115579	2022-04-05	2023-09-01	Closed	Robert Chapman	Parent led	Child started school
100468	5176	Sarah	Odling	1998-10-01	2	M	10	9993367516	2022-04-05	2023-09-01	Closed	Robert Chapman	Stay and Play	Child started school
100469	5176	Michael	Pickering	1991-12-27	1	F	10	9997241541	2022-04-05	2023-09-01	Closed	Robert Chapman	Targeted - SW	Child started school
100470	5177	Arthur	Johnson	2018-12-14	1	C	20	9994092294	2023-12-03	\N	Active	Sarah Evans	Targeted - HV	\N
100471	5177	Oliver	Johnson	2022-08-28	1	C	20	9997966325	2023-12-03	\N	Lapsed	Sarah Evans	Targeted - HV	\N
100472	5177	Ms Katherine	Johnson	1980-01-24	2	M	40	9992470208	2023-12-03	\N	Lapsed	Sarah Evans	Targeted - HV	\N
100473	5178	Zoë	Webb	2025-02-22	2	C	10	9991210504	2021-09-02	2021-12-10	Closed	Samantha McCarthy	Targeted - SW	Child started school
100474	5178	Sarah	Webb	1999-01-30	2	M	10	9993462446	2021-09-02	2021-12-10	Closed	Samantha McCarthy	Targeted - HV	Child started school
100475	5179	Summer	Smith	2023-04-23	2	C	10	9996706621	2023-11-27	2024-08-27	Closed	Jasleen Patel	Stay and Play	Child started school
100476	5179	 Laura	Smith	1993-03-27	2	M	10	9905084538	2023-11-27	2024-08-27	Closed	Jasleen Patel	Targeted - HV	Child started school
100477	5180	Olivia	Brown	2025-03-30	2	C	10	9998328713	2020-09-07	\N	Active	Zofia Zieliński	Targeted - HV	\N
100478	5180	Laura	Webb	1994-01-08	2	M	10	9890580650	2020-09-07	\N	Active	Zofia Zieliński	Universal	\N
100479	5181	Mohamed	Warsame	2022-12-11	1	C	41	9999320953	2024-02-23	2024-04-24	Closed	Sarah Evans	Stay and Play	No longer attending
100480	5181	Fatima	Abdi	1987-07-24	2	M	41	9991572899	2024-02-23	2024-04-24	Closed	Sarah Evans	Universal	No longer attending
100481	5181	Muhammad	Warsame	1988-03-12	1	F	41	9995446928	2024-02-23	2024-04-24	Closed	Sarah Evans	Parent led	No longer attending
100482	5182	Katarzyna	Szymański	2024-02-25	2	C	13	9997526333	2022-11-17	\N	Active	Stacey Shaw	Targeted - SW	\N
100483	5182	Krzysztof	Szymański	2025-04-16	1	C	13	9961400362	2022-11-17	\N	Active	Stacey Shaw	Stay and Play	\N
100484	5183	Piotr	Szymański	2017-10-12	1	C	13	9937258878	2024-04-10	2025-09-29	Closed	Robert Chapman	Targeted - SW	Child started school
100485	5183	Tomasz	Szymański	2019-06-10	1	C	13	9991132902	2024-04-10	2025-09-29	Closed	Robert Chapman	Parent led	Child started school
100486	5183	Pawel	Szymanski	2020-10-05	1	C	13	9995006936	2024-04-10	2025-09-29	Closed	Robert Chapman	Parent led	Child started school
100487	5183	Katfarzyna	SZYMANSKI	1987-03-16	2	M	13	9999510817	2024-04-10	2025-09-29	Closed	Robert Chapman	Universal	Child started school
100488	5183	Kacper	Szymański	1979-06-18	1	F	13	9993384844	2024-04-10	2025-09-29	Closed	Robert Chapman	Targeted - HV	Child started school
100489	5184	Olivia	Robinson	2017-05-27	2	C	10	9999873200	2022-09-12	\N	Active	Samantha McCarthy	Universal	\N
100490	5184	Rebecca	Robinson	1994-10-07	2	M	10	9998251117	2022-09-12	\N	Active	Samantha McCarthy	Stay and Play	\N
100491	5185	Ruby	Thorpe	\N	2	C	10	9991227830	2022-10-25	\N	Active	James Jones	Stay and Play	\N
100492	5185	Lisa	Smith	1994-04-15	2	M	99	9993479772	2022-10-25	\N	Active	James Jones	Stay and Play	\N
100493	5185	David	Thorpe	1990-04-23	1	F	10	9997353803	2022-10-25	\N	Active	James Jones	Parent led	\N
100494	5186	Amelia	 Taylor	2022-03-25	2	C	10	9996913813	2020-09-28	\N	Active	Rachel Atkinson	Universal	\N
100495	5186	Victoria	Davies	1988-06-11	2	M	10	9999165753	2020-09-28	\N	Active	Rachel Atkinson	Targeted - HV	\N
100496	5187	Daniel	Smith	2022-11-14	1	C	10	9992962186	2025-10-14	\N	Lapsed	Chloé Davies	Parent led	\N
100497	5188	Ella	Morris	2023-09-20	2	C	10	9993057118	2020-12-03	2022-05-26	Closed	Ayan Mohamed	Universal	Child started school
100498	5188	Sarah	Morris	2000-08-11	2	M	10	9993686964	2020-12-03	2022-05-26	Closed	Ayan Mohamed	Targeted - SW	Child started school
100499	5188	Daniel	Smith	2001-01-17	1	F	10	\N	2020-12-03	2022-05-26	Closed	Ayan Mohamed	Universal	Child started school
100500	5189	Priya	Mistry	2021-08-17	2	C	30	9994144286	2024-09-04	\N	Active	Margaret Williams	Parent led	\N
100501	5189	Meera	Mistry	1994-01-08	2	M	30	9990270252	2024-09-04	\N	Active	Margaret Williams	Universal	\N
100502	5190	Piotr	Kowalski	2023-08-16	1	C	13	9999647400	2023-07-03	2024-01-16	Closed	Alexandra Popescu	Targeted - SW	No longer attending
100503	5190	Mrs Katarzyna	Wisniewski	1999-01-08	2	M	13	\N	2023-07-03	2024-01-16	Closed	Alexandra Popescu	Targeted - SW	No longer attending
100504	5191	Amelia	Smith	2021-05-22	2	C	10	9990995036	2024-08-06	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
100505	5191	Sarah	Smith	1987-01-20	2	M	10	9997121007	2024-08-06	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
100506	5191	Mr Mark	Smith	1965-11-23	1	G	10	9998743095	2024-08-06	2025-12-31	Closed	Jasleen Patel	Targeted - HV	Child started school
100507	5192	Gabriel	Popa	2024-05-26	1	C	13	9992979518	2021-08-28	\N	Active	Stacey Shaw	Parent led	\N
100508	5192	Ana	Popa	1996-12-04	2	M	99	\N	2021-08-28	\N	Active	Stacey Shaw	Targeted - SW	\N
100509	5193	Holly	Fairbrother	2025-07-22	2	C	10	\N	2025-03-09	2025-11-28	Closed	Margaret Williams	Targeted - HV	Child started school
100510	5193	Christopher	Fairbrother	1989-11-26	1	SF	10	9994980556	2025-03-09	2025-11-28	Closed	Margaret Williams	Targeted - SW	Child started school
100511	5194	Mohammed	Ali	2023-08-28	1	C	32	\N	2023-10-24	2024-08-03	Closed	Elizabeth Wright	Targeted - SW	No longer attending
100512	5194	Imran	Ali	2024-08-15	1	C	32	\N	2023-10-24	2024-08-03	Closed	Elizabeth Wright	Targeted - HV	No longer attending
100513	5194	Aisha	Khan	1996-05-24	2	M	32	9992444592	2023-10-24	2024-08-03	Closed	Elizabeth Wright	Universal	No longer attending
100514	5195	Olivia	Llewellyn	2023-06-05	2	C	10	9992806982	2025-05-19	\N	Lapsed	Ayan Mohamed	Targeted - SW	\N
100515	5195	Leo	Llewellyn	2024-05-01	1	C	10	9996681017	2025-05-19	\N	Active	Ayan Mohamed	Targeted - HV	\N
100516	5195	Freya	Smith	2024-08-20	2	C	10	9990555044	2025-05-19	\N	Active	Ayan Mohamed	Targeted - HV	\N
100517	5195	Sian	Llewellyn	2004-03-06	2	M	10	9998932955	2025-05-19	\N	Active	Ayan Mohamed	Targeted - SW	\N
100518	5196	Maria	Pofescu	2023-03-18	2	C	13	9992177136	2025-01-07	2025-12-31	Closed	Alexandra Popescu	Universal	Child started school
100519	5196	Mihaela	Popescu	2024-01-14	2	C	13	9996051161	2025-01-07	2025-12-31	Closed	Alexandra Popescu	Targeted - SW	Child started school
100520	5196	Ana	Matei	2001-04-17	2	M	13	9994429078	2025-01-07	2025-12-31	Closed	Alexandra Popescu	Stay and Play	Child started school
100521	5197	Hary	Smith	2023-01-19	1	C	10	9998035643	2025-01-05	\N	Active	Emma Smith	Targeted - HV	\N
100522	5197	Gema	Smith	1991-07-16	2	M	10	\N	2025-01-05	\N	Active	Emma Smith	Universal	\N
100523	5198	Chlé	Wilson	2021-09-08	2	C	10	9990382514	2023-08-30	2024-08-15	Closed	Sana Hersi	Parent led	Family request
100524	5198	Sarah	Wilson	2000-12-31	2	M	10	9998760429	2023-08-30	2024-08-15	Closed	Sana Hersi	Universal	Family request
100525	5199	Alexander	Kavanagh	2019-03-11	1	C	12	9999122817	2022-04-14	2022-12-31	Closed	Chloé Davies	Targeted - HV	No longer attending
100526	5199	Olivia	Kavanagh	2020-04-22	2	C	12	\N	2022-04-14	2022-12-31	Closed	Chloé Davies	Parent led	No longer attending
100527	5199	Jade	Kavanagh	1995-06-13	2	M	12	9991374752	2022-04-14	2022-12-31	Closed	Chloé Davies	Stay and Play	No longer attending
100528	5200	Emily	Marshall	2017-11-01	2	C	10	9994618938	2021-12-22	2023-03-07	Closed	Rachel Atkinson	Stay and Play	Moved away
100529	5200	Oliver	Marshall	2021-07-09	1	C	99	9992366990	2021-12-22	2023-03-07	Closed	Rachel Atkinson	Universal	Moved away
100530	5200	Catherine	Lee	1995-06-13	2	M	10	\N	2021-12-22	2023-03-07	Closed	Rachel Atkinson	Targeted - HV	Moved away
100531	5200	Alasdair	Robertson	1996-10-17	1	F	10	9990744904	2021-12-22	2023-03-07	Closed	Rachel Atkinson	Parent led	Moved away
100532	5201	Kieran	Brown	2019-08-01	1	C	10	9998855357	2025-01-24	2025-08-16	Closed	Margaret Williams	Parent led	Child started school
100533	5201	Chloe	Brown	2025-07-23	2	C	10	9992729484	2025-01-24	2025-08-16	Closed	Margaret Williams	Targeted - HV	Child started school
100534	5201	Chlo?	Brown	2001-07-02	2	M	99	\N	2025-01-24	2025-08-16	Closed	Margaret Williams	Targeted - HV	Child started school
100535	5201	Brown	Michael	1994-07-07	1	F	10	9994981323	2025-01-24	2025-08-16	Closed	Margaret Williams	Universal	Child started school
100536	5202	Isabella	Bennett	2023-01-27	2	C	10	9993091774	2023-07-13	2024-07-03	Closed	Zofia Zieliński	Stay and Play	Child started school
100537	5202	Emma	Brown	2003-04-19	0	M	10	9999217745	2023-07-13	2024-07-03	Closed	Zofia Zieliński	Stay and Play	Child started school
100538	5203	Rūta	Kazlauskas	2020-11-19	2	C	13	9990667306	2025-10-08	\N	Active	Elizabeth Wright	Targeted - SW	\N
100539	5204	Amelia	King	2019-02-03	2	C	10	9990399840	2025-07-13	\N	Active	James Jones	Targeted - SW	\N
100540	5204	Freddie	King	2022-08-30	1	C	10	9994273876	2025-07-13	\N	Active	James Jones	Targeted - SW	\N
100541	5204	Laura	King	1996-06-19	2	M	10	\N	2025-07-13	\N	Active	James Jones	Universal	\N
100542	5204	David	Taylor	1980-02-12	1	SF	10	9990985987	2025-07-13	\N	Active	James Jones	Stay and Play	\N
100543	5205	Mohamad	Hussain	2021-02-08	1	C	31	9997880447	2024-03-25	\N	Active	Jasleen Patel	Universal	\N
100544	5205	Mohammed	Hussain	2025-12-01	1	C	31	9991754474	2024-03-25	\N	Active	Jasleen Patel	Targeted - HV	\N
100545	5205	Aisha	Hussein	1989-06-15	2	M	31	9996258351	2024-03-25	\N	Active	Jasleen Patel	Parent led	\N
100546	5205	Ahmed	Hussain	1984-11-28	1	F	31	9990132380	2024-03-25	\N	Active	Jasleen Patel	Universal	\N
100547	5206	Aisha	Hssain	2021-03-16	2	C	32	\N	2025-12-12	\N	Active	Sana Hersi	Parent led	\N
100548	5206	Fatima	Hussain 	2002-06-12	2	M	32	9995628503	2025-12-12	\N	Active	Sana Hersi	Universal	\N
100549	5207	Mia	Holmes	2024-03-01	2	C	10	\N	2023-03-31	2024-01-12	Closed	Stacey Shaw	Targeted - SW	Child started school
100550	5207	Amelia	Holmes	2025-08-20	2	C	99	9992116862	2023-03-31	2024-01-12	Closed	Stacey Shaw	Targeted - SW	Child started school
100551	5207	Sarah	Clark	2002-03-11	2	M	10	\N	2023-03-31	2024-01-12	Closed	Stacey Shaw	Parent led	Child started school
100552	5208	Chloe	Smith	2022-10-19	2	C	10	9997612981	2022-05-18	2022-10-07	Closed	Darius Kazlauskas	Stay and Play	Moved away
100553	5208	Victoria	Smith	1995-02-22	2	M	10	9999864929	2022-05-18	2022-10-07	Closed	Darius Kazlauskas	Targeted - HV	Moved away
100554	5209	alexander	STORR	2018-02-17	1	C	99	\N	2025-03-23	2025-12-31	Closed	Sarah Evans	Universal	No longer attending
100555	5209	Elizabeth	Storr	1981-11-12	2	M	10	\N	2025-03-23	2025-12-31	Closed	Sarah Evans	Targeted - SW	No longer attending
100556	5210	George 	Johnson	2017-04-08	1	C	10	9992841648	2020-04-21	\N	Active	Zofia Zieliński	Targeted - SW	\N
100557	5210	Emma	Johnson	1993-12-02	2	M	10	9995093588	2020-04-21	\N	Active	Zofia Zieliński	Stay and Play	\N
100558	5210	Dean	Johnson	1991-11-07	1	F	10	9998967619	2020-04-21	\N	Active	Zofia Zieliński	Universal	\N
100559	5211	Olivia	Smith	2019-02-22	2	C	10	9994558668	2020-07-28	\N	Active	Kirsty Green	Stay and Play	\N
100560	5211	Sarah	Odling	1988-04-23	2	M	10	9996810607	2020-07-28	\N	Active	Kirsty Green	Parent led	\N
100561	5212	Noah	Pickering	2025-04-10	1	C	10	9991676872	2024-11-03	\N	Active	Gary Walker	Stay and Play	\N
100562	5212	Sarah	Pickering	1991-10-21	2	M	10	9990054789	2024-11-03	\N	Active	Gary Walker	Targeted - HV	\N
100563	5213	Isabella	Turner	2021-07-29	2	C	10	9992039264	2020-01-13	\N	Active	Chloé Davies	Stay and Play	\N
100564	5213	Nicola	Baker	1986-05-14	2	M	10	\N	2020-01-13	\N	Active	Chloé Davies	Stay and Play	\N
100565	5214	Callum	Morris	2021-12-02	1	C	10	9997000463	2022-07-22	2024-01-01	Closed	Margaret Williams	Targeted - SW	Child started school
100566	5214	Mhairi	Morris	\N	2	M	10	\N	2022-07-22	2024-01-01	Closed	Margaret Williams	Targeted - SW	Child started school
100567	5215	Daniel	MORRIS	1999-02-04	1	F	10	9993126438	2020-12-25	2022-05-20	Closed	Rachel Atkinson	Universal	Child started school
100568	5215	Callum	Morris 	2021-12-02	1	C	10	9997000463	2020-12-25	2022-05-20	Closed	Rachel Atkinson	Universal	Child started school
100569	5216	Andrei	Stan	2021-10-17	1	C	13	9996733009	2022-09-01	2024-02-05	Closed	Emma Smith	Targeted - HV	Child started school
100570	5216	Florin	Stan	2024-12-09	1	C	13	9990607036	2022-09-01	2024-02-05	Closed	Emma Smith	Universal	Child started school
100571	5216	Andreea	Popescu	1985-11-06	2	M	13	9995110911	2022-09-01	2024-02-05	Closed	Emma Smith	Parent led	Child started school
100572	5216	Stephan	Stan	1985-04-07	1	F	99	9998984947	2022-09-01	2024-02-05	Closed	Emma Smith	Targeted - SW	Child started school
100573	5217	Domantas	Kazlauskas	2018-11-05	0	C	13	9993221368	2023-11-25	2025-01-12	Closed	Elizabeth Wright	Stay and Play	No longer attending
100574	5217	Tomas	Kazlauskas	2021-11-13	1	C	13	\N	2023-11-25	2025-01-12	Closed	Elizabeth Wright	Parent led	No longer attending
100575	5217	Jonas	Kazlauskas	2022-10-24	1	C	13	9990969426	2023-11-25	2025-01-12	Closed	Elizabeth Wright	Universal	No longer attending
100576	5217	R?ta	Kazlauskas	1995-09-01	2	M	13	9999347339	2023-11-25	2025-01-12	Closed	Elizabeth Wright	Parent led	No longer attending
100577	5217	Christopher	Waterfall	1973-03-11	1	SF	10	9995361043	2023-11-25	2025-01-12	Closed	Elizabeth Wright	Targeted - HV	No longer attending
100578	5218	Rūta	Vasiliauskas	2019-06-25	2	C	13	9993143766	2025-09-05	2025-12-31	Closed	Zoë Brown	Parent led	Child started school
100579	5218	Ruta	Kazlauskas	1989-09-27	2	M	13	\N	2025-09-05	2025-12-31	Closed	Zoë Brown	Targeted - HV	Child started school
100580	5219	Holly	Roberts	2021-09-29	2	C	10	\N	2020-03-10	2020-10-23	Closed	Ayan Mohamed	Targeted - HV	Family request
100581	5219	Oliver	Roberts	2025-03-20	1	C	10	9995128241	2020-03-10	2020-10-23	Closed	Ayan Mohamed	Universal	Family request
100582	5219	Nicky	Rsoberts	2001-11-11	2	M	10	9997380185	2020-03-10	2020-10-23	Closed	Ayan Mohamed	Targeted - HV	Family request
100583	5220	Leo	Odling	2023-05-21	1	C	10	9996750337	2021-09-10	2023-02-13	Closed	Zofia Zieliński	Targeted - SW	No longer attending
100584	5220	Sarah	Odling	1998-11-09	2	M	10	9999002277	2021-09-10	2023-02-13	Closed	Zofia Zieliński	Targeted - HV	No longer attending
100585	5221	Otlivia	Brown	2018-01-28	2	C	10	9991616608	2020-07-07	2021-01-26	Closed	Margaret Williams	Stay and Play	Family request
100586	5221	Zoë	Brown	1989-10-14	2	M	10	9992246456	2020-07-07	2021-01-26	Closed	Margaret Williams	Parent led	Family request
100587	5222	Hao	Wong	2023-08-22	1	C	50	9997112725	2020-07-08	2021-06-06	Closed	Alexandra Popescu	Stay and Play	Child started school
100588	5222	Leanne	Clark	2002-10-01	2	M	50	\N	2020-07-08	2021-06-06	Closed	Alexandra Popescu	Parent led	Child started school
100589	5222	Jun	Wng	1997-07-09	1	F	50	9993238694	2020-07-08	2021-06-06	Closed	Alexandra Popescu	Targeted - SW	Child started school
100590	5223	Oliver	Shaw	2018-09-30	1	C	10	9997475119	2025-03-04	2025-12-31	Closed	Sana Hersi	Parent led	No longer attending
100591	5223	Amelia	Shaw	2024-04-14	2	C	10	9991349146	2025-03-04	2025-12-31	Closed	Sana Hersi	Stay and Play	No longer attending
100592	5223	Chloé	Shaw	2025-06-23	2	C	10	9995223171	2025-03-04	2025-12-31	Closed	Sana Hersi	Targeted - SW	No longer attending
100593	5223	Sarah	Shaw	1994-10-19	2	M	10	9991978992	2025-03-04	2025-12-31	Closed	Sana Hersi	Targeted - HV	No longer attending
100594	5224	Jonathan	Shaw	1993-02-08	1	F	10	9995853027	2024-11-24	\N	Active	Stacey Shaw	Targeted - SW	\N
100595	5224	Chloé	Shaw	2025-06-23	2	C	10	9995223171	2024-11-24	\N	Active	Stacey Shaw	Parent led	\N
100596	5225	Eleanor	Marshall	2022-04-14	2	C	10	9999459595	2020-01-16	2020-11-19	Closed	Sana Hersi	Universal	No longer attending
100597	5225	Sarah	Green	1997-03-16	2	M	10	\N	2020-01-16	2020-11-19	Closed	Sana Hersi	Targeted - SW	No longer attending
100598	5226	Zainab	Miah	2022-08-30	2	C	31	9998199891	2020-01-09	\N	Lapsed	Darius Kazlauskas	Targeted - HV	\N
100599	5226	Mohamad	Miah	2024-10-28	1	C	31	9992073926	2020-01-09	\N	Active	Darius Kazlauskas	Parent led	\N
100600	5226	Sana	Miah	2000-05-23	2	M	31	9994325868	2020-01-09	\N	Lapsed	Darius Kazlauskas	Targeted - HV	\N
100601	5227	Olivia	O'Connor	2023-09-02	2	C	12	9997570049	2021-05-27	\N	Active	James Jones	Parent led	\N
100602	5227	Rachel	O'CONNOR	1993-04-02	2	M	12	9995947951	2021-05-27	\N	Active	James Jones	Parent led	\N
100603	5227	Tomas	Kazlauskas	2001-03-28	1	SF	13	9997440455	2021-05-27	\N	Active	James Jones	Universal	\N
100604	5228	Thedoore	Smith	2020-09-23	1	C	10	9994058401	2022-07-08	2023-03-28	Closed	James Jones	Universal	No longer attending
100605	5228	Chloé	Smith	2022-11-21	2	C	10	9997932439	2022-07-08	2023-03-28	Closed	James Jones	Targeted - HV	No longer attending
100606	5228	Danielle	Smith	1990-10-30	2	M	10	\N	2022-07-08	2023-03-28	Closed	James Jones	Stay and Play	No longer attending
100607	5228	Thomas	Smith	1993-06-05	1	F	10	9994688251	2022-07-08	2023-03-28	Closed	James Jones	Stay and Play	No longer attending
100608	5229	Samuel	Taylor	2022-08-24	1	C	10	9994420798	2024-06-15	\N	Active	Sana Hersi	Stay and Play	\N
100609	5229	Sarah	Brown nee Taylor	2002-09-16	2	M	10	9996672735	2024-06-15	\N	Active	Sana Hersi	Targeted - SW	\N
100610	5230	Mihaela	Ciobanu	2021-05-25	2	C	13	9999287069	2023-01-19	2024-01-04	Closed	Robert Chapman	Parent led	Moved away
100611	5230	Andrei	Ciobanu	2023-01-19	1	C	13	9993161098	2023-01-19	2024-01-04	Closed	Robert Chapman	Targeted - HV	Moved away
100612	5230	Ioana	Ciobanu (née Popescu)	2003-03-11	2	M	13	9997664973	2023-01-19	2024-01-04	Closed	Robert Chapman	Targeted - HV	Moved away
100613	5231	Lacey	Smith	2019-03-21	2	C	10	9990909156	2024-08-12	\N	Active	Rachel Atkinson	Stay and Play	\N
100614	5231	Kelly	Smith	1982-03-13	2	M	99	\N	2024-08-12	\N	Active	Rachel Atkinson	Targeted - SW	\N
100615	5232	Jonas	Stankevičius	2023-06-05	1	C	13	9991901396	2025-02-05	\N	Active	Elizabeth Wright	Parent led	\N
100616	5232	Lukas	Stankevičius	2025-07-17	1	C	13	9995775425	2025-02-05	\N	Active	Elizabeth Wright	Targeted - HV	\N
100617	5232	Jurgita	Stankevičius	1988-12-30	2	M	13	9994153331	2025-02-05	\N	Active	Elizabeth Wright	Targeted - SW	\N
100618	5233	Lukas	Stankevičius	1983-06-14	1	F	13	9998027365	2025-07-08	2025-12-31	Closed	James Jones	Targeted - SW	Child started school
100619	5233	Lukas	Stankevi?ius	2025-07-17	1	C	13	9995775425	2025-07-08	2025-12-31	Closed	James Jones	Universal	Child started school
100620	5234	Oliver	Jones	2022-05-09	1	C	10	9994515721	2023-11-01	2024-01-15	Closed	Emma Smith	Stay and Play	No longer attending
100621	5234	Olivia	Jones	2025-08-26	2	C	10	9998389755	2023-11-01	2024-01-15	Closed	Emma Smith	Universal	No longer attending
100622	5234	Laura	Jones	1990-10-25	2	M	10	9996767663	2023-11-01	2024-01-15	Closed	Emma Smith	Targeted - SW	No longer attending
100623	5235	Olivia	Hill	2024-03-01	2	C	10	9996137813	2022-02-11	\N	Active	Ayan Mohamed	Universal	\N
100624	5235	GEMMA	PATEL	2001-06-23	2	M	10	9992263784	2022-02-11	\N	Active	Ayan Mohamed	Universal	\N
100625	5236	Magdalena	Nowak	2021-07-28	2	C	13	9997130057	2024-11-27	2025-12-31	Closed	Elizabeth Wright	Targeted - HV	Family request
100626	5236	Katarzyna	Nowak	1983-10-23	2	M	13	9999381995	2024-11-27	2025-12-31	Closed	Elizabeth Wright	Targeted - SW	Family request
100627	5237	Oliver (Ollie)	Smith	2023-11-03	1	C	10	9996862593	2024-09-13	2025-12-31	Closed	Zofia Zieliński	Stay and Play	Child started school
100628	5237	Emma	Smith	1996-04-01	2	M	10	9995240505	2024-09-13	2025-12-31	Closed	Zofia Zieliński	Stay and Play	Child started school
100629	5238	Courtney	Webb	2023-06-29	2	C	10	9999476929	2025-10-20	\N	Active	Ayan Mohamed	Parent led	\N
100630	5238	Jade	Webb	1984-05-09	2	M	10	9997854837	2025-10-20	\N	Active	Ayan Mohamed	Universal	\N
100631	5239	Leo	O'Connor	2022-08-01	1	C	12	9993083496	2024-08-19	\N	Active	Alexandra Popescu	Universal	\N
100632	5239	Holly	O'Connor	2023-08-03	2	C	12	9996957527	2024-08-19	\N	Active	Alexandra Popescu	Stay and Play	\N
100633	5239	Stacey	Murphy	1993-06-18	2	M	12	9995335433	2024-08-19	\N	Active	Alexandra Popescu	Universal	\N
100634	5240	Olivia	Jons	2023-01-27	2	C	10	9993540811	2023-01-05	2024-06-24	Closed	Alexandra Popescu	Targeted - SW	No longer attending
100635	5240	Rebecca	Jones	1994-11-30	2	M	10	9991918728	2023-01-05	2024-06-24	Closed	Alexandra Popescu	Stay and Play	No longer attending
100636	5240	Lee	Jones	1994-02-17	1	F	10	9995792753	2023-01-05	2024-06-24	Closed	Alexandra Popescu	Targeted - SW	No longer attending
100637	5241	Olivia	Watson	2025-11-27	2	C	10	\N	2021-10-05	2022-02-19	Closed	James Jones	Stay and Play	Family request
100638	5241	Jennifer	Smith	1992-01-31	2	M	10	9994533053	2021-10-05	2022-02-19	Closed	James Jones	Stay and Play	Family request
100639	5242	Oliver	Fox	2017-10-17	1	C	10	9991651268	2020-10-15	2020-12-05	Closed	Samantha McCarthy	Targeted - SW	Child started school
100640	5242	Ethan	Fox	2023-05-06	1	C	10	9995525291	2020-10-15	2020-12-05	Closed	Samantha McCarthy	Stay and Play	Child started school
100641	5242	Amy	Fox	1995-05-13	2	M	10	9990029172	2020-10-15	2020-12-05	Closed	Samantha McCarthy	Targeted - HV	Child started school
100642	5243	Andrei	Popescu	2021-06-02	1	C	13	9991383808	2023-06-21	\N	Active	Alexandra Popescu	Stay and Play	\N
100643	5243	Maria	Popescu	1984-07-30	2	M	13	9997509773	2023-06-21	\N	Active	Alexandra Popescu	Targeted - SW	\N
100644	5244	Oliver	Kavanagh	2017-04-11	1	C	12	9997872169	2021-02-01	2022-06-25	Closed	Gary Walker	Stay and Play	No longer attending
100645	5244	Olivia  	Kavanagh	2022-11-04	2	C	12	9991746196	2021-02-01	2022-06-25	Closed	Gary Walker	Universal	No longer attending
100646	5244	Nicola	Murphy	1982-01-10	2	M	12	9996250075	2021-02-01	2022-06-25	Closed	Gary Walker	Targeted - HV	No longer attending
100647	5245	Megan	Jones	2025-03-23	2	C	10	9991116346	2025-07-08	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
100648	5245	Sarah	Jones	2001-08-06	2	M	10	9993368288	2025-07-08	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
100649	5245	Jonathan	Jones	1999-07-10	1	F	10	9997242319	2025-07-08	2025-12-31	Closed	Jasleen Patel	Parent led	Child started school
100650	5246	Amelia	HILL	2022-03-28	2	C	10	9998864402	2020-09-09	\N	Active	Elizabeth Wright	Stay and Play	\N
100651	5246	Nuah	Hill	2023-04-06	1	C	10	9996612465	2020-09-09	\N	Lapsed	Elizabeth Wright	Stay and Play	\N
100652	5246	Amy	Thompson	1991-10-17	2	M	10	9994990373	2020-09-09	\N	Active	Elizabeth Wright	Targeted - HV	\N
100653	5247	Leo	Campbell	2021-10-02	1	C	10	9995982617	2020-04-30	2020-11-11	Closed	Sarah Evans	Targeted - HV	Child started school
100654	5247	Iona	Campbell	1999-10-08	2	M	10	9992108584	2020-04-30	2020-11-11	Closed	Sarah Evans	Universal	Child started school
100655	5248	Liam	Watson	2023-11-28	1	C	10	9997604709	2025-10-04	\N	Active	Ayan Mohamed	Targeted - SW	\N
100656	5249	Ebrahim	Khan	2021-08-30	1	C	31	9993463213	2020-03-17	2020-11-25	Closed	Edward Williams	Stay and Play	Child started school
100657	5249	Ayesha	Khan	1983-05-24	2	M	31	9995715155	2020-03-17	2020-11-25	Closed	Edward Williams	Targeted - HV	Child started school
100658	5250	Piotr	Kowalski	2021-05-07	1	C	13	9995085305	2023-03-25	\N	Active	Robert Chapman	Targeted - SW	\N
100659	5250	Agnieszka	Kowalski	2022-03-11	2	C	13	9998959330	2023-03-25	\N	Lapsed	Robert Chapman	Stay and Play	\N
100660	5250	KATARZYNA	KOWALSKI	2004-04-22	2	M	13	9997337247	2023-03-25	\N	Active	Robert Chapman	Parent led	\N
100661	5251	Arjun	Patel	2021-04-05	1	C	30	9999951570	2024-10-31	\N	Active	Chloé Davies	Targeted - SW	\N
100662	5251	Priya	Patel	2024-07-30	2	C	30	9993825603	2024-10-31	\N	Active	Chloé Davies	Parent led	\N
100663	5251	Jasleen	Patel	\N	2	M	30	9996077543	2024-10-31	\N	Active	Chloé Davies	Targeted - SW	\N
100664	5252	Kieran	Jones	2025-08-23	1	C	40	9997432177	2023-06-10	\N	Active	Edward Williams	Stay and Play	\N
100665	5252	Kelly	Chapman	1991-07-15	2	M	40	9995810085	2023-06-10	\N	Active	Edward Williams	Parent led	\N
100666	5252	David	Jones	\N	1	F	40	9999684114	2023-06-10	\N	Active	Edward Williams	Parent led	\N
100667	5253	Ella	Jones	2023-09-19	2	C	10	9994550381	2022-01-08	\N	Lapsed	Zofia Zieliński	Targeted - HV	\N
100668	5253	Emma	Smith	1995-10-06	2	M	10	9992928298	2022-01-08	\N	Active	Zofia Zieliński	Targeted - SW	\N
100669	5254	Olivia	Pickering	2024-10-18	2	C	10	\N	2020-03-22	2021-05-16	Closed	Ayan Mohamed	Targeted - SW	No longer attending
100670	5254	Stacey	Pickering	1993-01-26	2	M	99	9993653071	2020-03-22	2021-05-16	Closed	Ayan Mohamed	Targeted - SW	No longer attending
100671	5255	PATRICK	MURPHY	2024-08-26	1	C	11	9993023221	2024-08-03	2024-09-04	Closed	Darius Kazlauskas	Parent led	Child started school
100672	5255	Aoife	Lynch	2007-02-14	2	M	11	9995275163	2024-08-03	2024-09-04	Closed	Darius Kazlauskas	Universal	Child started school
100673	5255	Patrick	Murphy	2008-02-16	1	F	11	9999149197	2024-08-03	2024-09-04	Closed	Darius Kazlauskas	Stay and Play	Child started school
100674	5256	Gabija	Kazlauskas	2021-01-26	2	C	13	9990771286	2021-03-08	\N	Active	Elizabeth Wright	Stay and Play	\N
100675	5256	Austeja	Kazlauskas	2023-01-06	2	C	13	9994645315	2021-03-08	\N	Active	Elizabeth Wright	Universal	\N
100676	5256	Jonas	Kazlauskas	2023-11-19	1	C	13	9998519349	2021-03-08	\N	Active	Elizabeth Wright	Parent led	\N
100677	5256	R?ta	Kazlauskas	1996-05-19	2	M	13	9996897257	2021-03-08	\N	Lapsed	Elizabeth Wright	Targeted - SW	\N
100678	5257	Declan	Murphy	2022-09-10	1	C	11	9996267407	2020-02-26	2020-03-30	Closed	Samantha McCarthy	Universal	Moved away
100679	5257	Ciarán	Murphy	2023-08-11	1	C	11	9990141436	2020-02-26	2020-03-30	Closed	Samantha McCarthy	Universal	Moved away
100680	5257	Siobhán	Murphy	2004-02-06	2	M	11	9992393378	2020-02-26	2020-03-30	Closed	Samantha McCarthy	Stay and Play	Moved away
100681	5258	Noah	Smith	2025-10-21	1	C	10	\N	2021-03-01	\N	Active	Gary Walker	Targeted - SW	\N
100682	5258	Stacey	Smith	1996-05-16	2	M	10	9997889495	2021-03-01	\N	Active	Gary Walker	Stay and Play	\N
100683	5258	Craig	Smzith	1989-06-07	1	F	10	9995637553	2021-03-01	\N	Active	Gary Walker	Targeted - SW	\N
100684	5259	Wilson	Olivia	2022-12-14	2	C	10	9991858458	2024-05-28	\N	Active	Robert Chapman	Targeted - SW	\N
100685	5259	Ethan	Wison	2024-02-14	1	C	10	9995732483	2024-05-28	\N	Active	Robert Chapman	Universal	\N
100686	5259	Jack	Wilson	2025-07-25	1	C	10	9999606512	2024-05-28	\N	Active	Robert Chapman	Universal	\N
100687	5259	Olivia	Kowalski	2024-04-11	2	C	10	9993480541	2024-05-28	\N	Active	Robert Chapman	Targeted - SW	\N
100688	5259	Elizabeth	Wilson	2000-10-28	2	M	10	\N	2024-05-28	\N	Active	Robert Chapman	Targeted - HV	\N
100689	5260	Samuel	Smith	2023-09-23	1	C	10	9991590994	2025-03-02	\N	Active	Rachel Atkinson	Targeted - SW	\N
100690	5260	Sarah	Chapman	2001-04-14	2	M	10	9997716965	2025-03-02	\N	Active	Rachel Atkinson	Targeted - SW	\N
100691	5261	Olivia	Smith	2023-07-01	2	C	10	9992945621	2024-03-08	\N	Active	Jasleen Patel	Universal	\N
100692	5261	Smith	Grace	2024-09-12	2	C	10	9996819655	2024-03-08	\N	Active	Jasleen Patel	Parent led	\N
100693	5261	Rachel	Smith	1985-10-22	2	M	10	9999071597	2024-03-08	\N	Active	Jasleen Patel	Stay and Play	\N
100694	5261	Kelly	Smith	1963-05-20	2	G	10	9990693684	2024-03-08	\N	Active	Jasleen Patel	Parent led	\N
100695	5262	Alfie	McKenzie	2024-05-17	1	C	10	9994300653	2023-12-07	2024-06-24	Closed	Darius Kazlauskas	Stay and Play	No longer attending
100696	5262	Megan	Jones	1998-01-17	2	M	10	9996552195	2023-12-07	2024-06-24	Closed	Darius Kazlauskas	Targeted - HV	No longer attending
100697	5263	Kieran	Thompson	2021-04-27	1	C	10	9997276973	2024-08-29	2025-11-28	Closed	Jasleen Patel	Universal	No longer attending
100698	5263	Sarah	Harrison	1995-04-06	2	M	10	9991780858	2024-08-29	2025-11-28	Closed	Jasleen Patel	Universal	No longer attending
100699	5264	William	Fox	2023-05-20	1	C	10	9998899060	2025-08-20	\N	Active	Samantha McCarthy	Targeted - HV	\N
100700	5264	Olivia	Fox	2024-12-27	2	C	10	\N	2025-08-20	\N	Active	Samantha McCarthy	Universal	\N
100701	5264	Margaret	Fox	1990-10-14	2	M	10	\N	2025-08-20	\N	Active	Samantha McCarthy	Targeted - SW	\N
100702	5264	Andrew	Fox	1992-10-08	1	F	10	9995025035	2025-08-20	\N	Active	Samantha McCarthy	Targeted - HV	\N
100703	5265	Ethan	Bratley	2024-11-30	1	C	10	9995387425	2025-09-15	2025-10-06	Closed	James Jones	Parent led	Child started school
100704	5265	Gemma	Bratley	1996-01-01	2	M	10	9991513396	2025-09-15	2025-10-06	Closed	James Jones	Universal	Child started school
100705	5265	Darren	Smith	1987-06-03	1	SF	10	9992013956	2025-09-15	2025-10-06	Closed	James Jones	Parent led	Child started school
100706	5266	Grace	Allen	2019-11-19	2	C	10	9994757571	2023-03-19	2024-01-10	Closed	Gary Walker	Targeted - SW	Child started school
100707	5266	Amelia	Allen	2022-10-25	2	C	10	9998631602	2023-03-19	2024-01-10	Closed	Gary Walker	Parent led	Child started school
100708	5266	Sarah	Allen	1992-11-15	2	M	10	9990883548	2023-03-19	2024-01-10	Closed	Gary Walker	Universal	Child started school
100709	5267	Katarzyna	Zieliński	2021-06-20	2	C	13	9992238178	2025-05-04	\N	Active	Rachel Atkinson	Targeted - SW	\N
100710	5267	Piotr	Zieliński	2022-07-12	1	C	13	9996112209	2025-05-04	\N	Active	Rachel Atkinson	Targeted - HV	\N
100711	5267	Katarzyna	Zieliński	1987-06-20	2	M	13	\N	2025-05-04	\N	Lapsed	Rachel Atkinson	Parent led	\N
100712	5268	George	Wright	2021-05-26	1	C	10	9997734297	2022-11-18	\N	Active	Zoë Brown	Targeted - SW	\N
100713	5268	Sarah	Wright	1991-09-10	2	M	10	9999986234	2022-11-18	\N	Active	Zoë Brown	Targeted - HV	\N
100714	5269	Ion	Popescu	\N	1	C	13	9997829220	2020-02-09	2020-04-05	Closed	Chloé Davies	Universal	Moved away
100715	5269	Mihai	Popescu	2021-09-29	1	C	13	9995577283	2020-02-09	2020-04-05	Closed	Chloé Davies	Parent led	Moved away
100716	5270	Piotr  	Woźniak	2024-02-08	1	C	13	9997199375	2024-07-11	\N	Active	Sarah Evans	Parent led	\N
100717	5270	Tomasz	Woźniak	2025-08-26	1	C	13	9994947435	2024-07-11	\N	Active	Sarah Evans	Targeted - HV	\N
100718	5270	Zuzanna	Kowalski	2001-11-07	2	M	13	9999451314	2024-07-11	\N	Lapsed	Sarah Evans	Targeted - SW	\N
100719	5271	Isla	Shaw	2025-10-19	2	C	10	9992428031	2021-06-22	\N	Active	Elizabeth Wright	Targeted - HV	\N
100720	5271	Sarah	Shaw	2002-01-01	2	M	10	9990805946	2021-06-22	\N	Active	Elizabeth Wright	Universal	\N
100721	5272	Amelia	Taylor	2024-12-18	2	C	10	9991168338	2024-09-21	2025-12-31	Closed	Darius Kazlauskas	Stay and Play	Child started school
100722	5272	Margaret	Taylor  	1993-12-01	2	M	10	9993420271	2024-09-21	2025-12-31	Closed	Darius Kazlauskas	Targeted - SW	Child started school
100723	5272	Alexander	Taylor	1987-07-19	1	F	10	9997294300	2024-09-21	2025-12-31	Closed	Darius Kazlauskas	Parent led	Child started school
100724	5273	Olivia	Brown	2023-09-07	2	C	10	9997656695	2021-10-20	\N	Active	Kirsty Green	Universal	\N
100725	5273	Amy	Brown	2002-11-26	2	M	10	\N	2021-10-20	\N	Active	Kirsty Green	Targeted - HV	\N
100726	5274	Oliver	Campbell	2017-09-06	1	C	10	9997751620	2025-10-11	2025-12-31	Closed	Gary Walker	Universal	No longer attending
100727	5274	Isla	Campbfll	2022-09-03	2	C	10	9991625658	2025-10-11	2025-12-31	Closed	Gary Walker	Targeted - SW	No longer attending
100728	5274	Campbell	Fiona	1987-01-05	2	M	10	\N	2025-10-11	2025-12-31	Closed	Gary Walker	Targeted - HV	No longer attending
100729	5275	Ivy	Smith	2025-11-02	2	C	10	9994869833	2023-10-24	\N	Lapsed	Gary Walker	Stay and Play	\N
100730	5275	Laura	Williams	1988-11-23	2	M	10	9995499681	2023-10-24	\N	Active	Gary Walker	Universal	\N
100731	5275	Mick	Smith	1985-04-23	1	F	10	9999373712	2023-10-24	\N	Active	Gary Walker	Parent led	\N
100732	5276	Ruby	Robinson	2024-08-04	0	C	10	9991988041	2023-06-02	\N	Active	Emma Smith	Stay and Play	\N
100733	5276	Sarah	Robinson	1999-04-17	2	M	10	9998114012	2023-06-02	\N	Active	Emma Smith	Targeted - HV	\N
100734	5277	Leo	Quickfall	2021-09-19	1	C	10	9995232227	2022-04-16	2022-12-30	Closed	Stacey Shaw	Targeted - SW	Family request
100735	5277	Jayden	Quickfall	2023-04-19	1	C	10	9999106250	2022-04-16	2022-12-30	Closed	Stacey Shaw	Parent led	Family request
100736	5277	Sarah	Quickfall	1999-05-22	2	M	10	9997484169	2022-04-16	2022-12-30	Closed	Stacey Shaw	Parent led	Family request
100737	5278	Courtney	Smith	2022-02-21	2	C	10	9998476402	2020-10-06	2022-02-08	Closed	Zoë Brown	Stay and Play	No longer attending
100738	5278	Liam	Smith	2023-02-12	1	C	10	9992350431	2020-10-06	2022-02-08	Closed	Zoë Brown	Targeted - SW	No longer attending
100739	5278	Margaret	Jones	1996-05-31	2	M	10	9994602373	2020-10-06	2022-02-08	Closed	Zoë Brown	Targeted - SW	No longer attending
100740	5279	JAYDEN	BROWN	2023-04-05	1	C	10	9996586855	2021-05-24	\N	Active	Gary Walker	Stay and Play	\N
100741	5279	Sarah	Brown	1988-03-14	2	M	10	\N	2021-05-24	\N	Lapsed	Gary Walker	Universal	\N
100742	5280	George	Murphy	2023-05-14	1	C	12	9998571332	2023-04-01	2023-09-04	Closed	Chloé Davies	Stay and Play	No longer attending
100743	5280	Ava	Murphy	2024-11-30	2	C	12	\N	2023-04-01	2023-09-04	Closed	Chloé Davies	Parent led	No longer attending
100744	5280	Sarah	Murphy	2002-03-14	2	M	12	9996949249	2023-04-01	2023-09-04	Closed	Chloé Davies	Stay and Play	No longer attending
100745	5281	Arthur	Jones	2022-03-14	1	C	10	9998933722	2020-10-06	\N	Lapsed	Chloé Davies	Targeted - SW	\N
100746	5281	Olivia	Joens	2025-12-03	2	C	10	9996681785	2020-10-06	\N	Active	Chloé Davies	Parent led	\N
100747	5281	Nicola	Shaw	1991-03-04	2	M	10	\N	2020-10-06	\N	Active	Chloé Davies	Universal	\N
100748	5281	Mr Michael	Jones	1985-08-10	1	F	10	9991185666	2020-10-06	\N	Active	Chloé Davies	Targeted - HV	\N
100749	5282	Jack	Jones	2018-05-09	1	C	10	9994792237	2022-10-03	2023-05-14	Closed	Alexandra Popescu	Stay and Play	Child started school
100750	5282	Megan	Hughes	1989-03-11	2	M	10	9997044177	2022-10-03	2023-05-14	Closed	Alexandra Popescu	Stay and Play	Child started school
100751	5283	Gethin	Jones	1984-01-13	1	F	10	9990918201	2021-10-04	2021-10-27	Closed	Elizabeth Wright	Parent led	No longer attending
100752	5283	Jack	Jones	2018-05-09	1	C	10	9994792237	2021-10-04	2021-10-27	Closed	Elizabeth Wright	Universal	No longer attending
100753	5284	Arjun	Patel	2019-06-27	1	C	30	9994887165	2022-05-29	2022-12-27	Closed	Edward Williams	Targeted - SW	No longer attending
100754	5284	Jaspal	PATEL	2024-07-27	1	C	30	9998761190	2022-05-29	2022-12-27	Closed	Edward Williams	Targeted - HV	No longer attending
100755	5284	Priya	Mistry	1985-06-09	2	M	30	9993265071	2022-05-29	2022-12-27	Closed	Edward Williams	Universal	No longer attending
100756	5285	Freya	Allen	2019-10-26	2	C	10	9990383286	2021-04-21	\N	Active	Samantha McCarthy	Stay and Play	\N
100757	5285	George	Allen	2021-05-07	1	C	10	9994257315	2021-04-21	\N	Active	Samantha McCarthy	Universal	\N
100758	5285	Emma	Wilson	1998-01-31	2	M	10	9992635223	2021-04-21	\N	Active	Samantha McCarthy	Stay and Play	\N
100759	5286	Oliver	Johnson	\N	1	C	10	9990115826	2025-10-19	\N	Active	Samantha McCarthy	Stay and Play	\N
100760	5286	Emma	Johnson (nee Tennyson)	1991-07-02	2	M	10	9992367768	2025-10-19	\N	Active	Samantha McCarthy	Parent led	\N
100761	5286	David	Johnson	1983-08-30	1	F	10	9996241793	2025-10-19	\N	Active	Samantha McCarthy	Parent led	\N
100762	5287	Oliver	Ward	2023-04-29	1	C	10	\N	2021-10-26	2022-05-02	Closed	Emma Smith	Targeted - SW	No longer attending
100763	5288	Arthur	Owen	2025-08-08	1	C	10	9990668078	2020-12-04	2021-07-30	Closed	Emma Smith	Targeted - SW	Child started school
100764	5288	Isabella	Roberts	2007-12-22	2	M	10	\N	2020-12-04	2021-07-30	Closed	Emma Smith	Targeted - SW	Child started school
100765	5288	Oliver	Owen	2006-06-20	1	F	10	9996794040	2020-12-04	2021-07-30	Closed	Emma Smith	Targeted - SW	Child started school
100766	5289	Oliver	Ward	2023-04-20	1	C	20	9997156439	2022-12-14	2023-09-26	Closed	Darius Kazlauskas	Parent led	Child started school
100767	5289	JOANNE	KING	1985-11-23	2	M	40	9999408370	2022-12-14	2023-09-26	Closed	Darius Kazlauskas	Parent led	Child started school
100768	5290	Arjun	Patel	2021-02-09	1	C	30	9998511062	2021-11-09	\N	Active	Stacey Shaw	Universal	\N
100769	5290	Priya	Patel	2024-06-24	2	C	30	9996259129	2021-11-09	\N	Active	Stacey Shaw	Universal	\N
100770	5290	Priya	Patel	1992-09-30	2	M	30	9994637037	2021-11-09	\N	Lapsed	Stacey Shaw	Universal	\N
100771	5291	Ella	Bennett	2025-01-24	2	C	10	9994007181	2024-03-12	\N	Lapsed	James Jones	Universal	\N
100772	5291	Sarah	Bennett	1991-04-10	2	M	10	9990133158	2024-03-12	\N	Active	James Jones	Stay and Play	\N
100773	5292	Charlei	Murphy	2025-09-26	2	C	10	\N	2022-10-22	2023-05-15	Closed	James Jones	Parent led	Family request
100774	5292	Kelly	Murphy	1988-11-17	2	M	10	9996621510	2022-10-22	2023-05-15	Closed	James Jones	Universal	Family request
100775	5292	Seán	Murphy	1981-12-04	1	F	11	9990495548	2022-10-22	2023-05-15	Closed	James Jones	Stay and Play	Family request
100776	5293	Riley	Thompson	2017-04-13	1	C	10	9999235840	2024-12-24	\N	Lapsed	Ayan Mohamed	Universal	\N
100777	5293	Bradley	Thompson	2021-02-25	1	C	10	9993109878	2024-12-24	\N	Active	Ayan Mohamed	Parent led	\N
100778	5293	Catherine	Thompson	1984-10-16	2	M	10	\N	2024-12-24	\N	Active	Ayan Mohamed	Targeted - SW	\N
100779	5294	Freya	Brown	2021-11-29	2	C	10	9999598234	2020-12-01	2021-04-25	Closed	Chloé Davies	Stay and Play	Moved away
100780	5294	Gemma	Williams	1987-10-10	2	M	10	\N	2020-12-01	2021-04-25	Closed	Chloé Davies	Stay and Play	Moved away
100781	5294	Craig	Brown	\N	1	F	99	9995724200	2020-12-01	2021-04-25	Closed	Chloé Davies	Stay and Play	Moved away
100782	5295	Oliver	Smith 	2019-01-05	1	C	10	9998968380	2021-07-07	2022-07-15	Closed	Chloé Davies	Targeted - HV	Child started school
100783	5295	George	Smith	\N	1	C	10	9992842415	2021-07-07	2022-07-15	Closed	Chloé Davies	Universal	Child started school
100784	5295	Jtnnifer	Wilson (n?e Smith)	1996-05-13	2	M	10	9991220321	2021-07-07	2022-07-15	Closed	Chloé Davies	Universal	Child started school
100785	5296	Willow	Holmes	2021-04-03	2	C	10	9996086593	2023-07-13	2023-11-25	Closed	Edward Williams	Targeted - HV	Child started school
100786	5296	Emma	Holmes 	1991-06-09	2	M	10	9994464507	2023-07-13	2023-11-25	Closed	Edward Williams	Universal	Child started school
100787	5297	Lukas	Khan	2024-12-21	1	C	22	9994197045	2020-04-18	\N	Active	Edward Williams	Stay and Play	\N
100788	5297	Bilal	Khan	2004-01-03	1	F	31	9990323011	2020-04-18	\N	Active	Edward Williams	Universal	\N
100789	5298	Ali	Mohammad	2021-07-24	1	C	41	9990685401	2020-04-08	\N	Active	Rachel Atkinson	Targeted - SW	\N
100790	5299	Harper	Winter	2023-08-02	2	C	10	\N	2024-10-28	2025-09-08	Closed	Margaret Williams	Targeted - HV	No longer attending
100791	5299	Kerry	Winter	1991-03-14	2	M	10	9994024515	2024-10-28	2025-09-08	Closed	Margaret Williams	Parent led	No longer attending
100792	5300	Olivia	Williasm	2023-07-15	2	C	10	9994386905	2022-05-07	2023-07-29	Closed	Zofia Zieliński	Parent led	No longer attending
100793	5300	Emma	Williams	1986-12-07	2	M	10	9992764813	2022-05-07	2023-07-29	Closed	Zofia Zieliński	Stay and Play	No longer attending
100794	5301	William	Roberts	2024-01-24	1	C	10	\N	2025-03-08	2025-06-27	Closed	Jasleen Patel	Targeted - HV	Family request
100795	5301	Ffon	Davies	1987-06-30	2	M	10	9998623324	2025-03-08	2025-06-27	Closed	Jasleen Patel	Universal	Family request
100796	5301	Gareth	Roberts	1985-10-25	1	F	10	9992497351	2025-03-08	2025-06-27	Closed	Jasleen Patel	Targeted - SW	Family request
100797	5302	Tyler	Robinson	2020-04-28	1	C	10	9996733777	2020-04-16	2020-10-30	Closed	Stacey Shaw	Targeted - HV	Child started school
100798	5302	Rebecca	Taylor	1987-12-30	2	M	10	9998985714	2020-04-16	2020-10-30	Closed	Stacey Shaw	Stay and Play	Child started school
100799	5303	Fatima	Abii	2023-04-28	2	C	41	9999348106	2024-03-29	2025-07-15	Closed	Alexandra Popescu	Universal	No longer attending
100800	5303	Ahmed	Abdi	2025-11-12	1	C	41	9993222135	2024-03-29	2025-07-15	Closed	Alexandra Popescu	Parent led	No longer attending
100801	5303	Aisha	Adi	1989-09-05	2	M	41	9997726014	2024-03-29	2025-07-15	Closed	Alexandra Popescu	Stay and Play	No longer attending
100802	5304	Oliver	Murphy	2022-10-18	0	C	99	9995569000	2024-09-09	\N	Active	Zofia Zieliński	Universal	\N
100803	5304	Rebecca	Byrne	1990-09-14	2	M	12	\N	2024-09-09	\N	Active	Zofia Zieliński	Targeted - HV	\N
100804	5305	Anthony	Murphy	1993-08-27	1	F	12	9991694978	2025-07-12	2025-12-31	Closed	Chloé Davies	Targeted - SW	Family request
100805	5305	Oliver	Murphy	2022-10-18	1	C	12	\N	2025-07-12	2025-12-31	Closed	Chloé Davies	Targeted - HV	Family request
100806	5306	Niamh	Murphy	2023-06-05	2	C	11	9990435278	2022-07-23	2023-08-12	Closed	Edward Williams	Targeted - SW	Child started school
100807	5306	Mary	Murphy	1999-05-19	2	M	11	9996561240	2022-07-23	2023-08-12	Closed	Edward Williams	Parent led	Child started school
100808	5306	Jonathan	Shaw	1993-02-08	1	SF	10	9995853027	2022-07-23	2023-08-12	Closed	Edward Williams	Universal	Child started school
100809	5307	Ojliver	Watson	2022-05-25	1	C	10	9994671693	2024-04-20	\N	Active	Zofia Zieliński	Stay and Play	\N
100810	5307	Olivia	Watson	2023-07-24	2	C	10	9998545722	2024-04-20	\N	Active	Zofia Zieliński	Targeted - SW	\N
100811	5307	Sarah	Watson	1987-10-08	2	M	10	9990797668	2024-04-20	\N	Active	Zofia Zieliński	Stay and Play	\N
100812	5308	Mohammed	Mohammed	2019-12-31	1	C	41	9991160051	2025-07-31	2025-12-31	Closed	Emma Smith	Universal	No longer attending
100813	5308	Khadija	Mohamed	1984-11-18	2	M	41	9995663937	2025-07-31	2025-12-31	Closed	Emma Smith	Universal	No longer attending
100814	5308	Yusuf	Mohamed	1983-02-15	1	F	41	9999537960	2025-07-31	2025-12-31	Closed	Emma Smith	Stay and Play	No longer attending
100815	5309	Aisha	Khan	2021-07-20	2	C	32	9992247223	2023-09-21	\N	Active	Samantha McCarthy	Universal	\N
100816	5309	Aisha	Khan	1979-08-31	2	M	32	9990625131	2023-09-21	\N	Active	Samantha McCarthy	Universal	\N
100817	5310	Charlie	SMITH	2022-02-24	1	C	10	9992609613	2020-09-15	\N	Active	Alexandra Popescu	Targeted - SW	\N
100818	5310	Harry	Smith	2024-05-18	1	C	10	9996483649	2020-09-15	\N	Active	Alexandra Popescu	Targeted - HV	\N
100819	5310	Laura	Brown	1998-10-26	2	M	10	9994861557	2020-09-15	\N	Active	Alexandra Popescu	Parent led	\N
100820	5311	Victoria	King  	2019-02-14	2	C	99	9997475887	2021-06-09	2022-02-19	Closed	Kirsty Green	Stay and Play	Moved away
100821	5311	Catherine	Wilson	1996-05-14	0	M	10	9995853795	2021-06-09	2022-02-19	Closed	Kirsty Green	Universal	Moved away
100822	5311	Daniel	King	1991-02-27	1	F	10	9999727824	2021-06-09	2022-02-19	Closed	Kirsty Green	Targeted - SW	Moved away
100823	5311	Laura	Wilson	1969-01-20	2	G	10	9995223945	2021-06-09	2022-02-19	Closed	Kirsty Green	Universal	Moved away
100824	5312	Jack	SMITH	2024-01-05	1	C	10	\N	2023-11-22	2024-04-16	Closed	Zoë Brown	Targeted - SW	No longer attending
100825	5312	Ady  	Smith	1992-06-14	2	M	10	\N	2023-11-22	2024-04-16	Closed	Zoë Brown	Stay and Play	No longer attending
100826	5313	Isla	Watson	2022-08-20	2	C	99	9998830516	2021-12-12	2022-03-19	Closed	Darius Kazlauskas	Stay and Play	Child started school
100827	5313	Michelle	Watson	1998-04-14	2	M	99	\N	2021-12-12	2022-03-19	Closed	Darius Kazlauskas	Parent led	Child started school
100828	5314	Piotr	Nowak	2017-03-25	1	C	13	9998563054	2023-10-15	\N	Active	Alexandra Popescu	Universal	\N
100829	5314	Natalia	Nowak	1984-05-03	2	M	13	9996940969	2023-10-15	\N	Active	Alexandra Popescu	Stay and Play	\N
100830	5315	Gurpreet	Patel	2022-08-10	1	C	30	9997035895	2021-07-22	\N	Active	Jasleen Patel	Universal	\N
100831	5315	Patel	Anjali	1987-10-31	2	M	30	9995413809	2021-07-22	\N	Active	Jasleen Patel	Universal	\N
100832	5315	Arjun	Pwatel	1985-12-05	1	F	30	9999287832	2021-07-22	\N	Active	Jasleen Patel	Universal	\N
100833	5316	Lily	Smith	2021-09-21	2	C	10	9996500977	2025-09-07	\N	Active	Ayan Mohamed	Universal	\N
100834	5316	Courtney	Smith	2022-10-05	2	C	10	\N	2025-09-07	\N	Lapsed	Ayan Mohamed	Targeted - HV	\N
100835	5316	Rebecca	Smith	1996-08-30	2	M	10	9998752914	2025-09-07	\N	Active	Ayan Mohamed	Parent led	\N
100836	5316	Matthew	Smith	1998-01-30	1	F	10	9992626941	2025-09-07	\N	Active	Ayan Mohamed	Universal	\N
100837	5317	Jurgita	Kazlauskas	2020-03-01	2	C	13	9997855604	2021-12-05	\N	Active	Emma Smith	Parent led	\N
100838	5317	R?ta	Kazlauskas	1988-06-28	2	M	13	9993981575	2021-12-05	\N	Active	Emma Smith	Parent led	\N
100839	5318	Kieran	Smith	2025-09-02	1	C	99	9993084263	2020-11-19	\N	Active	Sarah Evans	Targeted - HV	\N
100840	5318	Emma	Smith	1992-06-02	2	M	10	9991462171	2020-11-19	\N	Active	Sarah Evans	Stay and Play	\N
100841	5319	Oliver	Winter	2023-05-29	1	C	10	9998942772	2020-02-16	\N	Active	Stacey Shaw	Universal	\N
100842	5319	Samantha	Winter (née Hall)	1985-12-17	2	M	99	9991194711	2020-02-16	\N	Active	Stacey Shaw	Targeted - HV	\N
100843	5320	Eoin	Murphy	2019-10-09	1	C	11	9998312922	2024-12-21	\N	Active	Robert Chapman	Targeted - HV	\N
100844	5320	Patrick	Murphy	2024-03-09	1	C	11	9996060985	2024-12-21	\N	Active	Robert Chapman	Targeted - SW	\N
100845	5320	Sarah	Maguire	1976-09-03	2	M	11	9992819805	2024-12-21	\N	Active	Robert Chapman	Parent led	\N
100846	5321	Zainab	Iqbal	2023-01-18	2	C	32	9997683072	2021-05-11	\N	Active	Gary Walker	Parent led	\N
100847	5321	Hafsa	Iqbal	\N	2	C	32	\N	2021-05-11	\N	Active	Gary Walker	Universal	\N
100848	5321	Ayesha	Iqbal	2003-12-17	2	M	32	9993809047	2021-05-11	\N	Active	Gary Walker	Targeted - HV	\N
100849	5322	Oliver	Mazur	2023-07-12	1	C	10	9990297401	2024-01-08	2024-12-02	Closed	Kirsty Green	Targeted - HV	Moved away
100850	5322	Sarah	Smith	1991-04-21	2	M	10	9992549343	2024-01-08	2024-12-02	Closed	Kirsty Green	Targeted - HV	Moved away
100851	5323	Kasia	Nowak	2025-11-10	2	C	13	9991652035	2022-08-13	2022-09-28	Closed	Stacey Shaw	Universal	Moved away
100852	5323	Katarzyna	Nowak	1999-05-05	2	M	13	9997778006	2022-08-13	2022-09-28	Closed	Stacey Shaw	Universal	Moved away
100853	5324	Oliver	Smjith	2020-01-27	1	C	10	9997872932	2022-04-23	\N	Active	Margaret Williams	Targeted - SW	\N
100854	5324	Lily	Smith	2025-05-03	2	C	10	\N	2022-04-23	\N	Active	Margaret Williams	Stay and Play	\N
100855	5324	Elizabeth	Smith	2001-01-19	2	M	10	9993998907	2022-04-23	\N	Active	Margaret Williams	Targeted - SW	\N
100856	5325	Leo	Wilson	2025-07-30	1	C	10	9997243080	2022-02-14	\N	Active	James Jones	Stay and Play	\N
100857	5325	Stacey	Wilson	2005-02-08	2	M	10	9999495028	2022-02-14	\N	Active	James Jones	Parent led	\N
100858	5325	Michael	Wilson	2001-12-02	1	F	10	9993369055	2022-02-14	\N	Active	James Jones	Targeted - HV	\N
100859	5326	Rebecca	Evans	2024-08-01	2	C	10	9994361295	2021-11-30	2022-10-24	Closed	Emma Smith	Parent led	Child started school
100860	5326	Sarah	Evans	2005-07-23	2	M	10	9996613232	2021-11-30	2022-10-24	Closed	Emma Smith	Targeted - HV	Child started school
100861	5327	George	McCarthy	2024-01-30	1	C	12	9993463981	2024-12-19	\N	Active	Elizabeth Wright	Targeted - HV	\N
100862	5327	Olivia	McCarthy	2024-12-28	2	C	12	9997338014	2024-12-19	\N	Active	Elizabeth Wright	Universal	\N
100863	5327	Chloe	Murphy	1996-05-15	2	M	12	9995715929	2024-12-19	\N	Active	Elizabeth Wright	Targeted - SW	\N
100864	5328	Ethan 	Smith	2018-02-02	1	C	10	9992204281	2022-06-29	2023-04-08	Closed	Stacey Shaw	Universal	Moved away
100865	5328	Sarah	Smith	1997-09-22	2	M	10	9994456229	2022-06-29	2023-04-08	Closed	Stacey Shaw	Targeted - SW	Moved away
100866	5329	Lukasz	Kozłowski	2024-01-31	1	C	13	9993826375	2025-07-09	\N	Active	James Jones	Targeted - HV	\N
100867	5329	Katarzyna	Nowak	2000-04-07	2	M	13	9996078310	2025-07-09	\N	Lapsed	James Jones	Parent led	\N
100868	5329	Marcin	Kozłowski	1996-11-17	1	F	13	9999952348	2025-07-09	\N	Active	James Jones	Stay and Play	\N
100869	5330	Ava	Harris	\N	2	C	10	\N	2023-07-14	\N	Active	Stacey Shaw	Stay and Play	\N
100870	5330	Michael	Atkinson	1975-05-15	1	F	10	9992299215	2023-07-14	\N	Active	Stacey Shaw	Targeted - HV	\N
100871	5331	olivia	COOK	2021-02-11	2	C	10	9998520118	2022-02-20	2022-09-03	Closed	Samantha McCarthy	Parent led	Moved away
100872	5331	Jennifer	Cook	2001-09-13	2	M	10	9990772053	2022-02-20	2022-09-03	Closed	Samantha McCarthy	Targeted - HV	Moved away
100873	5332	Katarzyna	Kowalski	\N	2	C	13	9994835947	2022-05-08	\N	Active	Rachel Atkinson	Universal	\N
100874	5332	Małgorzata	Woźniak	2003-12-20	2	M	13	\N	2022-05-08	\N	Active	Rachel Atkinson	Targeted - SW	\N
100875	5332	Piotr	Kowalski	1996-03-26	1	F	13	9990961913	2022-05-08	\N	Active	Rachel Atkinson	Targeted - SW	\N
100876	5333	Oscar	Joes	2025-05-03	1	C	10	9992584009	2024-01-23	\N	Active	Chloé Davies	Universal	\N
100877	5333	kelly	JONES	1996-10-04	2	M	10	9998709970	2024-01-23	\N	Active	Chloé Davies	Stay and Play	\N
100878	5334	Alexander	Turner	2024-08-19	1	C	10	9990332061	2023-05-09	\N	Active	Alexandra Popescu	Parent led	\N
100879	5334	Sarah	Turner  	2002-08-11	2	M	10	9996458032	2023-05-09	\N	Lapsed	Alexandra Popescu	Targeted - SW	\N
100880	5335	Charlotte	King	2017-08-03	2	C	10	9991324305	2021-04-13	2022-09-20	Closed	Edward Williams	Universal	No longer attending
100881	5335	Sarah	Smith	1995-01-06	2	M	10	9995828189	2021-04-13	2022-09-20	Closed	Edward Williams	Targeted - SW	No longer attending
100882	5335	David	King	1990-02-18	1	F	10	9993576247	2021-04-13	2022-09-20	Closed	Edward Williams	Targeted - SW	No longer attending
100883	5336	 Charlie	Odling	2018-02-07	1	C	10	9999032364	2023-10-31	\N	Active	Emma Smith	Targeted - SW	\N
100884	5336	Emma	Odling	1993-10-14	2	M	10	9995198339	2023-10-31	\N	Active	Emma Smith	Stay and Play	\N
100885	5337	Oliver	Watson	2021-02-04	1	C	10	9993671177	2023-02-06	\N	Active	Jasleen Patel	Targeted - SW	\N
100886	5337	Elizabeth	WATSON	1986-11-29	2	M	10	9990426996	2023-02-06	\N	Active	Jasleen Patel	Targeted - HV	\N
100887	5338	Olivia	Allen	2021-06-26	2	C	10	9996018040	2022-04-22	2023-05-08	Closed	James Jones	Targeted - HV	Child started school
100888	5338	Emma	Davies	2004-02-04	2	M	10	9998269989	2022-04-22	2023-05-08	Closed	James Jones	Stay and Play	Child started school
100889	5339	Leo	Williams	2022-05-13	1	C	10	9997010280	2021-11-03	2022-11-29	Closed	Margaret Williams	Targeted - SW	Child started school
100890	5339	Jade	Bell	1987-04-21	2	M	10	9993136255	2021-11-03	2022-11-29	Closed	Margaret Williams	Universal	Child started school
100891	5340	Leo	Atkinson	2022-10-16	1	C	10	9994758349	2025-09-03	2025-12-31	Closed	Edward Williams	Targeted - HV	Moved away
100892	5340	Riley	Atkinson	2025-01-22	1	C	10	9998632374	2025-09-03	2025-12-31	Closed	Edward Williams	Targeted - HV	Moved away
100893	5340	Sarah	Atkinson	2002-07-15	2	M	10	9990884315	2025-09-03	2025-12-31	Closed	Edward Williams	Targeted - SW	Moved away
100894	5341	Arthur	Jackson	2018-08-29	1	C	10	9996742822	2025-06-19	2025-12-31	Closed	Rachel Atkinson	Stay and Play	Moved away
100895	5341	Hayley	Jackson	1982-06-29	2	M	10	9995120739	2025-06-19	2025-12-31	Closed	Rachel Atkinson	Parent led	Moved away
100896	5342	Maria	Popescu	2024-08-18	2	C	13	9995215667	2020-09-04	\N	Lapsed	James Jones	Targeted - HV	\N
100897	5342	Alexandra	Popescu	2003-07-30	2	M	13	9997467604	2020-09-04	\N	Active	James Jones	Universal	\N
100898	5343	Josh	Smith	2024-03-06	1	C	10	9991704027	2024-04-04	2024-11-07	Closed	Zoë Brown	Stay and Play	No longer attending
100899	5343	Bethan	Williams	1992-09-09	2	M	10	9992333871	2024-04-04	2024-11-07	Closed	Zoë Brown	Parent led	No longer attending
100900	5344	Oliver	Smith	2019-11-22	1	C	10	9996570290	2020-05-09	\N	Lapsed	Elizabeth Wright	Stay and Play	\N
100901	5344	Rebecca  	Smith	2021-02-05	2	C	10	9990444323	2020-05-09	\N	Active	Elizabeth Wright	Stay and Play	\N
100902	5344	Noah	Smith	2025-05-27	1	C	10	9994318357	2020-05-09	\N	Active	Elizabeth Wright	Stay and Play	\N
100903	5344	Danielle	Smith	2002-07-11	2	M	99	\N	2020-05-09	\N	Active	Elizabeth Wright	Stay and Play	\N
100904	5345	Olivia	Taylor	2021-03-02	2	C	10	9999814476	2023-03-10	\N	Active	Rachel Atkinson	Stay and Play	\N
100905	5345	Ava	Taylor	2022-05-16	2	C	10	9993688509	2023-03-10	\N	Lapsed	Rachel Atkinson	Targeted - HV	\N
100906	5346	George	Smith	2024-10-05	1	C	10	9997924924	2025-02-12	\N	Active	Stacey Shaw	Targeted - HV	\N
100907	5346	Deborah	SMITH	1997-07-23	2	M	10	9994050893	2025-02-12	\N	Active	Stacey Shaw	Universal	\N
100908	5347	Jasleen	Patel	2023-11-01	2	C	30	\N	2022-01-16	\N	Active	Robert Chapman	Stay and Play	\N
100909	5347	Priya	Patel	1989-02-21	2	M	99	9993421049	2022-01-16	\N	Active	Robert Chapman	Stay and Play	\N
100910	5348	Aysha	Chaudhry	2025-11-30	2	C	31	9998287316	2021-09-18	\N	Active	Zoë Brown	Parent led	\N
100911	5348	Nadia	Chaudhry	1997-04-19	2	M	31	9990539251	2021-09-18	\N	Active	Zoë Brown	Stay and Play	\N
100912	5348	Yusuf	Chaudhry	1998-06-07	1	F	31	9994413287	2021-09-18	\N	Active	Zoë Brown	Parent led	\N
100913	5349	Niamh	Ryan	2017-11-21	2	C	11	9994145827	2023-09-17	2025-02-08	Closed	Kirsty Green	Targeted - HV	Child started school
100914	5349	Ciarán	Ryan	2021-11-02	1	C	11	9998019850	2023-09-17	2025-02-08	Closed	Kirsty Green	Parent led	Child started school
100915	5349	Siobhán	Ryan	1982-07-21	2	M	11	9996397769	2023-09-17	2025-02-08	Closed	Kirsty Green	Targeted - HV	Child started school
100916	5350	Jacob	Williams	2024-10-07	1	C	10	9995767910	2022-05-17	\N	Active	Emma Smith	Universal	\N
100917	5350	Claire	Williams	1980-02-06	2	G	10	9993515973	2022-05-17	\N	Active	Emma Smith	Targeted - SW	\N
100918	5351	Kathleen	Murphy	2023-12-16	2	C	11	9995862840	2023-12-11	2024-11-18	Closed	Sana Hersi	Targeted - SW	No longer attending
100919	5351	Miss Sinéad	Murphy	2004-01-08	2	M	11	9991988815	2023-12-11	2024-11-18	Closed	Sana Hersi	Parent led	No longer attending
100920	5352	Katarzyna	Wiśniewski	2022-05-04	2	C	13	9998477174	2025-08-02	2025-12-31	Closed	Rachel Atkinson	Targeted - SW	No longer attending
100921	5352	Mrs Katarzyna	Nowak	2004-03-10	2	M	99	9994603140	2025-08-02	2025-12-31	Closed	Rachel Atkinson	Universal	No longer attending
100922	5353	Arjun	Jones	2024-11-15	1	C	22	\N	2023-03-15	\N	Active	Robert Chapman	Targeted - SW	\N
100923	5353	Anjali	Sharma	1993-05-15	2	M	30	9992351209	2023-03-15	\N	Lapsed	Robert Chapman	Parent led	\N
100924	5354	Olivia	Smith	2014-07-10	2	C	10	9990461651	2021-05-29	2021-07-26	Closed	Edward Williams	Targeted - HV	Child started school
100925	5354	Sophia	Smith	2025-06-23	2	C	10	9994335685	2021-05-29	2021-07-26	Closed	Edward Williams	Targeted - SW	Child started school
100926	5354	Jade	Williams	1992-04-12	2	M	10	9996587622	2021-05-29	2021-07-26	Closed	Edward Williams	Universal	Child started school
100927	5355	Anna	Nowak	2024-08-08	2	C	13	9997312406	2021-06-15	2022-04-06	Closed	Zofia Zieliński	Stay and Play	No longer attending
100928	5355	Katarzyna	Wozniak	2002-09-20	2	M	13	9999564348	2021-06-15	2022-04-06	Closed	Zofia Zieliński	Parent led	No longer attending
100929	5355	Krzysztof	Nowak	2000-02-27	1	F	13	9993438375	2021-06-15	2022-04-06	Closed	Zofia Zieliński	Universal	No longer attending
100930	5356	Ava	Smith	2021-10-04	2	C	10	\N	2023-08-26	\N	Active	Gary Walker	Parent led	\N
100931	5356	Elizabeth	Smith	1985-06-29	2	M	10	9993170917	2023-08-26	\N	Active	Gary Walker	Parent led	\N
100932	5356	Paul	Smith	1982-11-30	1	F	10	9997044940	2023-08-26	\N	Active	Gary Walker	Targeted - SW	\N
100933	5357	Oscar  	Harrison	2022-12-24	1	C	10	9994525549	2020-06-08	2020-12-01	Closed	Margaret Williams	Universal	No longer attending
100934	5357	Alexander	Harrison	2024-08-28	1	C	10	9998399572	2020-06-08	2020-12-01	Closed	Margaret Williams	Stay and Play	No longer attending
100935	5357	Amy	Smith	1991-01-18	2	M	10	9996777480	2020-06-08	2020-12-01	Closed	Margaret Williams	Stay and Play	No longer attending
100936	5358	Oliver	Smith	2021-06-21	1	C	10	\N	2021-10-14	2022-01-15	Closed	Zofia Zieliński	Universal	Moved away
100937	5358	Sarah	Patel	1991-07-21	2	M	99	9999391818	2021-10-14	2022-01-15	Closed	Zofia Zieliński	Universal	Moved away
100938	5358	David	Smith	1984-02-04	1	F	10	9993265845	2021-10-14	2022-01-15	Closed	Zofia Zieliński	Targeted - SW	Moved away
100939	5359	Samuel	Brown	2020-07-08	1	C	10	9996604950	2025-08-07	\N	Active	Ayan Mohamed	Targeted - SW	\N
100940	5359	Mason	Brown	2022-08-27	1	C	10	9990478988	2025-08-07	\N	Active	Ayan Mohamed	Universal	\N
100941	5359	Laura	Dunmore	1982-12-10	2	M	10	9998556892	2025-08-07	\N	Active	Ayan Mohamed	Stay and Play	\N
100942	5359	Mark	Brown  	1981-12-07	1	F	10	9992730927	2025-08-07	\N	Active	Ayan Mohamed	Universal	\N
100943	5360	James	Lee	2023-04-06	1	C	10	\N	2021-12-06	\N	Active	Samantha McCarthy	Parent led	\N
100944	5360	Olivia	Lee	2024-05-30	2	C	10	9992101075	2021-12-06	\N	Active	Samantha McCarthy	Parent led	\N
100945	5360	Riley	Thorpe	2025-07-26	1	C	10	9995975106	2021-12-06	\N	Active	Samantha McCarthy	Universal	\N
100946	5360	Hayley	Lee	1989-08-02	2	M	10	9994353012	2021-12-06	\N	Active	Samantha McCarthy	Parent led	\N
100947	5360	Michael	Thorpe	1995-07-05	1	SF	10	9991643753	2021-12-06	\N	Active	Samantha McCarthy	Targeted - SW	\N
100948	5361	Jakub	Dabrowski	2022-01-07	1	C	13	\N	2025-05-28	\N	Active	Chloé Davies	Targeted - HV	\N
100949	5361	Ms Aleksandra	Nowak	\N	2	M	13	9993723169	2025-05-28	\N	Active	Chloé Davies	Stay and Play	\N
100950	5362	Ieva	Kazlauskas	2023-03-27	2	C	13	9999581676	2022-08-09	2024-01-15	Closed	Sana Hersi	Stay and Play	Child started school
100951	5362	Rūta	Kazlauskas	1994-10-11	2	M	13	9991833617	2022-08-09	2024-01-15	Closed	Sana Hersi	Universal	Child started school
100952	5363	Olivia	Smith	\N	2	C	10	9991203761	2021-12-27	\N	Active	Chloé Davies	Targeted - SW	\N
100953	5363	Jack	Smith	2021-09-29	1	C	99	9995077795	2021-12-27	\N	Active	Chloé Davies	Parent led	\N
100954	5363	Oliver	Smith	2024-08-07	1	C	10	9998951828	2021-12-27	\N	Active	Chloé Davies	Parent led	\N
100955	5363	George	Smith	2025-09-16	1	C	10	9992825855	2021-12-27	\N	Lapsed	Chloé Davies	Stay and Play	\N
100956	5363	Catherine	Smith	1993-11-25	2	M	10	9993455709	2021-12-27	\N	Active	Chloé Davies	Universal	\N
100957	5363	James	Smith	1989-09-18	1	F	10	9997329732	2021-12-27	\N	Active	Chloé Davies	Parent led	\N
100958	5364	Maria	Matei	2025-10-21	2	C	13	9992920785	2025-02-21	2025-05-11	Closed	James Jones	Targeted - HV	No longer attending
100959	5364	Mara	Matei	2002-02-08	2	M	13	\N	2025-02-21	2025-05-11	Closed	James Jones	Stay and Play	No longer attending
100960	5365	Callum	Smith	2024-08-18	1	C	10	\N	2025-04-07	2025-12-31	Closed	Alexandra Popescu	Targeted - HV	No longer attending
100961	5365	Kelly	Smith	1987-06-01	2	M	10	9996794814	2025-04-07	2025-12-31	Closed	Alexandra Popescu	Parent led	No longer attending
100962	5366	Isabella	Winter	2020-09-14	2	C	40	\N	2023-10-27	\N	Active	Chloé Davies	Targeted - HV	\N
100963	5366	Henry	Winter	2021-07-27	1	C	99	9992683329	2023-10-27	\N	Active	Chloé Davies	Targeted - HV	\N
100964	5366	Saarah	Winter	1998-10-15	2	M	40	9991631235	2023-10-27	\N	Active	Chloé Davies	Parent led	\N
100965	5367	Lacey	Kavaliauskas	2021-10-10	2	C	10	9997519590	2022-11-07	\N	Active	Elizabeth Wright	Parent led	\N
100966	5367	Amelia	Kavaliauskas  	2024-10-01	2	C	10	9991393625	2022-11-07	\N	Active	Elizabeth Wright	Universal	\N
100967	5367	Kelly	Kavaliauskas (née Quickfall)	1996-01-27	2	M	10	9995897504	2022-11-07	\N	Active	Elizabeth Wright	Parent led	\N
100968	5367	Jonas	Kavaliauskas	1993-04-20	1	F	13	9993645567	2022-11-07	\N	Lapsed	Elizabeth Wright	Universal	\N
100969	5368	Freddie	Stewart	2020-10-10	1	C	10	9992748257	2022-09-08	2023-06-20	Closed	Sana Hersi	Parent led	No longer attending
100970	5368	Fiona	Anderson	1990-10-16	2	M	10	\N	2022-09-08	2023-06-20	Closed	Sana Hersi	Universal	No longer attending
100971	5368	Callum	Stewart	1992-08-10	1	F	99	9991126163	2022-09-08	2023-06-20	Closed	Sana Hersi	Parent led	No longer attending
100972	5369	Arthur	Ryan	2018-01-07	1	C	12	9997614526	2021-07-22	\N	Active	Ayan Mohamed	Universal	\N
100973	5369	George	Ryan	2023-09-20	1	C	12	9991488553	2021-07-22	\N	Lapsed	Ayan Mohamed	Stay and Play	\N
100974	5369	Sarah	Ryn	1997-04-08	2	M	12	9999866468	2021-07-22	\N	Active	Ayan Mohamed	Stay and Play	\N
100975	5370	Olivia	Roberts	2024-10-21	2	C	10	9992480793	2025-04-02	2025-12-31	Closed	Alexandra Popescu	Stay and Play	No longer attending
100976	5370	Rebecca	JONES	1998-03-26	2	M	10	9996984672	2025-04-02	2025-12-31	Closed	Alexandra Popescu	Targeted - SW	No longer attending
100977	5370	Stephen	Roberts	1985-01-09	1	SF	10	9994334913	2025-04-02	2025-12-31	Closed	Alexandra Popescu	Universal	No longer attending
100978	5371	George	ALLSN	2021-04-13	1	C	10	9995095122	2021-10-19	\N	Active	Gary Walker	Stay and Play	\N
100979	5371	Theodore	Allen 	2025-08-02	1	C	10	9998969158	2021-10-19	\N	Active	Gary Walker	Universal	\N
100980	5371	Laura	Allen	1985-07-26	2	M	10	9997347064	2021-10-19	\N	Active	Gary Walker	Targeted - HV	\N
100981	5371	Wayne	Allen	1979-01-04	1	F	10	9991221093	2021-10-19	\N	Active	Gary Walker	Parent led	\N
100982	5372	Oiver	Smith	2024-12-21	1	C	10	9996087360	2021-12-24	\N	Active	Margaret Williams	Universal	\N
100983	5372	Lisa	Smith	1994-11-22	2	M	99	9992213337	2021-12-24	\N	Active	Margaret Williams	Parent led	\N
100984	5373	Ollie	Chapman	2022-07-08	1	C	10	9991316027	2021-05-31	\N	Active	Robert Chapman	Stay and Play	\N
100985	5373	Samuel	Chapman	2025-06-12	1	C	10	9995190052	2021-05-31	\N	Active	Robert Chapman	Targeted - SW	\N
100986	5373	Hayley	Chapman	1981-01-17	2	M	10	\N	2021-05-31	\N	Active	Robert Chapman	Universal	\N
100987	5373	EDWARD	CHAPMAN	1973-11-12	0	F	10	\N	2021-05-31	\N	Active	Robert Chapman	Targeted - HV	\N
100988	5374	Oliver	Brackenbury	2022-12-13	1	C	10	9992670657	2021-02-19	2021-10-22	Closed	Stacey Shaw	Universal	No longer attending
100989	5374	Noah	Brackenbury	\N	1	C	10	9996544680	2021-02-19	2021-10-22	Closed	Stacey Shaw	Stay and Play	No longer attending
100990	5374	Ms Sarah	Brackenbury	1990-06-23	2	M	10	9994922591	2021-02-19	2021-10-22	Closed	Stacey Shaw	Universal	No longer attending
100991	5375	Oliver	Green	2021-10-30	1	C	10	9991773347	2022-08-11	2023-11-11	Closed	Chloé Davies	Stay and Play	Child started school
100992	5375	Harry	Green	2024-04-20	1	C	10	9995647370	2022-08-11	2023-11-11	Closed	Chloé Davies	Parent led	Child started school
100993	5375	Claire	Green	1999-04-21	2	M	10	9997899318	2022-08-11	2023-11-11	Closed	Chloé Davies	Universal	Child started school
100994	5376	Caitlin	Kelly	2017-11-25	2	C	11	9998891558	2021-01-06	2022-05-22	Closed	Stacey Shaw	Targeted - HV	Child started school
100995	5376	Sinéad	Kelly	2023-02-20	2	C	11	9992765585	2021-01-06	2022-05-22	Closed	Stacey Shaw	Targeted - SW	Child started school
100996	5377	Olivia	Goodacre	2025-10-03	2	C	10	9999883796	2022-03-29	2023-09-10	Closed	Sarah Evans	Parent led	Child started school
100997	5378	Siobhán	Quinn	2022-03-02	2	C	11	9991600817	2020-01-31	\N	Active	Robert Chapman	Universal	\N
100998	5378	Aoife	Quinn	2023-01-12	2	C	11	\N	2020-01-31	\N	Active	Robert Chapman	Universal	\N
100999	5378	Seán	Quinn	2024-04-19	1	C	11	9999348874	2020-01-31	\N	Active	Robert Chapman	Targeted - SW	\N
101000	5378	Margaret	Quinn	1992-10-31	0	M	11	9997726782	2020-01-31	\N	Active	Robert Chapman	Targeted - HV	\N
101001	5379	Isla	Evans  	2019-12-05	2	C	10	9991963200	2022-02-24	2023-04-02	Closed	Sana Hersi	Targeted - HV	Moved away
101002	5379	Florence	Evans	2023-09-03	9	C	10	9995837234	2022-02-24	2023-04-02	Closed	Sana Hersi	Targeted - SW	Moved away
101003	5379	Elizabeth	Evans	1989-01-13	2	M	10	9994215140	2022-02-24	2023-04-02	Closed	Sana Hersi	Universal	Moved away
101004	5380	Poppy	Williams	2021-04-22	2	C	10	9993947687	2024-11-28	\N	Active	Gary Walker	Stay and Play	\N
101005	5380	Mason	Williams	2024-01-29	1	C	10	9997821718	2024-11-28	\N	Active	Gary Walker	Targeted - SW	\N
101006	5380	Rhiannon	Williams	1991-09-19	2	M	10	9992325593	2024-11-28	\N	Active	Gary Walker	Parent led	\N
101007	5380	Gareth	Jones	1992-07-11	1	F	10	9996199622	2024-11-28	\N	Active	Gary Walker	Universal	\N
101008	5381	Isla	Connors	2022-09-17	2	C	12	9997916646	2024-09-23	2025-12-31	Closed	Jasleen Patel	Targeted - SW	No longer attending
101009	5381	Danielle	Ryan	1994-04-21	2	M	12	9998546494	2024-09-23	2025-12-31	Closed	Jasleen Patel	Universal	No longer attending
101010	5381	Paul	Connors	1994-04-02	1	F	12	9992420529	2024-09-23	2025-12-31	Closed	Jasleen Patel	Targeted - HV	No longer attending
101011	5382	Olivia	Martin	2024-10-02	2	C	10	9996656942	2022-08-26	\N	Lapsed	James Jones	Targeted - HV	\N
101012	5382	Katherine	Taylor	1992-12-07	2	M	10	9992782919	2022-08-26	\N	Active	James Jones	Universal	\N
101013	5383	Olivia	Smith	2025-04-17	2	C	10	9998373964	2024-10-25	2025-09-06	Closed	Samantha McCarthy	Parent led	Child started school
101014	5383	Laura	Smith	1993-06-27	2	M	10	9994499939	2024-10-25	2025-09-06	Closed	Samantha McCarthy	Stay and Play	Child started school
101015	5384	Aleksandra	Nowak	2024-10-06	2	C	99	9999996051	2020-11-30	2021-05-10	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
101016	5384	Zuzanna	Nowak	1985-08-28	2	M	13	\N	2020-11-30	2021-05-10	Closed	Darius Kazlauskas	Targeted - HV	No longer attending
101017	5385	Oliver	Jones	2017-09-01	1	C	10	9992610387	2022-12-29	\N	Active	Samantha McCarthy	Parent led	\N
101018	5385	Freddie	Jones	2023-02-02	1	C	10	9996484416	2022-12-29	\N	Active	Samantha McCarthy	Targeted - HV	\N
101019	5385	Emma	Jones	\N	2	M	10	\N	2022-12-29	\N	Active	Samantha McCarthy	Targeted - SW	\N
101020	5386	Theodore	Jones	2024-02-21	1	C	10	9992342927	2022-04-14	\N	Active	Gary Walker	Universal	\N
101021	5386	Ava	JONES	2025-01-30	2	C	10	9996216950	2022-04-14	\N	Active	Gary Walker	Targeted - HV	\N
101022	5386	Ms Rebecca	Jones	1993-03-21	2	M	99	\N	2022-04-14	\N	Lapsed	Gary Walker	Stay and Play	\N
101023	5386	David	Williams	1985-03-01	1	SF	10	9996638847	2022-04-14	\N	Active	Gary Walker	Targeted - HV	\N
101024	5387	Freddie	Mitchell	2023-07-24	1	C	10	9990185913	2025-01-12	2025-08-17	Closed	Chloé Davies	Targeted - HV	Moved away
101025	5387	Oliver	Mitchell	2025-05-25	1	C	10	\N	2025-01-12	2025-08-17	Closed	Chloé Davies	Targeted - SW	Moved away
101026	5387	Hayley	Smith	1990-01-15	2	M	10	9996311880	2025-01-12	2025-08-17	Closed	Chloé Davies	Parent led	Moved away
101027	5388	Alexandru	Popescu	2020-10-01	1	C	13	9997399056	2023-03-13	2024-04-08	Closed	Rachel Atkinson	Targeted - SW	Moved away
101028	5388	Mihaela	Popescu	2024-10-31	2	C	13	9991273085	2023-03-13	2024-04-08	Closed	Rachel Atkinson	Targeted - SW	Moved away
101029	5388	Maria	Popescu	1999-12-12	2	M	13	9999650996	2023-03-13	2024-04-08	Closed	Rachel Atkinson	Universal	Moved away
101030	5389	Ying	LI	2025-06-12	2	C	50	9997131592	2023-02-19	\N	Active	Jasleen Patel	Targeted - HV	\N
101031	5389	Hpui	Li	1998-07-12	2	M	50	9993257567	2023-02-19	\N	Active	Jasleen Patel	Parent led	\N
101032	5390	George	Mitchell	2023-04-16	1	C	10	9998753686	2023-03-29	2023-09-14	Closed	Darius Kazlauskas	Parent led	No longer attending
101033	5390	 Samantha	Mitchell	1990-04-25	2	M	10	\N	2023-03-29	2023-09-14	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
101034	5390	Robert	Mitchell	1991-06-26	1	F	10	\N	2023-03-29	2023-09-14	Closed	Darius Kazlauskas	Stay and Play	No longer attending
101035	5391	Piotr	D?browski	2022-08-28	1	C	13	9996234282	2025-10-19	\N	Active	Stacey Shaw	Targeted - SW	\N
101036	5391	Natalia	Kowalski	1988-06-16	2	M	13	\N	2025-10-19	\N	Active	Stacey Shaw	Stay and Play	\N
101037	5392	Abigail	SMITH	2022-04-05	2	C	10	9997226526	2021-08-13	\N	Active	Jasleen Patel	Stay and Play	\N
101038	5392	Hayley	Atkinson	1980-12-20	2	M	10	9991730400	2021-08-13	\N	Active	Jasleen Patel	Targeted - SW	\N
101039	5392	David	SMITH	1981-04-25	1	F	10	9995604434	2021-08-13	\N	Active	Jasleen Patel	Targeted - HV	\N
101040	5393	Chloe	Kelly	2018-03-19	2	C	12	\N	2024-02-20	2024-09-08	Closed	Sana Hersi	Parent led	Child started school
101041	5393	Charlie	Kelly	2022-11-19	1	C	12	9995799362	2024-02-20	2024-09-08	Closed	Sana Hersi	Parent led	Child started school
101042	5393	George	Kelly	2024-06-14	0	C	12	\N	2024-02-20	2024-09-08	Closed	Sana Hersi	Stay and Play	Child started school
101043	5393	Sarah	Kelly	2000-06-13	2	M	12	9997951301	2024-02-20	2024-09-08	Closed	Sana Hersi	Targeted - HV	Child started school
101044	5394	Oliver	Szymański	2019-10-15	1	C	20	9999935788	2023-05-19	2024-01-08	Closed	Chloé Davies	Targeted - SW	Moved away
101045	5394	Sarah	Smith	1982-12-22	2	M	40	9992187727	2023-05-19	2024-01-08	Closed	Chloé Davies	Targeted - SW	Moved away
101046	5395	Amelia	Williams	2022-11-15	2	C	10	9997683846	2024-01-26	2024-07-24	Closed	Chloé Davies	Targeted - HV	Moved away
101047	5396	Isla	Brown	2024-09-14	2	C	10	9990298173	2022-02-25	\N	Active	Margaret Williams	Parent led	\N
101048	5396	Sarah	Brown	1987-01-15	2	M	10	9992550112	2022-02-25	\N	Active	Margaret Williams	Stay and Play	\N
101049	5396	David	Waterfall	1986-01-06	1	F	10	9996424146	2022-02-25	\N	Active	Margaret Williams	Stay and Play	\N
101050	5397	Evie	Turner	2023-10-01	2	C	10	9998046238	2022-06-24	2022-08-02	Closed	Jasleen Patel	Stay and Play	No longer attending
101051	5397	Laura	Turner	1992-10-29	2	M	10	9994172204	2022-06-24	2022-08-02	Closed	Jasleen Patel	Targeted - SW	No longer attending
101052	5398	Oliver	Brennan	2020-02-21	1	C	12	9991385347	2020-06-18	2020-09-24	Closed	Edward Williams	Parent led	No longer attending
101053	5398	Sophia	Brennan	2021-11-09	2	C	12	\N	2020-06-18	2020-09-24	Closed	Edward Williams	Universal	No longer attending
101054	5398	Catherine	Murphy	1995-03-17	2	M	12	9999763251	2020-06-18	2020-09-24	Closed	Edward Williams	Targeted - HV	No longer attending
101055	5399	Olivia 	Brackenbury	2023-08-28	2	C	10	9993999679	2024-03-21	\N	Active	Sarah Evans	Universal	\N
101056	5399	Sarah	Smith	1985-12-29	2	M	10	9996251616	2024-03-21	\N	Active	Sarah Evans	Stay and Play	\N
101057	5400	Grace	Tennyson	2021-08-10	2	C	10	9994362062	2021-03-23	\N	Active	Jasleen Patel	Stay and Play	\N
101058	5400	Sarah	Tennyson	1993-11-26	2	M	10	9998865948	2021-03-23	\N	Active	Jasleen Patel	Universal	\N
101059	5401	Tyler	Roberts	2025-11-24	1	C	10	9991480277	2022-05-16	\N	Active	Darius Kazlauskas	Universal	\N
101060	5401	JENNIFER	ROBERTS	\N	2	M	10	\N	2022-05-16	\N	Active	Darius Kazlauskas	Universal	\N
101061	5402	Matthew	O'Connor	2021-04-10	1	C	10	9996346544	2022-01-01	2022-11-01	Closed	Sarah Evans	Targeted - HV	Moved away
101062	5402	Sarah	O'Connor	1997-11-26	2	M	10	9998598486	2022-01-01	2022-11-01	Closed	Sarah Evans	Universal	Moved away
101063	5403	George	Shaw	2023-02-24	1	C	10	\N	2024-12-19	\N	Lapsed	Darius Kazlauskas	Universal	\N
101064	5403	Rebecca	Shaw	1996-02-27	2	M	10	9997338782	2024-12-19	\N	Active	Darius Kazlauskas	Universal	\N
101065	5404	oliver	SMITH	2019-09-06	1	C	10	9996079082	2022-04-04	2023-05-28	Closed	Rachel Atkinson	Targeted - HV	No longer attending
101066	5404	Olivia	Smith	2023-11-28	2	C	10	9999953115	2022-04-04	2023-05-28	Closed	Rachel Atkinson	Parent led	No longer attending
101067	5404	Nicola	Smith	2001-09-18	2	M	10	\N	2022-04-04	2023-05-28	Closed	Rachel Atkinson	Targeted - HV	No longer attending
101068	5405	Sophia	Jones	2022-11-03	2	C	10	9997071328	2020-10-23	2021-09-12	Closed	Elizabeth Wright	Targeted - SW	Child started school
101069	5405	Arthur	Jones	2022-11-03	1	C	10	9990945357	2020-10-23	2021-09-12	Closed	Elizabeth Wright	Universal	Child started school
101070	5405	Emma	Hall	1988-04-19	2	M	10	9995449234	2020-10-23	2021-09-12	Closed	Elizabeth Wright	Targeted - SW	Child started school
101071	5406	Andrew	Jones	1978-06-10	1	F	10	9993197297	2024-09-21	\N	Active	Edward Williams	Targeted - HV	\N
101072	5406	Arthur	Jones	2022-11-03	1	C	10	9990945357	2024-09-21	\N	Active	Edward Williams	Stay and Play	\N
101073	5407	George	MOORE	2017-12-10	1	C	10	9998693411	2020-08-05	2021-11-14	Closed	Jasleen Patel	Universal	Moved away
101074	5407	Rebecca	Moore	1980-03-28	2	M	10	9994819380	2020-08-05	2021-11-14	Closed	Jasleen Patel	Parent led	Moved away
101075	5408	Olivia	Clarke	2021-07-20	2	C	10	9994551922	2022-03-11	\N	Active	Zoë Brown	Targeted - HV	\N
101076	5408	Jennifer	Green	1994-11-13	2	M	10	9996803864	2022-03-11	\N	Active	Zoë Brown	Universal	\N
101077	5409	Jack	Murphy	2022-07-16	1	C	12	9997796101	2021-04-04	2022-01-25	Closed	Elizabeth Wright	Universal	No longer attending
101078	5409	Claire	Murphy	1995-12-30	2	M	12	\N	2021-04-04	2022-01-25	Closed	Elizabeth Wright	Universal	No longer attending
101079	5410	Oliver	Martin	2025-04-19	1	C	10	9997166256	2023-02-23	\N	Active	Kirsty Green	Stay and Play	\N
101080	5410	Chloe	Watson	2008-03-27	2	M	10	9999418198	2023-02-23	\N	Lapsed	Kirsty Green	Stay and Play	\N
101081	5411	Olivia	Taylor	2019-06-04	2	C	10	9994914316	2024-05-03	2025-07-20	Closed	Margaret Williams	Targeted - SW	No longer attending
101082	5411	Sarah	Taylor	1995-08-08	2	M	10	9991040285	2024-05-03	2025-07-20	Closed	Margaret Williams	Targeted - HV	No longer attending
101083	5412	Matthew	Taylor	2020-11-24	1	C	10	9997891031	2023-04-21	\N	Active	Robert Chapman	Universal	\N
101084	5412	Emma	Taylor	1985-11-15	2	M	10	9994017004	2023-04-21	\N	Active	Robert Chapman	Targeted - SW	\N
101085	5412	Yusuf	Chaudhry	1998-06-07	1	SF	31	9994413287	2023-04-21	\N	Active	Robert Chapman	Targeted - HV	\N
101086	5413	Emily	Williams	2024-02-13	2	C	10	9995639092	2023-02-23	\N	Active	Elizabeth Wright	Targeted - SW	\N
101087	5413	Gemma	Williams	2000-03-18	2	M	10	9991765069	2023-02-23	\N	Active	Elizabeth Wright	Targeted - HV	\N
101088	5414	Liam	Smith	2022-03-11	1	C	10	9999340598	2022-12-27	\N	Active	Kirsty Green	Universal	\N
101089	5414	Laura	Smith	1990-04-17	2	M	10	9993844470	2022-12-27	\N	Active	Kirsty Green	Stay and Play	\N
101090	5415	Oliver	Atkinson	2024-07-23	1	C	10	9990962685	2023-11-01	2024-06-24	Closed	Rachel Atkinson	Parent led	Child started school
101091	5415	Michelle	Atkinson	1992-05-21	2	M	10	9993214620	2023-11-01	2024-06-24	Closed	Rachel Atkinson	Universal	Child started school
101092	5415	Michael	Atkinson	1988-06-28	1	F	10	9997088654	2023-11-01	2024-06-24	Closed	Rachel Atkinson	Targeted - HV	Child started school
101093	5416	Isla	Quickfall	2021-07-10	2	C	10	9992584777	2025-08-07	2025-12-31	Closed	Sarah Evans	Universal	Child started school
101094	5416	Zoë  	Quickfall	2025-01-23	2	C	10	9996458806	2025-08-07	2025-12-31	Closed	Sarah Evans	Universal	Child started school
101095	5416	Gemma	SMITH	2004-06-17	2	M	10	\N	2025-08-07	2025-12-31	Closed	Sarah Evans	Targeted - HV	Child started school
101096	5417	Emily	White	2023-07-26	2	C	10	9995199106	2021-04-26	2021-05-28	Closed	Gary Walker	Universal	Family request
101097	5417	Charlie	White	2025-05-11	1	C	10	9999073131	2021-04-26	2021-05-28	Closed	Gary Walker	Targeted - SW	Family request
101098	5417	Sarah	White	2001-09-16	2	M	10	9993577014	2021-04-26	2021-05-28	Closed	Gary Walker	Targeted - HV	Family request
101099	5418	Alexander	Smith	2018-11-01	1	C	10	9999797911	2025-05-14	\N	Active	Emma Smith	Universal	\N
101100	5418	Oscar	Smith	2023-02-05	1	C	10	9993671940	2025-05-14	\N	Active	Emma Smith	Stay and Play	\N
101101	5418	Benjamin	Smith	2024-04-06	1	C	10	9497545974	2025-05-14	\N	Active	Emma Smith	Targeted - HV	\N
101102	5418	Emma	Smith	1981-09-06	2	M	10	9992049855	2025-05-14	\N	Active	Emma Smith	Targeted - SW	\N
101103	5419	Thomas	Clarke	2022-07-07	1	C	10	9998538211	2024-01-14	\N	Active	Margaret Williams	Parent led	\N
101104	5419	Olivia	Clarke	2025-06-19	2	C	10	9992412240	2024-01-14	\N	Active	Margaret Williams	Stay and Play	\N
101105	5419	David	Clarke	\N	1	F	10	9990790159	2024-01-14	\N	Active	Margaret Williams	Stay and Play	\N
101106	5420	Alexander	Coaok	2020-05-27	1	C	10	\N	2022-04-26	2023-04-23	Closed	Gary Walker	Targeted - SW	Family request
101107	5420	Holyly	Cook	2025-01-14	2	C	10	9997908368	2022-04-26	2023-04-23	Closed	Gary Walker	Targeted - SW	Family request
101108	5420	Kirsty	Jones	1996-11-02	2	M	10	9996286274	2022-04-26	2023-04-23	Closed	Gary Walker	Universal	Family request
101109	5421	Oliver	Smith	2021-02-02	1	C	10	9999892841	2023-06-19	2024-11-30	Closed	Chloé Davies	Targeted - HV	No longer attending
101110	5421	Alexander	Smith	2022-11-20	1	C	10	\N	2023-06-19	2024-11-30	Closed	Chloé Davies	Targeted - SW	No longer attending
101111	5421	Eleanor	Smith	2023-10-07	2	C	10	9991514937	2023-06-19	2024-11-30	Closed	Chloé Davies	Stay and Play	No longer attending
101112	5421	Stacey	Smith	1995-12-09	2	M	10	9996018814	2023-06-19	2024-11-30	Closed	Chloé Davies	Targeted - SW	No longer attending
101113	5422	Oscar	Watson	2019-05-25	1	C	10	9995121506	2020-02-29	\N	Active	Elizabeth Wright	Parent led	\N
101114	5422	Ivy	WATSON	2022-03-29	2	C	10	9998995531	2020-02-29	\N	Active	Elizabeth Wright	Targeted - SW	\N
101115	5422	Freddie	WATSON	\N	1	C	10	9992869569	2020-02-29	\N	Active	Elizabeth Wright	Universal	\N
101116	5422	Amy	Watson	1986-03-29	2	M	10	9997373448	2020-02-29	\N	Active	Elizabeth Wright	Parent led	\N
101117	5422	Daniel	Watson	1983-05-10	1	F	10	\N	2020-02-29	\N	Active	Elizabeth Wright	Targeted - HV	\N
101118	5423	Isla	Thompson	2023-10-17	2	C	10	9990980012	2025-08-21	\N	Active	Darius Kazlauskas	Targeted - SW	\N
101119	5423	Olivia	Thompson	2024-10-13	2	C	10	9994854046	2025-08-21	\N	Active	Darius Kazlauskas	Stay and Play	\N
101120	5423	Emma	Thompson	1990-04-23	2	M	10	9993231959	2025-08-21	\N	Lapsed	Darius Kazlauskas	Stay and Play	\N
101121	5423	Christopher	Thompson	1990-08-11	1	F	10	9997105982	2025-08-21	\N	Lapsed	Darius Kazlauskas	Parent led	\N
101122	5424	George	Ward	2021-11-03	1	C	99	9993956732	2021-05-01	2021-10-20	Closed	Gary Walker	Universal	Child started school
101123	5424	SARAH	WWRD	1985-05-26	2	M	10	9996208672	2021-05-01	2021-10-20	Closed	Gary Walker	Universal	Child started school
101124	5425	Stewart	Sophia	2021-04-15	2	C	10	9992697032	2023-04-03	\N	Active	Sana Hersi	Stay and Play	\N
101125	5425	Ailsa	Stewart	1993-12-03	2	M	10	9991074945	2023-04-03	\N	Active	Sana Hersi	Targeted - SW	\N
101126	5425	Mohammed	Warsame	1987-04-02	1	SF	99	\N	2023-04-03	\N	Active	Sana Hersi	Parent led	\N
101127	5426	Oliver	Pickering	2020-03-08	1	C	10	9992067187	2021-05-22	\N	Active	Gary Walker	Stay and Play	\N
101128	5426	Tyler	Pickering	2023-03-08	1	C	10	9999815243	2021-05-22	\N	Active	Gary Walker	Targeted - HV	\N
101129	5426	Danielle	Pickering	1979-06-02	2	M	10	9996571068	2021-05-22	\N	Active	Gary Walker	Targeted - HV	\N
101130	5427	Phoebe	Marshall	2021-10-08	2	C	10	9992429577	2024-11-12	2025-08-23	Closed	Edward Williams	Parent led	Child started school
101131	5427	Emma	Marshall	1986-07-23	2	M	10	9994681516	2024-11-12	2025-08-23	Closed	Edward Williams	Targeted - HV	Child started school
101132	5428	Daniel	Jones	2022-02-14	1	C	10	9997028384	2025-10-12	\N	Active	Elizabeth Wright	Parent led	\N
101133	5428	Cerys  	Jones	1986-03-02	2	M	10	9993154350	2025-10-12	\N	Active	Elizabeth Wright	Targeted - HV	\N
101134	5429	Lily	Wood	2023-10-06	2	C	10	9994776444	2020-03-11	\N	Active	James Jones	Targeted - SW	\N
101135	5429	Kirsty	Wood	1996-12-25	2	M	10	9990902410	2020-03-11	\N	Active	James Jones	Parent led	\N
101136	5429	David	Thompson	1977-11-28	1	SF	99	9995216434	2020-03-11	\N	Active	James Jones	Targeted - SW	\N
101137	5430	Kasia	Noak	2024-05-08	2	C	13	\N	2025-09-22	\N	Active	Darius Kazlauskas	Parent led	\N
101138	5431	Abigail	Lee	2023-03-07	2	C	10	9998745403	2025-07-09	\N	Active	Sana Hersi	Parent led	\N
101139	5431	Sarah	BELL	1990-03-21	2	M	10	9994871374	2025-07-09	\N	Active	Sana Hersi	Universal	\N
101140	5432	Oliver	Taylor	2017-02-13	1	C	10	9992981822	2025-03-27	\N	Active	Darius Kazlauskas	Parent led	\N
101141	5432	Rebecca	Smimh	1984-07-05	2	M	10	9991359737	2025-03-27	\N	Active	Darius Kazlauskas	Targeted - SW	\N
101142	5433	Jayden	Wilson	2021-01-13	1	C	10	9999202721	2025-06-13	2025-07-16	Closed	James Jones	Targeted - SW	Child started school
101143	5433	Kerry	Wilson	1993-12-29	2	M	10	9995328690	2025-06-13	2025-07-16	Closed	James Jones	Universal	Child started school
101144	5434	Isla	Smith	2017-08-13	2	C	10	9994526316	2020-08-02	2021-05-28	Closed	Sana Hersi	Universal	Child started school
101145	5434	Megan	Smith	2022-02-06	2	C	10	9998400341	2020-08-02	2021-05-28	Closed	Sana Hersi	Stay and Play	Child started school
101146	5434	Jennifer	Smith	1989-10-20	2	M	10	9990652287	2020-08-02	2021-05-28	Closed	Sana Hersi	Parent led	Child started school
101147	5435	Olivia	Martin	2023-12-26	2	C	10	9996510794	2025-10-03	\N	Active	Zofia Zieliński	Targeted - SW	\N
101148	5435	Jessica	Brown	2025-01-18	2	C	20	9990384827	2025-10-03	\N	Active	Zofia Zieliński	Stay and Play	\N
101149	5435	Sarah	Martin	2001-01-22	2	M	10	9998762731	2025-10-03	\N	Active	Zofia Zieliński	Stay and Play	\N
101150	5436	Ava	Fsx	2019-02-23	2	C	10	9993629006	2023-12-29	\N	Active	Chloé Davies	Parent led	\N
101151	5436	Isabella	Fox	2024-01-30	2	C	10	9997503031	2023-12-29	\N	Active	Chloé Davies	Targeted - SW	\N
101152	5436	Deborah	Fox	1981-03-12	2	M	10	9995880946	2023-12-29	\N	Lapsed	Chloé Davies	Universal	\N
101153	5437	Joshua	Williams	2021-12-05	1	C	10	9990479755	2021-05-13	2022-01-09	Closed	Kirsty Green	Targeted - HV	Moved away
101154	5437	Samantha	Williams	1984-01-24	2	M	10	9991109609	2021-05-13	2022-01-09	Closed	Kirsty Green	Targeted - SW	Moved away
101155	5438	Oliver	White	2019-09-20	1	C	10	9993849903	2025-06-29	\N	Active	Sana Hersi	Parent led	\N
101156	5438	Sarah	White	1984-12-11	2	M	10	9994353780	2025-06-29	\N	Active	Sana Hersi	Stay and Play	\N
101157	5439	Isla	Evans	2022-05-22	2	C	10	9996968111	2022-06-18	2022-07-24	Closed	Sana Hersi	Stay and Play	No longer attending
101158	5439	Joanne	Brown	1991-06-30	2	M	10	9999220053	2022-06-18	2022-07-24	Closed	Sana Hersi	Parent led	No longer attending
101159	5440	Magdalena	Skipworth	2023-08-09	2	C	13	9998590205	2020-03-02	2020-07-28	Closed	Sarah Evans	Universal	Child started school
101160	5440	Pitr	Skipworth	2025-04-28	1	C	13	9992464232	2020-03-02	2020-07-28	Closed	Sarah Evans	Universal	Child started school
101161	5440	Joanna	Dąbrowski	1993-09-03	2	M	13	9990842140	2020-03-02	2020-07-28	Closed	Sarah Evans	Universal	Child started school
101162	5440	Michael	SKIPWORTH	1989-02-22	1	F	10	9994716174	2020-03-02	2020-07-28	Closed	Sarah Evans	Targeted - HV	Child started school
101163	5441	Olivre	Murphy	2023-09-17	1	C	12	9999582443	2020-06-16	2021-05-10	Closed	Zoë Brown	Targeted - SW	Child started school
101164	5441	Danielle	Murphy (nee Joyce)	1995-05-29	2	M	12	9991834382	2020-06-16	2021-05-10	Closed	Zoë Brown	Parent led	Child started school
101165	5442	Ward	Elizabeth	\N	2	C	10	9990574685	2024-08-28	2025-09-07	Closed	Sarah Evans	Targeted - SW	No longer attending
101166	5442	Henry	Ward	2021-05-28	1	C	10	9994448714	2024-08-28	2025-09-07	Closed	Sarah Evans	Universal	No longer attending
101167	5442	Sarah	Ward	1986-03-04	2	M	10	\N	2024-08-28	2025-09-07	Closed	Sarah Evans	Universal	No longer attending
101168	5443	Mia	Jones	2017-05-15	2	C	10	9998780063	2020-08-09	\N	Active	Sarah Evans	Targeted - SW	\N
101169	5443	Noah	Jones	2022-01-13	1	C	10	\N	2020-08-09	\N	Active	Sarah Evans	Stay and Play	\N
101170	5443	Laura	Smth	1985-04-16	2	M	10	\N	2020-08-09	\N	Active	Sarah Evans	Universal	\N
101171	5444	Victoria	Turner	2023-03-26	2	C	99	9991394397	2022-07-24	2023-06-17	Closed	Zofia Zieliński	Targeted - SW	Moved away
101172	5444	Abigail	Turner	2025-06-06	2	C	10	9995268426	2022-07-24	2023-06-17	Closed	Zofia Zieliński	Parent led	Moved away
101173	5444	Gemma	Jones	1989-06-30	2	M	10	\N	2022-07-24	2023-06-17	Closed	Zofia Zieliński	Universal	Moved away
101174	5444	William	Turner	1988-04-02	1	F	10	9993646334	2022-07-24	2023-06-17	Closed	Zofia Zieliński	Stay and Play	Moved away
101175	5445	Patrick	Kelly	2019-06-16	1	C	99	9998512603	2023-06-28	\N	Active	Sana Hersi	Targeted - HV	\N
101176	5445	Siobhán	Kelly	2023-05-17	2	C	11	9992386630	2023-06-28	\N	Active	Sana Hersi	Universal	\N
101177	5446	Olivia	Lee	2024-10-27	2	C	10	9999427243	2025-06-25	\N	Active	Zofia Zieliński	Parent led	\N
101178	5446	Harry	Lee	2025-09-04	1	C	10	9943301272	2025-06-25	\N	Active	Zofia Zieliński	Stay and Play	\N
101179	5446	Emma	Lee	2005-07-11	2	M	10	9991679189	2025-06-25	\N	Active	Zofia Zieliński	Stay and Play	\N
101180	5447	Piotr	Nowak	2022-12-30	1	C	13	\N	2025-05-01	2025-12-31	Closed	James Jones	Targeted - HV	No longer attending
101181	5447	Katarzyna	Nowak	1999-02-06	2	M	13	9997537696	2025-05-01	2025-12-31	Closed	James Jones	Stay and Play	No longer attending
101182	5448	Piotr	Wójjcik	2020-11-20	1	C	13	9991506659	2021-05-18	2022-09-12	Closed	Chloé Davies	Stay and Play	No longer attending
101183	5448	Magdalena	W?jcik	2021-12-14	2	C	13	9999254713	2021-05-18	2022-09-12	Closed	Chloé Davies	Targeted - SW	No longer attending
101184	5448	Agnieszka	Wójcik	1993-10-18	2	M	13	9997632621	2021-05-18	2022-09-12	Closed	Chloé Davies	Parent led	No longer attending
101185	5448	Katarzyna	Wójcik	1971-12-30	2	G	13	\N	2021-05-18	2022-09-12	Closed	Chloé Davies	Parent led	No longer attending
101186	5449	Lacey	Smith	2024-08-13	2	C	10	9990876800	2022-08-20	2023-06-18	Closed	Edward Williams	Targeted - HV	Family request
101187	5449	Hayley	Smith	1989-08-11	2	M	10	9997002776	2022-08-20	2023-06-18	Closed	Edward Williams	Targeted - HV	Family request
101188	5450	lewis	COOPER	2023-03-06	1	C	10	9996467856	2021-06-03	2021-09-02	Closed	Samantha McCarthy	Targeted - SW	Child started school
101189	5450	Lanne	Skipworth	1998-02-19	2	M	10	9992593822	2021-06-03	2021-09-02	Closed	Samantha McCarthy	Targeted - HV	Child started school
101190	5451	Oliver	Evans	2025-04-25	1	C	10	\N	2025-08-31	\N	Active	Stacey Shaw	Universal	\N
101191	5451	sarah	BRENNAN	2000-07-16	2	M	10	9993586064	2025-08-31	\N	Active	Stacey Shaw	Parent led	\N
101192	5451	Andsew	Evans	2002-10-02	1	F	10	9991334122	2025-08-31	\N	Active	Stacey Shaw	Stay and Play	\N
101193	5452	Noah  	Taylor	2025-03-30	1	C	10	9998184878	2024-06-19	2024-12-17	Closed	Robert Chapman	Parent led	No longer attending
101194	5452	Lisa	CARTWRIGHT	1982-09-10	2	M	10	9992688750	2024-06-19	2024-12-17	Closed	Robert Chapman	Parent led	No longer attending
101195	5453	Oliver	Kelly	2017-09-12	1	C	12	9993051144	2022-03-14	\N	Active	Jasleen Patel	Universal	\N
101196	5453	Arthur	Kelly	2022-02-03	1	C	12	9990799202	2022-03-14	\N	Lapsed	Jasleen Patel	Stay and Play	\N
101197	5453	Lisa	Kelly	1983-04-27	2	M	12	9991429050	2022-03-14	\N	Active	Jasleen Patel	Universal	\N
101198	5454	Oliver	Thompson	2022-05-07	1	C	99	9993413534	2020-02-15	\N	Active	Sarah Evans	Targeted - HV	\N
101199	5454	Emily	Thompson	2025-01-09	2	C	10	9997287568	2020-02-15	\N	Active	Sarah Evans	Universal	\N
101200	5454	Stacey  	Thompson	2004-11-14	2	M	10	9999539505	2020-02-15	\N	Active	Sarah Evans	Stay and Play	\N
101201	5455	James	Smith 	2025-01-24	1	C	10	\N	2024-10-30	2025-12-31	Closed	Emma Smith	Parent led	No longer attending
101202	5455	Olivia	 TAYLOR	2024-04-06	2	C	10	9998909651	2024-10-30	2025-12-31	Closed	Emma Smith	Targeted - HV	No longer attending
101203	5455	Laura	Smith	2003-08-19	2	M	10	9991161597	2024-10-30	2025-12-31	Closed	Emma Smith	Stay and Play	No longer attending
101204	5456	Mei	Wang	2022-08-19	2	C	50	9990264287	2024-06-22	\N	Active	Alexandra Popescu	Targeted - SW	\N
101205	5456	Hui	Lam	2003-02-26	2	M	50	9992516224	2024-06-22	\N	Active	Alexandra Popescu	Universal	\N
101206	5457	Mohammed	Khan	2024-04-21	1	C	32	9993870854	2020-11-26	\N	Active	Darius Kazlauskas	Parent led	\N
101207	5457	Kadija	Khan	2004-10-17	2	M	32	9996122794	2020-11-26	\N	Active	Darius Kazlauskas	Parent led	\N
101208	5457	Abdullah	Khan	2006-03-24	1	F	32	9999996825	2020-11-26	\N	Active	Darius Kazlauskas	Targeted - SW	\N
101209	5458	Evie	Johnson	2025-10-15	2	C	10	9994863096	2021-05-17	\N	Active	Darius Kazlauskas	Universal	\N
101210	5458	Stacey	Johnson	1993-01-26	2	M	10	9990989060	2021-05-17	\N	Active	Darius Kazlauskas	Parent led	\N
101211	5459	Tomas	Paulauskas	2021-11-24	1	C	13	\N	2025-09-05	\N	Active	Sarah Evans	Targeted - SW	\N
101212	5459	Mantas	Paulauskas	2023-12-12	1	C	13	\N	2025-09-05	\N	Active	Sarah Evans	Parent led	\N
101213	5459	Gabija	Paulauskas (nee Stankevičius)	1992-04-26	2	M	13	\N	2025-09-05	\N	Active	Sarah Evans	Stay and Play	\N
101214	5459	Mantas	Paulauskas	1989-07-08	0	F	13	9994233246	2025-09-05	\N	Active	Sarah Evans	Stay and Play	\N
101215	5460	Jayden	Smith 	2023-08-19	1	C	10	9999194443	2020-07-01	2021-12-08	Closed	James Jones	Parent led	No longer attending
101216	5460	Olivia	Smith	2014-09-29	2	C	10	9993068470	2020-07-01	2021-12-08	Closed	James Jones	Targeted - SW	No longer attending
101217	5460	Laura	Smith	1997-11-25	2	M	10	9991446389	2020-07-01	2021-12-08	Closed	James Jones	Parent led	No longer attending
101218	5461	Jayden	Smith	2019-08-26	1	C	10	\N	2021-05-09	2022-03-25	Closed	Jasleen Patel	Universal	No longer attending
101219	5461	Isla	Smith	2020-11-06	2	C	10	9991808779	2021-05-09	2022-03-25	Closed	Jasleen Patel	Targeted - HV	No longer attending
101220	5461	Joseph	Smith	2024-08-19	1	C	10	9999556833	2021-05-09	2022-03-25	Closed	Jasleen Patel	Parent led	No longer attending
101221	5461	Lacey	Smith	2025-06-26	2	C	10	9993430862	2021-05-09	2022-03-25	Closed	Jasleen Patel	Universal	No longer attending
101222	5461	Catherine	Smith	1982-08-01	2	M	10	9990186685	2021-05-09	2022-03-25	Closed	Jasleen Patel	Targeted - HV	No longer attending
101223	5462	Aleksander	NOWAK	2022-05-24	1	C	13	\N	2025-01-09	\N	Active	Samantha McCarthy	Targeted - SW	\N
101224	5462	Katarzyna	Nowak	1996-03-18	2	M	13	9994155644	2025-01-09	\N	Active	Samantha McCarthy	Targeted - HV	\N
101225	5462	Filip	Nowak	1989-11-14	1	F	13	9998029678	2025-01-09	\N	Active	Samantha McCarthy	Targeted - SW	\N
101226	5463	Aleksander	Kamiński	2021-12-25	1	C	13	9995147882	2023-07-16	\N	Active	Robert Chapman	Targeted - SW	\N
101227	5463	?ukasz	Kamiński	\N	1	C	99	9999021913	2023-07-16	\N	Active	Robert Chapman	Parent led	\N
101228	5463	Katarzyna	Kami?ski	1994-09-24	2	M	13	9991273859	2023-07-16	\N	Active	Robert Chapman	Parent led	\N
101229	5464	Paine	Jones	2025-10-08	2	C	10	9995510278	2020-01-25	\N	Active	Sarah Evans	Stay and Play	\N
101230	5464	Emma	Davies	1999-11-13	2	M	10	\N	2020-01-25	\N	Active	Sarah Evans	Stay and Play	\N
101231	5465	Tyler	Davies	2024-02-06	1	C	10	9991006397	2020-02-29	2021-03-26	Closed	Margaret Williams	Targeted - SW	No longer attending
101232	5465	Emma	Davies	1994-02-16	2	M	10	9999384307	2020-02-29	2021-03-26	Closed	Margaret Williams	Stay and Play	No longer attending
101233	5465	Paul	Davies	1990-03-06	1	F	10	9993258334	2020-02-29	2021-03-26	Closed	Margaret Williams	Targeted - HV	No longer attending
101234	5466	George	Johnson	2025-08-07	1	C	40	9997227298	2020-03-23	2020-05-06	Closed	Zofia Zieliński	Universal	Family request
101235	5466	Olivia	Johnson	2007-05-23	2	M	40	9693353264	2020-03-23	2020-05-06	Closed	Zofia Zieliński	Targeted - HV	Family request
101236	5467	Oliver	Lewis	2024-11-26	1	C	10	9990471479	2023-12-01	2025-01-18	Closed	Alexandra Popescu	Parent led	Child started school
101237	5467	Ffion	LEWIS	1991-08-07	2	M	10	\N	2023-12-01	2025-01-18	Closed	Alexandra Popescu	Parent led	Child started school
101238	5468	Owain	Lewis	1991-11-15	1	F	10	9992723416	2020-05-12	2020-09-19	Closed	Rachel Atkinson	Targeted - SW	Child started school
101239	5468	Oliver	Lewis	2024-11-26	1	C	10	9990471479	2020-05-12	2020-09-19	Closed	Rachel Atkinson	Targeted - HV	Child started school
101240	5469	Oliver	QUICKFALL	2023-02-10	1	C	10	9998581923	2025-11-08	2025-12-31	Closed	Sana Hersi	Parent led	Family request
101241	5469	Emma	White	1994-08-21	2	M	10	9994707892	2025-11-08	2025-12-31	Closed	Sana Hersi	Targeted - HV	Family request
101242	5470	Isabella	Thompson	2022-07-29	2	C	10	9997952073	2020-03-10	2021-01-14	Closed	Margaret Williams	Parent led	No longer attending
101243	5470	Theodore	Thompson	2025-11-10	1	C	10	9991826106	2020-03-10	2021-01-14	Closed	Margaret Williams	Stay and Play	No longer attending
101244	5470	Deborah	Atkinson	1998-10-21	2	M	10	9990204012	2020-03-10	2021-01-14	Closed	Margaret Williams	Universal	No longer attending
101245	5471	 Harry	Jones	2021-07-22	1	C	10	9994802828	2022-07-08	\N	Active	Samantha McCarthy	Parent led	\N
101246	5471	Olivia	Jones	2025-10-01	2	C	99	9998676851	2022-07-08	\N	Active	Samantha McCarthy	Targeted - HV	\N
101247	5471	Katherine	Jones	1997-11-11	2	M	10	9997054768	2022-07-08	\N	Active	Samantha McCarthy	Universal	\N
101248	5472	Safiya	Mohamed	2024-09-11	2	C	41	9991921036	2020-10-05	2021-05-24	Closed	Zofia Zieliński	Parent led	No longer attending
101249	5472	Aisha	Mohamed	2025-11-02	2	C	99	9999669093	2020-10-05	2021-05-24	Closed	Zofia Zieliński	Targeted - SW	No longer attending
101250	5472	Nadia	Mohamed	1996-08-17	2	M	41	9998047005	2020-10-05	2021-05-24	Closed	Zofia Zieliński	Parent led	No longer attending
101251	5473	Oliver	Thompson	2024-05-13	1	C	10	9994897756	2023-09-28	\N	Lapsed	Chloé Davies	Targeted - HV	\N
101252	5473	Debbie	Walker	1999-05-02	2	M	10	\N	2023-09-28	\N	Active	Chloé Davies	Parent led	\N
101253	5474	Zoë	Patel	2017-11-05	2	C	10	9999764029	2022-09-06	\N	Active	James Jones	Parent led	\N
101254	5474	Lisa	Patel	1992-06-22	2	M	10	9998141931	2022-09-06	\N	Active	James Jones	Parent led	\N
101255	5475	Olivia 	McLean	2022-08-13	2	C	10	9997874471	2020-04-21	\N	Active	Alexandra Popescu	Targeted - HV	\N
101256	5475	Iona	Campbell	2001-12-09	2	M	10	9994000446	2020-04-21	\N	Active	Alexandra Popescu	Targeted - HV	\N
101257	5476	Olivia	Joyce	2023-04-13	2	C	12	9995355078	2024-05-11	2024-06-18	Closed	Gary Walker	Parent led	Moved away
101258	5476	Amy	Murphy	2004-05-11	2	M	12	9997607015	2024-05-11	2024-06-18	Closed	Gary Walker	Parent led	Moved away
101259	5476	David	Joyce	2000-06-05	1	F	12	\N	2024-05-11	2024-06-18	Closed	Gary Walker	Parent led	Moved away
101260	5477	Holly	Taylor	2022-01-07	2	C	99	9991575979	2020-05-07	\N	Active	Rachel Atkinson	Targeted - SW	\N
101261	5477	Oliver	Taylor	2023-09-14	1	C	10	\N	2020-05-07	\N	Active	Rachel Atkinson	Parent led	\N
101262	5477	Chlo?	Taylor	1986-03-23	2	M	10	9997701941	2020-05-07	\N	Active	Rachel Atkinson	Universal	\N
101263	5478	Oliver	Wood	2025-08-25	1	C	10	9991938362	2025-05-18	2025-10-24	Closed	Robert Chapman	Stay and Play	Child started school
101264	5478	Sarah	Wood	1993-12-02	2	M	10	9996442241	2025-05-18	2025-10-24	Closed	Robert Chapman	Universal	Child started school
101265	5479	Harry	Parker	2023-08-30	1	C	40	9992300752	2021-07-17	\N	Active	Zofia Zieliński	Targeted - SW	\N
101266	5479	George	Taylor	2024-04-13	1	C	20	9996174786	2021-07-17	\N	Active	Zofia Zieliński	Parent led	\N
101267	5479	Leanne	Parker	1988-03-27	2	M	99	9998426723	2021-07-17	\N	Active	Zofia Zieliński	Stay and Play	\N
101268	5479	Carl	Taylor	1971-05-30	1	SF	10	9992093560	2021-07-17	\N	Active	Zofia Zieliński	Parent led	\N
101269	5480	Tomasz	Wojciechowski	2024-10-30	1	C	13	9998789117	2020-04-15	\N	Lapsed	Jasleen Patel	Universal	\N
101270	5480	Katarzyna	Nowak	1990-11-12	2	M	13	9991041052	2020-04-15	\N	Active	Jasleen Patel	Universal	\N
101271	5480	Paweł	Wojciechowski	1989-08-15	1	F	13	9994915088	2020-04-15	\N	Active	Jasleen Patel	Universal	\N
101272	5481	Olivia	Wright	2017-04-26	2	C	10	9994285238	2022-08-14	\N	Active	Gary Walker	Stay and Play	\N
101273	5481	Sarah	Wright	1989-02-11	2	M	10	9992663146	2022-08-14	\N	Active	Gary Walker	Parent led	\N
101274	5482	Amelai	Smith	2021-06-01	2	C	10	9991498370	2021-05-30	2021-08-24	Closed	Rachel Atkinson	Targeted - HV	Moved away
101275	5482	George	Smith	2025-12-11	1	C	10	9995372401	2021-05-30	2021-08-24	Closed	Rachel Atkinson	Targeted - SW	Moved away
101276	5482	Sarah	Odling	1987-03-11	2	M	10	9999876285	2021-05-30	2021-08-24	Closed	Rachel Atkinson	Targeted - SW	Moved away
101277	5482	Benjaimin	Smith	1980-11-19	1	F	10	\N	2021-05-30	2021-08-24	Closed	Rachel Atkinson	Stay and Play	Moved away
101278	5483	Mia	Kavanagh	2023-04-20	2	C	12	9992490616	2023-03-11	\N	Active	Darius Kazlauskas	Parent led	\N
101279	5483	Sarah	Kavanagh	1995-01-22	2	M	12	9998616581	2023-03-11	\N	Active	Darius Kazlauskas	Parent led	\N
101280	5484	isla	PICKERING	2019-08-01	2	C	10	\N	2022-02-16	\N	Active	Rachel Atkinson	Universal	\N
101281	5484	Zoë	Jones	2001-01-27	2	M	10	9998978971	2022-02-16	\N	Active	Rachel Atkinson	Universal	\N
101282	5484	David	Pickering	1999-07-19	1	F	10	9996727033	2022-02-16	\N	Active	Rachel Atkinson	Stay and Play	\N
101283	5485	Oliver	McaDonald	2025-03-06	1	C	10	9997451813	2025-07-30	2025-12-31	Closed	James Jones	Parent led	Child started school
101284	5485	Fiona	MacDonald	1996-07-09	2	M	10	9993577782	2025-07-30	2025-12-31	Closed	James Jones	Stay and Play	Child started school
101285	5486	George	O'Connor	2021-01-17	1	C	12	9996192113	2021-04-13	\N	Active	Zoë Brown	Universal	\N
101286	5486	Rebecca	O'Connor	1984-11-07	2	M	99	\N	2021-04-13	\N	Active	Zoë Brown	Stay and Play	\N
101287	5486	Michael	Robinson	1974-01-16	1	SF	10	9997080378	2021-04-13	\N	Active	Zoë Brown	Universal	\N
101288	5487	Leo	Kazlauskas	2024-08-05	1	C	10	9999798683	2025-08-13	2025-12-31	Closed	Alexandra Popescu	Parent led	Child started school
101289	5487	Kelly	Roberts	1993-01-03	2	M	10	9994302566	2025-08-13	2025-12-31	Closed	Alexandra Popescu	Parent led	Child started school
101290	5487	Mantas	Kazlauskas	1986-03-08	1	SF	13	9996347311	2025-08-13	2025-12-31	Closed	Alexandra Popescu	Targeted - HV	Child started school
101291	5488	MINDAUGAS	KAZLAUSKAS	2021-12-20	1	C	13	\N	2023-07-28	\N	Active	Sarah Evans	Stay and Play	\N
101292	5488	Rūta	Butkus	2002-12-11	2	M	13	9991783164	2023-07-28	\N	Active	Sarah Evans	Parent led	\N
101293	5489	Maisie	Smith	2022-01-17	2	C	10	9994397494	2021-02-27	2021-05-21	Closed	Margaret Williams	Targeted - SW	No longer attending
101294	5489	Sarah	Smith 	2004-10-25	2	M	10	9990523460	2021-02-27	2021-05-21	Closed	Margaret Williams	Targeted - SW	No longer attending
101295	5490	Poppy	White	2020-04-08	2	C	10	9993767646	2025-05-23	\N	Active	Chloé Davies	Targeted - SW	\N
101296	5490	Olivia	White	2023-08-24	2	C	10	9997641671	2025-05-23	\N	Active	Chloé Davies	Universal	\N
101297	5491	Orla	Connors	2025-03-24	2	C	11	9999263763	2024-06-02	\N	Active	Margaret Williams	Stay and Play	\N
101298	5491	Siobhan	Connors (née Ryan)	1995-09-28	2	M	11	9991515704	2024-06-02	\N	Active	Margaret Williams	Targeted - SW	\N
101299	5491	John	Connors	1994-12-07	1	F	99	9995389738	2024-06-02	\N	Active	Margaret Williams	Targeted - SW	\N
101300	5492	Ava	Dunmore	2025-07-22	2	C	10	9998633915	2024-08-10	2025-12-07	Closed	Stacey Shaw	Stay and Play	Child started school
101301	5492	Gemma	Dunmore	1991-02-28	2	M	10	9994759884	2024-08-10	2025-12-07	Closed	Stacey Shaw	Parent led	Child started school
101302	5492	Kelly	Dunmore	1963-03-09	2	G	10	9992507942	2024-08-10	2025-12-07	Closed	Stacey Shaw	Targeted - HV	Child started school
101303	5493	Usman	Hussain	2031-03-19	1	C	99	9993500186	2022-07-01	\N	Active	Sana Hersi	Parent led	\N
101304	5493	Maryam	Khan	1999-05-23	2	M	32	9995752123	2022-07-01	\N	Active	Sana Hersi	Stay and Play	\N
101305	5494	Olivia	Smith	2019-12-13	2	C	10	9997469143	2021-02-27	\N	Active	Samantha McCarthy	Universal	\N
101306	5494	Lily	Smith	2022-03-14	2	C	10	9991343172	2021-02-27	\N	Active	Samantha McCarthy	Targeted - HV	\N
101307	5494	Joanne	Bennett	1996-03-15	2	M	10	9999721087	2021-02-27	\N	Active	Samantha McCarthy	Parent led	\N
101308	5495	Arthur	Jones	2021-08-27	1	C	10	9990178402	2025-12-03	\N	Active	Edward Williams	Targeted - SW	\N
101309	5495	Oliver	Jones	2024-04-05	1	C	99	\N	2025-12-03	\N	Active	Edward Williams	Targeted - SW	\N
101310	5495	Victoria	Jones	1981-01-09	2	M	10	9994682288	2025-12-03	\N	Lapsed	Edward Williams	Stay and Play	\N
101311	5496	Amelia	Robinson	2018-08-31	0	C	10	9998021391	2025-08-06	\N	Active	Zoë Brown	Universal	\N
101312	5496	Ava	Robinson	2022-06-12	2	C	10	9991895426	2025-08-06	\N	Active	Zoë Brown	Stay and Play	\N
101313	5496	Hayley	SMITH	1983-01-24	2	M	10	9994147366	2025-08-06	\N	Active	Zoë Brown	Parent led	\N
101314	5497	Florence	Baker	2021-09-24	2	C	10	9993879908	2021-08-31	\N	Active	Stacey Shaw	Targeted - SW	\N
101315	5497	Amy	Baker	2003-04-07	2	M	10	9992257814	2021-08-31	\N	Active	Stacey Shaw	Targeted - HV	\N
101316	5498	Nathan	Watson	2019-06-10	1	C	10	9994872141	2022-02-10	\N	Active	Samantha McCarthy	Targeted - SW	\N
101317	5498	Oscar	Watson	2023-02-22	1	C	10	9998746175	2022-02-10	\N	Active	Samantha McCarthy	Targeted - HV	\N
101318	5498	Hayley	Smith	1985-12-24	2	M	10	9995501996	2022-02-10	\N	Active	Samantha McCarthy	Targeted - HV	\N
101319	5498	Jamie	Watson	1988-04-23	1	F	10	9999376029	2022-02-10	\N	Active	Samantha McCarthy	Stay and Play	\N
101320	5499	Thomas	Jones	2022-01-19	1	C	10	\N	2021-02-21	2022-02-11	Closed	Gary Walker	Parent led	Child started school
101321	5499	Sarah	JONES	1996-11-19	0	M	10	9992982594	2021-02-21	2022-02-11	Closed	Gary Walker	Universal	Child started school
101322	5500	Ava	Tennyson	2019-04-14	2	C	10	9991722890	2023-09-19	\N	Active	Alexandra Popescu	Targeted - HV	\N
101323	5500	Isabella	Tennyson	2022-11-24	2	C	10	9999470955	2023-09-19	\N	Active	Alexandra Popescu	Stay and Play	\N
101324	5500	Catherine	Smith	1985-08-04	2	M	10	9993974838	2023-09-19	\N	Active	Alexandra Popescu	Parent led	\N
101325	5501	Chloe	Walker	2021-04-30	2	C	40	9995959313	2024-07-26	2025-07-14	Closed	Rachel Atkinson	Targeted - SW	No longer attending
101326	5501	Olivia	Walker	2025-11-12	2	C	40	9999833349	2024-07-26	2025-07-14	Closed	Rachel Atkinson	Universal	No longer attending
101327	5501	Sarah	Walker	1998-07-10	2	M	40	9990463190	2024-07-26	2025-07-14	Closed	Rachel Atkinson	Parent led	No longer attending
101328	5502	Arthur	Cartwright	2024-04-06	1	C	10	9993077526	2020-07-03	\N	Active	Chloé Davies	Targeted - HV	\N
101329	5502	Sarah	Winter	1991-09-29	2	M	10	9995329468	2020-07-03	\N	Active	Chloé Davies	Parent led	\N
101330	5502	Robert	Cartwright	1992-09-03	1	F	10	\N	2020-07-03	\N	Active	Chloé Davies	Stay and Play	\N
101331	5503	Olivia	Smith	2025-08-01	2	C	10	9999660819	2025-11-21	2025-12-31	Closed	Emma Smith	Parent led	Child started school
101332	5503	Ms Sarah	Smith	1991-09-02	2	M	10	9991912754	2025-11-21	2025-12-31	Closed	Emma Smith	Targeted - HV	Child started school
101333	5503	David	Smith	1986-11-07	1	F	10	9995786788	2025-11-21	2025-12-31	Closed	Emma Smith	Targeted - HV	Child started school
101334	5504	Jack	Smith	2021-02-28	1	C	10	9993267384	2025-04-25	2025-12-31	Closed	Darius Kazlauskas	Parent led	Child started school
101335	5504	Olqvia	Smith	2022-05-28	2	C	10	9997141415	2025-04-25	2025-12-31	Closed	Darius Kazlauskas	Stay and Play	Child started school
101336	5504	Darren	Smith	1982-12-06	1	F	10	9999393357	2025-04-25	2025-12-31	Closed	Darius Kazlauskas	Stay and Play	Child started school
101337	5505	Mia	Davies	2020-09-19	2	C	10	9995614251	2024-08-19	\N	Active	Edward Williams	Universal	\N
101338	5505	Oliver (Ollie)	Davies	2022-09-20	1	C	10	9999488285	2024-08-19	\N	Active	Edward Williams	Targeted - HV	\N
101339	5505	Sfrah	Davies	1991-06-13	2	M	10	9997866193	2024-08-19	\N	Active	Edward Williams	Targeted - HV	\N
101340	5506	Olivia	Campbell	2024-04-06	2	C	10	9991110372	2022-02-16	\N	Active	Robert Chapman	Targeted - SW	\N
101341	5506	Katie	Campbell	2025-05-16	2	C	99	9994984403	2022-02-16	\N	Lapsed	Robert Chapman	Parent led	\N
101342	5507	George	Wilson	2021-11-01	1	C	10	9999220827	2020-04-01	\N	Active	Samantha McCarthy	Universal	\N
101343	5507	James	Wilson	2024-01-22	1	C	10	9993094854	2020-04-01	\N	Lapsed	Samantha McCarthy	Parent led	\N
101344	5508	Olivia	Dixon	2025-10-22	2	C	10	9991835156	2023-02-19	2023-10-12	Closed	Alexandra Popescu	Parent led	No longer attending
101345	5508	Leanne	Wood	1996-09-18	2	M	10	9994087096	2023-02-19	2023-10-12	Closed	Alexandra Popescu	Parent led	No longer attending
101346	5509	Zofia	NOWAK	2018-08-18	2	C	13	9990937842	2023-03-15	2024-01-31	Closed	Robert Chapman	Parent led	Moved away
101347	5509	Mrs Joanna	Zieli?ski  	1993-06-01	2	M	13	9993189782	2023-03-15	2024-01-31	Closed	Robert Chapman	Stay and Play	Moved away
101348	5509	Paweł	Nowak	1986-12-05	1	F	13	9997063813	2023-03-15	2024-01-31	Closed	Robert Chapman	Targeted - SW	Moved away
101349	5510	Oliver	Cooper	2023-09-02	1	C	10	\N	2020-12-06	2020-12-29	Closed	Jasleen Patel	Parent led	No longer attending
101350	5510	Rachel	Cooper	1990-12-27	2	M	10	9991930086	2020-12-06	2020-12-29	Closed	Jasleen Patel	Targeted - HV	No longer attending
101351	5510	Mr David	Cooper	1989-06-10	1	F	10	9995804115	2020-12-06	2020-12-29	Closed	Jasleen Patel	Targeted - HV	No longer attending
101352	5511	Priya	Kumar	2020-05-24	2	C	99	9994544411	2023-05-07	\N	Lapsed	Emma Smith	Parent led	\N
101353	5511	Priya	Kumar	1994-12-06	2	M	30	9996796353	2023-05-07	\N	Active	Emma Smith	Stay and Play	\N
101354	5512	Noah	Smith	2022-09-10	1	C	99	9992387408	2021-06-01	2022-05-27	Closed	Darius Kazlauskas	Targeted - SW	Moved away
101355	5512	Mrs ELIZABETH	HALL	1991-08-10	2	M	10	9990765316	2021-06-01	2022-05-27	Closed	Darius Kazlauskas	Targeted - SW	Moved away
101356	5513	Oliver	Quickfall	2024-01-30	1	C	10	9996623823	2021-09-24	2023-02-28	Closed	Zofia Zieliński	Parent led	No longer attending
101357	5513	Nicola	Harris	2004-05-11	2	M	10	9992749792	2021-09-24	2023-02-28	Closed	Zofia Zieliński	Parent led	No longer attending
101358	5514	Olivia	Harrison	2024-01-29	2	C	10	9991490094	2021-10-18	\N	Active	Sarah Evans	Stay and Play	\N
101359	5514	Ava	Harrison	2025-04-11	2	C	10	9995364123	2021-10-18	\N	Active	Sarah Evans	Universal	\N
101360	5514	David	Harrison	1989-06-21	1	F	10	9993742031	2021-10-18	\N	Active	Sarah Evans	Parent led	\N
101361	5515	Sophia	Thompson	2025-04-30	2	C	10	9996986217	2020-09-05	2021-05-06	Closed	Alexandra Popescu	Universal	Child started school
101362	5515	Sarah	Thompson (nee Smith)	1993-01-10	2	M	10	9999238157	2020-09-05	2021-05-06	Closed	Alexandra Popescu	Stay and Play	Child started school
101363	5515	Matthew	Thompson	1993-08-10	1	F	10	9993112186	2020-09-05	2021-05-06	Closed	Alexandra Popescu	Universal	Child started school
101364	5516	Abigail	Cook	2023-07-31	2	C	10	\N	2023-03-22	\N	Active	Jasleen Patel	Parent led	\N
101365	5516	Sarah	Cook	2004-09-07	2	M	10	9997978455	2023-03-22	\N	Active	Jasleen Patel	Universal	\N
101366	5517	Kate	Gallagher	2020-07-31	2	C	12	9994829203	2024-07-30	\N	Active	Kirsty Green	Stay and Play	\N
101367	5517	Gemma	Ward	1992-07-17	2	M	12	9999333087	2024-07-30	\N	Active	Kirsty Green	Targeted - HV	\N
101368	5517	Daniel	Ward	1991-02-05	1	F	12	9997081145	2024-07-30	\N	Lapsed	Kirsty Green	Stay and Play	\N
101369	5518	Alfie	Goodacre  	2019-03-22	1	C	10	\N	2023-02-02	\N	Lapsed	Margaret Williams	Universal	\N
101370	5518	Sarah	Smith	1990-07-14	2	M	10	9991679952	2023-02-02	\N	Active	Margaret Williams	Parent led	\N
101371	5519	Oliver	Smith	2024-04-02	1	C	10	9992404736	2025-11-20	\N	Active	Jasleen Patel	Targeted - SW	\N
101372	5519	Rebecca	Smith (née Hill)	2005-05-20	2	M	10	9994656678	2025-11-20	\N	Active	Jasleen Patel	Parent led	\N
101373	5519	Nicholas	Smith	1998-12-18	1	F	10	\N	2025-11-20	\N	Active	Jasleen Patel	Universal	\N
101374	5520	Olivia	Thompson	2020-04-01	2	C	10	9995648911	2020-10-01	\N	Active	Edward Williams	Universal	\N
101375	5520	Willow	Thompson	2021-05-06	2	C	10	9999522947	2020-10-01	\N	Active	Edward Williams	Targeted - SW	\N
101376	5520	Sarah	Thompson	1987-07-05	2	M	10	9991774882	2020-10-01	\N	Active	Edward Williams	Parent led	\N
101377	5520	Owain	Lewis	1991-11-15	1	SF	10	9992723416	2020-10-01	\N	Active	Edward Williams	Targeted - HV	\N
101378	5521	Chloe	Cooper	2024-12-10	2	C	10	\N	2023-09-15	2024-07-12	Closed	Gary Walker	Parent led	Family request
101379	5521	Hall	Amy	1990-09-19	2	M	10	9993129518	2023-09-15	2024-07-12	Closed	Gary Walker	Stay and Play	Family request
101380	5521	Mark	Cooper	1993-07-18	1	F	10	9997003543	2023-09-15	2024-07-12	Closed	Gary Walker	Stay and Play	Family request
101381	5522	Olivia	Wood	2025-06-17	2	C	10	9999350410	2025-03-26	2025-06-28	Closed	Robert Chapman	Targeted - SW	Child started school
101382	5522	Ms Victoria	Wood	1999-02-26	2	M	10	\N	2025-03-26	2025-06-28	Closed	Robert Chapman	Targeted - SW	Child started school
101383	5522	Richard	Smith	2001-07-20	1	F	10	9991602356	2025-03-26	2025-06-28	Closed	Robert Chapman	Targeted - SW	Child started school
101384	5523	Ali	Chaudhry	2023-05-28	1	C	31	9996468623	2025-05-26	2025-12-31	Closed	Stacey Shaw	Stay and Play	Family request
101385	5524	Henry	Smith	2022-03-01	1	C	10	9995571315	2021-11-30	2023-01-22	Closed	Jasleen Patel	Parent led	Child started school
101386	5524	Harry	Smith	2023-02-10	1	C	99	9999445349	2021-11-30	2023-01-22	Closed	Jasleen Patel	Stay and Play	Child started school
101387	5524	Sarah	Smith	1986-11-18	2	M	10	9991697284	2021-11-30	2023-01-22	Closed	Jasleen Patel	Parent led	Child started school
101388	5524	David	Taylor	1974-04-08	1	SF	10	\N	2021-11-30	2023-01-22	Closed	Jasleen Patel	Universal	Child started school
101389	5525	OLIVER	BROWN	2024-09-30	1	C	10	\N	2023-08-12	2024-09-05	Closed	Emma Smith	Universal	No longer attending
101390	5525	Ethan	Brown	2025-10-14	1	C	10	9990799970	2023-08-12	2024-09-05	Closed	Emma Smith	Stay and Play	No longer attending
101391	5526	OLIVIA	SMITH	2021-08-04	2	C	10	9998280575	2021-11-28	2023-04-11	Closed	Gary Walker	Targeted - SW	Child started school
101392	5526	Mason	Smith	2023-07-17	1	C	99	9992154608	2021-11-28	2023-04-11	Closed	Gary Walker	Parent led	Child started school
101393	5526	Catherine	Wright	1993-07-15	2	M	10	9996658481	2021-11-28	2023-04-11	Closed	Gary Walker	Stay and Play	Child started school
101394	5527	Alfie	MacDonald	2020-08-15	1	C	10	9992516992	2023-10-16	\N	Active	Elizabeth Wright	Targeted - HV	\N
101395	5527	Kirsty	MacDonald	2001-12-22	2	M	10	9990894906	2023-10-16	\N	Active	Elizabeth Wright	Universal	\N
101396	5528	Oliver	Gereen	2024-09-01	1	C	10	9996123561	2024-07-22	\N	Active	Margaret Williams	Universal	\N
101397	5528	Amy	Green	1995-08-12	2	M	10	9992249536	2024-07-22	\N	Active	Margaret Williams	Targeted - SW	\N
101398	5529	Oliver	Wilson 	2022-09-13	0	C	10	9999367747	2025-11-23	2025-12-31	Closed	Darius Kazlauskas	Targeted - SW	Child started school
101399	5529	Theodore	Wilson	2024-01-19	1	C	10	9993241776	2025-11-23	2025-12-31	Closed	Darius Kazlauskas	Stay and Play	Child started school
101400	5529	Sarah	Wilson	1992-05-17	2	M	10	9997745655	2025-11-23	2025-12-31	Closed	Darius Kazlauskas	Targeted - HV	Child started school
101401	5529	David	Wilson	1990-02-13	1	F	10	9991619682	2025-11-23	2025-12-31	Closed	Darius Kazlauskas	Targeted - SW	Child started school
101402	5530	Olivia	Rippon	2018-07-11	2	C	10	\N	2024-08-24	2024-11-14	Closed	James Jones	Targeted - SW	Moved away
101403	5530	George	Rippon	2021-09-26	1	C	10	9995588641	2024-08-24	2024-11-14	Closed	James Jones	Targeted - HV	Moved away
101404	5530	Kerry	Rippon	1988-10-20	2	M	10	9997840585	2024-08-24	2024-11-14	Closed	James Jones	Universal	Moved away
101405	5531	Phoebe	Smith	2017-06-25	2	C	10	9994251341	2025-05-30	\N	Active	Sana Hersi	Targeted - HV	\N
101406	5531	Sarah	Smith	1984-02-18	2	M	10	\N	2025-05-30	\N	Active	Sana Hersi	Targeted - HV	\N
101407	5531	Christopher	White	1984-05-05	1	F	10	9990377316	2025-05-30	\N	Active	Sana Hersi	Stay and Play	\N
101408	5532	Olivia	Hill	2024-03-11	2	C	10	\N	2020-03-03	2021-01-31	Closed	Zoë Brown	Targeted - HV	Child started school
101409	5532	Jacob	Hill	2025-03-20	1	C	10	\N	2020-03-03	2021-01-31	Closed	Zoë Brown	Parent led	Child started school
101410	5532	Gemma	Davies	1995-06-16	2	M	10	9996865673	2020-03-03	2021-01-31	Closed	Zoë Brown	Targeted - SW	Child started school
101411	5532	Edward	Hill	1996-12-21	1	F	10	9990739706	2020-03-03	2021-01-31	Closed	Zoë Brown	Stay and Play	Child started school
101412	5533	Olivia	Williams	2023-12-15	2	C	10	9997228065	2022-05-02	\N	Active	Ayan Mohamed	Parent led	\N
101413	5533	George	Williams  	2025-05-01	1	C	10	9991102094	2022-05-02	\N	Active	Ayan Mohamed	Targeted - HV	\N
101414	5533	Hayley	Wilson	2004-08-10	2	M	10	9999480004	2022-05-02	\N	Active	Ayan Mohamed	Targeted - HV	\N
101415	5533	David	Williams	1998-03-19	1	F	10	9993354031	2022-05-02	\N	Active	Ayan Mohamed	Universal	\N
101416	5534	Piotr	Wo?niak	2023-03-12	1	C	13	9992724188	2025-12-17	2025-12-31	Closed	Jasleen Patel	Targeted - HV	Family request
101417	5534	Anna	Nowak	2001-08-06	2	M	13	\N	2025-12-17	2025-12-31	Closed	Jasleen Patel	Parent led	Family request
101418	5535	Willow	Wright	2021-01-07	2	C	10	9991464484	2020-06-08	\N	Active	Jasleen Patel	Parent led	\N
101419	5535	Sarah	Wright	1990-01-31	2	M	10	9992094338	2020-06-08	\N	Active	Jasleen Patel	Targeted - HV	\N
101420	5535	Mark	Wright	1984-04-30	1	F	10	9995968363	2020-06-08	\N	Active	Jasleen Patel	Parent led	\N
101421	5536	Freya	Skipworth	2025-06-13	2	C	10	9999212549	2020-08-06	\N	Active	Edward Williams	Parent led	\N
101422	5536	Kelly	Skipworth	2000-02-09	2	M	10	9995338513	2020-08-06	\N	Active	Edward Williams	Parent led	\N
101423	5537	Isabella	Thompson	2024-08-09	2	C	10	9991197028	2025-04-30	2025-12-31	Closed	Chloé Davies	Universal	Family request
101424	5537	Leanne	Smith	2005-08-01	0	M	10	9993448966	2025-04-30	2025-12-31	Closed	Chloé Davies	Targeted - HV	Family request
101425	5538	Evie	Ingamells	2025-05-17	2	C	10	9995433443	2021-01-03	2021-06-23	Closed	Robert Chapman	Parent led	No longer attending
101426	5539	Lily	Walker	2021-12-24	2	C	10	9990299714	2021-05-14	2022-08-02	Closed	Samantha McCarthy	Targeted - SW	Moved away
101427	5539	Emma	Smith	2001-09-05	2	M	10	9992551658	2021-05-14	2022-08-02	Closed	Samantha McCarthy	Targeted - SW	Moved away
101428	5539	MARK	WALKER	2002-07-14	1	F	10	\N	2021-05-14	2022-08-02	Closed	Samantha McCarthy	Stay and Play	Moved away
101429	5540	Harper	Williams	2022-07-07	2	C	10	9995528371	2020-03-11	2020-11-19	Closed	Jasleen Patel	Universal	Child started school
101430	5540	Deborah	Williams	1995-04-04	2	M	10	9996158225	2020-03-11	2020-11-19	Closed	Jasleen Patel	Targeted - HV	Child started school
101431	5541	Ella	Taylor	2019-07-15	2	C	10	9991024492	2024-09-16	\N	Active	Robert Chapman	Stay and Play	\N
101432	5541	Olivia	TAYLOR	2020-09-10	2	C	10	9994898523	2024-09-16	\N	Active	Robert Chapman	Parent led	\N
101433	5541	Lacey	Taylor	2024-10-25	2	C	10	9998772559	2024-09-16	\N	Active	Robert Chapman	Stay and Play	\N
101434	5541	Kerry	Wilson	2000-01-30	2	M	10	\N	2024-09-16	\N	Active	Robert Chapman	Parent led	\N
101435	5542	Daniel	Taylor	1999-01-23	1	F	10	9997150465	2020-02-16	\N	Active	Rachel Atkinson	Targeted - HV	\N
101436	5542	Lacey	Taylor	2024-10-25	2	C	10	9998772559	2020-02-16	\N	Active	Rachel Atkinson	Targeted - SW	\N
101437	5543	Tomasz	Nowak	2019-04-28	1	C	13	9994268678	2022-07-19	2023-12-22	Closed	Alexandra Popescu	Targeted - SW	Moved away
101438	5543	Ola	Nowak	2022-05-22	2	C	13	9998142709	2022-07-19	2023-12-22	Closed	Alexandra Popescu	Universal	Moved away
101439	5544	Oliver	Wilson	2024-12-08	1	C	10	9995119426	2022-07-14	2023-03-26	Closed	Alexandra Popescu	Targeted - SW	No longer attending
101440	5544	Saah	Wilson	1988-05-14	2	M	10	9999497330	2022-07-14	2023-03-26	Closed	Alexandra Popescu	Stay and Play	No longer attending
101441	5544	Anthony	Wilson	1980-09-23	1	F	99	9997245393	2022-07-14	2023-03-26	Closed	Alexandra Popescu	Targeted - SW	No longer attending
101442	5545	Zoë	Murphy	\N	2	C	12	\N	2022-04-04	2023-03-15	Closed	Stacey Shaw	Universal	Family request
101443	5545	Noah	Murphy	2022-06-30	1	C	12	9999324800	2022-04-04	2023-03-15	Closed	Stacey Shaw	Targeted - HV	Family request
101444	5545	Samantha	Murphy	1978-10-15	2	M	12	9997702719	2022-04-04	2023-03-15	Closed	Stacey Shaw	Stay and Play	Family request
101445	5546	Omar	Akhtar	2021-02-08	1	C	32	\N	2023-07-10	2023-08-28	Closed	Gary Walker	Parent led	Family request
101446	5546	Idris	Akhtar	2024-08-04	1	C	32	9994820923	2023-07-10	2023-08-28	Closed	Gary Walker	Stay and Play	Family request
101447	5546	Aisha	Bwtt	2003-07-27	2	M	32	9993198838	2023-07-10	2023-08-28	Closed	Gary Walker	Targeted - HV	Family request
101448	5547	Freddie	CAMPBELL	2012-08-19	1	C	99	9995813165	2020-12-05	\N	Active	Elizabeth Wright	Targeted - HV	\N
101449	5547	Olivia	Campbell	2025-09-29	2	C	10	9999687199	2020-12-05	\N	Active	Elizabeth Wright	Stay and Play	\N
101450	5547	ELIZABETH	CAMPBELL	1987-04-23	2	M	10	9998065100	2020-12-05	\N	Lapsed	Elizabeth Wright	Targeted - SW	\N
101451	5548	Lily	Dąbrowski	2021-06-03	2	C	10	\N	2025-08-09	2025-12-31	Closed	Sarah Evans	Targeted - SW	Child started school
101452	5548	Rachel	Dąbrowski	1980-09-08	2	M	10	9993561223	2025-08-09	2025-12-31	Closed	Sarah Evans	Targeted - SW	Child started school
101453	5549	Aisha	Khan	2022-01-23	2	C	32	9994553461	2020-08-17	2021-09-02	Closed	Elizabeth Wright	Stay and Play	Child started school
101454	5549	Samira	Khan	2023-05-13	2	C	32	9998427495	2020-08-17	2021-09-02	Closed	Elizabeth Wright	Universal	Child started school
101455	5549	Fatima	Khan	1998-11-08	2	M	99	9996805409	2020-08-17	2021-09-02	Closed	Elizabeth Wright	Stay and Play	Child started school
101456	5549	Mohammed	Khan	2000-01-30	1	F	32	9990679436	2020-08-17	2021-09-02	Closed	Elizabeth Wright	Targeted - HV	Child started school
101457	5550	Olivia	Smith	2018-01-04	2	C	10	9997167791	2022-01-08	\N	Active	James Jones	Parent led	\N
101458	5550	Theodore	Smith	2023-06-29	1	C	10	9991041826	2022-01-08	\N	Active	James Jones	Targeted - SW	\N
101459	5550	Laura	Smith	1992-11-18	2	M	10	9991671676	2022-01-08	\N	Active	James Jones	Targeted - SW	\N
101460	5551	David	Smith	1988-08-25	1	F	10	9995545705	2023-06-27	\N	Active	James Jones	Universal	\N
101461	5551	Olivia	Smith	2018-01-04	2	C	10	9997167791	2023-06-27	\N	Active	James Jones	Targeted - HV	\N
101462	5552	Bradley	Brbown	2024-12-20	1	C	10	9993388696	2020-05-27	2020-08-01	Closed	Zoë Brown	Targeted - HV	No longer attending
101463	5552	Sarah	Baker	1995-12-09	2	M	10	9995640635	2020-05-27	2020-08-01	Closed	Zoë Brown	Parent led	No longer attending
101464	5553	Spohia	Davies	2025-07-16	2	C	10	9992128992	2021-02-06	\N	Active	Sarah Evans	Universal	\N
101465	5553	Sarah	Davies	1998-05-07	2	M	10	9994380931	2021-02-06	\N	Active	Sarah Evans	Targeted - SW	\N
101466	5554	Lily 	Williams	2022-02-20	2	C	10	9999247202	2025-05-16	2025-12-31	Closed	Jasleen Patel	Universal	Family request
101467	5554	Harper	Cartwright	2024-11-06	2	C	10	9993121231	2025-05-16	2025-12-31	Closed	Jasleen Patel	Universal	Family request
101468	5555	Olivia	Mitmchell	2021-05-09	2	C	10	9990869294	2022-03-24	\N	Active	Elizabeth Wright	Parent led	\N
101469	5555	Grace	Mitchell	2022-05-13	2	C	10	9994743325	2022-03-24	\N	Active	Elizabeth Wright	Stay and Play	\N
101470	5555	Kerry	Green	1986-01-11	2	M	99	9996995267	2022-03-24	\N	Active	Elizabeth Wright	Targeted - HV	\N
101471	5556	Bradley	Cooper	2025-08-29	1	C	10	9995735563	2025-09-25	2025-12-31	Closed	Zofia Zieliński	Targeted - HV	Child started school
101472	5556	Emma	Smith	1990-08-11	2	M	10	\N	2025-09-25	2025-12-31	Closed	Zofia Zieliński	Parent led	Child started school
101473	5557	Benjamin	Cooper	1992-02-27	1	F	10	9997987500	2022-03-07	\N	Active	Sana Hersi	Targeted - SW	\N
101474	5557	Bradley	Cooper	2025-08-29	1	C	10	9995735563	2022-03-07	\N	Active	Sana Hersi	Universal	\N
101475	5558	Chloe	Wang	2025-10-28	2	C	23	9997357655	2024-12-26	\N	Active	Chloé Davies	Parent led	\N
101476	5558	Leanne	Wilson	2002-02-06	2	M	10	9999609597	2024-12-26	\N	Active	Chloé Davies	Targeted - HV	\N
101477	5559	Inaya	Khan	2021-03-11	2	C	31	9991326618	2020-02-24	2021-04-17	Closed	Jasleen Patel	Targeted - HV	No longer attending
101478	5559	Mohammed	Khan	2023-09-07	1	C	31	9995200643	2020-02-24	2021-04-17	Closed	Jasleen Patel	Parent led	No longer attending
101479	5559	Samira	Khan	1994-01-23	2	M	31	9997452585	2020-02-24	2021-04-17	Closed	Jasleen Patel	Parent led	No longer attending
101480	5560	Tyler	Allen	2021-02-03	1	C	10	9998177367	2021-07-28	\N	Active	Darius Kazlauskas	Targeted - HV	\N
101481	5560	Sarah	Alblen	1995-07-15	2	M	10	9990429308	2021-07-28	\N	Lapsed	Darius Kazlauskas	Targeted - HV	\N
101482	5561	Joseph	Clark	2023-03-03	1	C	10	9994665723	2024-05-25	\N	Active	Kirsty Green	Targeted - HV	\N
101483	5561	Sarah	Wilson	1995-11-26	2	M	10	9999169600	2024-05-25	\N	Active	Kirsty Green	Targeted - SW	\N
101484	5561	Edward	Clark	1994-12-22	1	F	10	9996917665	2024-05-25	\N	Active	Kirsty Green	Targeted - SW	\N
101485	5562	Hafsa	Smith	2024-02-28	2	C	22	9990351708	2021-05-17	2021-12-22	Closed	Stacey Shaw	Stay and Play	No longer attending
101486	5562	Fatima	Khan	1999-07-26	2	M	32	9998729610	2021-05-17	2021-12-22	Closed	Stacey Shaw	Targeted - HV	No longer attending
101487	5563	Isabella	Benett	2021-10-08	2	C	10	9995847825	2025-03-12	\N	Active	Zoë Brown	Parent led	\N
101488	5563	Ms Sarah	Bennett	1984-08-17	2	M	10	9994225731	2025-03-12	\N	Lapsed	Zoë Brown	Stay and Play	\N
101489	5564	Aisha	Mohammad	2024-12-22	2	C	41	9996840069	2025-02-06	\N	Active	Margaret Williams	Parent led	\N
101490	5564	Samira	Ali	1988-03-29	2	M	99	9991343946	2025-02-06	\N	Active	Margaret Williams	Targeted - SW	\N
101491	5565	Isla	Jackson	2020-04-11	2	C	10	9992336188	2025-12-05	\N	Lapsed	Zofia Zieliński	Targeted - HV	\N
101492	5565	Emma  	Goodacre	1998-06-22	2	M	10	9990714096	2025-12-05	\N	Active	Zofia Zieliński	Targeted - HV	\N
101493	5565	Daniel	Jackson	1994-06-16	1	F	10	9994588125	2025-12-05	\N	Lapsed	Zofia Zieliński	Targeted - SW	\N
101494	5566	Oliver	Smith	2020-08-11	1	C	40	9996934993	2020-08-06	\N	Active	Gary Walker	Universal	\N
101495	5566	Harry	Smith	2021-12-03	1	C	40	9994683055	2020-08-06	\N	Active	Gary Walker	Targeted - SW	\N
101496	5566	Emma	Smith	1989-05-02	2	M	40	9993060968	2020-08-06	\N	Active	Gary Walker	Targeted - HV	\N
101497	5567	Olivia	Cartwrigt	2017-09-13	2	C	10	9996037681	2022-08-09	2023-06-21	Closed	Stacey Shaw	Stay and Play	Moved away
101498	5567	Morris	Laura	1988-03-22	2	M	10	9990541566	2022-08-09	2023-06-21	Closed	Stacey Shaw	Targeted - HV	Moved away
101499	5568	Paige	O'Brien	2022-08-25	2	C	12	9995770229	2021-11-08	2022-11-23	Closed	Zoë Brown	Parent led	Moved away
101500	5568	Deborah	O'Brien	1984-02-07	2	M	12	9998022169	2021-11-08	2022-11-23	Closed	Zoë Brown	Targeted - HV	Moved away
101501	5569	Olivia	Winter	2023-07-07	2	C	10	\N	2025-06-19	2025-12-31	Closed	Gary Walker	Parent led	No longer attending
101502	5569	Sarah	Winter	1996-03-16	2	M	99	9998384559	2025-06-19	2025-12-31	Closed	Gary Walker	Stay and Play	No longer attending
101503	5569	David	Winter	1993-07-02	1	F	10	9992258586	2025-06-19	2025-12-31	Closed	Gary Walker	Parent led	No longer attending
101504	5570	William	Moore	2024-10-04	1	C	10	9993250821	2023-08-25	2024-08-12	Closed	Emma Smith	Targeted - HV	No longer attending
101505	5570	Chloé	Moore	1987-02-13	2	M	10	9995502763	2023-08-25	2024-08-12	Closed	Emma Smith	Parent led	No longer attending
101506	5570	Detan	Moore	\N	1	F	10	9999376797	2023-08-25	2024-08-12	Closed	Emma Smith	Stay and Play	No longer attending
101507	5571	Sophia	Jones	2017-11-09	2	C	10	\N	2023-10-13	\N	Active	Margaret Williams	Parent led	\N
101508	5571	Elizabeth	Jones	1986-01-19	2	M	99	9990101574	2023-10-13	\N	Active	Margaret Williams	Stay and Play	\N
101509	5572	Oliver	Walker	2023-09-10	1	C	10	9994967843	2020-12-24	2021-03-20	Closed	Rachel Atkinson	Targeted - SW	Child started school
101510	5572	Sarha	Walker	1992-10-01	2	M	10	9997219783	2020-12-24	2021-03-20	Closed	Rachel Atkinson	Targeted - HV	Child started school
101511	5573	Florin	Popescu	2023-10-19	1	C	13	\N	2022-02-08	\N	Active	Elizabeth Wright	Targeted - HV	\N
101512	5573	Andrei	Popescu	2024-12-07	1	C	13	9996589935	2022-02-08	\N	Active	Elizabeth Wright	Universal	\N
101513	5573	Maria	Popescu	2003-02-04	2	M	13	9998841879	2022-02-08	\N	Active	Elizabeth Wright	Universal	\N
101514	5574	Victoria	Winter	2021-03-07	2	C	10	9998574412	2024-02-26	2025-04-14	Closed	Alexandra Popescu	Stay and Play	Moved away
101515	5574	Sarah	Jones	1986-10-24	2	M	10	\N	2024-02-26	2025-04-14	Closed	Alexandra Popescu	Universal	Moved away
101516	5574	Dean	Winter	1989-04-24	1	F	10	9994700383	2024-02-26	2025-04-14	Closed	Alexandra Popescu	Stay and Play	Moved away
101517	5575	Oliver	Roberts	2025-09-01	1	C	10	9998306957	2021-05-03	2022-08-09	Closed	Margaret Williams	Stay and Play	Moved away
101518	5575	Jayden	Roberts	2025-09-01	1	C	10	9992180986	2021-05-03	2022-08-09	Closed	Margaret Williams	Universal	Moved away
101519	5575	Sarah	ROBERTS	2005-09-22	2	M	99	9990558892	2021-05-03	2022-08-09	Closed	Margaret Williams	Universal	Moved away
101520	5575	Ethan	Smith	2007-11-10	1	F	10	9994432923	2021-05-03	2022-08-09	Closed	Margaret Williams	Targeted - HV	Moved away
101521	5576	Patrick	Murphy	\N	1	C	11	9993803073	2025-08-18	\N	Active	Sana Hersi	Parent led	\N
101522	5576	Siobhán	Murphy (née O'Brien)	2000-01-19	2	M	11	9996055019	2025-08-18	\N	Active	Sana Hersi	Stay and Play	\N
101523	5577	James	Quickfall	2024-02-20	1	C	10	9990291438	2024-02-10	\N	Active	Stacey Shaw	Universal	\N
101524	5577	David	Quickfall	1994-11-12	1	F	10	9996417409	2024-02-10	\N	Active	Stacey Shaw	Stay and Play	\N
101525	5578	Ruqayyah	Ebrahim	2025-09-17	2	C	41	\N	2023-08-29	2024-07-16	Closed	Kirsty Green	Parent led	No longer attending
101526	5578	Aisha	Hersi	1995-08-18	2	M	41	9991913521	2023-08-29	2024-07-16	Closed	Kirsty Green	Universal	No longer attending
101527	5578	Idris	Ibrahim	1994-01-18	1	F	41	9995787555	2023-08-29	2024-07-16	Closed	Kirsty Green	Targeted - SW	No longer attending
101528	5579	Arthyur	Llewellyn	2019-09-04	1	C	10	9997142187	2023-06-12	2023-09-19	Closed	Margaret Williams	Parent led	Family request
101529	5579	Oliver	Llewellyn	2022-01-02	1	C	10	9994890247	2023-06-12	2023-09-19	Closed	Margaret Williams	Parent led	Family request
101530	5579	Cerys	Williams	1991-06-27	2	M	10	9999394124	2023-06-12	2023-09-19	Closed	Margaret Williams	Parent led	Family request
101531	5580	Amelia	Murray	2024-04-10	2	C	10	9992638303	2024-03-15	\N	Active	Gary Walker	Targeted - HV	\N
101532	5580	Ailsa	Murray	2002-01-24	2	M	10	9998764270	2024-03-15	\N	Active	Gary Walker	Parent led	\N
101533	5580	David	Marshall	1992-05-30	1	SF	10	9992431113	2024-03-15	\N	Active	Gary Walker	Stay and Play	\N
101534	5581	Oliver	Moore  	2017-02-09	1	C	10	9999756514	2022-05-22	2023-07-10	Closed	Alexandra Popescu	Stay and Play	No longer attending
101535	5581	Jayden	Moore	2022-03-12	1	C	10	9993630543	2022-05-22	2023-07-10	Closed	Alexandra Popescu	Stay and Play	No longer attending
101536	5581	Jen	Moore	1995-04-01	2	M	10	9992008458	2022-05-22	2023-07-10	Closed	Alexandra Popescu	Universal	No longer attending
101537	5582	Olivia	Robinson	2025-08-29	2	C	10	9999049060	2023-03-17	2023-10-16	Closed	Rachel Atkinson	Stay and Play	No longer attending
101538	5582	Iyv	Robinson	2008-06-17	2	M	10	9995175037	2023-03-17	2023-10-16	Closed	Rachel Atkinson	Targeted - SW	No longer attending
101539	5583	Oliver	Nowak	2025-01-25	1	C	12	\N	2025-04-16	\N	Active	Sana Hersi	Targeted - HV	\N
101540	5583	Sarah	McCarthy	1993-02-25	2	M	12	9996529665	2025-04-16	\N	Active	Sana Hersi	Targeted - SW	\N
101541	5583	Aleksander	Nowak	1993-03-27	1	F	13	9990403694	2025-04-16	\N	Active	Sana Hersi	Targeted - SW	\N
101542	5584	Riley	Brown	2021-06-09	1	C	10	9990498628	2024-12-24	2025-12-31	Closed	Gary Walker	Targeted - HV	No longer attending
101543	5584	Matthew	Brown	2001-04-18	1	F	10	9996624595	2024-12-24	2025-12-31	Closed	Gary Walker	Targeted - SW	No longer attending
101544	5585	Liam	Davies	2021-12-30	1	C	10	9993475343	2021-08-04	2021-11-07	Closed	Chloé Davies	Parent led	Family request
101545	5585	Kelly  	Davies	2004-05-18	2	M	10	9995727285	2021-08-04	2021-11-07	Closed	Chloé Davies	Stay and Play	Family request
101546	5585	David	Davies	2003-05-13	1	F	10	9999601316	2021-08-04	2021-11-07	Closed	Chloé Davies	Targeted - HV	Family request
101547	5586	Joshua	Baker	2023-09-08	1	C	10	9995097435	2021-02-27	\N	Active	Samantha McCarthy	Targeted - HV	\N
101548	5586	Amelia	Baker	2024-07-14	2	C	10	9998971462	2021-02-27	\N	Lapsed	Samantha McCarthy	Universal	\N
101549	5586	Daniel	Baker	2024-07-14	1	C	10	9996719529	2021-02-27	\N	Active	Samantha McCarthy	Targeted - HV	\N
101550	5586	Emma	Brown	1983-12-05	2	M	10	9997349377	2021-02-27	\N	Active	Samantha McCarthy	Targeted - SW	\N
101551	5587	Tyler	Patel	2025-06-24	1	C	10	\N	2021-07-17	\N	Active	Margaret Williams	Targeted - HV	\N
101552	5587	Oliiva	Hall	2007-06-27	2	M	10	9990058636	2021-07-17	\N	Active	Margaret Williams	Stay and Play	\N
101553	5587	David	Patel	2000-12-11	1	F	10	9993932663	2021-07-17	\N	Active	Margaret Williams	Stay and Play	\N
101554	5588	Daria	Lungu	2025-07-26	2	C	99	9993302813	2020-06-22	2020-08-06	Closed	Elizabeth Wright	Targeted - SW	Moved away
101555	5588	Ioana	Lungu	1982-09-21	2	M	13	9991680721	2020-06-22	2020-08-06	Closed	Elizabeth Wright	Universal	Moved away
101556	5589	Andrei	Dumitru	2023-04-07	1	C	13	\N	2023-12-19	2025-01-26	Closed	Ayan Mohamed	Targeted - SW	Child started school
101557	5589	Ioana	Dumitru	1993-07-29	2	M	13	9996909387	2023-12-19	2025-01-26	Closed	Ayan Mohamed	Stay and Play	Child started school
101558	5590	Zofia	Nowak	2018-08-19	2	C	13	9998531470	2021-06-22	\N	Active	Chloé Davies	Targeted - HV	\N
101559	5590	Małgorzata	Mazur	1997-10-21	2	M	13	9994657445	2021-06-22	\N	Active	Chloé Davies	Targeted - HV	\N
101560	5591	Freddie	Patel	2019-11-21	1	C	10	9990515956	2025-09-29	\N	Active	Sana Hersi	Targeted - HV	\N
101561	5591	Oscar	Patel	2023-12-11	1	C	10	9998264014	2025-09-29	\N	Active	Sana Hersi	Targeted - HV	\N
101562	5591	Sarah	Bratley	1995-05-26	2	M	10	9992767898	2025-09-29	\N	Active	Sana Hersi	Targeted - HV	\N
101563	5592	Andrei	Popescu	2024-01-25	1	C	99	9992862823	2023-04-19	\N	Lapsed	Chloé Davies	Parent led	\N
101564	5592	Mihaela	Popescu	2002-12-23	2	M	13	9998988799	2023-04-19	\N	Lapsed	Chloé Davies	Targeted - HV	\N
101565	5592	James	Smith	1987-10-01	1	SF	10	9998513375	2023-04-19	\N	Active	Chloé Davies	Targeted - HV	\N
101566	5593	Chloé	Murphy	2024-12-02	2	C	12	9995667010	2025-07-13	2025-12-31	Closed	Gary Walker	Universal	Child started school
101567	5593	Lisa	Murphy	2002-10-26	2	M	12	9991792988	2025-07-13	2025-12-31	Closed	Gary Walker	Universal	Child started school
101568	5594	George	Williams	2021-11-21	1	C	10	\N	2023-02-23	\N	Active	Rachel Atkinson	Stay and Play	\N
101569	5594	James	Williams	2021-11-21	1	C	10	\N	2023-02-23	\N	Active	Rachel Atkinson	Targeted - SW	\N
101570	5594	Sarah	Williams	1985-05-22	2	M	10	9999541046	2023-02-23	\N	Active	Rachel Atkinson	Parent led	\N
101571	5595	Patrikc	Murphy	2024-02-11	1	C	11	9996754189	2021-01-14	2021-05-03	Closed	Robert Chapman	Targeted - SW	Child started school
101572	5595	Catherine	Murphy	2002-08-07	2	M	11	9992880155	2021-01-14	2021-05-03	Closed	Robert Chapman	Universal	Child started school
101573	5595	Mark	Martin	1998-08-16	1	SF	10	9994596403	2021-01-14	2021-05-03	Closed	Robert Chapman	Parent led	Child started school
101574	5596	Isla	Williams	2017-10-10	2	C	10	9999998364	2023-06-30	2023-09-21	Closed	Gary Walker	Universal	Family request
101575	5596	Kirsty	Harrison	1985-04-11	2	M	10	9996124339	2023-06-30	2023-09-21	Closed	Gary Walker	Targeted - HV	Family request
101576	5597	Siobhán	Murphy	2017-08-27	2	C	11	9991620451	2021-05-05	2021-08-15	Closed	Chloé Davies	Stay and Play	Moved away
101577	5597	Niamh	Murphy	2021-10-16	2	C	11	9995494485	2021-05-05	2021-08-15	Closed	Chloé Davies	Targeted - SW	Moved away
101578	5597	Aoife	Kavanagh	1996-04-06	2	M	11	\N	2021-05-05	2021-08-15	Closed	Chloé Davies	Stay and Play	Moved away
101579	5598	Samuel	Jones	2020-03-20	1	C	10	9992707623	2025-09-30	2025-10-30	Closed	Alexandra Popescu	Universal	Family request
101580	5598	Katie	Jones	2023-11-09	2	C	10	9996581659	2025-09-30	2025-10-30	Closed	Alexandra Popescu	Stay and Play	Family request
101581	5598	Amy	Jones	1998-05-12	2	M	10	9994959565	2025-09-30	2025-10-30	Closed	Alexandra Popescu	Stay and Play	Family request
101582	5599	Harry	Ward	2023-09-09	1	C	10	9999195989	2020-03-21	\N	Active	Ayan Mohamed	Stay and Play	\N
101583	5599	Mrs Sarah	Skipworth	1998-07-03	2	M	10	9997573897	2020-03-21	\N	Active	Ayan Mohamed	Targeted - HV	\N
101584	5599	William	Ward	1995-03-26	1	F	10	9995321955	2020-03-21	\N	Active	Ayan Mohamed	Targeted - SW	\N
101585	5600	Moammed	Ali	2023-04-26	1	C	31	9999023452	2022-03-31	2022-11-08	Closed	Stacey Shaw	Targeted - SW	No longer attending
101586	5600	Aisha	Butt	2003-10-16	2	M	31	9995149427	2022-03-31	2022-11-08	Closed	Stacey Shaw	Parent led	No longer attending
101587	5600	Hodan	Butt	1974-09-19	2	G	31	9992897481	2022-03-31	2022-11-08	Closed	Stacey Shaw	Targeted - HV	No longer attending
101588	5601	Courtney	Baker	2017-12-21	2	C	10	9999118380	2022-07-12	\N	Active	Ayan Mohamed	Stay and Play	\N
101589	5601	Sarah	Baker	1993-09-20	2	M	10	9991370323	2022-07-12	\N	Active	Ayan Mohamed	Targeted - HV	\N
101590	5602	Oliver	Johnson	2022-03-23	1	C	10	9996236595	2023-12-14	\N	Active	Jasleen Patel	Stay and Play	\N
101591	5602	Olivia	Johnson	2023-11-12	2	C	10	9993984655	2023-12-14	\N	Active	Jasleen Patel	Targeted - HV	\N
101592	5602	Claire	Johnson	1991-01-22	2	M	10	9996866440	2023-12-14	\N	Active	Jasleen Patel	Targeted - HV	\N
101593	5603	Oliver	Evans	2024-01-09	1	C	10	9995969130	2025-09-16	2025-12-31	Closed	Stacey Shaw	Parent led	Child started school
101594	5603	Rebecca	Evans	1995-11-25	2	M	99	9998221072	2025-09-16	2025-12-31	Closed	Stacey Shaw	Universal	Child started school
101595	5604	Arjun	Gill	2023-10-12	1	C	30	9995071827	2020-03-09	\N	Active	Sarah Evans	Parent led	\N
101596	5605	Piotr	Kowalczyk	2023-03-24	1	C	13	\N	2023-01-21	2023-10-15	Closed	Margaret Williams	Stay and Play	No longer attending
101597	5605	Katarzyna	Lewandowski	1989-06-25	2	M	13	9993812129	2023-01-21	2023-10-15	Closed	Margaret Williams	Stay and Play	No longer attending
101598	5606	Olivia	Smith	2021-06-02	2	C	10	9990300488	2023-10-19	\N	Active	Kirsty Green	Stay and Play	\N
101599	5606	Ava	Smith  	2024-07-29	2	C	10	\N	2023-10-19	\N	Active	Kirsty Green	Targeted - SW	\N
101600	5606	Robert	Smith	1995-03-04	1	F	10	9992552425	2023-10-19	\N	Active	Kirsty Green	Targeted - SW	\N
101601	5607	Nathan	Cooper	2022-08-29	1	C	10	\N	2024-07-01	2025-10-11	Closed	Darius Kazlauskas	Universal	No longer attending
101602	5607	Jade	Jognes	1981-11-23	2	M	10	\N	2024-07-01	2025-10-11	Closed	Darius Kazlauskas	Targeted - HV	No longer attending
101603	5608	Alfie	Smith	2022-11-25	1	C	10	9993907057	2021-01-02	\N	Active	Stacey Shaw	Stay and Play	\N
101604	5608	Catherine	Odling	2001-09-05	2	M	10	9996158993	2021-01-02	\N	Active	Stacey Shaw	Stay and Play	\N
101605	5608	Darren	Smith	1999-09-03	1	F	10	9990033021	2021-01-02	\N	Active	Stacey Shaw	Parent led	\N
101606	5609	Alexander	Jones	2022-04-16	1	C	10	9993277207	2020-01-12	\N	Active	Stacey Shaw	Targeted - SW	\N
101607	5609	Nicola	Jones	1997-10-13	2	M	10	9995529149	2020-01-12	\N	Active	Stacey Shaw	Stay and Play	\N
101608	5610	Jayden	Smith	2021-06-25	1	C	10	9996521389	2020-07-13	2021-05-10	Closed	Samantha McCarthy	Targeted - SW	No longer attending
101609	5610	Amy	Smith	1987-12-10	2	M	10	\N	2020-07-13	2021-05-10	Closed	Samantha McCarthy	Targeted - SW	No longer attending
101610	5611	Oliver	Wood	2025-05-08	1	C	10	9992017503	2023-02-28	2023-12-07	Closed	Edward Williams	Stay and Play	No longer attending
101611	5611	Jennifer	Wood	2004-11-13	2	M	10	\N	2023-02-28	2023-12-07	Closed	Edward Williams	Stay and Play	No longer attending
101612	5612	Rūta	Žukauskas	2023-11-02	2	C	13	9999860494	2020-01-18	2021-03-01	Closed	Gary Walker	Stay and Play	Moved away
101613	5612	Kristina	Žukauskas	1999-05-02	2	M	13	9995986469	2020-01-18	2021-03-01	Closed	Gary Walker	Parent led	Moved away
101614	5613	Noah	Taylor	2020-01-10	1	C	10	9996711242	2020-02-21	2020-06-24	Closed	Zofia Zieliński	Universal	Child started school
101615	5613	Emma	Rippon	2002-06-02	2	M	10	9992837217	2020-02-21	2020-06-24	Closed	Zofia Zieliński	Targeted - SW	Child started school
101616	5614	Thomas	Fox	2025-08-28	1	C	10	9992207361	2025-10-31	\N	Active	Stacey Shaw	Targeted - HV	\N
101617	5614	Bethan	Jones	1992-03-17	2	M	10	9994459309	2025-10-31	\N	Active	Stacey Shaw	Targeted - HV	\N
101618	5615	Theodore	Wilson	2022-08-27	1	C	10	\N	2024-01-06	2024-09-09	Closed	Chloé Davies	Targeted - SW	Child started school
101619	5615	Laura	BROWN	1998-12-28	2	M	99	9996081397	2024-01-06	2024-09-09	Closed	Chloé Davies	Targeted - HV	Child started school
101620	5616	Henry	Robinson	2025-07-09	1	C	10	9997798414	2022-04-17	2023-07-30	Closed	Edward Williams	Targeted - HV	Moved away
101621	5616	Catherine	Robinson	1994-10-01	2	M	10	\N	2022-04-17	2023-07-30	Closed	Edward Williams	Targeted - SW	Moved away
101622	5616	Carl	Robinson	1990-07-11	1	F	99	9993924385	2022-04-17	2023-07-30	Closed	Edward Williams	Targeted - SW	Moved away
101623	5617	Piotr	Odling	2024-07-14	1	C	13	9993656925	2020-05-20	\N	Active	Darius Kazlauskas	Parent led	\N
101624	5617	Anna	Wisniewski	1995-06-30	2	M	13	9995908867	2020-05-20	\N	Active	Darius Kazlauskas	Stay and Play	\N
101625	5618	Kieran	Parker	2025-04-17	1	C	10	9991404988	2021-03-25	2021-04-25	Closed	James Jones	Universal	Child started school
101626	5618	Danielle	Marshall	1999-10-20	2	M	10	9997530950	2021-03-25	2021-04-25	Closed	James Jones	Universal	Child started school
101627	5619	Abigail	Jones	2022-06-16	2	C	10	9996003795	2023-11-23	\N	Active	Robert Chapman	Stay and Play	\N
101628	5619	George	Jones	2023-09-04	1	C	10	\N	2023-11-23	\N	Active	Robert Chapman	Targeted - HV	\N
101629	5619	Cerys	Williams	2003-07-28	2	M	10	9994381709	2023-11-23	\N	Active	Robert Chapman	Targeted - SW	\N
101630	5619	Gethin	Jones	1998-02-15	1	F	10	9998255732	2023-11-23	\N	Active	Robert Chapman	Targeted - HV	\N
101631	5620	Ana	MARIN	2024-06-14	2	C	13	9994114247	2022-06-08	\N	Active	Robert Chapman	Parent led	\N
101632	5620	Mihaela	Marin	1994-11-21	2	M	13	\N	2022-06-08	\N	Active	Robert Chapman	Targeted - HV	\N
101633	5621	Willow	Robinson	2021-04-29	0	C	10	\N	2020-09-20	2021-03-20	Closed	Zofia Zieliński	Parent led	Child started school
101634	5621	Sarah	Smtith	1991-01-13	2	M	10	9995468875	2020-09-20	2021-03-20	Closed	Zofia Zieliński	Stay and Play	Child started school
101635	5622	Ivy	Smith	2022-12-14	2	C	10	9995201410	2024-11-29	\N	Active	Gary Walker	Universal	\N
101636	5622	Rebecca	Smith	1998-08-27	2	M	10	9993579327	2024-11-29	\N	Active	Gary Walker	Targeted - SW	\N
101637	5623	Oliver	Taylor	2021-03-30	1	C	10	9993311863	2024-06-23	2025-10-20	Closed	Sana Hersi	Universal	No longer attending
101638	5623	Olivia	Taylor	2023-02-10	2	C	10	9997185897	2024-06-23	2025-10-20	Closed	Sana Hersi	Targeted - HV	No longer attending
101639	5623	Willow	Taylor	2025-05-11	2	C	10	9994933957	2024-06-23	2025-10-20	Closed	Sana Hersi	Universal	No longer attending
101640	5624	Ella	Tayolr	2023-09-05	2	C	10	9999895158	2020-04-09	\N	Active	Jasleen Patel	Stay and Play	\N
101641	5624	Isla	Taylor	2024-08-22	2	C	10	9993769185	2020-04-09	\N	Active	Jasleen Patel	Targeted - SW	\N
101642	5624	Olivia	Taylor	2025-10-12	2	C	10	9997643216	2020-04-09	\N	Active	Jasleen Patel	Stay and Play	\N
101643	5624	Catherine	Taylor	1998-05-07	2	M	10	9992147091	2020-04-09	\N	Active	Jasleen Patel	Universal	\N
101644	5625	Freddie	Smith	2020-02-22	1	C	10	\N	2023-07-14	2024-10-18	Closed	Zofia Zieliński	Targeted - HV	No longer attending
101645	5625	Lacey	Smith	2022-10-10	0	C	10	\N	2023-07-14	2024-10-18	Closed	Zofia Zieliński	Universal	No longer attending
101646	5625	Sarah	Smith	1984-10-11	2	M	10	9993864110	2023-07-14	2024-10-18	Closed	Zofia Zieliński	Parent led	No longer attending
101647	5626	Callum	Turner	2021-03-07	1	C	10	9993959049	2024-10-31	\N	Active	Kirsty Green	Parent led	\N
101648	5626	Gemma	Jones	1998-06-18	2	M	10	\N	2024-10-31	\N	Active	Kirsty Green	Universal	\N
101649	5626	Daniel	Turner	1996-12-07	1	F	10	9990085013	2024-10-31	\N	Active	Kirsty Green	Universal	\N
101650	5627	Liam	Byrne	2021-05-06	1	C	11	9991802037	2020-08-19	2021-08-02	Closed	Jasleen Patel	Universal	Family request
101651	5627	Siobhan	Byrne	2023-06-10	2	C	11	9995676060	2020-08-19	2021-08-02	Closed	Jasleen Patel	Targeted - SW	Family request
101652	5627	Siobhan	Brne	1993-07-19	2	M	11	9994053973	2020-08-19	2021-08-02	Closed	Jasleen Patel	Targeted - SW	Family request
101653	5627	Martin	Byrne	1995-11-24	1	F	11	9997928008	2020-08-19	2021-08-02	Closed	Jasleen Patel	Targeted - HV	Family request
101654	5628	Kieran	Smith	2020-03-03	1	C	10	9993786519	2024-05-19	\N	Active	Sarah Evans	Targeted - HV	\N
101655	5628	Samantha	SMITH	1979-04-13	2	M	10	9992164425	2024-05-19	\N	Active	Sarah Evans	Targeted - SW	\N
101656	5628	Jonathan	Smith	1980-07-04	1	F	10	9996038459	2024-05-19	\N	Active	Sarah Evans	Stay and Play	\N
101657	5629	Olivia	Shaw	2024-04-10	2	C	10	9998652782	2021-09-07	2022-05-12	Closed	Sarah Evans	Stay and Play	No longer attending
101658	5629	Michelle	Shaw	2001-08-15	2	M	10	9994778757	2021-09-07	2022-05-12	Closed	Sarah Evans	Targeted - SW	No longer attending
101659	5630	Harry	Walker	2024-08-14	1	C	10	\N	2023-12-30	2025-03-24	Closed	Elizabeth Wright	Parent led	Child started school
101660	5630	Chloe	Walker	1999-02-15	2	M	10	9992526815	2023-12-30	2025-03-24	Closed	Elizabeth Wright	Targeted - HV	Child started school
101661	5630	David	Brown	1997-09-17	1	F	10	9993400840	2023-12-30	2025-03-24	Closed	Elizabeth Wright	Universal	Child started school
101662	5631	Oscar	Harrison	2017-11-28	1	C	10	9997755472	2020-05-12	2021-02-26	Closed	Gary Walker	Parent led	Moved away
101663	5631	Harirson	Rebecca	1982-12-06	2	M	10	\N	2020-05-12	2021-02-26	Closed	Gary Walker	Parent led	Moved away
101664	5632	Pawe?	Lewandowski	2023-12-30	1	C	13	9997125622	2020-08-31	\N	Active	Sana Hersi	Universal	\N
101665	5632	Zuzanna	Lewandowski	2024-12-28	2	C	13	9990999651	2020-08-31	\N	Active	Sana Hersi	Universal	\N
101666	5632	Miss Katarzyna	Lewandowski	1999-08-08	2	M	13	9999377564	2020-08-31	\N	Active	Sana Hersi	Targeted - HV	\N
101667	5633	Olivia	Smith	2024-10-21	2	C	10	9992086823	2020-06-13	\N	Active	Kirsty Green	Targeted - SW	\N
101668	5633	Danielle	Smith	1991-04-01	2	M	10	9998212790	2020-06-13	\N	Active	Kirsty Green	Targeted - HV	\N
101669	5634	Amelia	Green	2021-07-14	2	C	10	9996953092	2022-10-06	2023-03-30	Closed	James Jones	Parent led	Child started school
101670	5634	Gemma	Chapman	1985-10-28	2	M	10	9999205038	2022-10-06	2023-03-30	Closed	James Jones	Targeted - SW	Child started school
101671	5635	Eleanor	Johnson	2024-09-09	2	C	10	9996323242	2023-05-13	2024-02-24	Closed	Emma Smith	Targeted - HV	No longer attending
101672	5635	Sarah	Johnson	1994-12-29	2	M	10	9994701150	2023-05-13	2024-02-24	Closed	Emma Smith	Parent led	No longer attending
101673	5636	Willow	Ward	2022-10-20	2	C	10	9997315480	2025-08-10	\N	Active	Robert Chapman	Targeted - HV	\N
101674	5636	Thomas	Storr	2024-08-07	1	C	10	9991189513	2025-08-10	\N	Active	Robert Chapman	Targeted - HV	\N
101675	5636	Sarah	Ward	1983-12-13	2	M	10	9999567428	2025-08-10	\N	Active	Robert Chapman	Stay and Play	\N
101676	5636	David	STORR	1989-08-26	1	SF	10	\N	2025-08-10	\N	Active	Robert Chapman	Targeted - SW	\N
101677	5637	Arthur	Smith	2024-01-01	1	C	10	9995788322	2025-07-31	\N	Active	Samantha McCarthy	Targeted - HV	\N
101678	5637	Claie	Evans	2002-12-07	2	M	10	9998040264	2025-07-31	\N	Lapsed	Samantha McCarthy	Targeted - SW	\N
101679	5638	OLIVER	WEBB	2024-02-11	1	C	10	9996780562	2020-08-09	2021-05-02	Closed	Zofia Zieliński	Parent led	No longer attending
101680	5638	Eliazbeth	Jones	2000-04-15	2	M	10	\N	2020-08-09	2021-05-02	Closed	Zofia Zieliński	Parent led	No longer attending
101681	5639	Lily	Turner	2017-11-30	2	C	10	9999394892	2023-09-13	2025-01-05	Closed	Stacey Shaw	Universal	No longer attending
101682	5639	Carl	Turner	1968-07-18	1	F	10	9996150712	2023-09-13	2025-01-05	Closed	Stacey Shaw	Targeted - HV	No longer attending
101683	5640	Oliver	Smih	2017-03-24	1	C	10	9997142950	2025-11-18	2025-12-31	Closed	Gary Walker	Targeted - HV	Child started school
101684	5640	Joshua	Smith	2021-02-11	1	C	99	9991016988	2025-11-18	2025-12-31	Closed	Gary Walker	Universal	Child started school
101685	5640	Daniel	Williams	1988-01-28	1	SF	10	9999972756	2025-11-18	2025-12-31	Closed	Gary Walker	Universal	Child started school
101686	5641	Andrei	Popescu	2021-12-23	1	C	13	9998765048	2023-08-10	\N	Active	Jasleen Patel	Targeted - HV	\N
101687	5641	Gabriela	Popescu	2024-02-11	2	C	13	\N	2023-08-10	\N	Active	Jasleen Patel	Targeted - SW	\N
101688	5642	Lukas	Kazlauskas	2022-08-21	1	C	13	9999852211	2021-02-15	2021-05-20	Closed	Edward Williams	Stay and Play	No longer attending
101689	5642	Emilija	Vasiliauskas	1989-07-12	2	M	13	\N	2021-02-15	2021-05-20	Closed	Edward Williams	Targeted - HV	No longer attending
101690	5642	Tomas	Kazlauskas	1988-03-22	1	F	13	9995978180	2021-02-15	2021-05-20	Closed	Edward Williams	Targeted - HV	No longer attending
101691	5643	José	Brown	2021-07-20	1	C	13	9996702960	2024-01-31	\N	Active	Gary Walker	Targeted - HV	\N
101692	5643	Alexandra	Brown	2025-01-05	0	C	13	9990576998	2024-01-31	\N	Active	Gary Walker	Parent led	\N
101693	5643	Ioana	Brown	1980-02-26	2	M	13	9997332814	2024-01-31	\N	Active	Gary Walker	Targeted - HV	\N
101694	5644	katie	CAMPBELL	2017-05-05	2	C	10	9998325056	2024-06-16	2025-03-26	Closed	Samantha McCarthy	Targeted - HV	No longer attending
101695	5644	Willow	Campbell	2023-03-25	2	C	10	9992199083	2024-06-16	2025-03-26	Closed	Samantha McCarthy	Parent led	No longer attending
101696	5644	Fiona	Campbell	1999-12-29	2	M	10	9994451022	2024-06-16	2025-03-26	Closed	Samantha McCarthy	Parent led	No longer attending
101697	5644	Ailsa	Campbell	1971-06-17	2	G	10	9996073114	2024-06-16	2025-03-26	Closed	Samantha McCarthy	Universal	No longer attending
101698	5645	Ayesha	Begum	2023-05-29	2	C	31	9995633124	2022-07-19	\N	Active	Zoë Brown	Stay and Play	\N
101699	5645	Hodan	Begum	1992-06-23	2	M	31	9994011030	2022-07-19	\N	Active	Zoë Brown	Parent led	\N
101700	5646	Olivia	Ward	2023-10-27	2	C	10	9995995514	2024-03-22	2024-06-18	Closed	Sarah Evans	Universal	Child started school
101701	5646	Sarah	Ward	2004-01-11	2	M	10	9998247454	2024-03-22	2024-06-18	Closed	Sarah Evans	Parent led	Child started school
101702	5647	Oscar	Harrison	2017-08-26	1	C	10	9997617606	2025-02-02	\N	Active	Edward Williams	Stay and Play	\N
101703	5647	Olivia	Harrison	2018-09-01	2	C	10	9991491635	2025-02-02	\N	Lapsed	Edward Williams	Universal	\N
101704	5647	Sarah	Williams	1990-09-10	2	M	10	9999869548	2025-02-02	\N	Active	Edward Williams	Parent led	\N
101705	5648	Krzysztof	Nowak	2025-01-18	1	C	13	9993476110	2023-11-27	\N	Active	Robert Chapman	Stay and Play	\N
101706	5648	Katarzyna	Nowak	1976-09-24	2	M	13	9994105965	2023-11-27	\N	Active	Robert Chapman	Stay and Play	\N
101707	5649	Julia	Nowak	2023-02-21	2	C	13	\N	2020-10-20	\N	Active	Darius Kazlauskas	Universal	\N
101708	5649	Krzysztof	Nowak  	2022-02-21	1	C	13	9993838500	2020-10-20	\N	Active	Darius Kazlauskas	Universal	\N
101709	5649	Katarzyna	Nowak	2025-07-22	2	C	13	\N	2020-10-20	\N	Active	Darius Kazlauskas	Stay and Play	\N
101710	5649	Katarzyna	Kamiński	2005-02-03	2	M	13	9992216417	2020-10-20	\N	Lapsed	Darius Kazlauskas	Targeted - SW	\N
101711	5649	Aleksander	Nowak	1998-11-14	1	F	13	9996090442	2020-10-20	\N	Active	Darius Kazlauskas	Stay and Play	\N
101712	5650	Oliver	Wilsn	2022-10-29	1	C	10	9991948953	2023-07-03	2024-04-15	Closed	Margaret Williams	Targeted - HV	Moved away
101713	5650	Ava	Wilson	2023-12-28	2	C	10	9995822989	2023-07-03	2024-04-15	Closed	Margaret Williams	Targeted - HV	Moved away
101714	5650	Sarah	Green	2003-12-17	2	M	10	9994200895	2023-07-03	2024-04-15	Closed	Margaret Williams	Stay and Play	Moved away
101715	5650	David	Wilson	2005-02-03	1	F	10	9998074924	2023-07-03	2024-04-15	Closed	Margaret Williams	Universal	Moved away
101716	5651	Oliver	Martin	2023-11-22	1	C	40	\N	2024-08-13	\N	Active	Samantha McCarthy	Targeted - HV	\N
101717	5651	Sarah	Martin	2003-02-10	2	M	40	9999697011	2024-08-13	\N	Active	Samantha McCarthy	Targeted - SW	\N
101718	5651	David	Martin	2002-02-17	1	F	40	9993571040	2024-08-13	\N	Active	Samantha McCarthy	Parent led	\N
101719	5652	Olivia	Smith	2017-09-19	2	C	10	9998437318	2021-04-20	2021-05-23	Closed	Alexandra Popescu	Parent led	Child started school
101720	5652	Freya	Smith	2018-08-20	2	C	10	9992311347	2021-04-20	2021-05-23	Closed	Alexandra Popescu	Targeted - SW	Child started school
101721	5652	Zo?	King	1996-06-19	2	M	99	9996815226	2021-04-20	2021-05-23	Closed	Alexandra Popescu	Universal	Child started school
101722	5653	Ella	Brwn	2025-09-01	2	C	20	9998799708	2021-12-14	\N	Lapsed	Ayan Mohamed	Targeted - SW	\N
101723	5653	Miss Sarah	Brown	1994-05-16	2	M	40	9991051643	2021-12-14	\N	Active	Ayan Mohamed	Targeted - SW	\N
101724	5653	Stacey	Smith	1976-05-12	2	G	99	9992673737	2021-12-14	\N	Active	Ayan Mohamed	Universal	\N
101725	5654	Piotr	Nowak	2019-07-20	1	C	13	9999162096	2023-03-05	2023-08-10	Closed	Chloé Davies	Universal	No longer attending
101726	5654	Katarzyna	Nowak	2025-03-23	2	C	13	9996910156	2023-03-05	2023-08-10	Closed	Chloé Davies	Targeted - HV	No longer attending
101727	5654	Kasia	Nowak	1999-04-07	2	M	13	9991414037	2023-03-05	2023-08-10	Closed	Chloé Davies	Stay and Play	No longer attending
101728	5655	James	Green	2020-01-23	1	C	10	9993131059	2020-05-12	\N	Active	Jasleen Patel	Parent led	\N
101729	5655	Poppy	Green	2025-02-23	2	C	10	9997005082	2020-05-12	\N	Lapsed	Jasleen Patel	Stay and Play	\N
101730	5655	Callum	Green	2025-02-23	1	C	10	9990879117	2020-05-12	\N	Active	Jasleen Patel	Universal	\N
101731	5655	Sarah	Taylor	1981-06-03	2	M	10	9997634934	2020-05-12	\N	Active	Jasleen Patel	Parent led	\N
101732	5655	Daniel	Green	1982-11-29	1	F	10	9991508961	2020-05-12	\N	Active	Jasleen Patel	Universal	\N
101733	5656	Grace	Jones	2017-01-05	2	C	99	9992501200	2024-10-25	2025-12-21	Closed	Margaret Williams	Universal	Child started school
101734	5656	Ameila  	Jones	2021-12-13	2	C	10	9996375234	2024-10-25	2025-12-21	Closed	Margaret Williams	Targeted - SW	Child started school
101735	5656	Sarah	Jones	1985-02-21	2	M	10	9994753142	2024-10-25	2025-12-21	Closed	Margaret Williams	Targeted - HV	Child started school
101736	5656	David	Jones	1988-01-07	1	F	10	9998627176	2024-10-25	2025-12-21	Closed	Margaret Williams	Parent led	Child started school
101737	5657	Oaiver	Robinson	2024-08-09	1	C	10	9997997328	2023-07-17	\N	Active	Zoë Brown	Stay and Play	\N
101738	5657	Isabella	Jones	2006-07-10	2	M	10	9990249261	2023-07-17	\N	Active	Zoë Brown	Stay and Play	\N
101739	5657	David	Robinson	2004-06-07	1	F	10	9994123297	2023-07-17	\N	Active	Zoë Brown	Universal	\N
101740	5658	Ioana	Dumitru	2025-10-17	2	C	13	9991698825	2022-12-20	\N	Active	Darius Kazlauskas	Stay and Play	\N
101741	5658	Maria	Dumitru (née Ciobanu)	2000-10-04	2	M	13	9993950769	2022-12-20	\N	Active	Darius Kazlauskas	Universal	\N
101742	5659	Gabija	Petrauskas	2018-07-21	2	C	13	9997194942	2023-03-13	\N	Active	Rachel Atkinson	Stay and Play	\N
101743	5659	Ruta	Petrauskas	1986-01-17	2	M	13	\N	2023-03-13	\N	Active	Rachel Atkinson	Universal	\N
101744	5659	Mantas	Petrauskas	1983-04-22	1	F	13	9999446884	2023-03-13	\N	Active	Rachel Atkinson	Targeted - SW	\N
101745	5660	Niamh	Gallagher	2022-03-07	2	C	11	9998014654	2022-12-19	\N	Active	Robert Chapman	Universal	\N
101746	5660	Ciara	Gallagher	1984-12-09	2	M	11	9994140620	2022-12-19	\N	Active	Robert Chapman	Stay and Play	\N
101747	5661	Oliver	Wilson	2022-03-24	1	C	10	9998377048	2021-07-22	2021-10-28	Closed	Darius Kazlauskas	Stay and Play	Child started school
101748	5661	Lisa	Wilspon	\N	2	M	10	9999006892	2021-07-22	2021-10-28	Closed	Darius Kazlauskas	Targeted - SW	Child started school
101749	5661	David	WILSON	1994-05-15	1	F	10	9992880929	2021-07-22	2021-10-28	Closed	Darius Kazlauskas	Universal	Child started school
101750	5662	Piotr	Dabrowski	2021-07-07	1	C	99	9999731678	2023-03-24	2024-03-17	Closed	Edward Williams	Targeted - HV	Family request
101751	5662	Aleksander	D?browski	2023-02-28	1	C	13	9993605700	2023-03-24	2024-03-17	Closed	Edward Williams	Targeted - SW	Family request
101752	5662	Katarzyna	Nowak	\N	2	M	13	9998109582	2023-03-24	2024-03-17	Closed	Edward Williams	Stay and Play	Family request
101753	5662	Piotr	NOWAK 	1990-06-29	1	F	13	9991983619	2023-03-24	2024-03-17	Closed	Edward Williams	Universal	Family request
101754	5663	Noah	Smith	2022-04-15	1	C	10	9995227797	2023-11-09	\N	Active	Alexandra Popescu	Universal	\N
101755	5663	Zoë	Smith	2023-03-21	2	C	10	9999101828	2023-11-09	\N	Active	Alexandra Popescu	Parent led	\N
101756	5663	Emma	Smpith	2005-02-17	2	M	10	9997479734	2023-11-09	\N	Active	Alexandra Popescu	Parent led	\N
101757	5663	Thomas	Smith	2003-10-13	1	F	10	\N	2023-11-09	\N	Active	Alexandra Popescu	Targeted - SW	\N
101758	5664	Liam	Clarke	2025-08-25	1	C	10	9990723915	2024-11-23	\N	Active	Ayan Mohamed	Targeted - SW	\N
101759	5664	Sarah	Fox 	2000-11-10	2	M	99	9992975857	2024-11-23	\N	Active	Ayan Mohamed	Parent led	\N
101760	5664	David	Clarke	1996-07-30	1	F	10	9996849880	2024-11-23	\N	Active	Ayan Mohamed	Targeted - SW	\N
101761	5665	Seán	Wiśniewski	2021-09-23	1	C	11	9994960334	2024-02-29	\N	Active	James Jones	Stay and Play	\N
101762	5665	Caitlin	Wiśniewski	\N	2	M	11	9993338249	2024-02-29	\N	Lapsed	James Jones	Targeted - SW	\N
101763	5665	Piotr	Wi?niewski	1985-10-01	1	F	13	9997212274	2024-02-29	\N	Active	James Jones	Universal	\N
101764	5666	Liam	Brown	2025-04-15	1	C	10	9996582426	2020-07-30	2021-07-31	Closed	Margaret Williams	Parent led	No longer attending
101765	5666	Lisa	Smith	1992-08-05	2	M	10	9998834368	2020-07-30	2021-07-31	Closed	Margaret Williams	Targeted - SW	No longer attending
101766	5666	Mr David	Brown	1987-10-15	1	F	10	9922708395	2020-07-30	2021-07-31	Closed	Margaret Williams	Targeted - HV	No longer attending
101767	5667	Isabella	Smith	2024-02-25	2	C	10	\N	2024-03-23	2024-11-09	Closed	Robert Chapman	Parent led	Child started school
101768	5667	Michelle	Smith	1993-07-10	2	M	10	9994063022	2024-03-23	2024-11-09	Closed	Robert Chapman	Parent led	Child started school
101769	5668	Ciarán	Smith	2024-08-01	1	C	11	9998299446	2023-06-04	2024-10-10	Closed	Kirsty Green	Stay and Play	Child started school
101770	5669	Arthur	Turner	2024-06-16	1	C	10	9999291686	2022-10-24	2023-08-09	Closed	Edward Williams	Parent led	Moved away
101771	5669	Rachel	WILLIAMS	1999-03-24	2	M	10	9995417650	2022-10-24	2023-08-09	Closed	Edward Williams	Targeted - HV	Moved away
101772	5670	Henry	Davies	2017-08-28	1	C	10	9990283923	2021-06-09	2021-08-22	Closed	Stacey Shaw	Parent led	Moved away
101773	5670	Sarah	Davies (née Smith)	1980-04-20	2	M	10	9992535865	2021-06-09	2021-08-22	Closed	Stacey Shaw	Universal	Moved away
101774	5670	Gary	Dvaies	1974-01-12	1	F	10	9996409899	2021-06-09	2021-08-22	Closed	Stacey Shaw	Targeted - SW	Moved away
101775	5671	Oliver	Ward	2025-07-09	1	C	10	9998031982	2025-09-21	2025-12-31	Closed	Zofia Zieliński	Universal	Child started school
101776	5672	Oliver	Wilson	2024-02-26	1	C	40	\N	2023-09-03	2023-11-01	Closed	Sarah Evans	Targeted - SW	No longer attending
101777	5672	Sarah	Davies	2004-10-07	2	M	40	9990378851	2023-09-03	2023-11-01	Closed	Sarah Evans	Universal	No longer attending
101778	5673	Callum	Smith	2025-06-23	1	C	10	9990473781	2022-06-07	2022-11-25	Closed	Ayan Mohamed	Targeted - SW	No longer attending
101779	5673	David	Smith	1992-03-24	1	F	10	9996599752	2022-06-07	2022-11-25	Closed	Ayan Mohamed	Stay and Play	No longer attending
101780	5674	Aisha	 Hussain	2024-05-23	2	C	32	9992095873	2024-12-16	2025-12-31	Closed	Edward Williams	Parent led	Child started school
101781	5674	Maryam	Hussain 	2003-05-26	2	M	99	9994347810	2024-12-16	2025-12-31	Closed	Edward Williams	Targeted - SW	Child started school
101782	5675	Noah	Smith	2023-02-09	1	C	10	9990836175	2022-11-10	2024-04-24	Closed	Darius Kazlauskas	Targeted - HV	Moved away
101783	5675	Sarah	Parker	1999-07-19	2	M	10	9993088110	2022-11-10	2024-04-24	Closed	Darius Kazlauskas	Targeted - SW	Moved away
101784	5675	Christopher	Smith	1994-08-06	1	F	10	\N	2022-11-10	2024-04-24	Closed	Darius Kazlauskas	Parent led	Moved away
101785	5676	Lily	Smith	2023-03-07	2	C	10	9992458267	2020-06-07	2020-09-11	Closed	Sarah Evans	Stay and Play	Family request
101786	5676	Katherine	Smith	1989-10-03	2	M	10	9994710206	2020-06-07	2020-09-11	Closed	Sarah Evans	Stay and Play	Family request
101787	5677	Holly	Hill	2025-01-20	2	C	10	9999576478	2021-06-28	2021-11-18	Closed	Samantha McCarthy	Targeted - SW	Child started school
101788	5677	Deborah	Williams	1998-09-22	2	M	10	\N	2021-06-28	2021-11-18	Closed	Samantha McCarthy	Targeted - HV	Child started school
101789	5677	David	Hill	1992-08-22	1	F	10	9995702444	2021-06-28	2021-11-18	Closed	Samantha McCarthy	Universal	Child started school
101790	5678	Osman	Mohammed	2020-08-11	1	C	41	9996694682	2020-12-26	2021-12-12	Closed	Ayan Mohamed	Targeted - SW	No longer attending
101791	5678	Mohammed	Mohamed	2025-06-14	1	C	41	9990568715	2020-12-26	2021-12-12	Closed	Ayan Mohamed	Universal	No longer attending
101792	5678	Khadija	Ali	1987-05-06	2	M	41	\N	2020-12-26	2021-12-12	Closed	Ayan Mohamed	Universal	No longer attending
101793	5679	Ava	Roberts	2018-07-23	2	C	10	9997686926	2025-06-09	2025-12-31	Closed	Zoë Brown	Targeted - SW	Child started school
101794	5679	Margaret	Wright	1991-09-05	2	M	10	\N	2025-06-09	2025-12-31	Closed	Zoë Brown	Targeted - SW	Child started school
101795	5680	Joshua	Smith	2021-06-10	1	C	10	9998679168	2020-06-22	\N	Active	Chloé Davies	Parent led	\N
101796	5680	William (Billy)	Smith	2022-06-13	1	C	10	9992553197	2020-06-22	\N	Active	Chloé Davies	Targeted - SW	\N
101797	5680	Emma	Smith	1981-05-20	2	M	10	9993183040	2020-06-22	\N	Active	Chloé Davies	Targeted - SW	\N
101798	5681	Lily	Waterfall	2022-01-03	2	C	10	9991923349	2025-02-25	2025-03-23	Closed	Kirsty Green	Targeted - HV	Moved away
101799	5681	Amelia	Bell	2024-10-19	2	C	10	9995797372	2025-02-25	2025-03-23	Closed	Kirsty Green	Stay and Play	Moved away
101800	5681	Jennifer	Waterfall	1996-10-31	2	M	10	9998049318	2025-02-25	2025-03-23	Closed	Kirsty Green	Targeted - SW	Moved away
101801	5681	Joseph	Bell	2006-05-19	1	SF	10	\N	2025-02-25	2025-03-23	Closed	Kirsty Green	Universal	Moved away
101802	5682	Ivy	Mitchell	2025-09-10	2	C	10	9996789616	2021-08-12	2022-11-02	Closed	Ayan Mohamed	Universal	No longer attending
101803	5682	Victoria	Harris (nee Mitchell)	2001-05-24	2	M	10	9991293493	2021-08-12	2022-11-02	Closed	Ayan Mohamed	Parent led	No longer attending
101804	5683	Noah	Mazur	2020-07-06	1	C	10	\N	2023-09-18	\N	Active	Alexandra Popescu	Targeted - HV	\N
101805	5683	Laura	Smith	2003-03-30	2	M	10	9996159760	2023-09-18	\N	Active	Alexandra Popescu	Targeted - HV	\N
101806	5684	Walker	Alexander	2022-10-12	1	C	10	9995529912	2022-01-21	2022-04-10	Closed	Sana Hersi	Stay and Play	Child started school
101807	5684	George	Walker	2024-03-24	1	C	10	9999403948	2022-01-21	2022-04-10	Closed	Sana Hersi	Targeted - HV	Child started school
101808	5684	Haylye	Walker	1997-02-02	2	M	10	9991655883	2022-01-21	2022-04-10	Closed	Sana Hersi	Targeted - HV	Child started school
101809	5685	Katie	White	2022-05-28	2	C	10	9999766331	2021-05-11	2021-11-16	Closed	James Jones	Targeted - SW	Child started school
101810	5685	Grace	 White	2023-06-02	2	C	10	9993640360	2021-05-11	2021-11-16	Closed	James Jones	Stay and Play	Child started school
101811	5685	Sarah	Simth	1987-07-15	2	M	10	\N	2021-05-11	2021-11-16	Closed	James Jones	Parent led	Child started school
101812	5686	Tyler	Odling	2019-03-31	1	C	10	9990128723	2023-10-11	\N	Active	Samantha McCarthy	Targeted - SW	\N
101813	5686	Florence	Odling	2024-08-27	2	C	10	9994002759	2023-10-11	\N	Active	Samantha McCarthy	Targeted - HV	\N
101814	5686	Miss Amy	Robinson	1974-12-08	2	M	99	9994632604	2023-10-11	\N	Active	Samantha McCarthy	Stay and Play	\N
101815	5687	Oliver	Green	2025-05-23	1	C	40	9993735299	2025-09-12	2025-12-04	Closed	Edward Williams	Targeted - SW	Moved away
101816	5687	 Emma	Jones	2001-10-10	2	M	40	9995987236	2025-09-12	2025-12-04	Closed	Edward Williams	Parent led	Moved away
101817	5687	Michael	Green	2003-07-06	1	F	40	9999861261	2025-09-12	2025-12-04	Closed	Edward Williams	Parent led	Moved away
101818	5688	Matthew	Smith	2024-02-27	1	C	10	9990853509	2024-03-21	\N	Active	Sana Hersi	Stay and Play	\N
101819	5688	Sarah	Smith	1997-12-12	2	M	10	9996979474	2024-03-21	\N	Active	Sana Hersi	Parent led	\N
101820	5689	Mohammed	Khan	2018-05-16	1	C	31	9990948437	2024-03-11	\N	Lapsed	Robert Chapman	Targeted - HV	\N
101821	5689	Mrs Sana	Khan	1998-07-28	2	M	31	9993200379	2024-03-11	\N	Lapsed	Robert Chapman	Universal	\N
101822	5690	Henry	Mitcell	2022-06-27	1	C	10	9990318581	2020-10-15	2021-08-27	Closed	Zoë Brown	Stay and Play	Child started school
101823	5690	Oliver	Mitchell	2024-03-15	1	C	99	9994192612	2020-10-15	2021-08-27	Closed	Zoë Brown	Stay and Play	Child started school
101824	5690	Hayley	Mitchell	1988-09-07	2	M	10	9992570520	2020-10-15	2021-08-27	Closed	Zoë Brown	Targeted - HV	Child started school
101825	5691	Olivia	Smith	2024-08-21	2	C	10	9992303062	2020-01-10	\N	Active	Kirsty Green	Parent led	\N
101826	5691	Saah	Thorpe	1995-10-14	2	M	99	9990680973	2020-01-10	\N	Active	Kirsty Green	Parent led	\N
101827	5692	Olivia	Watson	2024-05-15	2	C	10	9993925152	2022-09-16	2023-04-18	Closed	Darius Kazlauskas	Parent led	Child started school
101828	5692	Jennifer	Jones	1989-06-18	2	M	99	9996177092	2022-09-16	2023-04-18	Closed	Darius Kazlauskas	Targeted - SW	Child started school
101829	5692	David	Jones	1987-10-31	1	F	99	9990051127	2022-09-16	2023-04-18	Closed	Darius Kazlauskas	Stay and Play	Child started school
101830	5693	daisy	WALKER	2017-09-01	2	C	10	9990870837	2024-10-01	2025-03-07	Closed	Margaret Williams	Universal	Family request
101831	5693	Martin	Hayley	1995-03-27	2	M	10	9993122777	2024-10-01	2025-03-07	Closed	Margaret Williams	Targeted - SW	Family request
101832	5693	David	Walker	1998-01-13	1	F	10	9996996808	2024-10-01	2025-03-07	Closed	Margaret Williams	Targeted - SW	Family request
101833	5694	Olivia	Goodacre	2023-01-07	2	C	10	\N	2022-08-28	2022-10-31	Closed	Darius Kazlauskas	Stay and Play	Family request
101834	5694	Ethan	Goodacre	2025-04-08	1	C	10	9990240981	2022-08-28	2022-10-31	Closed	Darius Kazlauskas	Targeted - SW	Family request
101835	5694	Sarah	Goodacre 	1989-06-18	2	M	10	9994744860	2022-08-28	2022-10-31	Closed	Darius Kazlauskas	Parent led	Family request
101836	5695	Austėja	Vasiliauskas	2025-01-02	0	C	13	\N	2022-03-15	2022-10-21	Closed	Jasleen Patel	Targeted - SW	No longer attending
101837	5695	Rūta	Kazlauskas	1998-02-26	2	M	13	9995737108	2022-03-15	2022-10-21	Closed	Jasleen Patel	Targeted - HV	No longer attending
101838	5696	Eleanor	Taylor	2021-09-29	2	C	10	9992855312	2025-02-23	2025-12-31	Closed	Kirsty Green	Targeted - SW	Moved away
101839	5696	Deborah	Shaw	2001-05-24	2	M	10	\N	2025-02-23	2025-12-31	Closed	Kirsty Green	Stay and Play	Moved away
101840	5697	Benjamin	Taylor	1997-08-10	1	F	10	9995107252	2023-03-16	2024-08-22	Closed	Rachel Atkinson	Targeted - HV	Moved away
101841	5697	Eleanor	Taylor	2021-09-29	2	C	10	9992855312	2023-03-16	2024-08-22	Closed	Rachel Atkinson	Universal	Moved away
101842	5698	Tomasz	D?browski	2022-04-08	1	C	13	9990335915	2025-10-12	2025-12-31	Closed	Elizabeth Wright	Targeted - SW	Family request
101843	5698	Natalia	Dabrowski	2004-01-18	2	M	13	9992587857	2025-10-12	2025-12-31	Closed	Elizabeth Wright	Universal	Family request
101844	5699	Kacper	Dąbrowski	1998-08-20	1	F	13	9996461882	2024-01-20	2025-02-18	Closed	Emma Smith	Stay and Play	No longer attending
101845	5699	Tomasz	Dąbrowski	2022-04-08	1	C	13	9990335915	2024-01-20	2025-02-18	Closed	Emma Smith	Universal	No longer attending
101846	5700	Jack	Walker	2025-11-24	1	C	40	9996824276	2020-05-12	\N	Active	Jasleen Patel	Targeted - SW	\N
101847	5700	Rachel	Walker	1990-05-25	2	M	40	\N	2020-05-12	\N	Active	Jasleen Patel	Targeted - SW	\N
101848	5700	David	Walker	1986-08-13	1	F	40	9999076211	2020-05-12	\N	Active	Jasleen Patel	Targeted - HV	\N
101849	5701	Roberts	Samuel	2019-11-12	1	C	10	9998446368	2021-09-20	\N	Active	Kirsty Green	Universal	\N
101850	5701	David	Roberts	1988-12-19	1	F	10	9994572334	2021-09-20	\N	Active	Kirsty Green	Parent led	\N
101851	5702	Ivy	Storr	2025-05-04	2	C	10	9998541298	2021-10-03	\N	Active	Sana Hersi	Targeted - SW	\N
101852	5702	Victoria	Storr	1992-06-11	2	M	10	9994667262	2021-10-03	\N	Active	Sana Hersi	Targeted - HV	\N
101853	5703	Oliver	Morris	2025-02-09	1	C	10	9990163383	2024-11-20	\N	Active	Darius Kazlauskas	Targeted - SW	\N
101854	5703	Emma	Morris	1999-05-07	2	M	10	9992415320	2024-11-20	\N	Active	Darius Kazlauskas	Targeted - SW	\N
101855	5703	Micael 	Morris	1998-08-11	1	F	10	\N	2024-11-20	\N	Active	Darius Kazlauskas	Parent led	\N
101856	5704	Ruby	Tennyson	2021-11-18	2	C	10	9993407569	2022-07-09	2022-08-02	Closed	Zofia Zieliński	Targeted - SW	Child started school
101857	5704	Thomas	Tennyson	2024-12-12	1	C	10	9997281594	2022-07-09	2022-08-02	Closed	Zofia Zieliński	Targeted - SW	Child started school
101858	5704	Sarah	Tennyson	1977-11-25	2	M	10	\N	2022-07-09	2022-08-02	Closed	Zofia Zieliński	Targeted - SW	Child started school
101859	5705	Mohammed	Ahmed	2024-05-31	1	C	41	9998903688	2024-10-10	2025-09-03	Closed	Robert Chapman	Stay and Play	Child started school
101860	5705	Mustafa	Ahmad	2025-06-22	1	C	41	9992777710	2024-10-10	2025-09-03	Closed	Robert Chapman	Parent led	Child started school
101861	5705	Aisha	Ali	1990-02-15	2	M	41	9991155627	2024-10-10	2025-09-03	Closed	Robert Chapman	Targeted - SW	Child started school
101862	5706	Mr Mohammed	Ahmad	1989-12-22	1	F	41	9995029650	2020-08-13	2021-11-26	Closed	Ayan Mohamed	Universal	Moved away
101863	5706	Mustafa	Ahmed	2025-06-22	1	C	41	9992777710	2020-08-13	2021-11-26	Closed	Ayan Mohamed	Targeted - HV	Moved away
101864	5707	Mia	Smith	2025-04-15	2	C	10	9996384284	2022-08-19	2022-12-29	Closed	James Jones	Stay and Play	Child started school
101865	5707	Amy	Baker	2005-09-24	2	M	10	\N	2022-08-19	2022-12-29	Closed	James Jones	Parent led	Child started school
101866	5707	Henry	Scmith	2006-03-23	1	F	10	9992510250	2022-08-19	2022-12-29	Closed	James Jones	Parent led	Child started school
101867	5708	Benjamin	Taylor	2023-05-07	1	C	10	9997738918	2022-08-19	\N	Active	Kirsty Green	Stay and Play	\N
101868	5708	ZOË	BAKER	1988-12-18	2	M	10	\N	2022-08-19	\N	Active	Kirsty Green	Parent led	\N
101869	5709	Charlie	Smith	2022-02-26	1	C	10	9997109066	2020-12-14	\N	Active	Darius Kazlauskas	Stay and Play	\N
101870	5709	Miss Anna	NOWAK	1991-06-08	2	M	10	\N	2020-12-14	\N	Active	Darius Kazlauskas	Targeted - HV	\N
101871	5710	Mohammed	Khan	2018-03-16	1	C	32	9993329967	2024-05-14	\N	Active	Samantha McCarthy	Stay and Play	\N
101872	5710	Zainab	Khan	1976-08-30	2	M	32	9997833848	2024-05-14	\N	Active	Samantha McCarthy	Stay and Play	\N
101873	5710	Idris	KHNA	1972-02-22	1	F	32	9991707875	2024-05-14	\N	Active	Samantha McCarthy	Universal	\N
101874	5711	Oliver	Dixon	2018-05-08	1	C	40	9994952056	2021-03-04	2022-03-11	Closed	Rachel Atkinson	Stay and Play	Child started school
101875	5711	Grace	DIXON	2024-05-04	2	C	40	9902700114	2021-03-04	2022-03-11	Closed	Rachel Atkinson	Universal	Child started school
101876	5711	Sarah	Jones	1998-01-05	2	M	40	9997203992	2021-03-04	2022-03-11	Closed	Rachel Atkinson	Targeted - HV	Child started school
101877	5711	David	Green	1993-11-04	1	F	40	9991078029	2021-03-04	2022-03-11	Closed	Rachel Atkinson	Targeted - HV	Child started school
101878	5712	Sophia	Smith	2024-01-23	2	C	10	9995944294	2024-07-11	\N	Active	Robert Chapman	Parent led	\N
101879	5712	Emma	Smith	2001-05-08	2	M	10	\N	2024-07-11	\N	Active	Robert Chapman	Universal	\N
101880	5713	Oscar	Brown	2024-08-19	1	C	10	9990180717	2020-03-10	2020-09-20	Closed	Sana Hersi	Targeted - SW	No longer attending
101881	5713	Sarah	Smith	1987-06-24	2	M	10	9992432659	2020-03-10	2020-09-20	Closed	Sana Hersi	Parent led	No longer attending
101882	5714	Emily	Fraser	2018-03-15	2	C	10	9994512064	2023-11-19	2024-06-11	Closed	Elizabeth Wright	Stay and Play	Family request
101883	5714	Fraser	Chloé	2022-01-13	2	C	10	9998386098	2023-11-19	2024-06-11	Closed	Elizabeth Wright	Parent led	Family request
101884	5714	Catherzne	Campbell	1992-02-06	2	M	10	9992889977	2023-11-19	2024-06-11	Closed	Elizabeth Wright	Universal	Family request
101885	5715	Arthur	Kelly	2022-01-23	1	C	10	\N	2025-10-30	\N	Active	Alexandra Popescu	Stay and Play	\N
101886	5715	Olivia	Kelly	2022-01-23	2	C	10	9996591476	2025-10-30	\N	Active	Alexandra Popescu	Parent led	\N
101887	5715	Stacey	Smith	1991-09-18	2	M	10	9991995357	2025-10-30	\N	Active	Alexandra Popescu	Stay and Play	\N
101888	5715	Mcihael	Kelly	1992-11-29	1	F	11	9994969382	2025-10-30	\N	Active	Alexandra Popescu	Parent led	\N
101889	5716	Oscar	Hill	2021-08-10	1	C	10	9992449985	2023-06-22	2023-07-24	Closed	Gary Walker	Targeted - SW	No longer attending
101890	5716	Catherine	Smith	1996-01-25	2	M	10	9996953866	2023-06-22	2023-07-24	Closed	Gary Walker	Stay and Play	No longer attending
101891	5717	Szymon	Wozniak	2017-05-22	1	C	13	\N	2020-01-09	\N	Active	Zofia Zieliński	Universal	\N
101892	5717	Agnieszka	WOŹNIAK	2023-03-15	2	C	13	9991820132	2020-01-09	\N	Active	Zofia Zieliński	Parent led	\N
101893	5717	Katarzyna	Wozniak	1998-04-27	2	M	99	9990198047	2020-01-09	\N	Active	Zofia Zieliński	Targeted - SW	\N
101894	5718	Amelia	Clarke	2020-10-06	2	C	10	\N	2023-02-14	\N	Active	Robert Chapman	Targeted - SW	\N
101895	5718	Mason	Clarke	2024-11-28	1	C	10	9999300731	2023-02-14	\N	Active	Robert Chapman	Targeted - SW	\N
101896	5718	Oliver	Davies	2025-08-01	1	C	10	9993174769	2023-02-14	\N	Active	Robert Chapman	Parent led	\N
101897	5718	Chloé	Clarke	1993-01-16	2	M	10	9991552677	2023-02-14	\N	Active	Robert Chapman	Universal	\N
101898	5718	Christopher	Davies	1980-07-25	1	SF	10	9998661064	2023-02-14	\N	Active	Robert Chapman	Stay and Play	\N
101899	5719	Imran	Uddin	2019-05-03	1	C	31	\N	2020-05-22	\N	Active	Alexandra Popescu	Parent led	\N
101900	5719	Maryam	Uddin	2021-04-10	2	C	31	9996418944	2020-05-22	\N	Active	Alexandra Popescu	Universal	\N
101901	5719	Ruqyyah	Uddin	2023-04-05	2	C	31	\N	2020-05-22	\N	Active	Alexandra Popescu	Stay and Play	\N
101902	5719	Aisha	Uddin	1982-09-09	2	M	31	9998670888	2020-05-22	\N	Active	Alexandra Popescu	Stay and Play	\N
101903	5720	Green	Sophia	2017-03-09	2	C	10	9992277459	2023-01-04	\N	Active	Darius Kazlauskas	Universal	\N
101904	5721	Ivy	Smith	\N	2	C	10	9993899542	2023-08-30	\N	Active	Robert Chapman	Targeted - HV	\N
101905	5721	Sarah	Storr	1998-01-26	2	M	10	9996151484	2023-08-30	\N	Active	Robert Chapman	Stay and Play	\N
101906	5722	Noah	Winter	2023-10-08	1	C	10	9995521636	2021-09-29	2022-07-05	Closed	Zofia Zieliński	Stay and Play	Family request
101907	5722	Katherine	Storr	1991-07-02	2	M	10	9997773578	2021-09-29	2022-07-05	Closed	Zofia Zieliński	Targeted - HV	Family request
101908	5723	Ivy	Brackenbury	2023-06-29	2	C	10	9992009993	2020-06-07	\N	Active	Samantha McCarthy	Parent led	\N
101909	5723	Laura	BRACKENBURY	1990-07-13	2	M	10	9990387907	2020-06-07	\N	Active	Samantha McCarthy	Stay and Play	\N
101910	5724	Szymon	Wójcik	2025-07-03	1	C	13	9993097160	2023-09-21	\N	Active	Sana Hersi	Targeted - SW	\N
101911	5724	Katarzyna	Nowak	1993-08-19	2	M	13	9993727016	2023-09-21	\N	Active	Sana Hersi	Targeted - HV	\N
101912	5725	Olivia	Stewart	2023-07-25	2	C	10	9995711494	2025-12-11	\N	Active	Sarah Evans	Parent led	\N
101913	5725	callum	STEWART	2025-10-06	1	C	10	9999585523	2025-12-11	\N	Active	Sarah Evans	Stay and Play	\N
101914	5725	Jessica	Stewart	2006-04-25	2	M	10	9997963431	2025-12-11	\N	Active	Sarah Evans	Parent led	\N
101915	5726	Olivia	Robinson	2019-10-26	2	C	10	9997695976	2021-03-03	\N	Active	Rachel Atkinson	Targeted - HV	\N
101916	5726	Amelia	Robinson	2025-01-15	2	C	10	9991570004	2021-03-03	\N	Active	Rachel Atkinson	Targeted - HV	\N
101917	5726	Oliver  	Robinson	2025-01-15	1	C	10	9995444038	2021-03-03	\N	Active	Rachel Atkinson	Targeted - SW	\N
101918	5726	Samantha	Robinson	1997-08-04	2	M	10	\N	2021-03-03	\N	Active	Rachel Atkinson	Universal	\N
101919	5726	Paul 	Robinson	1996-02-09	1	F	10	9993821942	2021-03-03	\N	Active	Rachel Atkinson	Parent led	\N
101920	5726	Ms Zoë	Robinson	1969-09-04	2	G	10	9999318061	2021-03-03	\N	Active	Rachel Atkinson	Targeted - HV	\N
101921	5727	Popescu	Maria	2018-07-26	2	C	13	9998688213	2022-06-12	2023-04-09	Closed	Zoë Brown	Stay and Play	Moved away
101922	5727	Gabriela	Popescu	2022-03-20	2	C	13	\N	2022-06-12	2023-04-09	Closed	Zoë Brown	Universal	Moved away
101923	5727	Elena	Popescu	1984-01-10	2	M	13	\N	2022-06-12	2023-04-09	Closed	Zoë Brown	Stay and Play	Moved away
101924	5728	Jakub	Kozłowski	2020-06-10	1	C	13	9990310300	2021-07-24	2022-01-13	Closed	Elizabeth Wright	Targeted - SW	No longer attending
101925	5728	Katarzyna	KOZŁOWSKI	2020-06-10	2	C	13	9994184334	2021-07-24	2022-01-13	Closed	Elizabeth Wright	Targeted - HV	No longer attending
101926	5728	Kacper	Kozłowski	2022-02-22	1	C	13	9998058368	2021-07-24	2022-01-13	Closed	Elizabeth Wright	Targeted - HV	No longer attending
101927	5728	Anna	Kowalski	1993-02-05	2	M	13	\N	2021-07-24	2022-01-13	Closed	Elizabeth Wright	Stay and Play	No longer attending
101928	5729	Piotr	Szymański	2024-06-30	1	C	13	9994279262	2021-09-23	2021-11-25	Closed	Robert Chapman	Universal	Family request
101929	5729	Anna	Szymański	1994-12-11	2	M	13	9996531201	2021-09-23	2021-11-25	Closed	Robert Chapman	Universal	Family request
101930	5729	Piotr	Szymanski	1987-10-05	1	F	13	9990405239	2021-09-23	2021-11-25	Closed	Robert Chapman	Parent led	Family request
101931	5730	Athur	Roberts	2017-08-04	1	C	10	9999775381	2020-01-14	2020-08-27	Closed	Gary Walker	Stay and Play	Child started school
101932	5730	Gemlma	Wright	1993-11-04	2	M	10	9998153298	2020-01-14	2020-08-27	Closed	Gary Walker	Targeted - SW	Child started school
101933	5731	Amelia	Smith	2023-08-20	2	C	10	9999145531	2021-10-14	2023-03-25	Closed	Sarah Evans	Targeted - SW	Family request
101934	5731	Jen	Jones	2003-11-28	2	M	10	9993649414	2021-10-14	2023-03-25	Closed	Sarah Evans	Universal	Family request
101935	5732	Rebecca	Smith	2025-09-20	2	C	10	9998973007	2023-06-15	\N	Active	Alexandra Popescu	Targeted - HV	\N
101936	5732	Gemma	Smith	1995-01-23	2	M	10	9991224947	2023-06-15	\N	Active	Alexandra Popescu	Stay and Play	\N
101937	5732	Matthew	Smith	1997-03-18	1	F	10	9995098970	2023-06-15	\N	Active	Alexandra Popescu	Targeted - SW	\N
101938	5733	George	Martin	2019-05-18	1	C	10	\N	2025-08-25	2025-12-31	Closed	Sana Hersi	Targeted - SW	Child started school
101939	5733	Rebecca	Martin	1992-05-29	2	M	10	9993934208	2025-08-25	2025-12-31	Closed	Sana Hersi	Stay and Play	Child started school
101940	5733	David	Taylor	1990-11-04	1	F	10	9997808231	2025-08-25	2025-12-31	Closed	Sana Hersi	Universal	Child started school
101941	5734	George	Thorpe	2019-09-11	1	C	10	9997178386	2020-07-26	\N	Active	Alexandra Popescu	Targeted - SW	\N
101942	5734	Samuel	Thorpe	2023-02-05	1	C	10	9991052410	2020-07-26	\N	Active	Alexandra Popescu	Targeted - HV	\N
101943	5734	Emily	Thorpe	2023-12-04	0	C	10	9994926446	2020-07-26	\N	Lapsed	Alexandra Popescu	Targeted - SW	\N
101944	5734	Claire	Thorpe	1979-07-26	2	M	10	\N	2020-07-26	\N	Active	Alexandra Popescu	Stay and Play	\N
101945	5734	Ryan	Walker	1975-04-15	1	F	99	\N	2020-07-26	\N	Active	Alexandra Popescu	Targeted - SW	\N
101946	5735	Willow	Smith	2024-08-26	2	C	10	9996548538	2023-12-03	2024-12-18	Closed	Kirsty Green	Parent led	No longer attending
101947	5735	Claire	Brown	2004-03-07	2	M	10	9998800471	2023-12-03	2024-12-18	Closed	Kirsty Green	Universal	No longer attending
101948	5736	Ivy	HARRIS	2019-11-03	2	C	10	9991777199	2021-05-10	2021-10-29	Closed	Zofia Zieliński	Parent led	Child started school
101949	5736	Sarah	Smith	1995-08-01	2	M	10	9990155100	2021-05-10	2021-10-29	Closed	Zofia Zieliński	Universal	Child started school
101950	5737	Ava	Marshall	2022-01-08	2	C	10	9997005856	2025-04-03	2025-12-31	Closed	Gary Walker	Targeted - SW	No longer attending
101951	5737	Callum	Marshall	2024-07-25	1	C	10	9990879885	2025-04-03	2025-12-31	Closed	Gary Walker	Targeted - SW	No longer attending
101952	5737	Sarah	Marshall	2003-01-03	2	M	10	9993131822	2025-04-03	2025-12-31	Closed	Gary Walker	Universal	No longer attending
101953	5738	Tyler	Taylor	\N	1	C	10	\N	2023-09-20	\N	Active	Rachel Atkinson	Targeted - HV	\N
101954	5738	Olivia	Taylur	2006-03-29	2	M	10	9990612420	2023-09-20	\N	Active	Rachel Atkinson	Stay and Play	\N
101955	5738	Jamie	Taylor	2008-12-12	1	F	10	9994486454	2023-09-20	\N	Active	Rachel Atkinson	Parent led	\N
101956	5739	Theodore	Smith	2022-06-06	1	C	10	9999982573	2021-01-20	\N	Active	Alexandra Popescu	Parent led	\N
101957	5739	Olivia	Smith	2025-05-30	2	C	10	9993856606	2021-01-20	\N	Active	Alexandra Popescu	Stay and Play	\N
101958	5739	Jade	Smith	2000-10-04	2	M	10	9996108546	2021-01-20	\N	Active	Alexandra Popescu	Targeted - SW	\N
101959	5740	Olivia	Marshall	2023-05-06	2	C	10	9995478692	2020-04-20	2021-02-02	Closed	Gary Walker	Stay and Play	No longer attending
101960	5740	Sarah	Marshall	1991-01-14	2	M	10	9997730631	2020-04-20	2021-02-02	Closed	Gary Walker	Parent led	No longer attending
101961	5740	David	Marshall	1989-04-09	1	F	10	9994604669	2020-04-20	2021-02-02	Closed	Gary Walker	Stay and Play	No longer attending
101962	5741	Oliver (Ollie)	Quickfall	2021-08-01	1	C	10	9997100786	2024-10-13	2024-11-14	Closed	Sarah Evans	Stay and Play	Moved away
101963	5741	Stacey	Smith	1985-02-09	2	M	10	9999352723	2024-10-13	2024-11-14	Closed	Sarah Evans	Parent led	Moved away
101964	5741	Michael	Quickfall	1985-12-29	1	F	10	9993226750	2024-10-13	2024-11-14	Closed	Sarah Evans	Parent led	Moved away
101965	5742	Mia	Smith	2019-03-23	2	C	40	9999715117	2020-06-28	\N	Lapsed	Darius Kazlauskas	Universal	\N
101966	5742	Oliver	Smith	2025-01-09	1	C	40	\N	2020-06-28	\N	Active	Darius Kazlauskas	Stay and Play	\N
101967	5742	Laura	Smith	1981-09-05	2	M	40	9995841088	2020-06-28	\N	Active	Darius Kazlauskas	Stay and Play	\N
101968	5743	Lily	Pickering	2023-08-05	2	C	10	9990077509	2022-12-07	2023-09-16	Closed	Zoë Brown	Parent led	Child started school
101969	5743	Leo	Pickering	2025-01-04	1	C	10	9993951536	2022-12-07	2023-09-16	Closed	Zoë Brown	Targeted - SW	Child started school
101970	5743	Claire	Pickering	1999-12-28	2	M	10	9992329440	2022-12-07	2023-09-16	Closed	Zoë Brown	Parent led	Child started school
101971	5744	Arthur	Johnson	2024-10-24	1	C	10	9993684074	2020-03-08	2021-01-18	Closed	Elizabeth Wright	Targeted - SW	Moved away
101972	5744	Rachel	Johnson	1992-04-23	2	M	10	9999810047	2020-03-08	2021-01-18	Closed	Elizabeth Wright	Targeted - HV	Moved away
101973	5745	Katarzyna	Wiśniewski	2019-01-06	2	C	13	9995306166	2022-09-26	\N	Active	James Jones	Targeted - SW	\N
101974	5745	Tomasz	Wiśniewski	2021-11-12	1	C	13	9999180191	2022-09-26	\N	Active	James Jones	Stay and Play	\N
101975	5745	Agnieszka	Wisniewski	1981-03-06	2	M	13	9997558103	2022-09-26	\N	Active	James Jones	Parent led	\N
101976	5745	Tomasz	Wiśniewski	1974-05-11	1	F	99	9991432132	2022-09-26	\N	Active	James Jones	Parent led	\N
101977	5746	Leo	Smith	2023-11-06	1	C	10	9998645271	2025-09-04	\N	Active	Kirsty Green	Targeted - SW	\N
101978	5746	Sarah	Smith (nee Jones)	1993-03-08	2	M	10	9990897212	2025-09-04	\N	Active	Kirsty Green	Universal	\N
101979	5747	Jack	Walker	2022-08-07	1	C	10	9990267367	2022-03-19	2022-09-28	Closed	Kirsty Green	Parent led	Child started school
101980	5747	Sarah	Walker	2005-01-02	2	M	10	9992519304	2022-03-19	2022-09-28	Closed	Kirsty Green	Universal	Child started school
101981	5748	Olivia	Tayeor	2021-07-29	2	C	99	9993244082	2020-10-24	2021-01-31	Closed	Samantha McCarthy	Parent led	Moved away
101982	5748	Poppy	Taylor	2022-09-12	2	C	10	9997118111	2020-10-24	2021-01-31	Closed	Samantha McCarthy	Universal	Moved away
101983	5748	Oliver	Taylor	2025-05-04	1	C	10	\N	2020-10-24	2021-01-31	Closed	Samantha McCarthy	Stay and Play	Moved away
101984	5748	Rebecca	Smith	1997-10-18	2	M	10	9991621999	2020-10-24	2021-01-31	Closed	Samantha McCarthy	Targeted - HV	Moved away
101985	5749	Arthur	Ward	\N	1	C	10	9991354530	2021-06-28	2022-10-15	Closed	Edward Williams	Targeted - SW	No longer attending
101986	5749	Olivia	Ward	2025-09-23	2	C	10	\N	2021-06-28	2022-10-15	Closed	Edward Williams	Parent led	No longer attending
101987	5749	Sarah	Wright	1989-11-16	2	M	10	9993606472	2021-06-28	2022-10-15	Closed	Edward Williams	Stay and Play	No longer attending
101988	5749	Darren	Ward	1984-08-11	1	F	10	\N	2021-06-28	2022-10-15	Closed	Edward Williams	Stay and Play	No longer attending
101989	5750	Sophia	Webb	2021-12-06	2	C	10	9990457220	2021-07-17	2021-11-01	Closed	Zoë Brown	Universal	No longer attending
101990	5750	Sarah	Webb	1990-11-25	2	M	10	9992709162	2021-07-17	2021-11-01	Closed	Zoë Brown	Universal	No longer attending
101991	5750	Ryan	Webb	1993-09-07	1	F	10	9996583198	2021-07-17	2021-11-01	Closed	Zoë Brown	Parent led	No longer attending
101992	5751	Noah	Watson	2024-12-01	1	C	10	9994788574	2020-08-08	\N	Active	James Jones	Stay and Play	\N
101993	5751	Watson	Sarah	1995-08-12	2	M	10	9997040511	2020-08-08	\N	Active	James Jones	Universal	\N
101994	5752	Noah	Wang	2025-05-10	1	C	23	9996410668	2020-02-03	2021-05-10	Closed	Alexandra Popescu	Targeted - SW	Child started school
101995	5752	Emma	Wang	2000-04-06	2	M	10	9998662605	2020-02-03	2021-05-10	Closed	Alexandra Popescu	Stay and Play	Child started school
101996	5752	Jun	Wang	1996-10-05	1	F	50	9992536632	2020-02-03	2021-05-10	Closed	Alexandra Popescu	Universal	Child started school
101997	5753	Noah	Johnson	2025-02-20	1	C	99	9994253654	2022-10-11	\N	Active	Stacey Shaw	Parent led	\N
101998	5753	Sarah	Robinson	1992-05-28	2	M	10	9996505596	2022-10-11	\N	Active	Stacey Shaw	Targeted - SW	\N
101999	5754	Oliver	Smith	2019-12-10	1	C	10	\N	2022-10-13	2023-06-18	Closed	Alexandra Popescu	Universal	Moved away
102000	5754	Florence	Smith	2023-11-09	2	C	10	9999119921	2022-10-13	2023-06-18	Closed	Alexandra Popescu	Stay and Play	Moved away
102001	5754	Michelle	Smith	1995-07-03	2	M	10	\N	2022-10-13	2023-06-18	Closed	Alexandra Popescu	Targeted - SW	Moved away
102002	5754	Piotr	Nowak	1982-05-31	1	SF	13	\N	2022-10-13	2023-06-18	Closed	Alexandra Popescu	Targeted - HV	Moved away
102003	5755	Bradley	White	2021-08-27	1	C	10	9999482317	2024-11-28	2025-06-20	Closed	Jasleen Patel	Parent led	Moved away
102004	5755	Henry	White	2022-07-17	1	C	10	9993356344	2024-11-28	2025-06-20	Closed	Jasleen Patel	Universal	Moved away
102005	5755	Claire	Smith	1985-12-27	2	M	10	9995608286	2024-11-28	2025-06-20	Closed	Jasleen Patel	Targeted - SW	Moved away
102006	5756	Oliver	Taylor	2021-07-03	1	C	10	\N	2020-06-03	2020-10-14	Closed	Kirsty Green	Targeted - SW	Child started school
102007	5756	Sarah	Tennyson	1993-06-06	2	M	10	9998852463	2020-06-03	2020-10-14	Closed	Kirsty Green	Universal	Child started school
102008	5757	Stan	Gabriel	2022-02-13	1	C	13	9991466797	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Stay and Play	Child started school
102009	5757	Mihaela	Stan	2023-04-22	2	C	13	9995340828	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Targeted - HV	Child started school
102010	5757	Darius	Stan	2024-06-22	1	C	13	9999214851	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Universal	Child started school
102011	5757	Alexandra	Watg	2024-11-13	2	C	23	9993088889	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Targeted - HV	Child started school
102012	5757	 Gabriela	Stan	1987-02-23	2	M	13	9993718734	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Parent led	Child started school
102013	5757	Ming	Wang	1976-11-09	1	SF	50	\N	2021-08-12	2022-01-31	Closed	Zofia Zieliński	Targeted - SW	Child started school
102014	5758	Sean	Ward	2021-09-26	1	C	11	\N	2020-10-14	\N	Lapsed	Samantha McCarthy	Parent led	\N
102015	5758	Siobhán	Ward	2022-11-17	2	C	11	\N	2020-10-14	\N	Active	Samantha McCarthy	Parent led	\N
102016	5758	Niamh	Murphy	1981-08-25	2	M	99	9990207097	2020-10-14	\N	Active	Samantha McCarthy	Targeted - HV	\N
102017	5759	Theodore	Taylor	2021-08-05	1	C	10	\N	2022-04-12	\N	Active	Zoë Brown	Universal	\N
102018	5759	Olivia	Winter	2025-03-05	2	C	10	9998947391	2022-04-12	\N	Active	Zoë Brown	Universal	\N
102019	5759	Taylor	Gemma	1993-12-03	2	M	10	9991199330	2022-04-12	\N	Active	Zoë Brown	Parent led	\N
102020	5760	Mohammed	Khan	2022-03-07	1	C	31	9993546208	2022-05-20	\N	Active	Sana Hersi	Parent led	\N
102021	5760	Khadija	Khan	1995-01-13	2	M	31	\N	2022-05-20	\N	Active	Sana Hersi	Targeted - HV	\N
102022	5761	Oliver	White	2025-08-24	1	C	10	9993908592	2022-05-18	2023-08-11	Closed	Stacey Shaw	Universal	No longer attending
102023	5761	Jennifer	White	1992-10-30	2	M	10	9990034567	2022-05-18	2023-08-11	Closed	Stacey Shaw	Universal	No longer attending
102024	5762	Rai	Singh	2022-07-01	1	C	30	9995530686	2020-06-18	2020-10-23	Closed	Emma Smith	Targeted - HV	No longer attending
102025	5762	Poja	Singh	2000-08-17	2	M	30	9997782623	2020-06-18	2020-10-23	Closed	Emma Smith	Parent led	No longer attending
102026	5763	Mia	Holmes	2021-07-22	2	C	10	9991026800	2023-03-11	2024-02-10	Closed	Margaret Williams	Parent led	Family request
102027	5763	MATTHEW	HOLMES	1995-08-16	1	F	10	9993278742	2023-03-11	2024-02-10	Closed	Margaret Williams	Targeted - SW	Family request
102028	5764	Poppy	Chapman	2025-03-01	2	C	10	9998507405	2025-01-12	\N	Active	Alexandra Popescu	Targeted - SW	\N
102029	5764	Amy	Johnson	1998-12-21	2	M	10	9994633376	2025-01-12	\N	Active	Alexandra Popescu	Stay and Play	\N
102030	5765	Jurgita	Kazlauskas	2023-05-30	2	C	13	9990129495	2023-06-07	2024-10-16	Closed	Rachel Atkinson	Targeted - SW	No longer attending
102031	5765	Jurgita	Kazlauskas	1994-11-03	2	M	13	9992381434	2023-06-07	2024-10-16	Closed	Rachel Atkinson	Stay and Play	No longer attending
102032	5766	Courtney	CAMPBELL	2019-09-13	2	C	10	9990491887	2022-09-21	2024-02-27	Closed	Emma Smith	Stay and Play	No longer attending
102033	5766	Theodore	Campbell	2024-09-17	1	C	10	\N	2022-09-21	2024-02-27	Closed	Emma Smith	Targeted - HV	No longer attending
102034	5766	Shona	Campbell	1989-09-02	2	M	10	\N	2022-09-21	2024-02-27	Closed	Emma Smith	Parent led	No longer attending
102035	5767	Andrei	White	2025-09-19	1	C	20	\N	2021-09-24	2021-11-08	Closed	Rachel Atkinson	Universal	Moved away
102036	5767	Andreea	Munteanu	1998-04-12	2	M	99	9995358158	2021-09-24	2021-11-08	Closed	Rachel Atkinson	Targeted - SW	Moved away
102037	5767	David	White	1998-03-18	1	F	99	9999232183	2021-09-24	2021-11-08	Closed	Rachel Atkinson	Universal	Moved away
102038	5768	Amelia	Hall	2022-06-01	2	C	10	\N	2023-07-17	\N	Active	Samantha McCarthy	Stay and Play	\N
102039	5768	Victoria	Atkinosn	2002-11-16	2	M	10	9996980243	2023-07-17	\N	Active	Samantha McCarthy	Universal	\N
102040	5769	George	Smith	2017-03-08	1	C	10	9990319359	2025-09-26	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
102041	5769	Oliver	Smith	2018-01-08	1	C	10	9994193384	2025-09-26	2025-12-31	Closed	Jasleen Patel	Targeted - SW	Child started school
102042	5769	Sarah	Jones	1980-11-20	2	M	10	9996445321	2025-09-26	2025-12-31	Closed	Jasleen Patel	Universal	Child started school
102043	5770	Amelia	Walker	2019-11-19	2	C	10	9993925926	2025-02-13	2025-12-08	Closed	Robert Chapman	Stay and Play	No longer attending
102044	5770	Olivia	Walker	2024-07-22	2	C	10	\N	2025-02-13	2025-12-08	Closed	Robert Chapman	Parent led	No longer attending
102045	5770	Amy	Walker	1991-06-22	0	M	99	9990051895	2025-02-13	2025-12-08	Closed	Robert Chapman	Universal	No longer attending
102046	5771	Olivia	Jones	2024-04-25	2	C	10	9999784437	2024-06-22	\N	Active	Emma Smith	Targeted - SW	\N
102047	5771	Elizabeth	Brown	1994-11-13	2	M	10	9992036370	2024-06-22	\N	Lapsed	Emma Smith	Stay and Play	\N
102048	5771	Craig	Jones	1992-12-24	1	F	10	9995910403	2024-06-22	\N	Active	Emma Smith	Universal	\N
102049	5772	Mason	O'Brien	2024-09-27	1	C	12	\N	2024-06-18	\N	Active	Emma Smith	Parent led	\N
102050	5772	Lisa	O'Brien	1994-01-16	2	M	12	9999154581	2024-06-18	\N	Active	Emma Smith	Universal	\N
102051	5773	Harry	Morgan	2024-07-13	1	C	10	9996272796	2020-01-19	\N	Active	Darius Kazlauskas	Universal	\N
102052	5773	Sarah	Quickfall	1982-11-12	2	M	10	9998524733	2020-01-19	\N	Active	Darius Kazlauskas	Targeted - SW	\N
102053	5774	Oliver	Nowak	2022-08-31	1	C	10	9995470411	2024-12-02	2025-09-11	Closed	Sana Hersi	Targeted - SW	Moved away
102054	5775	Mindaugas	Kazlauskas	2025-06-10	1	C	13	9992588624	2020-01-20	\N	Active	James Jones	Parent led	\N
102055	5775	Ruta	Kazlauskas	1990-11-02	2	M	13	9994840568	2020-01-20	\N	Active	James Jones	Universal	\N
102056	5776	Oliver	Campbell	2020-12-24	1	C	10	9998447135	2020-09-26	\N	Active	Robert Chapman	Targeted - SW	\N
102057	5776	Benjamin	Campbell	2025-10-19	1	C	10	\N	2020-09-26	\N	Lapsed	Robert Chapman	Universal	\N
102058	5776	Kirsty	Thomson	1994-06-17	2	M	10	9990699070	2020-09-26	\N	Active	Robert Chapman	Parent led	\N
102059	5777	Jessica	Robinson	2021-08-05	2	C	10	9992416092	2024-01-08	2024-09-20	Closed	Sana Hersi	Targeted - HV	Child started school
102060	5777	Deborah	Smith	1993-05-13	2	M	10	\N	2024-01-08	2024-09-20	Closed	Sana Hersi	Targeted - HV	Child started school
102061	5777	Daniel 	Robinson	1993-02-01	1	F	10	9990794006	2024-01-08	2024-09-20	Closed	Sana Hersi	Parent led	Child started school
102062	5778	Gerge	Cartwright	2022-11-04	1	C	10	\N	2024-04-04	2024-12-28	Closed	Jasleen Patel	Parent led	Child started school
102063	5778	Sarah	Jackson	1982-03-11	2	M	10	9998904455	2024-04-04	2024-12-28	Closed	Jasleen Patel	Targeted - SW	Child started school
102064	5778	Daniel	Cartwright	1981-06-09	1	F	10	9992778482	2024-04-04	2024-12-28	Closed	Jasleen Patel	Targeted - HV	Child started school
102065	5779	Emily	Goodacre	2019-12-03	2	C	10	9993770728	2025-03-29	2025-12-31	Closed	Elizabeth Wright	Targeted - HV	Family request
102066	5779	Leo	Goodacre	2021-09-20	1	C	10	9997644751	2025-03-29	2025-12-31	Closed	Elizabeth Wright	Parent led	Family request
102067	5779	Sarah	Goodacre	1986-07-12	2	M	10	9996022668	2025-03-29	2025-12-31	Closed	Elizabeth Wright	Parent led	Family request
102068	5779	Anthony	Goodacre	1985-02-24	1	F	10	9999896693	2025-03-29	2025-12-31	Closed	Elizabeth Wright	Targeted - HV	Family request
102069	5780	Matthew	Williams	2019-05-16	1	C	10	9995125358	2020-01-05	2020-11-24	Closed	Samantha McCarthy	Parent led	No longer attending
102070	5780	Sarah	Williams	1993-10-27	2	M	10	9993503266	2020-01-05	2020-11-24	Closed	Samantha McCarthy	Universal	No longer attending
102071	5780	David	Williams	1995-07-17	1	F	10	9991251324	2020-01-05	2020-11-24	Closed	Samantha McCarthy	Parent led	No longer attending
102072	5781	Aleksander	Kowalski	2022-06-03	1	C	13	9993063274	2020-04-30	\N	Active	Emma Smith	Targeted - SW	\N
102073	5781	Katarzyna	Kaminski 	1994-10-13	2	M	13	9995315211	2020-04-30	\N	Active	Emma Smith	Parent led	\N
102074	5782	Phoebe	Campbell	2021-09-29	2	C	10	9991173722	2023-03-03	\N	Active	Margaret Williams	Targeted - SW	\N
102075	5782	Iona	Campbell	1999-09-04	2	M	10	9997299698	2023-03-03	\N	Lapsed	Margaret Williams	Targeted - HV	\N
102076	5782	Andrew	Martin	1977-08-27	1	SF	10	9998471974	2023-03-03	\N	Active	Margaret Williams	Targeted - SW	\N
102077	5783	Lewis	Williams	2023-05-06	1	C	10	9993520594	2020-10-24	\N	Active	Sarah Evans	Targeted - SW	\N
102078	5783	stacey	WILLIAMS	1990-12-16	2	M	10	\N	2020-10-24	\N	Active	Sarah Evans	Targeted - SW	\N
102079	5784	Katarzyna	Nowak	2020-05-22	2	C	13	9990733732	2022-04-22	2023-02-03	Closed	Robert Chapman	Targeted - SW	Child started school
102080	5785	Oliver	Jones	2024-10-19	1	C	10	9990828660	2021-04-08	\N	Active	Darius Kazlauskas	Stay and Play	\N
102081	5786	Amelia	LEE	2020-10-14	2	C	10	\N	2025-04-28	2025-12-31	Closed	James Jones	Universal	Family request
102082	5786	Olivia	Lee	2021-12-04	2	C	10	9990026289	2025-04-28	2025-12-31	Closed	James Jones	Targeted - HV	Family request
102083	5786	Miss Emma	Robinson	1991-06-17	2	M	10	9982278226	2025-04-28	2025-12-31	Closed	James Jones	Targeted - SW	Family request
102084	5787	Łukasz	Wiśniewski	2022-02-18	1	C	13	\N	2020-03-25	\N	Active	Kirsty Green	Stay and Play	\N
102085	5787	Anna	Wiśniewski	1991-10-29	2	M	13	\N	2020-03-25	\N	Active	Kirsty Green	Targeted - SW	\N
102086	5788	Freddie	Jones	2021-03-28	1	C	10	\N	2020-01-13	2020-06-12	Closed	Robert Chapman	Targeted - SW	Child started school
102087	5788	Charlie	JONES	2025-05-22	1	C	10	9996514641	2020-01-13	2020-06-12	Closed	Robert Chapman	Stay and Play	Child started school
102088	5788	Emma	Jones	1989-12-03	2	M	10	\N	2020-01-13	2020-06-12	Closed	Robert Chapman	Targeted - HV	Child started school
102089	5789	Cian	DOYLE	2022-05-05	1	C	11	9998136733	2024-07-12	2024-11-07	Closed	Emma Smith	Targeted - SW	Child started school
102090	5789	Siobhán	Doyle	1998-05-20	2	M	11	\N	2024-07-12	2024-11-07	Closed	Emma Smith	Targeted - SW	Child started school
102091	5789	Mark	Robinson	1979-06-03	1	SF	10	\N	2024-07-12	2024-11-07	Closed	Emma Smith	Parent led	Child started school
102092	5790	Jakub	KOWALSKI	2022-09-10	1	C	13	9994357638	2020-02-17	2020-06-18	Closed	Emma Smith	Targeted - SW	Child started school
102093	5790	Natalia	Kowalski	1978-05-10	2	M	13	9991113452	2020-02-17	2020-06-18	Closed	Emma Smith	Parent led	Child started school
102094	5791	Riley	Thompson	2021-12-10	1	C	10	9992200626	2024-05-07	\N	Active	Emma Smith	Universal	\N
102095	5791	ivy	THOMPSON	2025-11-17	2	C	10	\N	2024-05-07	\N	Active	Emma Smith	Universal	\N
102096	5792	Mia	O'Sullivan	2022-01-09	2	C	12	9998688981	2021-08-03	\N	Active	Elizabeth Wright	Parent led	\N
102097	5792	HARRY	O'SULLIVAN	2022-12-02	1	C	12	9996437043	2021-08-03	\N	Active	Elizabeth Wright	Targeted - SW	\N
102098	5793	Ella	Walker	2025-01-13	2	C	10	\N	2025-06-21	\N	Active	Ayan Mohamed	Parent led	\N
102099	5793	Laura	Wilson	1999-04-22	2	M	10	9990311072	2025-06-21	\N	Active	Ayan Mohamed	Targeted - HV	\N
102100	5794	Olifer	Cook	2018-03-12	1	C	10	9998421527	2025-09-18	\N	Active	Zofia Zieliński	Parent led	\N
102101	5794	Isla	Cook	2022-06-28	2	C	10	9992295554	2025-09-18	\N	Active	Zofia Zieliński	Stay and Play	\N
102102	5794	Amy	Cook	1983-03-28	2	M	99	9994547496	2025-09-18	\N	Active	Zofia Zieliński	Universal	\N
102103	5795	Amelia	Baker	2023-01-13	2	C	10	9996989291	2021-11-20	\N	Active	Gary Walker	Targeted - HV	\N
102104	5795	Sarah	Davies	1996-11-15	2	M	10	9999241239	2021-11-20	\N	Active	Gary Walker	Universal	\N
102105	5795	David	Bakre	1993-08-19	1	F	10	9993115266	2021-11-20	\N	Active	Gary Walker	Parent led	\N
102106	5796	Oliver	Green 	2024-11-04	1	C	10	9997351681	2022-03-23	2023-08-22	Closed	Stacey Shaw	Parent led	Moved away
102107	5796	Emma	Green	1999-07-29	2	M	10	\N	2022-03-23	2023-08-22	Closed	Stacey Shaw	Universal	Moved away
102108	5797	George	Smith	2017-08-26	1	C	10	9997084225	2023-02-25	\N	Active	Elizabeth Wright	Parent led	\N
102109	5797	Sarh	Smith	1979-12-16	2	M	10	9999336167	2023-02-25	\N	Active	Elizabeth Wright	Stay and Play	\N
102110	5797	Carl	Smith	1976-12-28	1	F	10	9993210196	2023-02-25	\N	Lapsed	Elizabeth Wright	Universal	\N
102111	5798	Krzysztof	Nowak	2025-08-18	1	C	13	\N	2022-12-17	\N	Active	Kirsty Green	Parent led	\N
102112	5798	Julia	Nowak	2008-02-23	2	M	13	9992580348	2022-12-17	\N	Active	Kirsty Green	Targeted - HV	\N
102113	5798	Krzysztof	Dąbrowski	2001-06-01	1	F	13	9996454371	2022-12-17	\N	Lapsed	Kirsty Green	Universal	\N
102114	5799	Olivia	Morris	2021-05-28	2	C	10	\N	2020-08-29	\N	Active	Jasleen Patel	Stay and Play	\N
102115	5799	Summer	Morris	2023-10-08	2	C	10	9997446615	2020-08-29	\N	Active	Jasleen Patel	Parent led	\N
102116	5799	Deborah	Winter	1984-01-14	2	M	10	9998076463	2020-08-29	\N	Active	Jasleen Patel	Universal	\N
102117	5800	Leo	Lee	2021-04-26	1	C	10	9999068707	2024-09-24	\N	Active	Margaret Williams	Parent led	\N
102118	5800	Charlie	Lee	2023-03-09	1	C	10	9992942738	2024-09-24	\N	Active	Margaret Williams	Targeted - SW	\N
102119	5800	Ms Sarah	Lee (n?e Smith)	1997-10-09	2	M	10	9991320644	2024-09-24	\N	Active	Margaret Williams	Parent led	\N
102120	5801	Ivy	Ingamells	2017-12-19	2	C	10	9995557061	2022-10-14	2022-11-27	Closed	Zofia Zieliński	Universal	Child started school
102121	5801	Sarah	Ingamells	1980-09-13	2	M	10	9991683038	2022-10-14	2022-11-27	Closed	Zofia Zieliński	Stay and Play	Child started school
102122	5802	Anna	Taylor	2020-09-17	2	C	13	9993037664	2021-02-11	2021-08-28	Closed	James Jones	Universal	No longer attending
102123	5802	Katarzyna	Taylor	\N	2	M	13	9995289601	2021-02-11	2021-08-28	Closed	James Jones	Universal	No longer attending
102124	5803	Oliver	Murphy	2024-10-02	1	C	12	9999526020	2022-07-10	\N	Active	Gary Walker	Parent led	\N
102125	5803	David	Murphy	2000-04-18	1	F	12	9995651998	2022-07-10	\N	Active	Gary Walker	Universal	\N
102126	5804	Ava	Quinn	2022-05-22	2	C	12	9994392298	2024-08-14	2025-02-25	Closed	Elizabeth Wright	Targeted - SW	Child started school
102127	5804	Sarah	Quinn	2002-03-03	2	M	12	9996644235	2024-08-14	2025-02-25	Closed	Elizabeth Wright	Stay and Play	Child started school
102128	5805	Rahul	Singh	2022-08-26	1	C	30	9999258565	2022-01-30	\N	Active	Chloé Davies	Stay and Play	\N
102129	5805	Pooja	Singh	2022-08-26	2	C	30	9993132594	2022-01-30	\N	Active	Chloé Davies	Parent led	\N
102130	5805	Anjali	Singh	1999-09-21	2	M	30	9991510508	2022-01-30	\N	Active	Chloé Davies	Parent led	\N
102131	5806	Charlotte	Bell	2021-03-14	2	C	10	9993857378	2020-03-23	\N	Active	Jasleen Patel	Universal	\N
102132	5806	Sarah	Smith	2001-09-09	2	M	10	9996109313	2020-03-23	\N	Active	Jasleen Patel	Targeted - HV	\N
102133	5806	Edward	Bell	1999-11-08	1	F	10	9999983340	2020-03-23	\N	Active	Jasleen Patel	Targeted - SW	\N
102134	5807	muhammad	FARAH	2022-04-11	1	C	41	9891605436	2023-08-01	2023-11-08	Closed	Elizabeth Wright	Stay and Play	Child started school
102135	5807	Amina	Farah	2023-04-09	2	C	41	9999353495	2023-08-01	2023-11-08	Closed	Elizabeth Wright	Stay and Play	Child started school
102136	5807	Hodan	Farah	2002-01-07	2	M	41	9997731409	2023-08-01	2023-11-08	Closed	Elizabeth Wright	Universal	Child started school
102137	5808	Isla	Clarke	2024-04-07	2	C	10	\N	2021-03-20	\N	Active	Jasleen Patel	Stay and Play	\N
102138	5808	David	Clarke	1984-04-15	1	F	99	9995841851	2021-03-20	\N	Active	Jasleen Patel	Targeted - SW	\N
102139	5809	Noah	Ingamells	2023-04-24	1	C	10	9991432906	2021-01-26	2022-05-24	Closed	James Jones	Targeted - SW	Moved away
102140	5809	Sarah	Jones	1999-10-11	2	M	10	9997558871	2021-01-26	2022-05-24	Closed	James Jones	Targeted - HV	Moved away
102141	5810	Alfie	Smith	2025-01-01	1	C	99	9996929027	2022-11-25	\N	Active	Zoë Brown	Targeted - SW	\N
102142	5810	Kelly	Smith	1990-09-21	2	M	10	9999180965	2022-11-25	\N	Active	Zoë Brown	Targeted - SW	\N
102143	5810	Joanne	Smith	1961-01-28	2	G	10	9990803056	2022-11-25	\N	Active	Zoë Brown	Targeted - HV	\N
102144	5811	Amleia	Taylor	2022-01-09	2	C	10	\N	2021-12-03	2023-03-09	Closed	Rachel Atkinson	Targeted - HV	Child started school
102145	5811	Sarah	Taylor	1992-10-03	2	M	10	9998551110	2021-12-03	2023-03-09	Closed	Rachel Atkinson	Targeted - SW	Child started school
102146	5811	David	Taylor	1988-02-10	1	F	10	9992425148	2021-12-03	2023-03-09	Closed	Rachel Atkinson	Targeted - SW	Child started school
102147	5812	Oliver	Williams	2022-12-15	1	C	10	9996661563	2021-04-17	2022-08-28	Closed	Zoë Brown	Universal	Child started school
102148	5812	Sarah	Williams	1990-12-29	2	M	10	\N	2021-04-17	2022-08-28	Closed	Zoë Brown	Targeted - HV	Child started school
102149	5812	David	 Pickering	1986-03-15	1	F	10	9992787538	2021-04-17	2022-08-28	Closed	Zoë Brown	Universal	Child started school
102150	5813	Ivy	Thompson	2021-02-25	2	C	10	9993779776	2022-08-22	\N	Active	Chloé Davies	Targeted - HV	\N
102151	5813	Oscar	Thompson	2025-04-28	1	C	10	9997653807	2022-08-22	\N	Active	Chloé Davies	Targeted - SW	\N
102152	5813	Miss Emma	Thompson	1998-11-19	2	M	10	9999905749	2022-08-22	\N	Active	Chloé Davies	Stay and Play	\N
102153	5814	Thomas	Johnson	2023-01-30	1	C	10	9999638287	2024-07-31	\N	Active	Stacey Shaw	Stay and Play	\N
102154	5814	Stacey	Johnson	1996-03-14	2	M	10	9998016193	2024-07-31	\N	Active	Stacey Shaw	Universal	\N
102155	5814	James	Johnson	1996-12-30	1	F	10	9995764253	2024-07-31	\N	Active	Stacey Shaw	Targeted - SW	\N
102156	5815	Nadia	Nur	2021-02-25	2	C	41	9994237098	2021-01-21	\N	Active	Rachel Atkinson	Targeted - HV	\N
102157	5815	Aisha	Nur	1978-09-22	2	M	41	9992615001	2021-01-21	\N	Active	Rachel Atkinson	Targeted - SW	\N
102158	5816	Courtney	Bennett	2022-03-06	2	C	10	9991985158	2020-12-08	\N	Active	Gary Walker	Stay and Play	\N
102159	5816	Harry	Bennett	2023-01-26	1	C	99	9995859181	2020-12-08	\N	Active	Gary Walker	Stay and Play	\N
102160	5816	Noah	Bennett	2024-02-05	0	C	10	9999733212	2020-12-08	\N	Active	Gary Walker	Targeted - HV	\N
102161	5817	Maria	Smifth	2017-04-20	2	C	13	9992709936	2020-11-21	\N	Active	Robert Chapman	Targeted - SW	\N
102162	5817	Maria	Ionescu	1994-04-26	2	M	13	9991087842	2020-11-21	\N	Active	Robert Chapman	Stay and Play	\N
102163	5817	Lee	Smith	1992-11-25	1	F	10	9998835909	2020-11-21	\N	Active	Robert Chapman	Targeted - SW	\N
102164	5818	Agieszka	Mazur	2024-10-21	2	C	13	\N	2022-12-11	2023-09-21	Closed	Edward Williams	Targeted - HV	Child started school
102165	5818	Katarzyna	Kozlowski	2000-12-24	2	M	13	9991812628	2022-12-11	2023-09-21	Closed	Edward Williams	Parent led	Child started school
102166	5819	Oliver	Wilson	2017-04-09	1	C	10	9997671139	2023-02-12	\N	Active	Alexandra Popescu	Universal	\N
102167	5819	Sarah	Wilson	1982-03-13	2	M	10	9999923070	2023-02-12	\N	Active	Alexandra Popescu	Targeted - SW	\N
102168	5820	Tyelr	Johnson	2026-09-26	1	C	10	9991907556	2024-02-29	\N	Active	Kirsty Green	Targeted - SW	\N
102169	5820	Laura	Johnson	1993-12-04	2	M	10	\N	2024-02-29	\N	Active	Kirsty Green	Targeted - HV	\N
102170	5820	David	Johnson	1994-02-24	1	F	10	9998033527	2024-02-29	\N	Active	Kirsty Green	Parent led	\N
102171	5821	Jacob	Brown	2019-12-26	1	C	10	9996773825	2024-07-01	2025-10-09	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
102172	5821	Theodore	Brown	2024-05-10	1	C	10	9990647852	2024-07-01	2025-10-09	Closed	Darius Kazlauskas	Universal	No longer attending
102173	5821	Stacey	Bown	2001-01-09	2	M	10	9992899794	2024-07-01	2025-10-09	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
102174	5822	Olivia	Byrne	2021-07-08	2	C	12	9998395917	2020-12-22	2021-10-14	Closed	Elizabeth Wright	Parent led	Moved away
102175	5822	Sarah	Ran	2001-01-12	2	M	12	9994521888	2020-12-22	2021-10-14	Closed	Elizabeth Wright	Targeted - HV	Moved away
102176	5823	Ava	Smith	2019-03-30	2	C	10	9996506363	2020-06-12	\N	Active	Zoë Brown	Parent led	\N
102177	5823	Smith	Rachel	1987-04-11	2	M	10	9994884271	2020-06-12	\N	Active	Zoë Brown	Stay and Play	\N
102178	5823	Paul	Smith	1990-03-31	1	F	99	9998758300	2020-06-12	\N	Active	Zoë Brown	Parent led	\N
102179	5824	Amelia	MacDonald	2022-12-04	2	C	10	9991829954	2020-06-29	2020-08-12	Closed	Elizabeth Wright	Parent led	Child started school
102180	5824	Oliver	MacDonald	2023-12-01	1	C	10	9999578012	2020-06-29	2020-08-12	Closed	Elizabeth Wright	Targeted - HV	Child started school
102181	5824	Catriona	Robertson	1994-11-16	2	M	10	9994081896	2020-06-29	2020-08-12	Closed	Elizabeth Wright	Targeted - SW	Child started school
102182	5825	Jack	Storr	2019-09-04	1	C	10	9990570256	2022-09-07	\N	Lapsed	Margaret Williams	Targeted - SW	\N
102183	5825	Leo	Davies	2024-02-05	1	C	10	9998318319	2022-09-07	\N	Active	Margaret Williams	Parent led	\N
102184	5825	Rachel	Storr	1984-12-16	2	M	10	9992822198	2022-09-07	\N	Active	Margaret Williams	Targeted - SW	\N
102185	5825	Thomas	Davies	1989-09-21	1	SF	10	9990164150	2022-09-07	\N	Active	Margaret Williams	Parent led	\N
102186	5826	Leo	Bennett	2024-09-13	1	C	10	9990302790	2020-11-16	\N	Active	Ayan Mohamed	Targeted - SW	\N
102187	5827	Oliver	Murray	2019-07-16	1	C	10	9994901605	2020-06-13	\N	Active	Chloé Davies	Targeted - HV	\N
102188	5827	Fiona	Murray	1977-01-07	2	M	10	9995531453	2020-06-13	\N	Active	Chloé Davies	Stay and Play	\N
102189	5828	Amelia	Jones	2017-02-14	2	C	10	9991389962	2021-10-28	2022-01-15	Closed	Stacey Shaw	Stay and Play	No longer attending
102190	5828	Lily	Jones	2021-03-13	2	C	10	9995263998	2021-10-28	2022-01-15	Closed	Stacey Shaw	Targeted - SW	No longer attending
102191	5828	Saarh	Jones	1984-01-18	2	M	10	9993641901	2021-10-28	2022-01-15	Closed	Stacey Shaw	Universal	No longer attending
102192	5829	Amelia	Watson	2018-11-22	2	C	10	9990130264	2024-12-14	2025-11-14	Closed	Alexandra Popescu	Universal	Moved away
102193	5829	Ethan	Watson	2023-10-08	1	C	10	9994004298	2024-12-14	2025-11-14	Closed	Alexandra Popescu	Targeted - SW	Moved away
102194	5830	Grace	Smith	2021-08-13	2	C	10	\N	2025-03-28	\N	Active	Ayan Mohamed	Parent led	\N
102195	5830	Sarah	Brown	1990-09-08	2	M	10	9995358921	2025-03-28	\N	Active	Ayan Mohamed	Targeted - SW	\N
102196	5831	Kieran	Jones	2022-06-30	1	C	99	9990225192	2025-05-30	2025-08-02	Closed	Edward Williams	Stay and Play	No longer attending
102197	5831	Kely	Dixon	1985-09-24	2	M	10	9998603102	2025-05-30	2025-08-02	Closed	Edward Williams	Targeted - HV	No longer attending
102198	5831	Michael	JONES	1987-05-03	1	F	10	9996351165	2025-05-30	2025-08-02	Closed	Edward Williams	Universal	No longer attending
102199	5832	Ella	Jones	2023-10-25	2	C	10	9998698030	2022-09-29	\N	Active	Alexandra Popescu	Stay and Play	\N
102200	5832	Bethan	Williams	1996-09-19	2	M	10	9990949972	2022-09-29	\N	Active	Alexandra Popescu	Universal	\N
102201	5832	Rhys	Jones	1991-05-31	1	F	10	9994824007	2022-09-29	\N	Active	Alexandra Popescu	Parent led	\N
102202	5833	Fatima	Mohammad	2023-01-31	2	C	41	9997438337	2021-04-18	\N	Active	Alexandra Popescu	Targeted - SW	\N
102203	5833	Hodan	Ali	1999-12-26	2	M	41	\N	2021-04-18	\N	Active	Alexandra Popescu	Parent led	\N
102204	5834	R?ta	Kazlauskas	2025-10-07	2	C	13	9996178633	2023-05-06	\N	Active	Ayan Mohamed	Parent led	\N
102205	5834	Tomas	Kazlauskas	2025-10-07	1	C	13	9990052662	2023-05-06	\N	Active	Ayan Mohamed	Universal	\N
102206	5834	Gabija	Kazlauskas	1990-04-15	2	M	13	9998430577	2023-05-06	\N	Active	Ayan Mohamed	Targeted - HV	\N
102207	5835	Aleksandra	Lewandowski	2018-07-21	2	C	13	9999422810	2023-11-18	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102208	5835	Katarzyna	Lewandowski	2023-05-12	2	C	13	9997170873	2023-11-18	\N	Lapsed	Darius Kazlauskas	Targeted - HV	\N
102209	5835	Małgorzaat	Lewandowski	1986-07-04	2	M	13	9993926698	2023-11-18	\N	Active	Darius Kazlauskas	Targeted - SW	\N
102210	5836	Noah	Smith	2019-09-04	1	C	10	\N	2024-06-24	\N	Active	Gary Walker	Stay and Play	\N
102211	5836	Oliver	Smith	2025-02-28	1	C	10	9992666994	2024-06-24	\N	Active	Gary Walker	Targeted - SW	\N
102212	5836	Emma	Harrison	2001-04-02	2	M	10	9991044906	2024-06-24	\N	Active	Gary Walker	Parent led	\N
102213	5836	James	Smith	2002-10-26	1	F	10	9994918931	2024-06-24	\N	Active	Gary Walker	Universal	\N
102214	5837	Jacob 	White	2024-05-28	1	C	10	9992227001	2025-07-19	\N	Active	Jasleen Patel	Parent led	\N
102215	5838	Ruby  	Ward	2022-03-24	2	C	10	9990164924	2024-10-14	2025-07-18	Closed	Samantha McCarthy	Targeted - HV	Child started school
102216	5838	Catherine	Ward	1999-04-27	2	M	10	9992416866	2024-10-14	2025-07-18	Closed	Samantha McCarthy	Targeted - SW	Child started school
102217	5839	Oliver	Ryan	2024-11-10	1	C	12	9996653285	2024-06-26	\N	Active	Rachel Atkinson	Targeted - HV	\N
102218	5839	Sarah	 Murphy	1990-02-09	2	M	12	9995731191	2024-06-26	\N	Active	Rachel Atkinson	Targeted - SW	\N
102219	5840	Daniel	Walker	2024-07-22	1	C	10	9999267610	2023-10-04	2024-01-17	Closed	Ayan Mohamed	Parent led	Child started school
102220	5840	Oliver	Walker	2025-07-21	1	C	10	9997015673	2023-10-04	2024-01-17	Closed	Ayan Mohamed	Targeted - HV	Child started school
102221	5840	Olivia	Popescu	2025-09-01	2	C	10	\N	2023-10-04	2024-01-17	Closed	Ayan Mohamed	Targeted - HV	Child started school
102222	5840	Sarah	Walker	1986-04-15	2	M	10	9991519556	2023-10-04	2024-01-17	Closed	Ayan Mohamed	Stay and Play	Child started school
102223	5840	Gabriel	Popescu	1988-01-23	1	SF	13	9993357111	2023-10-04	2024-01-17	Closed	Ayan Mohamed	Universal	Child started school
102224	5841	Thomas	Smith	2025-01-04	1	C	10	\N	2021-06-13	\N	Active	Margaret Williams	Parent led	\N
102225	5841	Samantha	Smith	1989-07-09	2	M	10	9993866423	2021-06-13	\N	Active	Margaret Williams	Parent led	\N
102226	5841	Joanne	Storr	1969-02-26	2	G	10	9995488515	2021-06-13	\N	Active	Margaret Williams	Stay and Play	\N
102227	5842	Henry	Davies	2024-02-04	1	C	10	9990984638	2020-01-29	\N	Lapsed	Margaret Williams	Parent led	\N
102228	5842	Oliver	Davies	2025-09-23	1	C	10	9994858661	2020-01-29	\N	Active	Margaret Williams	Parent led	\N
102229	5843	Mia	Webb	2023-05-04	2	C	10	9997472993	2023-06-02	\N	Active	Emma Smith	Targeted - HV	\N
102230	5843	Michelle	Cooper	2000-12-16	2	M	10	9999724930	2023-06-02	\N	Active	Emma Smith	Targeted - SW	\N
102231	5844	Lily	THOMPSON	2025-08-07	2	C	10	9994323741	2024-05-10	2025-05-26	Closed	Stacey Shaw	Stay and Play	No longer attending
102232	5844	Sarah	Thompson	2001-10-11	2	M	10	\N	2024-05-10	2025-05-26	Closed	Stacey Shaw	Parent led	No longer attending
102233	5845	Matthew (Matt)	Smith	2020-07-18	1	C	10	9990812101	2024-04-02	\N	Active	Elizabeth Wright	Parent led	\N
102234	5845	Ethan	Smith	2025-08-29	1	C	10	9994686135	2024-04-02	\N	Active	Elizabeth Wright	Stay and Play	\N
102235	5845	Hayley	Cook	1986-04-16	2	M	10	9993064041	2024-04-02	\N	Active	Elizabeth Wright	Parent led	\N
102236	5846	Mei	Wang	2023-02-12	2	C	50	9999914799	2024-02-23	2025-06-19	Closed	Alexandra Popescu	Targeted - HV	Moved away
102237	5846	Li Na	Wang	2001-05-12	2	M	50	9992166738	2024-02-23	2025-06-19	Closed	Alexandra Popescu	Universal	Moved away
102238	5846	Wei	Wang	2001-10-08	1	F	50	\N	2024-02-23	2025-06-19	Closed	Alexandra Popescu	Stay and Play	Moved away
102239	5847	Noah	Williams	2017-06-08	1	C	10	9991536884	2025-08-17	2025-11-22	Closed	James Jones	Targeted - SW	Child started school
102240	5847	Sarah	Brown	1993-12-16	2	M	10	9993788821	2025-08-17	2025-11-22	Closed	James Jones	Universal	Child started school
102241	5847	David	Williams	1986-05-01	1	F	10	9997662857	2025-08-17	2025-11-22	Closed	James Jones	Stay and Play	Child started school
102242	5848	Catherine	Ryan	2024-12-01	2	C	11	9994781065	2023-04-21	\N	Active	Edward Williams	Universal	\N
102243	5848	SINÉAD	BYRNE	1996-03-29	2	M	99	\N	2023-04-21	\N	Active	Edward Williams	Universal	\N
102244	5849	Zuzanna	Lewandowski	2022-09-05	2	C	99	9996135691	2024-07-09	\N	Active	Jasleen Patel	Stay and Play	\N
102245	5849	Lewandowski	Krzysztof	2024-03-09	1	C	13	9990009724	2024-07-09	\N	Active	Jasleen Patel	Targeted - HV	\N
102246	5849	Natalia	Lewandowski (nee Nowak)	2000-07-24	2	M	99	9994513605	2024-07-09	\N	Active	Jasleen Patel	Targeted - SW	\N
102247	5849	Pawel	Lewandowski	2001-04-30	1	F	13	9998387639	2024-07-09	\N	Active	Jasleen Patel	Stay and Play	\N
102248	5850	Oliver	Walker	2023-07-09	1	C	10	9997490320	2021-01-18	2021-04-14	Closed	Jasleen Patel	Targeted - HV	Moved away
102249	5850	George	Walker	2025-03-22	1	C	10	9991364358	2021-01-18	2021-04-14	Closed	Jasleen Patel	Stay and Play	Moved away
102250	5850	Sarah	Walker	1988-10-17	2	M	10	9991994203	2021-01-18	2021-04-14	Closed	Jasleen Patel	Targeted - SW	Moved away
102251	5851	Jack	White	2025-05-31	1	C	10	9999112412	2022-08-04	2023-07-12	Closed	Edward Williams	Targeted - SW	Child started school
102252	5851	Sarah	Harris	1999-05-17	2	M	10	9995238381	2022-08-04	2023-07-12	Closed	Edward Williams	Targeted - SW	Child started school
102253	5852	Olivia	Smith	2024-08-27	2	C	10	\N	2022-11-04	\N	Active	Jasleen Patel	Targeted - HV	\N
102254	5852	Margaret	Smith	1996-05-25	2	M	10	9992986441	2022-11-04	\N	Active	Jasleen Patel	Parent led	\N
102255	5853	Szymon	Nowak	2022-02-10	1	C	13	9991726748	2025-08-22	\N	Active	Zoë Brown	Targeted - HV	\N
102256	5853	Julia	Nowak	1984-10-13	2	M	13	9997852710	2025-08-22	\N	Active	Zoë Brown	Targeted - SW	\N
102257	5854	Matas	 Žukauskas	2021-01-26	0	C	13	9993806153	2024-08-16	2025-10-16	Closed	Zofia Zieliński	Stay and Play	Moved away
102258	5854	Rūta	Žukauskas	2023-05-27	2	C	13	9997680189	2024-08-16	2025-10-16	Closed	Zofia Zieliński	Stay and Play	Moved away
102259	5854	Rūta	?ukauskas	1983-02-09	2	M	13	9996058093	2024-08-16	2025-10-16	Closed	Zofia Zieliński	Parent led	Moved away
102260	5855	Oliver	Cooper	2022-08-12	1	C	10	9990924368	2022-03-25	\N	Active	Rachel Atkinson	Universal	\N
102261	5855	Lisa	Smih	2003-04-23	2	M	10	9993176303	2022-03-25	\N	Active	Rachel Atkinson	Universal	\N
102262	5856	Oliver	Patel	2021-01-10	1	C	10	9990656908	2023-04-06	\N	Active	Edward Williams	Universal	\N
102263	5856	Katherine	Patel	1993-01-19	2	M	10	9999034810	2023-04-06	\N	Active	Edward Williams	Parent led	\N
102264	5856	Alexander	Hall	1985-07-02	1	F	10	9996782875	2023-04-06	\N	Active	Edward Williams	Universal	\N
102265	5857	Oliver	Smith	\N	1	C	10	9997145267	2025-03-11	2025-04-30	Closed	Ayan Mohamed	Targeted - HV	Child started school
102266	5857	Mason	Smith	2025-06-23	1	C	10	9991019294	2025-03-11	2025-04-30	Closed	Ayan Mohamed	Universal	Child started school
102267	5857	Zo?	Smith	1987-10-11	2	M	10	9999397204	2025-03-11	2025-04-30	Closed	Ayan Mohamed	Universal	Child started school
102268	5858	Katarzyna	Kowalski	2021-03-29	2	C	13	9996515419	2021-01-05	2021-03-09	Closed	Alexandra Popescu	Parent led	No longer attending
102269	5858	Ms Małgorzata	Lewandowski	1986-03-04	2	M	13	9994893327	2021-01-05	2021-03-09	Closed	Alexandra Popescu	Targeted - SW	No longer attending
102270	5859	Grace	Winter	2018-04-04	2	C	10	9997335120	2022-03-16	\N	Active	Gary Walker	Parent led	\N
102271	5859	Florence	Winter	2021-09-30	2	C	10	9991209158	2022-03-16	\N	Active	Gary Walker	Universal	\N
102272	5859	Katarzyna	Wisniewski	1994-07-12	2	M	10	\N	2022-03-16	\N	Active	Gary Walker	Stay and Play	\N
102273	5860	Yusuf	ABDI	2023-06-24	1	C	41	9990941696	2023-11-14	\N	Active	Samantha McCarthy	Universal	\N
102274	5860	Fatima	Abdi	1995-04-04	2	M	41	\N	2023-11-14	\N	Active	Samantha McCarthy	Parent led	\N
102275	5861	Ahmed	Abdiy	1995-08-15	1	F	41	9997067665	2023-12-04	\N	Active	Stacey Shaw	Targeted - HV	\N
102276	5861	Yusuf	Abdi	2023-06-24	1	C	41	\N	2023-12-04	\N	Active	Stacey Shaw	Targeted - SW	\N
102277	5862	Olivia	Fox	2021-03-04	2	C	10	9991304088	2025-08-14	\N	Active	Jasleen Patel	Stay and Play	\N
102278	5862	Maisie	Fox	2025-01-15	2	C	10	\N	2025-08-14	\N	Active	Jasleen Patel	Targeted - SW	\N
102279	5862	Hayley	Davies	1990-01-28	2	M	10	9993556025	2025-08-14	\N	Active	Jasleen Patel	Universal	\N
102280	5863	Daniel	Harrison	2022-11-21	1	C	10	9998154839	2022-06-16	\N	Active	Emma Smith	Targeted - HV	\N
102281	5863	Sarah	Harrison	1983-07-30	2	M	10	9996532747	2022-06-16	\N	Active	Emma Smith	Stay and Play	\N
102282	5864	Mohammed	Abdi	2021-01-30	1	C	41	9990139318	2024-03-17	2025-09-05	Closed	Gary Walker	Parent led	No longer attending
102283	5864	Aisha	Abdiy	2025-12-07	2	C	41	9994013343	2024-03-17	2025-09-05	Closed	Gary Walker	Stay and Play	No longer attending
102284	5864	Ali	Abdi	2025-12-07	1	C	41	\N	2024-03-17	2025-09-05	Closed	Gary Walker	Parent led	No longer attending
102285	5864	Hafsa	Abdi	1997-10-29	2	M	41	9996265285	2024-03-17	2025-09-05	Closed	Gary Walker	Targeted - HV	No longer attending
102286	5864	David	Wright	2004-07-02	1	SF	10	9998525500	2024-03-17	2025-09-05	Closed	Gary Walker	Universal	No longer attending
102287	5865	Maria	Munteanu	2017-07-12	2	C	13	9994375733	2022-11-09	\N	Active	James Jones	Parent led	\N
102288	5865	Maria	Munteanu	1987-11-29	2	M	13	9992753641	2022-11-09	\N	Active	James Jones	Stay and Play	\N
102289	5866	Isla	Odling	2020-04-17	2	C	10	9995997827	2020-01-16	\N	Active	Ayan Mohamed	Universal	\N
102290	5866	Stacey	Clarke	1997-06-23	2	M	10	9998249767	2020-01-16	\N	Active	Ayan Mohamed	Stay and Play	\N
102291	5867	Aav	Jones	2025-08-14	2	C	10	9994108271	2020-04-19	2020-10-25	Closed	Kirsty Green	Parent led	Moved away
102292	5867	Cerys	Price	1994-04-28	2	M	10	9996360210	2020-04-19	2020-10-25	Closed	Kirsty Green	Targeted - HV	Moved away
102293	5867	Dafydd	Jones	1992-02-08	1	F	10	9990234248	2020-04-19	2020-10-25	Closed	Kirsty Green	Targeted - HV	Moved away
102294	5868	Maria	Popescu	2021-05-02	2	C	13	\N	2022-06-23	\N	Lapsed	Sana Hersi	Targeted - HV	\N
102295	5868	Maria	Stan	1995-09-09	2	M	13	9997982304	2022-06-23	\N	Active	Sana Hersi	Stay and Play	\N
102296	5868	José	Popescu	1989-03-11	1	F	13	9991856331	2022-06-23	\N	Active	Sana Hersi	Targeted - SW	\N
102297	5869	Arthur	Jones	2023-01-26	1	C	10	9991226486	2023-11-28	2023-12-22	Closed	Robert Chapman	Universal	Family request
102298	5869	George	Jones	2023-01-26	1	C	10	9995100517	2023-11-28	2023-12-22	Closed	Robert Chapman	Parent led	Family request
102299	5869	Emma	Jones	1999-11-05	2	M	99	9997352459	2023-11-28	2023-12-22	Closed	Robert Chapman	Targeted - SW	Family request
102300	5870	Olivia	Smith	2025-06-05	2	C	10	\N	2024-07-02	\N	Active	Emma Smith	Targeted - HV	\N
102301	5870	Hayley	Smith	2001-10-31	2	M	10	9999431860	2024-07-02	\N	Active	Emma Smith	Universal	\N
102302	5870	Mr Daniel	Smith	2000-02-24	1	F	10	9993305898	2024-07-02	\N	Active	Emma Smith	Parent led	\N
102303	5871	Meea	Patel	2018-12-18	2	C	30	9993668281	2023-05-29	2024-03-22	Closed	Stacey Shaw	Parent led	Moved away
102304	5871	Arjun	Patel	2021-06-15	1	C	30	9997542312	2023-05-29	2024-03-22	Closed	Stacey Shaw	Universal	Moved away
102305	5871	Ms Priya	Lal	1982-12-07	2	M	30	9992046198	2023-05-29	2024-03-22	Closed	Stacey Shaw	Parent led	Moved away
102306	5871	Priya	Patel	1954-03-18	2	G	30	9995290375	2023-05-29	2024-03-22	Closed	Stacey Shaw	Stay and Play	Moved away
102307	5872	Olivia	Smith	2019-08-13	2	C	10	9993038431	2024-02-05	2025-06-03	Closed	Kirsty Green	Targeted - HV	Child started school
102308	5872	Hayley	Smith	1983-05-14	2	M	10	9999164404	2024-02-05	2025-06-03	Closed	Kirsty Green	Universal	Child started school
102309	5873	Ava	Wright	2024-04-11	2	C	10	9994660527	2020-11-06	\N	Lapsed	James Jones	Targeted - SW	\N
102310	5873	Kerry	Smith	2005-07-07	2	M	10	9996912469	2020-11-06	\N	Active	James Jones	Universal	\N
102311	5874	Lacey	Smith	2022-04-13	2	C	10	9992408588	2022-10-20	2024-03-18	Closed	Rachel Atkinson	Targeted - HV	No longer attending
102312	5874	Miss Emma	Tennyson	1986-05-10	2	M	10	9998534550	2022-10-20	2024-03-18	Closed	Rachel Atkinson	Parent led	No longer attending
102313	5875	Katarzyna	Nowak	2025-11-24	2	C	13	9990881421	2020-12-24	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102314	5875	Katarzyna	Nowak	2005-10-05	2	M	13	9993133361	2020-12-24	\N	Active	Darius Kazlauskas	Universal	\N
102315	5876	Arthur	Turner	2023-05-26	1	C	10	9995747693	2020-06-25	2021-10-13	Closed	Ayan Mohamed	Targeted - HV	Child started school
102316	5876	Emma	Parker	2010-04-23	2	M	10	9994125605	2020-06-25	2021-10-13	Closed	Ayan Mohamed	Universal	Child started school
102317	5877	Harry	Green	2022-03-11	1	C	10	9994677853	2023-01-12	2024-06-09	Closed	Darius Kazlauskas	Stay and Play	Child started school
102318	5877	Gemma	Green	2002-03-26	2	M	10	9996929792	2023-01-12	2024-06-09	Closed	Darius Kazlauskas	Parent led	Child started school
102319	5877	Dean	Smith	1983-10-18	1	SF	10	\N	2023-01-12	2024-06-09	Closed	Darius Kazlauskas	Targeted - HV	Child started school
102320	5878	Yusuf	Kyan	2019-08-14	1	C	31	9997292189	2025-02-09	\N	Active	Sana Hersi	Targeted - SW	\N
102321	5878	Asisha	Khan	1979-11-25	2	M	31	9991796061	2025-02-09	\N	Active	Sana Hersi	Targeted - HV	\N
102322	5879	Oscar	Lee	2024-02-25	1	C	10	9993513083	2020-06-01	\N	Active	James Jones	Stay and Play	\N
102323	5879	Sarah	Smith	1999-05-31	2	M	10	9995765020	2020-06-01	\N	Active	James Jones	Universal	\N
102324	5880	Willow	Hall	\N	2	C	10	\N	2020-07-10	\N	Active	Alexandra Popescu	Targeted - SW	\N
102325	5880	Stacey	Hall	1998-08-12	2	M	10	9997387112	2020-07-10	\N	Active	Alexandra Popescu	Stay and Play	\N
102326	5881	Samuzel	Smith	2019-09-27	1	C	10	9993875473	2021-02-02	2021-08-18	Closed	Alexandra Popescu	Targeted - SW	Child started school
102327	5881	Sarah	Smith	1980-12-17	0	M	10	\N	2021-02-02	2021-08-18	Closed	Alexandra Popescu	Targeted - HV	Child started school
102328	5882	Olivia	Thompson	2022-07-12	2	C	10	9992710705	2020-02-13	2021-04-08	Closed	Darius Kazlauskas	Targeted - SW	Child started school
102329	5883	Katarzyna	Dabrowski	2021-07-20	2	C	13	9995332791	2022-03-30	2022-08-10	Closed	Sarah Evans	Targeted - SW	Family request
102330	5883	Katarzyna	Dąbrowski	1989-10-12	2	M	13	9996584739	2022-03-30	2022-08-10	Closed	Sarah Evans	Parent led	Family request
102331	5883	Piotr	Nowak	1989-12-20	1	F	13	\N	2022-03-30	2022-08-10	Closed	Sarah Evans	Universal	Family request
102332	5884	Lukas	Kazlauskas	2024-01-11	1	C	13	\N	2025-02-27	\N	Active	Stacey Shaw	Targeted - HV	\N
102333	5884	Rsta	Urbonas	1990-11-02	2	M	13	9999199062	2025-02-27	\N	Active	Stacey Shaw	Targeted - SW	\N
102334	5885	Isabella	Green	2021-08-30	2	C	10	9998569214	2020-12-21	\N	Active	Rachel Atkinson	Targeted - HV	\N
102335	5885	Chloe	GREEN	2024-03-16	2	C	10	9992443243	2020-12-21	\N	Active	Rachel Atkinson	Targeted - SW	\N
102336	5885	Sarah	Martni	1989-08-29	2	M	10	9990821151	2020-12-21	\N	Active	Rachel Atkinson	Universal	\N
102337	5885	Robert	Green	1990-11-24	1	F	10	9994695185	2020-12-21	\N	Lapsed	Rachel Atkinson	Parent led	\N
102338	5886	Theodore	Roberts	2021-08-05	1	C	10	\N	2024-06-26	2024-11-07	Closed	Chloé Davies	Stay and Play	No longer attending
102339	5886	Lewis	Roberts	2025-05-21	1	C	10	9999561454	2024-06-26	2024-11-07	Closed	Chloé Davies	Targeted - SW	No longer attending
102340	5886	Jenny	Roberts	2000-05-12	2	M	10	9997939360	2024-06-26	2024-11-07	Closed	Chloé Davies	Universal	No longer attending
102341	5887	Andrei	Popescu	2024-04-29	1	C	13	9996679667	2020-04-04	\N	Active	Gary Walker	Targeted - SW	\N
102342	5887	Ioana	Popescu	2025-09-27	2	C	13	9990553696	2020-04-04	\N	Active	Gary Walker	Stay and Play	\N
102343	5887	Ana	Popescu	2004-02-11	2	M	13	9992805633	2020-04-04	\N	Active	Gary Walker	Universal	\N
102344	5888	Muhammad	Muhammad	2017-07-19	1	C	41	9992175788	2024-08-24	\N	Active	Rachel Atkinson	Targeted - HV	\N
102345	5888	Imran	Mohamed	2021-04-23	1	C	41	9996049817	2024-08-24	\N	Active	Rachel Atkinson	Universal	\N
102346	5888	Abdulla	Mohamed	2024-02-27	1	C	41	9999923844	2024-08-24	\N	Active	Rachel Atkinson	Universal	\N
102347	5888	Michelle	Skipworth	1988-07-06	2	M	41	9994427725	2024-08-24	\N	Active	Rachel Atkinson	Universal	\N
102348	5889	Jessica	Smith	2024-06-04	2	C	10	9995419963	2024-01-06	2024-11-20	Closed	Samantha McCarthy	Targeted - HV	Moved away
102349	5889	Michelle	Smith	1987-08-18	2	M	10	9993797873	2024-01-06	2024-11-20	Closed	Samantha McCarthy	Targeted - HV	Moved away
102350	5889	Mr Ryan	Smith	1986-09-25	1	F	10	9997671902	2024-01-06	2024-11-20	Closed	Samantha McCarthy	Targeted - HV	Moved away
102351	5890	Olivia	Smith	2025-05-10	2	C	10	\N	2021-01-09	2021-08-30	Closed	Rachel Atkinson	Stay and Play	Child started school
102352	5890	Sarah	Smith	1988-08-04	2	M	10	9999293999	2021-01-09	2021-08-30	Closed	Rachel Atkinson	Targeted - HV	Child started school
102353	5891	Mohamad	Malik	2022-09-19	1	C	31	9995782359	2022-09-23	\N	Active	Kirsty Green	Targeted - SW	\N
102354	5891	Inaya	Malik	1997-09-12	2	M	31	\N	2022-09-23	\N	Active	Kirsty Green	Stay and Play	\N
102355	5892	Amelia	Clarke	2021-03-08	2	C	10	\N	2024-06-02	\N	Active	Jasleen Patel	Parent led	\N
102356	5892	Sarah	Clarke	2004-02-01	2	M	10	9996774597	2024-06-02	\N	Lapsed	Jasleen Patel	Targeted - HV	\N
102357	5893	Bradley	Patel	2022-12-16	1	C	40	9991011013	2021-08-27	\N	Active	Rachel Atkinson	Targeted - SW	\N
102358	5893	Claire	Thompson	1988-06-14	2	M	40	9997136985	2021-08-27	\N	Active	Rachel Atkinson	Universal	\N
102359	5894	Rebecca	Wilon	2025-02-19	2	C	10	9994979973	2022-01-28	\N	Lapsed	Jasleen Patel	Stay and Play	\N
102360	5894	Riley	Wilson	2025-02-19	1	C	99	\N	2022-01-28	\N	Active	Jasleen Patel	Parent led	\N
102361	5895	Olivia	Green	2020-11-07	2	C	10	9995704757	2021-01-31	\N	Active	Emma Smith	Parent led	\N
102362	5895	Oliver	Green	2021-10-23	1	C	10	9999578780	2021-01-31	\N	Active	Emma Smith	Parent led	\N
102363	5895	Samuel	Green	2024-07-29	1	C	10	9993452815	2021-01-31	\N	Active	Emma Smith	Parent led	\N
102364	5895	Stacey	Green	1993-10-22	2	M	10	9994082663	2021-01-31	\N	Active	Emma Smith	Stay and Play	\N
102365	5895	DAVID	SMITH	1985-12-20	1	F	10	9997956699	2021-01-31	\N	Active	Emma Smith	Universal	\N
102366	5896	Noah	Brown	2021-01-26	1	C	10	\N	2022-07-03	2023-04-11	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
102367	5896	Chlrlie	Brown	2015-07-01	1	C	10	\N	2022-07-03	2023-04-11	Closed	Darius Kazlauskas	Universal	No longer attending
102368	5896	Victoria	Brown	1985-02-05	2	M	10	9996696995	2022-07-03	2023-04-11	Closed	Darius Kazlauskas	Stay and Play	No longer attending
102369	5897	Isla	Jones	2023-10-27	2	C	10	9999311326	2021-01-25	2021-10-02	Closed	Margaret Williams	Targeted - HV	No longer attending
102370	5897	Chlo?	Jones	1987-08-10	2	M	10	9995437295	2021-01-25	2021-10-02	Closed	Margaret Williams	Targeted - SW	No longer attending
102371	5898	Jessica	Jones	2025-04-28	2	C	10	9992555505	2021-08-09	2022-07-13	Closed	James Jones	Targeted - HV	No longer attending
102372	5898	Michelle	Jones	1997-12-02	2	M	10	9998681472	2021-08-09	2022-07-13	Closed	James Jones	Targeted - HV	No longer attending
102373	5899	Jack	Roberts	2021-06-14	1	C	10	9998051622	2021-07-03	2021-11-19	Closed	James Jones	Universal	Child started school
102374	5899	Seren	Jones	2001-11-06	2	M	10	9996429539	2021-07-03	2021-11-19	Closed	James Jones	Universal	Child started school
102375	5899	Owain	Roberts	2002-10-16	1	F	10	\N	2021-07-03	2021-11-19	Closed	James Jones	Parent led	Child started school
102376	5900	Noah	Smith	2023-09-16	1	C	99	9991295801	2025-07-19	\N	Lapsed	Stacey Shaw	Universal	\N
102377	5900	Laura	Smith	2000-08-24	2	M	10	9993547743	2025-07-19	\N	Active	Stacey Shaw	Stay and Play	\N
102378	5901	George	Brown	2024-10-22	1	C	10	9998146550	2022-04-22	2023-05-22	Closed	Alexandra Popescu	Parent led	No longer attending
102379	5901	Rachel	Wilson	1993-07-20	2	M	10	9990398496	2022-04-22	2023-05-22	Closed	Alexandra Popescu	Targeted - SW	No longer attending
102380	5901	David	Brown	1992-08-16	1	F	10	9994272527	2022-04-22	2023-05-22	Closed	Alexandra Popescu	Targeted - SW	No longer attending
102381	5902	Amelia	Johnson	2020-11-30	2	C	10	9999138799	2021-09-30	\N	Active	Stacey Shaw	Parent led	\N
102382	5902	Theodore	Johnson	2022-05-08	1	C	10	9993012823	2021-09-30	\N	Active	Stacey Shaw	Universal	\N
102383	5902	Williams	Emma	1982-11-27	2	M	10	9997516702	2021-09-30	\N	Active	Stacey Shaw	Universal	\N
102384	5902	David	Johnson	1982-06-14	1	F	10	9991190731	2021-09-30	\N	Active	Stacey Shaw	Stay and Play	\N
102385	5903	Matthew	Jones	2019-08-27	1	C	10	9994005065	2021-12-31	\N	Active	Edward Williams	Universal	\N
102386	5903	Jones	Oliver	2021-04-01	1	C	10	9997879090	2021-12-31	\N	Active	Edward Williams	Parent led	\N
102387	5903	Emma	QUICKFALL	1977-08-18	2	M	10	9998508940	2021-12-31	\N	Active	Edward Williams	Targeted - HV	\N
102388	5903	Jones	David	1973-11-28	1	F	10	\N	2021-12-31	\N	Lapsed	Edward Williams	Targeted - HV	\N
102389	5904	Lewis	Taylor	2019-05-21	1	C	10	9995359693	2021-02-25	2021-12-17	Closed	Emma Smith	Universal	No longer attending
102390	5904	Olivia	Taylor	2023-02-26	2	C	10	9999233724	2021-02-25	2021-12-17	Closed	Emma Smith	Stay and Play	No longer attending
102391	5904	Emma	Taylro	1989-10-09	2	M	10	9993737607	2021-02-25	2021-12-17	Closed	Emma Smith	Stay and Play	No longer attending
102392	5905	Olivia	Smith	2024-02-15	2	C	10	9992477903	2022-11-24	\N	Active	Samantha McCarthy	Targeted - SW	\N
102393	5906	Piotr	Kowalski	2022-04-11	1	C	13	9991218203	2023-03-12	\N	Active	Zofia Zieliński	Targeted - SW	\N
102394	5906	Magdalena	Kowalski	2025-01-15	2	C	13	\N	2023-03-12	\N	Active	Zofia Zieliński	Targeted - HV	\N
102395	5906	Agnieszka	Kowalski	1989-09-07	2	M	13	9993470147	2023-03-12	\N	Lapsed	Zofia Zieliński	Universal	\N
102396	5907	Courtney	Jones	2024-12-31	2	C	10	9996084477	2022-05-03	\N	Active	Sana Hersi	Parent led	\N
102397	5907	Sarah	Smith	1984-08-01	2	M	10	9998336414	2022-05-03	\N	Active	Sana Hersi	Targeted - SW	\N
102398	5908	Amelia	O'Brien	2018-08-03	2	C	12	9993832537	2023-09-02	2023-12-26	Closed	Jasleen Patel	Stay and Play	Family request
102399	5908	Isla	O'Brien	2023-11-21	2	C	12	9997706560	2023-09-02	2023-12-26	Closed	Jasleen Patel	Universal	Family request
102400	5908	Theodore	O'Brien	2025-06-09	1	C	12	9995454689	2023-09-02	2023-12-26	Closed	Jasleen Patel	Targeted - HV	Family request
102401	5908	Laura	O'Brien	1987-08-01	2	M	12	9999958508	2023-09-02	2023-12-26	Closed	Jasleen Patel	Targeted - HV	Family request
102402	5908	Amy	O'Brien	1967-03-19	2	G	12	9999328652	2023-09-02	2023-12-26	Closed	Jasleen Patel	Targeted - SW	Family request
102403	5909	Ion	Stoica	2021-01-30	1	C	13	9990950741	2025-03-17	\N	Active	Zoë Brown	Targeted - SW	\N
102404	5909	Maria	Constantin	1990-12-19	2	M	13	9993202681	2025-03-17	\N	Active	Zoë Brown	Stay and Play	\N
102405	5910	Daisy	Smith	2024-12-21	2	C	10	9998068959	2024-08-23	2025-06-22	Closed	Sarah Evans	Parent led	No longer attending
102406	5910	Nicola	Green	1993-04-25	2	M	10	9996446867	2024-08-23	2025-06-22	Closed	Sarah Evans	Stay and Play	No longer attending
102407	5911	Andrei	Dumitru	2018-07-03	1	C	13	9997171680	2021-06-28	2021-07-31	Closed	Elizabeth Wright	Targeted - SW	Child started school
102408	5911	Maria	Dumitru	1986-01-06	2	M	13	9999423582	2021-06-28	2021-07-31	Closed	Elizabeth Wright	Parent led	Child started school
102409	5912	Charlotte	Brown	2024-05-29	2	C	10	9998793734	2022-11-18	\N	Active	Elizabeth Wright	Targeted - SW	\N
102410	5912	Hayley	Davies	1994-09-11	2	M	10	9991045678	2022-11-18	\N	Active	Elizabeth Wright	Parent led	\N
102411	5913	Olivia	Cartwright	2024-02-06	2	C	10	\N	2021-07-04	2021-10-26	Closed	James Jones	Targeted - SW	No longer attending
102412	5913	Samantha	Green	1998-06-15	2	M	10	9990778213	2021-07-04	2021-10-26	Closed	James Jones	Targeted - SW	No longer attending
102413	5914	Kataryzna	Wójcik	2019-08-14	2	C	13	9995644487	2020-03-21	\N	Active	Elizabeth Wright	Universal	\N
102414	5914	Piotr	Wójcik	2021-08-12	1	C	13	9999518516	2020-03-21	\N	Active	Elizabeth Wright	Targeted - HV	\N
102415	5914	Szymon	Wójcik	2025-05-30	1	C	13	9993392545	2020-03-21	\N	Active	Elizabeth Wright	Targeted - SW	\N
102416	5914	Katarzyna	Lewandowski	1990-01-06	2	M	13	\N	2020-03-21	\N	Active	Elizabeth Wright	Targeted - HV	\N
102417	5914	Krzysztof	WÓJCIK	1988-10-23	1	F	13	9991770453	2020-03-21	\N	Active	Elizabeth Wright	Parent led	\N
102418	5915	Arjun	Patel	2023-01-04	1	C	30	9991502998	2024-09-05	2025-07-23	Closed	Jasleen Patel	Targeted - HV	Family request
102419	5915	Priya	Patel	\N	2	M	30	9997628969	2024-09-05	2025-07-23	Closed	Jasleen Patel	Universal	Family request
102420	5916	Alfie	Jones	2024-07-20	1	C	10	9999251056	2024-08-13	2025-09-22	Closed	Alexandra Popescu	Stay and Play	No longer attending
102421	5916	Cerys	Jones	1989-05-08	2	M	10	9995377020	2024-08-13	2025-09-22	Closed	Alexandra Popescu	Targeted - SW	No longer attending
102422	5917	Arthur	Wright	2017-01-22	1	C	10	9992495235	2025-08-07	2025-12-31	Closed	Kirsty Green	Targeted - SW	Moved away
102423	5917	Benjamin	Wright	2022-06-03	1	C	10	9996369269	2025-08-07	2025-12-31	Closed	Kirsty Green	Universal	Moved away
102424	5917	Sarah	Smith	1983-03-17	2	M	10	9990873143	2025-08-07	2025-12-31	Closed	Kirsty Green	Targeted - HV	Moved away
102425	5917	James	Wright	1978-12-06	1	F	10	9994747177	2025-08-07	2025-12-31	Closed	Kirsty Green	Stay and Play	Moved away
102426	5918	Kai	Atkinson	2018-07-08	1	C	10	9991597921	2025-05-11	\N	Lapsed	Elizabeth Wright	Stay and Play	\N
102427	5918	Victoria	Smith	1994-01-17	2	M	10	9993849863	2025-05-11	\N	Active	Elizabeth Wright	Parent led	\N
102428	5919	Szymon	Nowak	2024-09-16	1	C	99	\N	2025-05-18	2025-12-31	Closed	Darius Kazlauskas	Parent led	Moved away
102429	5919	Katarzyna	Nowak	1991-05-10	2	M	13	\N	2025-05-18	2025-12-31	Closed	Darius Kazlauskas	Targeted - HV	Moved away
102430	5920	Sophia	Goodacre	2021-04-27	2	C	10	\N	2022-09-25	2022-10-23	Closed	Margaret Williams	Targeted - HV	Child started school
102431	5920	Charlie	Goodacre	2022-11-13	1	C	10	9992685093	2022-09-25	2022-10-23	Closed	Margaret Williams	Stay and Play	Child started school
102432	5920	Chloe	Thompson	1990-10-19	2	M	99	9997188977	2022-09-25	2022-10-23	Closed	Margaret Williams	Stay and Play	Child started school
102433	5921	Paige	Lee	2021-06-21	2	C	10	9999173454	2022-03-13	\N	Active	Rachel Atkinson	Targeted - HV	\N
102434	5921	Chloé	Lee	1992-12-30	2	M	10	9997551362	2022-03-13	\N	Active	Rachel Atkinson	Stay and Play	\N
102435	5922	Oliver	Roberts	2021-03-06	1	C	10	9999535844	2022-05-16	2023-09-12	Closed	Zoë Brown	Stay and Play	Family request
102436	5922	Sarah	Roberts	1998-12-12	2	M	10	9994039725	2022-05-16	2023-09-12	Closed	Zoë Brown	Targeted - HV	Family request
102437	5922	David	Roberts	1991-02-15	1	F	10	9997913752	2022-05-16	2023-09-12	Closed	Zoë Brown	Parent led	Family request
102438	5923	Piotr  	Nowak	2024-01-20	1	C	13	\N	2020-07-02	2021-02-24	Closed	Sana Hersi	Universal	No longer attending
102439	5923	Zuzanna	Nowak	1996-07-27	2	M	13	9993409871	2020-07-02	2021-02-24	Closed	Sana Hersi	Stay and Play	No longer attending
102440	5924	Leo	Robinson	2022-09-12	1	C	10	\N	2024-06-01	2025-06-27	Closed	Ayan Mohamed	Targeted - HV	No longer attending
102441	5924	Jessica	Robinson	2023-08-27	2	C	10	9999898238	2024-06-01	2025-06-27	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102442	5924	Gemma	Taylor	1985-11-10	2	M	10	9994402110	2024-06-01	2025-06-27	Closed	Ayan Mohamed	Stay and Play	No longer attending
102443	5925	Mei	ZHANG	2021-09-20	2	C	50	9997646290	2020-11-06	\N	Active	Robert Chapman	Targeted - SW	\N
102444	5925	Ying	Zhang	2024-06-13	2	C	50	9991520325	2020-11-06	\N	Active	Robert Chapman	Parent led	\N
102445	5925	Hui	Zhang	1990-02-16	2	M	50	\N	2020-11-06	\N	Active	Robert Chapman	Targeted - HV	\N
102446	5926	Oliver	Smith	2021-03-29	1	C	10	9991882715	2025-04-18	2025-12-31	Closed	Margaret Williams	Targeted - SW	Moved away
102447	5926	Grace	Smith	2022-04-12	2	C	10	\N	2025-04-18	2025-12-31	Closed	Margaret Williams	Targeted - HV	Moved away
102448	5926	Hayley	Smith	2002-07-16	2	M	10	9998008689	2025-04-18	2025-12-31	Closed	Margaret Williams	Stay and Play	Moved away
102449	5927	Maryam	Akhtar	2025-10-26	2	C	31	9995489287	2023-06-16	2024-04-06	Closed	Robert Chapman	Universal	Child started school
102450	5927	Khadija	Khan	1989-09-02	2	M	99	9997741226	2023-06-16	2024-04-06	Closed	Robert Chapman	Targeted - SW	Child started school
102451	5927	Yousef	Akhtar	1986-11-06	1	F	31	9991615253	2023-06-16	2024-04-06	Closed	Robert Chapman	Parent led	Child started school
102452	5928	Matthew	Harrison	2021-08-24	1	C	99	9990985405	2022-01-19	\N	Active	Edward Williams	Parent led	\N
102453	5928	Laura	Harrison	1989-12-31	2	M	10	9997111370	2022-01-19	\N	Active	Edward Williams	Stay and Play	\N
102454	5929	Oliver	Clark	2025-10-16	1	C	10	9998103614	2025-10-15	\N	Active	Zoë Brown	Parent led	\N
102455	5929	Maisie	Smith	2008-04-10	2	M	10	9996481522	2025-10-15	\N	Active	Zoë Brown	Targeted - HV	\N
102456	5929	Oliver	Clark	2008-03-02	1	F	10	9994229583	2025-10-15	\N	Active	Zoë Brown	Targeted - HV	\N
102457	5930	Samuel	Roberts	2025-02-01	1	C	10	9992702427	2021-04-11	\N	Lapsed	Gary Walker	Stay and Play	\N
102458	5930	Rhiannon	Williams	1989-09-01	2	M	10	9994954369	2021-04-11	\N	Active	Gary Walker	Targeted - SW	\N
102459	5931	Theodore	Clark	2023-07-16	1	C	10	9990183023	2023-09-24	\N	Active	Rachel Atkinson	Universal	\N
102460	5931	Claire	Thorpe	2004-04-30	2	M	10	9992434961	2023-09-24	\N	Active	Rachel Atkinson	Parent led	\N
102461	5931	James	Clark	2002-05-02	1	F	10	9996308995	2023-09-24	\N	Active	Rachel Atkinson	Parent led	\N
102462	5932	Jessica	HARRISON	2017-11-09	2	C	10	9995679140	2020-04-14	2021-03-02	Closed	Samantha McCarthy	Targeted - SW	Child started school
102463	5932	Poppy	Harrison	2017-11-09	2	C	10	9999553176	2020-04-14	2021-03-02	Closed	Samantha McCarthy	Stay and Play	Child started school
102464	5932	Danielle	Harrison	1987-02-04	2	M	99	\N	2020-04-14	2021-03-02	Closed	Samantha McCarthy	Targeted - HV	Child started school
102465	5933	Olivia	Ross	2025-06-03	2	C	10	9993159743	2023-12-11	2024-11-12	Closed	Edward Williams	Targeted - SW	Child started school
102466	5933	Laura	Jackson	1981-04-26	2	M	10	9991537651	2023-12-11	2024-11-12	Closed	Edward Williams	Stay and Play	Child started school
102467	5934	Phoebe	Brown	2025-05-05	2	C	40	\N	2025-05-24	\N	Active	Stacey Shaw	Universal	\N
102468	5934	Lisa	Brown	1998-12-31	2	M	40	9994781839	2025-05-24	\N	Active	Stacey Shaw	Parent led	\N
102469	5934	Daniel	Brown	1994-06-05	1	F	40	9998655862	2025-05-24	\N	Lapsed	Stacey Shaw	Universal	\N
102470	5935	Amelia	Thorpe	2021-07-11	2	C	10	9997758552	2020-05-07	\N	Active	Alexandra Popescu	Parent led	\N
102471	5935	 Emma	Robinson	1991-05-29	2	M	10	9998388406	2020-05-07	\N	Active	Alexandra Popescu	Parent led	\N
102472	5935	David	Thorpe	1992-04-02	1	F	10	9992262435	2020-05-07	\N	Active	Alexandra Popescu	Parent led	\N
102473	5936	Olivia	Murphy	2019-10-21	2	C	12	9991460055	2020-08-22	\N	Active	Darius Kazlauskas	Universal	\N
102474	5936	Charlotte	Murphy	2021-03-11	2	C	12	9995334089	2020-08-22	\N	Active	Darius Kazlauskas	Universal	\N
102475	5936	Kerry	Murphy	1989-09-20	2	M	12	9999837964	2020-08-22	\N	Active	Darius Kazlauskas	Universal	\N
102476	5937	Piotr	Wisniewksi	2022-03-04	1	C	13	9998578264	2024-02-01	\N	Active	Margaret Williams	Stay and Play	\N
102477	5937	Katarzyna	Wiśniewski	1995-03-20	2	M	13	9994704230	2024-02-01	\N	Active	Margaret Williams	Stay and Play	\N
102478	5938	Deilan	Murphy	2023-04-01	1	C	11	9990200351	2024-04-06	\N	Lapsed	Jasleen Patel	Targeted - HV	\N
102479	5938	Niamh	Murphy	2000-04-19	2	M	11	9992452293	2024-04-06	\N	Active	Jasleen Patel	Targeted - SW	\N
102480	5938	Patrick	Gallagher	1994-12-15	1	F	11	9996326322	2024-04-06	\N	Active	Jasleen Patel	Universal	\N
102481	5939	Anna	Zieliński	2022-03-13	2	C	13	\N	2025-05-17	2025-12-31	Closed	Darius Kazlauskas	Universal	Child started school
102482	5939	Katarzyna	Zieliński	2023-06-09	2	C	13	9991822445	2025-05-17	2025-12-31	Closed	Darius Kazlauskas	Universal	Child started school
102483	5939	Zofia 	Zieli?ski	1987-07-08	2	M	13	9994074385	2025-05-17	2025-12-31	Closed	Darius Kazlauskas	Universal	Child started school
102484	5940	Sophia	Mitchell	2022-04-07	2	C	10	9997318560	2022-09-23	2023-04-28	Closed	Stacey Shaw	Parent led	Child started school
102485	5940	Willow	Mitchell	2022-04-07	2	C	10	9995066629	2022-09-23	2023-04-28	Closed	Stacey Shaw	Parent led	Child started school
102486	5940	Chloe	Mitchell	2023-02-01	2	C	10	9998940656	2022-09-23	2023-04-28	Closed	Stacey Shaw	Universal	Child started school
102487	5940	Rachel	Mitchell	1989-03-20	2	M	10	9995696479	2022-09-23	2023-04-28	Closed	Stacey Shaw	Targeted - SW	Child started school
102488	5941	George	Smith	2021-08-26	1	C	10	9999932894	2024-02-14	\N	Active	Rachel Atkinson	Parent led	\N
102489	5941	Elizabeth	Smith	1993-03-19	2	M	10	9992184833	2024-02-14	\N	Active	Rachel Atkinson	Targeted - SW	\N
102490	5942	Ivy	McKenzie	2023-09-29	2	C	10	9995523949	2020-11-30	\N	Lapsed	Elizabeth Wright	Universal	\N
102491	5942	Morag	McKenzie	1989-04-17	2	M	10	9991649913	2020-11-30	\N	Active	Elizabeth Wright	Parent led	\N
102492	5943	Priya	Chazhan	2025-01-06	2	C	30	\N	2025-12-05	\N	Active	Margaret Williams	Targeted - HV	\N
102493	5943	Harpreet	Patel 	1995-01-29	2	M	30	9999397972	2025-12-05	\N	Active	Margaret Williams	Universal	\N
102494	5944	 Florence	Walker	2023-09-17	2	C	10	9991209921	2024-12-14	2025-12-09	Closed	Sarah Evans	Targeted - HV	No longer attending
102495	5944	Sarah	Walker	2005-01-11	2	M	10	9997335899	2024-12-14	2025-12-09	Closed	Sarah Evans	Stay and Play	No longer attending
102496	5945	Oscar	Prie	2022-11-11	1	C	10	9997698282	2022-04-20	2023-05-03	Closed	Edward Williams	Targeted - HV	Moved away
102497	5945	Cerys	Price	1986-05-16	2	M	10	9993824259	2022-04-20	2023-05-03	Closed	Edward Williams	Universal	Moved away
102498	5946	Leo	Hall	2023-06-29	1	C	10	9996438589	2023-08-10	2024-04-01	Closed	Darius Kazlauskas	Targeted - SW	Child started school
102499	5946	Isla	Hall	2025-03-06	2	C	10	9990312613	2023-08-10	2024-04-01	Closed	Darius Kazlauskas	Stay and Play	Child started school
102500	5946	Zoë	Williams	2000-04-01	2	M	10	\N	2023-08-10	2024-04-01	Closed	Darius Kazlauskas	Universal	Child started school
102501	5946	William	Hall	2001-04-17	1	F	10	\N	2023-08-10	2024-04-01	Closed	Darius Kazlauskas	Targeted - SW	Child started school
102502	5947	Courtney	Hall	2018-11-25	2	C	10	9998423066	2024-12-25	2025-12-31	Closed	Margaret Williams	Stay and Play	Child started school
102503	5947	Harry	Hall	2022-12-10	1	C	10	\N	2024-12-25	2025-12-31	Closed	Margaret Williams	Universal	Child started school
102504	5947	Gemma	Hall	1986-08-25	2	M	10	9994549030	2024-12-25	2025-12-31	Closed	Margaret Williams	Universal	Child started school
102505	5948	Chloé	Davies	2020-08-08	2	C	10	\N	2024-06-19	\N	Active	Robert Chapman	Parent led	\N
102506	5948	Ethan	Davies	2022-03-12	1	C	10	9991667245	2024-06-19	\N	Active	Robert Chapman	Targeted - SW	\N
102507	5948	Davies	Rhs	1979-06-20	1	F	10	9990045151	2024-06-19	\N	Active	Robert Chapman	Targeted - SW	\N
102508	5949	Julia	Szymański	2020-08-20	2	C	13	9992659483	2022-07-09	\N	Active	Jasleen Patel	Targeted - SW	\N
102509	5949	Andrew	Waterfall	1979-03-26	1	SF	10	9995350645	2022-07-09	\N	Active	Jasleen Patel	Targeted - HV	\N
102510	5950	Zayn	Ahmad	2023-03-15	1	C	31	9998155606	2021-08-18	2021-10-26	Closed	Rachel Atkinson	Universal	Moved away
102511	5950	Hafsa	Begum	1998-03-19	2	M	31	9990407541	2021-08-18	2021-10-26	Closed	Rachel Atkinson	Stay and Play	Moved away
102512	5951	Ahmed	AHMED	1997-06-14	1	F	31	9994281577	2023-10-08	\N	Active	Zoë Brown	Stay and Play	\N
102513	5951	Zayn	Ahmed	2023-03-15	1	C	31	9998155606	2023-10-08	\N	Active	Zoë Brown	Stay and Play	\N
102514	5952	Katarzyna	Szymański	2023-03-19	2	C	13	9996895904	2023-03-21	\N	Active	Alexandra Popescu	Universal	\N
102515	5953	Paige	Mitchell	2023-09-18	2	C	10	\N	2022-03-30	\N	Active	Rachel Atkinson	Parent led	\N
102516	5953	Nicholas	MITCHELL	1997-06-08	1	F	10	9993479195	2022-03-30	\N	Active	Rachel Atkinson	Targeted - SW	\N
102517	5954	Benjamin	Smith	2018-12-11	1	C	10	9996455912	2023-08-20	2024-10-27	Closed	Sana Hersi	Targeted - SW	Moved away
102518	5954	Evie	Smith	2021-03-26	2	C	10	9994203975	2023-08-20	2024-10-27	Closed	Sana Hersi	Parent led	Moved away
102519	5955	Olivia	Taylor	2025-09-27	2	C	10	9994566369	2025-06-02	\N	Active	Chloé Davies	Targeted - SW	\N
102520	5955	Gurpreet	Lal	2003-11-03	1	F	10	9996818306	2025-06-02	\N	Active	Chloé Davies	Targeted - SW	\N
102521	5956	Riley	Smith	2022-11-28	1	C	10	9996188450	2025-01-23	\N	Active	Gary Walker	Stay and Play	\N
102522	5956	Sarah	Shaw	1998-11-02	9	M	10	9998440394	2025-01-23	\N	Active	Gary Walker	Parent led	\N
102523	5957	Darius	Kazlauskas	2018-04-13	1	C	13	9991684573	2024-10-09	\N	Active	Zofia Zieliński	Targeted - HV	\N
102524	5957	Rūta	Akhtar	2025-11-12	2	C	22	9999432638	2024-10-09	\N	Active	Zofia Zieliński	Universal	\N
102525	5957	Rūta	Kazlauskas	1987-04-16	2	M	13	9993936510	2024-10-09	\N	Active	Zofia Zieliński	Universal	\N
102526	5958	Isla	Williams	2019-03-08	2	C	10	\N	2020-04-29	2020-11-03	Closed	Alexandra Popescu	Targeted - HV	Moved away
102527	5958	Ava	Williams	2022-12-13	2	C	10	9999795021	2020-04-29	2020-11-03	Closed	Alexandra Popescu	Parent led	Moved away
102528	5958	Claire	Williams	1989-03-04	2	M	10	9994298909	2020-04-29	2020-11-03	Closed	Alexandra Popescu	Universal	Moved away
102529	5959	Amina	Yusuf	2025-04-04	2	C	41	9997275624	2022-09-05	2023-10-11	Closed	Chloé Davies	Targeted - HV	Moved away
102530	5960	Olivia	Waterfall	2021-05-03	2	C	10	9994756222	2025-05-11	2025-08-01	Closed	Sana Hersi	Stay and Play	No longer attending
102531	5960	Henry	Waterfall	2023-10-13	1	C	10	9998630258	2025-05-11	2025-08-01	Closed	Sana Hersi	Targeted - SW	No longer attending
102532	5960	Gemma	Taylor	1984-06-17	2	M	10	9993134139	2025-05-11	2025-08-01	Closed	Sana Hersi	Stay and Play	No longer attending
102533	5961	Ana	Popescu	2018-09-25	2	C	13	9990709661	2025-08-29	2025-12-19	Closed	James Jones	Targeted - SW	Child started school
102534	5961	Maria	Popescu	1994-02-14	2	M	13	9995213540	2025-08-29	2025-12-19	Closed	James Jones	Parent led	Child started school
102535	5961	Andrei	Pnopescu	1991-04-06	1	F	13	9999087574	2025-08-29	2025-12-19	Closed	James Jones	Stay and Play	Child started school
102536	5962	Zoë	Smith	2025-05-08	2	C	10	9995575930	2025-04-14	2025-10-25	Closed	Gary Walker	Parent led	Child started school
102537	5962	Gemma	Smith	1999-04-13	2	M	10	9997827872	2025-04-14	2025-10-25	Closed	Gary Walker	Parent led	Child started school
102538	5962	Robert	Smith	2000-02-15	1	F	10	9991701907	2025-04-14	2025-10-25	Closed	Gary Walker	Targeted - SW	Child started school
102539	5963	George	Smith	2021-12-03	1	C	10	9994316230	2025-09-17	2025-12-31	Closed	Edward Williams	Universal	No longer attending
102540	5963	Oscar	Smith	2024-11-02	1	C	10	9998190266	2025-09-17	2025-12-31	Closed	Edward Williams	Parent led	No longer attending
102541	5963	Sarah	Cook	2000-05-16	2	M	99	9996568172	2025-09-17	2025-12-31	Closed	Edward Williams	Stay and Play	No longer attending
102542	5964	Alfie	SMITH	2022-05-16	1	C	10	9990174741	2022-04-05	\N	Active	Stacey Shaw	Universal	\N
102543	5964	Jennifer	Smith	2004-02-26	2	M	10	\N	2022-04-05	\N	Active	Stacey Shaw	Universal	\N
102544	5964	David	Cook	2005-11-25	1	F	10	9996300714	2022-04-05	\N	Active	Stacey Shaw	Universal	\N
102545	5965	Aisha	Hassan	2023-09-29	2	C	21	9991796835	2022-05-10	2022-06-26	Closed	Emma Smith	Targeted - HV	Child started school
102546	5965	Sana	Hassan	2000-01-03	2	M	41	9994048775	2022-05-10	2022-06-26	Closed	Emma Smith	Targeted - SW	Child started school
102547	5965	Nicholas	Brown	1994-01-24	1	F	10	9997922808	2022-05-10	2022-06-26	Closed	Emma Smith	Targeted - SW	Child started school
102548	5966	Arthur	Atkinson	2022-07-21	1	C	10	9999544894	2022-11-11	2023-08-17	Closed	Stacey Shaw	Universal	Moved away
102549	5966	bradley	ATKINSON	2023-10-20	1	C	10	9993418927	2022-11-11	2023-08-17	Closed	Stacey Shaw	Stay and Play	Moved away
102550	5966	Jennifer	Atkinson	2002-05-05	2	M	10	9995670860	2022-11-11	2023-08-17	Closed	Stacey Shaw	Parent led	Moved away
102551	5967	Ruby	Evans	2024-11-14	2	C	10	9992789077	2022-12-10	\N	Active	Gary Walker	Parent led	\N
102552	5967	Sarah	Evans	2003-06-18	2	M	10	9997292952	2022-12-10	\N	Active	Gary Walker	Parent led	\N
102553	5967	Ed	Evans	2003-02-14	1	F	10	9995041014	2022-12-10	\N	Active	Gary Walker	Targeted - SW	\N
102554	5968	Jun	Li	2018-01-26	1	C	50	9997025490	2025-02-16	\N	Active	Alexandra Popescu	Parent led	\N
102555	5968	Mei	Li	\N	2	C	50	9990899525	2025-02-16	\N	Active	Alexandra Popescu	Stay and Play	\N
102556	5968	Mei	Li	1986-07-18	2	M	50	9993151467	2025-02-16	\N	Active	Alexandra Popescu	Targeted - HV	\N
102557	5969	Oscar	Robinson	2021-06-06	1	C	10	\N	2020-09-20	\N	Active	Sarah Evans	Parent led	\N
102558	5969	Nicola	Robinson	1986-04-17	2	M	10	9992884002	2020-09-20	\N	Active	Sarah Evans	Stay and Play	\N
102559	5969	Lee	Jackson	1964-07-28	1	G	10	9994506099	2020-09-20	\N	Active	Sarah Evans	Universal	\N
102560	5970	Oscar	Smith	2024-09-05	1	C	10	9990002215	2022-06-18	\N	Active	Sana Hersi	Parent led	\N
102561	5970	Mr David	Smith	1992-08-30	1	F	10	9996128180	2022-06-18	\N	Active	Sana Hersi	Universal	\N
102562	5971	Piotr	LEWANDOWSKI	2018-06-16	1	C	13	\N	2022-06-10	\N	Active	Emma Smith	Parent led	\N
102563	5971	Agnieszka	Lewandowski	2022-07-03	2	C	13	9992711477	2022-06-10	\N	Active	Emma Smith	Universal	\N
102564	5971	Katarzyna	Lewandowski	1981-03-12	2	M	13	\N	2022-06-10	\N	Active	Emma Smith	Parent led	\N
102565	5972	Tomasz	Dąbrowski	2021-07-03	1	C	99	9993703710	2024-09-22	2025-07-07	Closed	Margaret Williams	Targeted - SW	Child started school
102566	5973	Miriam	Hussain	2017-10-18	2	C	31	\N	2022-09-11	\N	Active	Elizabeth Wright	Universal	\N
102567	5973	Aisha	Khan	1981-07-23	2	M	31	9995420732	2022-09-11	\N	Active	Elizabeth Wright	Targeted - HV	\N
102568	5974	Alexander	Smith	2025-04-10	1	C	10	9994523422	2020-12-21	2021-07-17	Closed	Jasleen Patel	Parent led	Child started school
102569	5974	Sarah	Smith	2003-04-27	0	M	10	9996775364	2020-12-21	2021-07-17	Closed	Jasleen Patel	Universal	Child started school
102570	5974	David	Smith	1996-05-05	1	F	10	9990649391	2020-12-21	2021-07-17	Closed	Jasleen Patel	Targeted - SW	Child started school
102571	5975	Emilia	Kazlauskas	2017-11-26	2	C	13	9996870294	2021-05-24	\N	Active	Stacey Shaw	Parent led	\N
102572	5975	Jurgita	Kazlauskas	2023-10-27	2	C	13	9990744327	2021-05-24	\N	Active	Stacey Shaw	Universal	\N
102573	5975	Tomas	Lee	2025-10-12	1	C	13	\N	2021-05-24	\N	Active	Stacey Shaw	Stay and Play	\N
102574	5975	Ieva	Kazlauskas	1984-08-27	2	M	13	9992996269	2021-05-24	\N	Active	Stacey Shaw	Targeted - SW	\N
102575	5976	William	Taylor	2020-08-01	1	C	10	9993988502	2024-08-04	\N	Active	Chloé Davies	Universal	\N
102576	5977	Olivia	Thorpe	2022-11-16	2	C	10	\N	2020-11-26	\N	Active	Sarah Evans	Parent led	\N
102577	5977	Poppy	Thorpe	2023-11-20	2	C	10	9991106715	2020-11-26	\N	Active	Sarah Evans	Parent led	\N
102578	5977	David	Smith	1982-10-31	1	F	10	9993358657	2020-11-26	\N	Active	Sarah Evans	Stay and Play	\N
102579	5978	Olivia	Allen	2023-07-18	2	C	10	9997690001	2025-06-27	\N	Active	Robert Chapman	Parent led	\N
102580	5978	 Laura	Jones	1991-09-22	2	M	10	9998319854	2025-06-27	\N	Active	Robert Chapman	Parent led	\N
102581	5979	Zayn	Hussain	2025-12-01	1	C	31	9999312098	2025-01-24	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102582	5979	Sana	Hussain	1992-04-24	2	M	99	9995438062	2025-01-24	\N	Active	Darius Kazlauskas	Universal	\N
102583	5980	Chloé	Cartwright	2021-04-13	2	C	10	9996792692	2021-10-10	2022-07-25	Closed	Ayan Mohamed	Stay and Play	Child started school
102584	5981	Freya	Kelly	2024-07-21	2	C	12	9996525236	2023-06-18	\N	Active	Kirsty Green	Targeted - SW	\N
102585	5981	Sarah	Murphy	1986-12-14	2	M	12	\N	2023-06-18	\N	Active	Kirsty Green	Universal	\N
102586	5982	Oliver	Cooper	2024-12-14	1	C	10	9996620166	2020-04-03	\N	Active	Emma Smith	Parent led	\N
102587	5982	Catherine	Wrigth	1999-07-02	2	M	10	9998872103	2020-04-03	\N	Active	Emma Smith	Universal	\N
102588	5983	Noah	Thompson	2020-07-11	1	C	10	9999234496	2023-06-24	2023-08-07	Closed	Kirsty Green	Targeted - SW	No longer attending
102589	5983	George	Thompson	2023-09-30	1	C	10	9993108529	2023-06-24	2023-08-07	Closed	Kirsty Green	Targeted - HV	No longer attending
102590	5983	Anthony	Thompson	2001-03-11	1	F	10	9995360462	2023-06-24	2023-08-07	Closed	Kirsty Green	Targeted - HV	No longer attending
102591	5984	Mia	White	2025-03-10	2	C	10	\N	2025-10-14	2025-12-31	Closed	Darius Kazlauskas	Stay and Play	Child started school
102592	5984	Lily  	White	2007-06-28	2	M	10	9994100769	2025-10-14	2025-12-31	Closed	Darius Kazlauskas	Universal	Child started school
102593	5985	Matthew	Grant	2021-10-26	1	C	10	9998699576	2021-01-19	\N	Active	Chloé Davies	Targeted - HV	\N
102594	5985	Fiona	Grant	2002-10-13	2	M	10	9990951519	2021-01-19	\N	Active	Chloé Davies	Universal	\N
102595	5986	Olivia	Smith	2021-04-24	2	C	10	9996447634	2020-07-09	2021-01-19	Closed	Elizabeth Wright	Universal	Moved away
102596	5986	Sarah	Smith	2004-01-04	2	M	10	9992573600	2020-07-09	2021-01-19	Closed	Elizabeth Wright	Stay and Play	Moved away
102597	5987	Maria	Popescu	2018-06-06	2	C	13	9994195697	2022-04-21	\N	Active	Jasleen Patel	Parent led	\N
102598	5988	Thomas	Smith	2021-12-28	1	C	99	9999691811	2021-03-25	\N	Active	Robert Chapman	Parent led	\N
102599	5988	George	Smith	2025-06-14	1	C	99	9993565849	2021-03-25	\N	Active	Robert Chapman	Targeted - SW	\N
102600	5988	Emma	Smith	1995-11-24	2	M	10	9995817780	2021-03-25	\N	Active	Robert Chapman	Universal	\N
102601	5989	Henry	Smith  	2020-01-09	1	C	10	9993660779	2020-05-06	2020-11-11	Closed	Robert Chapman	Targeted - SW	Child started school
102602	5989	Sarah	Smith	\N	2	M	10	9992038683	2020-05-06	2020-11-11	Closed	Robert Chapman	Targeted - HV	Child started school
102603	5989	Abdullah	Yusuf	1993-12-04	1	SF	41	9997905474	2020-05-06	2020-11-11	Closed	Robert Chapman	Parent led	Child started school
102604	5990	Zainab	Islam	2023-04-20	2	C	32	9997897196	2025-12-07	2025-12-31	Closed	Edward Williams	Parent led	No longer attending
102605	5990	Fatima	Islam	1992-10-23	2	M	32	9990149135	2025-12-07	2025-12-31	Closed	Edward Williams	Parent led	No longer attending
102606	5990	Imran	Islam	1990-11-02	1	F	32	9994023160	2025-12-07	2025-12-31	Closed	Edward Williams	Targeted - HV	No longer attending
102607	5991	Ivy	Wilson	2021-06-10	2	C	10	9990511527	2025-01-14	\N	Lapsed	Robert Chapman	Targeted - HV	\N
102608	5991	Sarah	Roberts	1993-09-05	2	M	10	9992763469	2025-01-14	\N	Active	Robert Chapman	Universal	\N
102609	5991	Daniel 	Wilson	1988-06-22	1	F	10	9996637492	2025-01-14	\N	Active	Robert Chapman	Targeted - HV	\N
102610	5992	Wen	Wang	2024-02-11	2	C	50	9992496002	2020-05-02	\N	Lapsed	Stacey Shaw	Universal	\N
102611	5992	Mei	Wang	1990-05-28	2	M	50	\N	2020-05-02	\N	Active	Stacey Shaw	Targeted - SW	\N
102612	5992	Chen	Wang	1985-01-24	1	F	50	9998621976	2020-05-02	\N	Active	Stacey Shaw	Universal	\N
102613	5993	George	Smith	2021-11-20	1	C	10	9994118099	2021-05-16	2021-08-12	Closed	Ayan Mohamed	Universal	No longer attending
102614	5993	Gemma	Smith	1994-11-04	2	M	10	9996370038	2021-05-16	2021-08-12	Closed	Ayan Mohamed	Universal	No longer attending
102615	5994	Theodore	Morris	2018-11-22	1	C	99	9991866159	2020-06-18	\N	Lapsed	Darius Kazlauskas	Universal	\N
102616	5994	Jessica	Morris	2019-12-06	2	C	10	9995740184	2020-06-18	\N	Active	Darius Kazlauskas	Targeted - SW	\N
102617	5994	Noah	Morris	2023-11-13	1	C	10	9999614213	2020-06-18	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102618	5994	Sarah	Holmes	1989-02-02	2	M	10	9997992121	2020-06-18	\N	Active	Darius Kazlauskas	Parent led	\N
102619	5995	Jacob	Jones	2022-06-14	1	C	10	9992858397	2020-05-25	2020-08-24	Closed	Chloé Davies	Parent led	Child started school
102620	5995	Katherine	Jones	2003-07-15	2	M	10	9995110334	2020-05-25	2020-08-24	Closed	Chloé Davies	Universal	Child started school
102621	5996	Charlotte	Brown	2024-12-06	2	C	10	9999709141	2024-02-13	2024-07-23	Closed	Kirsty Green	Parent led	No longer attending
102622	5996	David	Brown	1999-02-05	1	F	10	9995835118	2024-02-13	2024-07-23	Closed	Kirsty Green	Parent led	No longer attending
102623	5997	Arthur	Gallagher	2021-10-29	1	C	12	9991426167	2021-02-08	2022-06-22	Closed	Rachel Atkinson	Universal	No longer attending
102624	5997	Jacob	Gallagher	2025-03-20	1	C	12	9995300192	2021-02-08	2022-06-22	Closed	Rachel Atkinson	Targeted - SW	No longer attending
102625	5997	Sarah	Gallagher	2002-04-06	2	M	99	\N	2021-02-08	2022-06-22	Closed	Rachel Atkinson	Targeted - SW	No longer attending
102626	5998	Holly	Smith	2021-02-23	2	C	10	9992150947	2024-12-18	\N	Active	Jasleen Patel	Parent led	\N
102627	5998	Ms Kelly	Smith	1992-08-02	2	M	10	9998276918	2024-12-18	\N	Active	Jasleen Patel	Targeted - SW	\N
102628	5999	Rebecca	Webb	\N	2	C	10	\N	2025-07-12	2025-12-31	Closed	Zoë Brown	Stay and Play	Moved away
102629	5999	Laura	Webb	1995-10-06	2	M	10	9997017218	2025-07-12	2025-12-31	Closed	Zoë Brown	Targeted - SW	Moved away
102630	5999	Daniel	Webb	1987-11-17	1	F	10	9990891249	2025-07-12	2025-12-31	Closed	Zoë Brown	Universal	Moved away
102631	6000	Freya	Roberts	2022-03-02	2	C	10	9993505579	2024-04-08	\N	Active	Robert Chapman	Stay and Play	\N
102632	6000	Sarah	Smith	1989-12-17	2	M	10	9999631541	2024-04-08	\N	Active	Robert Chapman	Universal	\N
102633	6001	Olievr	Wood	2023-09-28	1	C	99	9995127660	2021-07-02	\N	Active	James Jones	Targeted - SW	\N
102634	6001	Isla	Smith	2006-06-02	2	M	10	\N	2021-07-02	\N	Active	James Jones	Stay and Play	\N
102635	6001	Wayne	Wood	1999-04-01	1	F	10	\N	2021-07-02	\N	Lapsed	James Jones	Stay and Play	\N
102636	6002	Daisy	Dunmore	2019-05-27	2	C	10	9997212148	2022-10-18	\N	Lapsed	Samantha McCarthy	Targeted - SW	\N
102637	6002	Emily	Dunmore	2025-01-28	2	C	10	9990986177	2022-10-18	\N	Active	Samantha McCarthy	Parent led	\N
102638	6002	Rebecca	Dunmore	1983-04-16	2	M	10	9995490056	2022-10-18	\N	Active	Samantha McCarthy	Targeted - SW	\N
102639	6002	Paul	Thorpe	1979-05-22	1	F	10	9993238112	2022-10-18	\N	Active	Samantha McCarthy	Targeted - SW	\N
102640	6003	Arthur	Wright	2018-01-17	1	C	10	9995222590	2024-10-25	2025-12-31	Closed	Sana Hersi	Targeted - SW	Moved away
102641	6003	Amy	Wright (née Smith)	1978-12-17	2	M	10	\N	2024-10-25	2025-12-31	Closed	Sana Hersi	Universal	Moved away
102642	6003	Ashley	Wright	1974-10-17	1	F	10	9993600504	2024-10-25	2025-12-31	Closed	Sana Hersi	Targeted - SW	Moved away
102643	6004	Joseph	Johnson	2021-09-10	1	C	10	9991443495	2022-01-24	\N	Active	Chloé Davies	Targeted - SW	\N
102644	6004	Sarah	Johnson	1993-05-06	2	M	10	\N	2022-01-24	\N	Active	Chloé Davies	Targeted - HV	\N
102645	6005	Summer	Smith	2020-02-27	2	C	10	9991538429	2025-05-10	2025-10-06	Closed	Zoë Brown	Parent led	No longer attending
102646	6005	Elizabeth	Smith	1991-04-09	2	M	10	9997664396	2025-05-10	2025-10-06	Closed	Zoë Brown	Targeted - SW	No longer attending
102647	6006	George	Smith	2019-08-02	1	C	10	\N	2023-04-04	\N	Lapsed	Darius Kazlauskas	Stay and Play	\N
102648	6006	Willow	Smith	2022-04-30	2	C	10	9990908575	2023-04-04	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102649	6006	Stacey	Fox	1997-07-14	2	M	10	9995412454	2023-04-04	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102650	6007	Agnieszka	Nowak	2008-10-18	2	C	13	\N	2022-02-22	\N	Lapsed	Darius Kazlauskas	Stay and Play	\N
102651	6007	Anna	Nowak	1983-01-19	2	M	13	9994152750	2022-02-22	\N	Active	Darius Kazlauskas	Targeted - SW	\N
102652	6008	Jacob	Roberts	2025-07-21	1	C	10	9992893052	2023-06-15	2024-06-12	Closed	Emma Smith	Parent led	Moved away
102653	6008	Laura	Atkinson	2002-09-11	2	M	10	9995144999	2023-06-15	2024-06-12	Closed	Emma Smith	Targeted - HV	Moved away
102654	6008	Craig	Atkinson	1978-05-07	1	G	10	9996767086	2023-06-15	2024-06-12	Closed	Emma Smith	Targeted - SW	Moved away
102655	6009	Isabella	 Smith	2021-09-23	0	C	10	9995602318	2022-07-01	\N	Active	Chloé Davies	Targeted - HV	\N
102656	6009	Katherine	Jones	2000-10-12	2	M	10	\N	2022-07-01	\N	Active	Chloé Davies	Universal	\N
102657	6010	Charlie	Cartwright	2021-04-18	1	C	10	9991460829	2021-03-23	2022-09-01	Closed	Kirsty Green	Parent led	Child started school
102658	6010	Ava	Cartwright	2023-02-20	2	C	10	9995334852	2021-03-23	2022-09-01	Closed	Kirsty Green	Parent led	Child started school
102659	6010	Jade	Cartwright	1999-10-24	2	M	10	9997586794	2021-03-23	2022-09-01	Closed	Kirsty Green	Targeted - HV	Child started school
102660	6011	Lily	Chapman	2021-04-30	2	C	40	9996327094	2022-03-17	2022-09-29	Closed	Robert Chapman	Parent led	Child started school
102661	6011	Evie	Chapman	2022-05-06	2	C	40	\N	2022-03-17	2022-09-29	Closed	Robert Chapman	Universal	Child started school
102662	6011	Sarah	Johnson	1994-11-04	2	M	40	9998579031	2022-03-17	2022-09-29	Closed	Robert Chapman	Universal	Child started school
102663	6012	Leo	WATERFALL	2024-10-16	1	C	10	\N	2024-07-27	2024-09-16	Closed	James Jones	Stay and Play	Moved away
102664	6012	Laura	Waterfall	2003-01-03	2	M	10	9996689484	2024-07-27	2024-09-16	Closed	James Jones	Parent led	Moved away
102665	6012	Ashley	Johnson	2004-07-17	1	F	10	9990563519	2024-07-27	2024-09-16	Closed	James Jones	Targeted - SW	Moved away
102666	6013	Stefan	Popa	2022-04-09	1	C	13	9990390983	2022-09-03	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102667	6013	Maria	Popa	1997-10-11	2	M	13	9996516954	2022-09-03	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102668	6014	Oliver	Morris	2019-08-23	1	C	10	9996249492	2021-05-22	2021-07-11	Closed	Zofia Zieliński	Targeted - HV	No longer attending
102669	6014	Sarah	Ward	1986-10-20	2	M	10	9998501431	2021-05-22	2021-07-11	Closed	Zofia Zieliński	Stay and Play	No longer attending
102670	6015	Ashley	Morris	1988-02-18	1	F	10	9992375469	2022-12-12	2023-10-17	Closed	Edward Williams	Targeted - SW	Family request
102671	6015	Oliver	Morris	2019-08-23	1	C	10	9996249492	2022-12-12	2023-10-17	Closed	Edward Williams	Universal	Family request
102672	6016	Oliver	Smith	2025-05-16	1	C	10	9991478159	2020-01-06	\N	Active	Alexandra Popescu	Stay and Play	\N
102673	6016	Laura	Smith	1995-09-08	2	M	10	9997604121	2020-01-06	\N	Active	Alexandra Popescu	Targeted - HV	\N
102674	6017	Maria	MATEI	2021-02-05	2	C	13	\N	2025-04-07	2025-12-31	Closed	Stacey Shaw	Stay and Play	Moved away
102675	6017	Bianca	Matei	1989-10-12	2	M	13	9991840540	2025-04-07	2025-12-31	Closed	Stacey Shaw	Universal	Moved away
102676	6018	R?ta	Kazlauskas	2021-08-29	2	C	13	9995084724	2024-05-28	2025-03-20	Closed	Edward Williams	Parent led	No longer attending
102677	6018	Matas 	Kazlauskas	2023-12-29	1	C	13	9992832789	2024-05-28	2025-03-20	Closed	Edward Williams	Targeted - HV	No longer attending
102678	6018	Emilija	Kazlauskas	2023-12-29	2	C	13	9996706818	2024-05-28	2025-03-20	Closed	Edward Williams	Targeted - HV	No longer attending
102679	6018	Ieva	Urbonas	\N	2	M	13	9993462632	2024-05-28	2025-03-20	Closed	Edward Williams	Stay and Play	No longer attending
102680	6019	Benjamin	Ward	2019-08-05	1	C	10	9991935479	2020-08-23	\N	Active	Edward Williams	Universal	\N
102681	6019	Hayley	Ward	1990-02-03	2	M	10	\N	2020-08-23	\N	Active	Edward Williams	Stay and Play	\N
102682	6019	Matthew	Smith	1982-06-17	1	F	10	9996439356	2020-08-23	\N	Active	Edward Williams	Targeted - HV	\N
102683	6020	Isla	Smith	2019-03-21	2	C	10	9997431596	2022-05-11	\N	Active	Jasleen Patel	Targeted - HV	\N
102684	6020	Sarah	Smith	1993-10-27	2	M	10	\N	2022-05-11	\N	Active	Jasleen Patel	Parent led	\N
102685	6020	thomas	SMITH	1989-05-16	1	F	99	9999683533	2022-05-11	\N	Lapsed	Jasleen Patel	Universal	\N
102686	6021	?tefan	Rusu 	2024-11-24	1	C	13	9998881153	2021-04-02	2022-03-15	Closed	Elizabeth Wright	Universal	No longer attending
102687	6021	Ana	Rusu (nee Constantin)	1993-12-11	2	M	13	\N	2021-04-02	2022-03-15	Closed	Elizabeth Wright	Targeted - HV	No longer attending
102688	6022	Tyler	Atkinson	2023-02-19	1	C	10	9995102056	2022-11-22	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102689	6022	Amy	Atkinson	1999-08-31	2	M	10	9991228020	2022-11-22	\N	Active	Darius Kazlauskas	Targeted - HV	\N
102690	6023	Ava	Byrne	2017-02-14	2	C	12	\N	2024-04-17	2025-08-18	Closed	Zofia Zieliński	Targeted - SW	Child started school
102691	6023	Sarah	Gallagher	1999-03-03	2	M	12	9992945044	2024-04-17	2025-08-18	Closed	Zofia Zieliński	Targeted - SW	Child started school
102692	6024	Fatma	Uddin	2021-02-26	2	C	31	9991685340	2022-01-24	\N	Active	Emma Smith	Universal	\N
102693	6024	Zainab	Uddin	2024-03-15	2	C	31	9995559374	2022-01-24	\N	Active	Emma Smith	Targeted - SW	\N
102694	6024	Hassan	Uhddin	1996-01-20	1	F	31	9997811313	2022-01-24	\N	Lapsed	Emma Smith	Parent led	\N
102695	6025	Olivia	Fox	2018-06-30	2	C	10	9993307432	2022-05-06	2023-02-23	Closed	Sarah Evans	Stay and Play	No longer attending
102696	6025	Sarah	Fox	1998-06-25	2	M	10	9999433405	2022-05-06	2023-02-23	Closed	Sarah Evans	Stay and Play	No longer attending
102697	6026	 Amelia	Jackson	2025-01-22	2	C	99	9990425647	2021-10-04	2023-01-16	Closed	James Jones	Parent led	Moved away
102698	6026	Katie	Williams	2007-05-16	2	M	10	9992677589	2021-10-04	2023-01-16	Closed	James Jones	Universal	Moved away
102699	6027	Oscar	Brown	2024-06-10	1	C	20	\N	2024-11-16	2025-05-10	Closed	Sarah Evans	Targeted - SW	Child started school
102700	6027	Amelia	Goodacre	2006-04-06	2	M	40	9993669822	2024-11-16	2025-05-10	Closed	Sarah Evans	Parent led	Child started school
102701	6027	Michael	Brown	1998-07-15	1	F	10	9997543858	2024-11-16	2025-05-10	Closed	Sarah Evans	Stay and Play	Child started school
102702	6028	Daisy	Hall	2022-01-26	2	C	10	\N	2024-12-22	\N	Active	Sarah Evans	Universal	\N
102703	6028	Sabrah	Harrison	1996-06-16	2	M	10	\N	2024-12-22	\N	Active	Sarah Evans	Parent led	\N
102704	6029	Lewis	Murphy	2022-07-16	1	C	22	9997276396	2023-09-19	2024-11-09	Closed	Kirsty Green	Targeted - HV	Child started school
102705	6029	Rebecca	Murphy	2000-12-06	2	M	12	9999528373	2023-09-19	2024-11-09	Closed	Kirsty Green	Parent led	Child started school
102706	6029	Hassan	Hussain	1997-05-23	1	F	32	9993402362	2023-09-19	2024-11-09	Closed	Kirsty Green	Parent led	Child started school
102707	6030	Isla	Jones	2023-03-23	2	C	10	9994394676	2021-04-20	\N	Active	Robert Chapman	Universal	\N
102708	6030	David	Jones	1984-07-29	1	F	10	\N	2021-04-20	\N	Active	Robert Chapman	Stay and Play	\N
102709	6031	Siobhán	O'Neill	2018-09-24	2	C	11	9999890725	2020-12-16	2022-02-28	Closed	Jasleen Patel	Targeted - SW	Child started school
102710	6031	Niamh	O'Neill	2021-09-27	2	C	11	9993764752	2020-12-16	2022-02-28	Closed	Jasleen Patel	Stay and Play	Child started school
102711	6031	Patrick	O'Neill	2024-04-11	1	C	11	9997638786	2020-12-16	2022-02-28	Closed	Jasleen Patel	Targeted - HV	Child started school
102712	6031	Seán	O'NEILL	2024-04-11	1	C	11	9991512810	2020-12-16	2022-02-28	Closed	Jasleen Patel	Targeted - HV	Child started school
102713	6031	Victoria	Patel	1982-05-08	2	M	11	9992142669	2020-12-16	2022-02-28	Closed	Jasleen Patel	Targeted - SW	Child started school
102714	6031	Ciaran	O'Neill	1982-06-12	1	F	11	\N	2020-12-16	2022-02-28	Closed	Jasleen Patel	Targeted - HV	Child started school
102715	6032	Tomas	Kazlauskas	2021-09-17	1	C	13	9995481774	2022-05-17	\N	Active	Zoë Brown	Universal	\N
102716	6032	Ruta	Kazlauskas	2023-01-05	2	C	13	\N	2022-05-17	\N	Active	Zoë Brown	Stay and Play	\N
102717	6032	Mantas	Kazlauskas	2023-11-05	1	C	13	9993229830	2022-05-17	\N	Active	Zoë Brown	Universal	\N
102718	6032	Rūta	Kazlauskas	1996-03-04	2	M	13	9997733711	2022-05-17	\N	Active	Zoë Brown	Targeted - HV	\N
102719	6033	Oliver	Jones	2018-01-21	1	C	10	9994222074	2024-11-05	2025-03-19	Closed	Alexandra Popescu	Targeted - HV	Moved away
102720	6033	Amelia	Jones	2022-06-06	2	C	10	9998096103	2024-11-05	2025-03-19	Closed	Alexandra Popescu	Targeted - HV	Moved away
102721	6033	sarah	JONES	1983-07-16	2	M	10	\N	2024-11-05	2025-03-19	Closed	Alexandra Popescu	Stay and Play	Moved away
102722	6034	George	Hall	2022-10-26	1	C	10	9995214318	2023-03-22	\N	Active	Samantha McCarthy	Universal	\N
102723	6034	Hayley	Hall	1999-05-23	2	M	10	9993592226	2023-03-22	\N	Active	Samantha McCarthy	Stay and Play	\N
102724	6034	Michael	Hall	1997-08-24	0	F	99	9991940289	2023-03-22	\N	Active	Samantha McCarthy	Parent led	\N
102725	6035	Holly	TAYLOR	2018-05-05	2	C	10	9995939096	2024-12-11	\N	Active	Sana Hersi	Parent led	\N
102726	6035	Oliver	Atkinson	2024-06-03	1	C	10	9999813127	2024-12-11	\N	Active	Sana Hersi	Universal	\N
102727	6035	Emma	Taylor	1988-05-03	2	M	10	9998191033	2024-12-11	\N	Lapsed	Sana Hersi	Universal	\N
102728	6036	Olivia	Taylor	2031-08-07	2	C	10	\N	2024-08-02	2024-10-30	Closed	Jasleen Patel	Targeted - SW	Family request
102729	6036	Ethan	Taylor	2024-11-06	1	C	10	9994679392	2024-08-02	2024-10-30	Closed	Jasleen Patel	Targeted - HV	Family request
102730	6036	Miss Emma	Thompson	2005-03-11	2	M	10	9993057304	2024-08-02	2024-10-30	Closed	Jasleen Patel	Parent led	Family request
102731	6037	Freya	Morris	2021-05-08	2	C	10	9994049542	2023-03-06	2023-07-10	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102732	6037	Jack	Morris	2024-05-31	1	C	10	\N	2023-03-06	2023-07-10	Closed	Ayan Mohamed	Stay and Play	No longer attending
102733	6037	Sarah	Roberts	\N	2	M	10	9998553423	2023-03-06	2023-07-10	Closed	Ayan Mohamed	Targeted - HV	No longer attending
102734	6038	Gabriela	Popescu	2022-12-08	2	C	13	9991987460	2022-09-03	2023-03-30	Closed	Kirsty Green	Parent led	Child started school
102735	6038	Aan	STOICA	1985-09-15	2	M	99	\N	2022-09-03	2023-03-30	Closed	Kirsty Green	Targeted - SW	Child started school
102736	6039	Chloe	Byrne	2023-11-05	2	C	12	9997845978	2021-12-23	2022-04-07	Closed	Edward Williams	Targeted - HV	Family request
102737	6039	Sarah	Byrne	\N	2	M	12	9993971944	2021-12-23	2022-04-07	Closed	Edward Williams	Targeted - HV	Family request
102738	6040	Oliver	Smith	2020-12-07	1	C	10	9991090150	2023-03-11	\N	Active	Samantha McCarthy	Parent led	\N
102739	6040	Olivia	Smith	2024-01-20	2	C	10	9994964186	2023-03-11	\N	Active	Samantha McCarthy	Targeted - HV	\N
102740	6040	Lisa	Smith	1996-04-20	2	M	10	9997216121	2023-03-11	\N	Active	Samantha McCarthy	Universal	\N
102741	6041	Noah	Mitchell	2023-06-08	1	C	10	9999200605	2023-10-19	\N	Active	Jasleen Patel	Parent led	\N
102742	6041	Summer	Mitchell	2024-06-03	0	C	10	\N	2023-10-19	\N	Active	Jasleen Patel	Universal	\N
102743	6041	Courtney	Mitchell	2025-05-16	2	C	10	9996948668	2023-10-19	\N	Active	Jasleen Patel	Targeted - SW	\N
102744	6041	Leanne	Mitchell	1994-10-28	2	M	10	9991452540	2023-10-19	\N	Active	Jasleen Patel	Universal	\N
102745	6042	Mohammed	Mohammed	2017-05-01	1	C	41	9997940903	2024-01-01	\N	Active	Ayan Mohamed	Targeted - HV	\N
102746	6042	Aisha	Mohamed	1982-02-26	2	M	41	9996318818	2024-01-01	\N	Active	Ayan Mohamed	Parent led	\N
102747	6043	Amelia	Goodacre	2020-01-20	2	C	10	9998933145	2025-08-25	2025-12-31	Closed	Zoë Brown	Parent led	Moved away
102748	6043	Sarah	Jones	1995-10-04	2	M	10	\N	2025-08-25	2025-12-31	Closed	Zoë Brown	Parent led	Moved away
102749	6044	Ivy	Smith	2022-10-29	2	C	10	9994791656	2022-12-24	2023-10-17	Closed	Edward Williams	Stay and Play	Child started school
102750	6044	Catherine	Tennyson	1998-06-25	2	M	10	9997043596	2022-12-24	2023-10-17	Closed	Edward Williams	Targeted - SW	Child started school
102751	6044	David	Smith	1992-07-20	1	F	10	9990917620	2022-12-24	2023-10-17	Closed	Edward Williams	Targeted - SW	Child started school
102752	6045	Jessica	Cooper	2022-01-15	2	C	10	9999485391	2025-07-14	2025-12-31	Closed	Kirsty Green	Targeted - HV	Child started school
102753	6045	Holly	Cooper	2023-07-01	2	C	10	\N	2025-07-14	2025-12-31	Closed	Kirsty Green	Parent led	Child started school
102754	6045	Laura	Cooper	1990-11-18	0	M	10	\N	2025-07-14	2025-12-31	Closed	Kirsty Green	Universal	Child started school
102755	6046	Katarzyna	Zieliński	2022-01-23	2	C	13	9992099720	2020-09-20	2021-03-21	Closed	Gary Walker	Universal	Child started school
102756	6046	Anna	Zieliński	2023-07-01	2	C	13	9995973758	2020-09-20	2021-03-21	Closed	Gary Walker	Stay and Play	Child started school
102757	6046	Małgorzata	Zielinski	2025-05-17	2	C	13	9999847781	2020-09-20	2021-03-21	Closed	Gary Walker	Targeted - SW	Child started school
102758	6046	Magdalena	Zieliński	2025-05-17	2	C	13	9993721816	2020-09-20	2021-03-21	Closed	Gary Walker	Universal	Child started school
102759	6046	Agnieszka	Zieliński	1987-12-15	2	M	13	9998225698	2020-09-20	2021-03-21	Closed	Gary Walker	Targeted - HV	Child started school
102760	6047	Olivia	Turner	2021-09-21	2	C	10	9992462116	2024-11-10	2025-11-08	Closed	Ayan Mohamed	Stay and Play	No longer attending
102761	6047	Gemma	WILSON	2003-06-14	2	M	10	\N	2024-11-10	2025-11-08	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102762	6048	Henry	Anderson	2022-03-15	1	C	10	9992557044	2024-11-13	2025-12-31	Closed	Darius Kazlauskas	Parent led	Child started school
102763	6048	Olivia	Anderson	2025-11-30	2	C	10	9990305102	2024-11-13	2025-12-31	Closed	Darius Kazlauskas	Targeted - SW	Child started school
102764	6048	Fiona	Anderson	1996-07-13	2	M	99	9998683017	2024-11-13	2025-12-31	Closed	Darius Kazlauskas	Universal	Child started school
102765	6049	Katarzyna	Wi?niewski	2021-06-13	2	C	13	9993911674	2024-08-13	\N	Active	Gary Walker	Stay and Play	\N
102766	6049	Wiśniewski	Julia	2023-01-05	2	C	13	9997785703	2024-08-13	\N	Active	Gary Walker	Universal	\N
102767	6049	Piotr	Wi?niewski	2025-07-28	1	C	13	9991659730	2024-08-13	\N	Active	Gary Walker	Stay and Play	\N
102768	6049	Joana	Kaminski	1983-12-03	2	M	13	\N	2024-08-13	\N	Active	Gary Walker	Parent led	\N
102769	6050	Bradley	Smith	2021-11-24	1	C	10	9996888398	2020-11-04	2021-08-16	Closed	Margaret Williams	Stay and Play	Family request
102770	6050	Jennifer	Smith	1983-02-05	2	M	10	9997518241	2020-11-04	2021-08-16	Closed	Margaret Williams	Stay and Play	Family request
102771	6051	Olivia	Shaw	2020-06-11	2	C	10	9990132577	2024-07-15	2025-05-14	Closed	Kirsty Green	Targeted - SW	No longer attending
102772	6051	Eleanor	Shaw	2021-07-11	2	C	10	9994006606	2024-07-15	2025-05-14	Closed	Kirsty Green	Parent led	No longer attending
102773	6051	Lisa	Shaw	2000-07-31	2	M	10	\N	2024-07-15	2025-05-14	Closed	Kirsty Green	Targeted - HV	No longer attending
102774	6051	Thomas	Shaw	1995-04-20	1	F	10	9992384514	2024-07-15	2025-05-14	Closed	Kirsty Green	Parent led	No longer attending
102775	6052	Phoebe	Robinson	2021-01-11	2	C	40	9994368990	2021-12-02	\N	Active	Sarah Evans	Universal	\N
102776	6052	Olivia	Robinson	2022-02-13	2	C	40	9998243025	2021-12-02	\N	Active	Sarah Evans	Targeted - SW	\N
102777	6052	Sarah	Martin	1992-06-19	2	M	40	9998872871	2021-12-02	\N	Active	Sarah Evans	Targeted - HV	\N
102778	6053	Olivia	WILLIAMS	2019-03-21	2	C	10	9993739146	2023-06-29	2024-09-08	Closed	Jasleen Patel	Targeted - HV	Family request
102779	6053	Paige	Williams	2025-01-20	2	C	10	\N	2023-06-29	2024-09-08	Closed	Jasleen Patel	Universal	Family request
102780	6053	Cerys	Price	2001-05-05	2	M	10	9992117052	2023-06-29	2024-09-08	Closed	Jasleen Patel	Parent led	Family request
102781	6053	Rhys	Williams	1998-10-02	1	F	10	9999865119	2023-06-29	2024-09-08	Closed	Jasleen Patel	Universal	Family request
102782	6054	Kieran	Morris	2017-04-20	1	C	10	9991849599	2023-10-09	\N	Active	Sana Hersi	Parent led	\N
102783	6054	Sarah	Holmes	1992-12-16	2	M	10	9996353478	2023-10-09	\N	Active	Sana Hersi	Targeted - HV	\N
102784	6054	Benjamin	Morris	1991-06-05	1	F	10	9990227500	2023-10-09	\N	Active	Sana Hersi	Universal	\N
102785	6055	Twomas	Ahmed	2025-11-04	1	C	22	\N	2023-10-13	2025-01-10	Closed	Margaret Williams	Targeted - SW	Moved away
102786	6055	Laura	Butkus	1989-12-16	2	M	13	9991219749	2023-10-13	2025-01-10	Closed	Margaret Williams	Targeted - SW	Moved away
102787	6055	Abdullah	Ahmed	1991-01-17	1	SF	31	9997973259	2023-10-13	2025-01-10	Closed	Margaret Williams	Stay and Play	Moved away
102788	6056	Rūta	Jankauskas 	2018-03-13	2	C	13	9996810798	2024-04-29	2024-12-26	Closed	Sarah Evans	Targeted - SW	Child started school
102789	6056	Mantas	Jankauskas	2021-03-19	1	C	13	9990684820	2024-04-29	2024-12-26	Closed	Sarah Evans	Stay and Play	Child started school
102790	6056	Jurgita	Jankauskas	1991-05-22	2	M	13	9999062733	2024-04-29	2024-12-26	Closed	Sarah Evans	Parent led	Child started school
102791	6057	George	Harris	2023-07-04	1	C	10	9998985137	2020-01-28	2020-07-01	Closed	Margaret Williams	Universal	No longer attending
102792	6057	Olivia	Harris	2025-04-16	2	C	10	9992859164	2020-01-28	2020-07-01	Closed	Margaret Williams	Stay and Play	No longer attending
102793	6057	Victoria	Wilson	2002-12-20	2	M	10	9991237070	2020-01-28	2020-07-01	Closed	Margaret Williams	Stay and Play	No longer attending
102794	6058	Benjamin	Smith	2024-03-30	1	C	10	\N	2024-01-18	2025-06-08	Closed	Robert Chapman	Stay and Play	No longer attending
102795	6058	Sarah	Smith	2001-02-17	2	M	10	9990607222	2024-01-18	2025-06-08	Closed	Robert Chapman	Stay and Play	No longer attending
102796	6059	Theodore	SMITH	2021-06-08	1	C	10	9990969612	2020-02-04	\N	Active	Sana Hersi	Targeted - SW	\N
102797	6059	Jade	Smith	1982-02-20	2	M	10	9999347525	2020-02-04	\N	Active	Sana Hersi	Universal	\N
102798	6060	Ollie	Williams	2022-02-17	1	C	10	9991961852	2025-10-27	2025-12-31	Closed	Robert Chapman	Parent led	No longer attending
102799	6061	Aoife	O'Sullivan	2019-07-07	2	C	11	9993946338	2025-01-22	\N	Lapsed	Zofia Zieliński	Targeted - HV	\N
102800	6061	Martin	O'Sullivan	2022-06-03	1	C	11	\N	2025-01-22	\N	Active	Zofia Zieliński	Parent led	\N
102801	6061	Mary	KELLY	1993-06-21	2	M	11	9990072302	2025-01-22	\N	Active	Zofia Zieliński	Stay and Play	\N
102802	6062	Kai	Cook	2023-08-12	1	C	10	9991426930	2022-11-14	\N	Active	Rachel Atkinson	Targeted - HV	\N
102803	6062	Sarah	Cook	2004-02-29	2	M	10	9993678872	2022-11-14	\N	Lapsed	Rachel Atkinson	Parent led	\N
102804	6063	Krzysztof	Wójcik	2023-05-20	1	C	13	9992419172	2025-09-06	2025-12-31	Closed	Kirsty Green	Universal	Child started school
102805	6063	Agnieszka	Nowak	1987-10-02	2	M	13	9990797080	2025-09-06	2025-12-31	Closed	Kirsty Green	Stay and Play	Child started school
102806	6063	Krzysztof	Wójcik	1988-01-05	1	F	13	9994671111	2025-09-06	2025-12-31	Closed	Kirsty Green	Targeted - SW	Child started school
102807	6064	Oscar	Robinson  	2019-11-30	1	C	10	9997915291	2025-10-02	2025-12-31	Closed	James Jones	Universal	Child started school
102808	6064	Harry	Robinson	2021-07-05	1	C	10	9991789324	2025-10-02	2025-12-31	Closed	James Jones	Parent led	Child started school
102809	6064	Isabella	Robinson	2024-03-04	2	C	10	9999537383	2025-10-02	2025-12-31	Closed	James Jones	Targeted - SW	Child started school
102810	6065	Olivia	Jones	2017-04-30	2	C	10	9992781564	2025-05-25	\N	Lapsed	Samantha McCarthy	Targeted - SW	\N
102811	6065	Ivy	Jones	2022-03-05	2	C	10	9996655598	2025-05-25	\N	Active	Samantha McCarthy	Parent led	\N
102812	6065	Cerys	Jones	1995-10-27	2	M	10	9998907535	2025-05-25	\N	Active	Samantha McCarthy	Parent led	\N
102813	6066	Oliver	Smith	2022-08-13	1	C	40	9990262160	2022-09-16	\N	Active	Jasleen Patel	Stay and Play	\N
102814	6066	David	Smith	1998-04-04	1	F	40	9996388131	2022-09-16	\N	Active	Jasleen Patel	Universal	\N
102815	6067	Florence	Robinson	2022-05-17	2	C	10	9998010225	2022-12-01	\N	Active	James Jones	Stay and Play	\N
102816	6067	Emma	Rippon	1989-06-24	2	M	10	9994136194	2022-12-01	\N	Active	James Jones	Targeted - HV	\N
102817	6068	Ava	Lee	2020-07-26	2	C	10	\N	2025-11-16	\N	Active	Rachel Atkinson	Universal	\N
102818	6068	Joanne	Lee	1995-04-14	2	M	10	9998342615	2025-11-16	\N	Active	Rachel Atkinson	Stay and Play	\N
102819	6068	David	Lee	1992-02-20	1	F	10	9992246642	2025-11-16	\N	Active	Rachel Atkinson	Parent led	\N
102820	6069	Ivy	Murphy 	2022-02-02	2	C	12	9996483061	2022-06-26	\N	Active	Sana Hersi	Stay and Play	\N
102821	6069	Murphy	Laura	1990-04-21	2	M	12	9992609036	2022-06-26	\N	Active	Sana Hersi	Universal	\N
102822	6070	Ieva	Kazlauskas	2025-05-07	2	C	99	9992971428	2023-05-19	\N	Active	Ayan Mohamed	Universal	\N
102823	6070	R?ta	Kazlauskas	1990-08-12	2	M	13	9999097391	2023-05-19	\N	Active	Ayan Mohamed	Targeted - SW	\N
102824	6071	Ivy	Smith	2018-07-08	2	C	10	9998467543	2022-07-17	\N	Active	Robert Chapman	Universal	\N
102825	6071	Fiona	Smith	1991-12-26	2	M	10	9996845451	2022-07-17	\N	Active	Robert Chapman	Targeted - HV	\N
102826	6072	Oliver	Johnson	2024-04-04	1	C	10	9996215601	2025-10-07	2025-12-31	Closed	Elizabeth Wright	Universal	Family request
102827	6072	Maisie	Johnson	2006-03-09	2	M	10	\N	2025-10-07	2025-12-31	Closed	Elizabeth Wright	Targeted - SW	Family request
102828	6073	Riley	Smith	2023-01-20	1	C	10	\N	2022-04-18	2022-11-07	Closed	Sarah Evans	Universal	No longer attending
102829	6073	Olivia	Smith	2023-11-28	2	C	10	9995585758	2022-04-18	2022-11-07	Closed	Sarah Evans	Universal	No longer attending
102830	6073	Lisa	Smith	2000-02-28	2	M	10	9990089639	2022-04-18	2022-11-07	Closed	Sarah Evans	Targeted - HV	No longer attending
102831	6073	Mr Daniel	Simth	1996-12-12	1	F	10	9993963666	2022-04-18	2022-11-07	Closed	Sarah Evans	Universal	No longer attending
102832	6074	Katarzyna	Morris	2021-05-08	2	C	13	9998562473	2021-07-07	2022-11-09	Closed	Zoë Brown	Parent led	Family request
102833	6074	Jakub	Morris	2024-02-28	1	C	13	\N	2021-07-07	2022-11-09	Closed	Zoë Brown	Universal	Family request
102834	6075	Olivia	Davies	2017-11-03	2	C	10	9997932625	2025-07-15	\N	Active	Edward Williams	Targeted - HV	\N
102835	6075	Ruby	Davies	2021-01-24	2	C	99	9995680688	2025-07-15	\N	Active	Edward Williams	Targeted - HV	\N
102836	6075	Sarah	Davies	1978-07-27	2	M	10	9996310531	2025-07-15	\N	Active	Edward Williams	Parent led	\N
102837	6075	Alexander	Cooper	1971-06-13	1	F	10	9990184569	2025-07-15	\N	Active	Edward Williams	Parent led	\N
102838	6076	Theodore	McLean	2025-08-21	1	C	10	9999917100	2025-11-10	2025-12-31	Closed	Jasleen Patel	Targeted - HV	Child started school
102839	6076	Fiona	Sinclair	\N	2	M	10	9998295017	2025-11-10	2025-12-31	Closed	Jasleen Patel	Universal	Child started school
102840	6077	Alfie	Martin	2021-09-17	1	C	10	9991539190	2022-02-08	2022-09-19	Closed	Sana Hersi	Targeted - SW	Child started school
102841	6077	Stacey	Martin	1988-10-29	2	M	10	9997665163	2022-02-08	2022-09-19	Closed	Sana Hersi	Stay and Play	Child started school
102842	6078	Henry	Jackson	2021-08-04	1	C	10	9991271732	2023-06-12	\N	Active	Ayan Mohamed	Universal	\N
102843	6078	Isla	Jackson	2022-11-25	2	C	10	9995145766	2023-06-12	\N	Active	Ayan Mohamed	Stay and Play	\N
102844	6078	Olivia	Jackson	2024-05-17	2	C	10	9992893826	2023-06-12	\N	Active	Ayan Mohamed	Universal	\N
102845	6078	Lisa	Jackson	1986-09-07	2	M	10	9997397703	2023-06-12	\N	Lapsed	Ayan Mohamed	Parent led	\N
102846	6079	Jurgita	Petrauskas	2024-03-29	2	C	13	9992263970	2020-02-20	2020-05-22	Closed	Sarah Evans	Targeted - SW	Child started school
102847	6079	Emilija	Stankevicius	2001-09-17	2	M	13	9998389941	2020-02-20	2020-05-22	Closed	Sarah Evans	Universal	Child started school
102848	6080	Katarzyna	Szyma?ski	2025-03-31	2	C	13	9990012032	2021-07-27	2021-10-23	Closed	Robert Chapman	Targeted - SW	Family request
102849	6080	Katarzyna	Szymański	2001-02-09	2	M	13	9996138003	2021-07-27	2021-10-23	Closed	Robert Chapman	Parent led	Family request
102850	6081	Leo	Jones	2024-01-23	1	C	10	9994878301	2022-06-16	\N	Active	Margaret Williams	Parent led	\N
102851	6081	Sian	Jones	2002-06-03	2	M	10	9997130243	2022-06-16	\N	Active	Margaret Williams	Universal	\N
102852	6081	Rhys	Jnes	1999-05-08	1	F	10	9991004270	2022-06-16	\N	Active	Margaret Williams	Universal	\N
102853	6082	Murphy	Saoirse	2025-01-08	2	C	11	9993980994	2024-12-18	2025-11-05	Closed	Zofia Zieliński	Parent led	Moved away
102854	6082	Róisín	Murphy	1994-03-06	2	M	11	9998484871	2024-12-18	2025-11-05	Closed	Zofia Zieliński	Parent led	Moved away
102855	6082	Shiobhán	Murphy	1964-12-29	2	G	11	9997855027	2024-12-18	2025-11-05	Closed	Zofia Zieliński	Targeted - HV	Moved away
102856	6083	Oliver	Parker	2020-03-21	1	C	10	9999477119	2024-06-04	\N	Active	Robert Chapman	Targeted - HV	\N
102857	6083	Theodore	Parker	2021-11-23	1	C	10	\N	2024-06-04	\N	Active	Robert Chapman	Universal	\N
102858	6083	Sarah	Parker	1994-11-19	2	M	10	9991729054	2024-06-04	\N	Active	Robert Chapman	Universal	\N
102859	6084	Lukas	Kazlauskas	2021-08-15	1	C	13	9992281308	2024-02-15	2025-05-01	Closed	Ayan Mohamed	Targeted - HV	No longer attending
102860	6084	Rūta	Kazlauskas	1988-01-01	2	M	13	9990659214	2024-02-15	2025-05-01	Closed	Ayan Mohamed	Targeted - HV	No longer attending
102861	6084	Mantas	Kazlauskas	1990-01-29	1	F	13	9998407273	2024-02-15	2025-05-01	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102862	6085	Tomas	Butkus	2025-11-14	1	C	13	9997337433	2021-06-24	\N	Active	Emma Smith	Universal	\N
102863	6085	Emilija	Zukauskas	2001-12-27	2	M	13	9995715341	2021-06-24	\N	Active	Emma Smith	Parent led	\N
102864	6086	Gabriela	Popescu	2017-08-17	2	C	13	9998959527	2023-12-13	2024-06-30	Closed	Sarah Evans	Stay and Play	Child started school
102865	6087	Lily	Smith	2024-03-24	2	C	10	9997699823	2023-07-01	2024-03-30	Closed	Gary Walker	Parent led	No longer attending
102866	6087	Sarah	Smith	1987-03-04	2	M	10	9993825794	2023-07-01	2024-03-30	Closed	Gary Walker	Targeted - HV	No longer attending
102867	6088	Olivia	Morris	2024-01-09	2	C	10	9994818031	2023-03-13	\N	Active	Edward Williams	Targeted - HV	\N
102868	6088	Kelly	Cartwright	1995-11-08	9	M	10	9990944008	2023-03-13	\N	Active	Edward Williams	Parent led	\N
102869	6089	Florence (Flo)	Smith	2021-05-16	2	C	10	9996440125	2024-11-30	\N	Active	Zoë Brown	Targeted - SW	\N
102870	6089	Leanne	Wilson	1991-07-27	2	M	10	9998692067	2024-11-30	\N	Active	Zoë Brown	Stay and Play	\N
102871	6090	Oliver	Walker	2025-07-10	1	C	10	9993558338	2025-01-31	2025-05-26	Closed	Chloé Davies	Parent led	No longer attending
102872	6090	Hayley	Kaminski	2005-07-29	2	M	10	9995810271	2025-01-31	2025-05-26	Closed	Chloé Davies	Universal	No longer attending
102873	6091	Mei	Wang	2024-12-25	2	C	50	9990046697	2022-09-20	\N	Active	James Jones	Targeted - HV	\N
102874	6091	Li Na	Wang	2005-11-06	2	M	50	\N	2022-09-20	\N	Active	James Jones	Parent led	\N
102875	6092	Harry	White	2018-07-17	1	C	10	9993290874	2020-01-18	\N	Active	Ayan Mohamed	Universal	\N
102876	6092	Leo	Wkhite	2021-10-18	1	C	10	9997164903	2020-01-18	\N	Active	Ayan Mohamed	Universal	\N
102877	6093	Phoebe	Smith	2018-12-21	2	C	10	9998157145	2024-12-12	\N	Active	Edward Williams	Targeted - SW	\N
102878	6093	Zoe	Martin	1999-11-01	2	M	10	9990409080	2024-12-12	\N	Active	Edward Williams	Targeted - HV	\N
102879	6094	 Isabella	Davies	2018-05-05	2	C	99	9994645501	2020-11-25	\N	Active	Margaret Williams	Universal	\N
102880	6094	Grace	Davies	2022-03-18	2	C	10	9998519535	2020-11-25	\N	Lapsed	Margaret Williams	Stay and Play	\N
102881	6094	Olivia	Davies	2023-05-01	2	C	10	9992393564	2020-11-25	\N	Active	Margaret Williams	Stay and Play	\N
102882	6094	Sarah	Smith	1996-06-05	2	M	10	9996897443	2020-11-25	\N	Active	Margaret Williams	Targeted - SW	\N
102883	6094	David	DAVIES	1993-12-11	1	F	10	\N	2020-11-25	\N	Active	Margaret Williams	Universal	\N
102884	6095	Tomas	Urbonas	2024-03-07	1	C	13	9997622227	2024-03-17	\N	Active	Gary Walker	Universal	\N
102885	6095	Laura	Urbonas	1994-12-24	2	M	13	9993748196	2024-03-17	\N	Active	Gary Walker	Stay and Play	\N
102886	6096	Grace	Wright	2022-02-19	2	C	10	9998347009	2024-04-08	\N	Active	Margaret Williams	Targeted - SW	\N
102887	6096	Leanne	Walker	1991-11-05	2	M	10	9994472976	2024-04-08	\N	Active	Margaret Williams	Targeted - SW	\N
102888	6097	Floyence	Smith	2023-02-20	2	C	10	9991591184	2023-03-19	\N	Active	Jasleen Patel	Parent led	\N
102889	6097	Gemma	Shaw	2000-02-06	2	M	10	9993843121	2023-03-19	\N	Active	Jasleen Patel	Targeted - SW	\N
102890	6097	Gary	Smith	1997-11-18	1	F	10	9997717155	2023-03-19	\N	Active	Jasleen Patel	Targeted - SW	\N
102891	6098	George	Smith  	2024-12-29	1	C	10	9999434177	2024-11-27	\N	Active	Jasleen Patel	Universal	\N
102892	6098	Zoë	Williams	2003-08-19	2	M	10	9991686118	2024-11-27	\N	Active	Jasleen Patel	Universal	\N
102893	6099	amelia	SMITH	2025-01-05	2	C	10	9995922533	2021-03-29	\N	Active	Kirsty Green	Parent led	\N
102894	6099	Sarah	Williams	1982-05-20	2	M	10	9998174473	2021-03-29	\N	Active	Kirsty Green	Targeted - HV	\N
102895	6099	Matthew	Smith	1982-06-17	1	SF	10	9996439356	2021-03-29	\N	Active	Kirsty Green	Targeted - SW	\N
102896	6100	Olivia	Wiśniewski	2019-01-31	2	C	10	\N	2023-07-06	\N	Active	Gary Walker	Stay and Play	\N
102897	6100	Sarah	Jones	1979-01-26	2	M	10	9996284921	2023-07-06	\N	Active	Gary Walker	Targeted - SW	\N
102898	6101	Willow	Smith	2025-04-25	2	C	10	9998269407	2025-08-12	\N	Active	Gary Walker	Targeted - HV	\N
102899	6101	Olivia	Smith	2006-11-03	2	M	10	9990521344	2025-08-12	\N	Active	Gary Walker	Universal	\N
102900	6101	Stephen	Clark	2002-07-07	1	F	10	\N	2025-08-12	\N	Lapsed	Gary Walker	Targeted - SW	\N
102901	6102	Liz	Jones	2022-11-03	2	C	10	9991970908	2020-10-08	2021-04-24	Closed	Chloé Davies	Targeted - HV	Moved away
102902	6102	Megan	Jones	2003-04-18	2	M	10	9998096871	2020-10-08	2021-04-24	Closed	Chloé Davies	Parent led	Moved away
102903	6103	Isabella	Smith	2025-09-17	2	C	10	9995310015	2024-04-28	\N	Active	Stacey Shaw	Targeted - SW	\N
102904	6103	Smith	Sarah	1999-08-13	2	M	10	9997561953	2024-04-28	\N	Active	Stacey Shaw	Stay and Play	\N
102905	6104	Oliver	Taylor	2021-03-29	1	C	10	\N	2024-06-29	2025-09-02	Closed	Rachel Atkinson	Targeted - SW	No longer attending
102906	6104	Freya	Taylor	2022-05-21	2	C	10	9996932109	2024-06-29	2025-09-02	Closed	Rachel Atkinson	Stay and Play	No longer attending
102907	6104	Callum	Taylor	2023-07-04	1	C	10	9990806136	2024-06-29	2025-09-02	Closed	Rachel Atkinson	Parent led	No longer attending
102908	6104	Nicola	Taylor	1986-01-03	2	M	10	9999184049	2024-06-29	2025-09-02	Closed	Rachel Atkinson	Targeted - SW	No longer attending
102909	6105	Liam	Holmes	2021-06-11	1	C	10	9995137488	2023-01-05	\N	Active	Sarah Evans	Targeted - HV	\N
102910	6105	Emma	Holmes	1975-03-11	2	M	10	9999641369	2023-01-05	\N	Active	Sarah Evans	Targeted - SW	\N
102911	6106	Thomas	Atkinson	2022-09-17	1	C	10	9990995990	2025-04-05	\N	Active	Emma Smith	Targeted - HV	\N
102912	6106	Claire	Atkinson	\N	2	M	10	9997121961	2025-04-05	\N	Lapsed	Emma Smith	Targeted - HV	\N
102913	6107	Harry	Waterfall	2025-10-18	1	C	10	9998114209	2023-04-15	2023-09-25	Closed	James Jones	Stay and Play	Child started school
102914	6107	Rachel	Waterfall	2001-04-13	2	M	99	9996492117	2023-04-15	2023-09-25	Closed	James Jones	Universal	Child started school
102915	6107	Paul	Waterfall	2001-06-09	1	F	10	9990366144	2023-04-15	2023-09-25	Closed	James Jones	Targeted - SW	Child started school
102916	6108	Oliver	Krawczyk	2023-12-27	1	C	10	9999736297	2023-11-11	2023-12-29	Closed	Edward Williams	Targeted - SW	Moved away
102917	6108	Sarah	Krawczyk	1993-03-31	2	M	10	9991988238	2023-11-11	2023-12-29	Closed	Edward Williams	Targeted - HV	Moved away
102918	6108	Piotr	Krawczyk	1989-07-25	1	F	13	9995862263	2023-11-11	2023-12-29	Closed	Edward Williams	Universal	Moved away
102919	6109	Hussain	Abdirahman	2022-09-08	1	C	99	9998304067	2024-03-01	2025-05-24	Closed	James Jones	Targeted - HV	Family request
102920	6109	Fatima	Khan	1995-07-18	2	M	32	9992807946	2024-03-01	2025-05-24	Closed	James Jones	Universal	Family request
102921	6110	Ming	Wang	2021-04-21	1	C	50	9993627658	2021-04-29	\N	Active	Jasleen Patel	Universal	\N
102922	6110	Mei	Chen	1988-10-27	2	M	50	9992005564	2021-04-29	\N	Active	Jasleen Patel	Targeted - SW	\N
102923	6111	Harry	Jones	2017-04-02	1	C	10	9999123775	2024-01-30	2024-07-03	Closed	Kirsty Green	Parent led	Child started school
102924	6111	Elizabeth	Jones	1992-12-13	2	M	10	9991375716	2024-01-30	2024-07-03	Closed	Kirsty Green	Targeted - SW	Child started school
102925	6112	Daisy	Lewis	2023-12-01	2	C	10	9997234227	2023-12-03	2024-12-31	Closed	Samantha McCarthy	Stay and Play	Child started school
102926	6112	Lewis	Freya	2024-10-18	2	C	10	9991108254	2023-12-03	2024-12-31	Closed	Samantha McCarthy	Targeted - SW	Child started school
102927	6112	Cerys	Lewis	1988-02-03	2	M	10	9993360198	2023-12-03	2024-12-31	Closed	Samantha McCarthy	Universal	Child started school
102928	6113	George	Smith	2018-05-31	1	C	20	9992100494	2020-02-03	\N	Active	Emma Smith	Stay and Play	\N
102929	6113	Sophia	Smith	2023-09-19	2	C	99	9995974525	2020-02-03	\N	Lapsed	Emma Smith	Universal	\N
102930	6113	Stacey	Johnson	1981-08-04	2	M	10	9994552431	2020-02-03	\N	Active	Emma Smith	Parent led	\N
102931	6113	Robert	SMITH	1974-10-15	1	F	40	9998226465	2020-02-03	\N	Active	Emma Smith	Targeted - HV	\N
102932	6114	Nathan	Harris	2023-04-29	1	C	10	\N	2020-08-13	2021-12-25	Closed	Stacey Shaw	Stay and Play	No longer attending
102933	6114	Sarah	Robinson	1995-09-25	2	M	10	9994714821	2020-08-13	2021-12-25	Closed	Stacey Shaw	Parent led	No longer attending
102934	6114	Craig	Harris	1997-05-02	1	F	10	9998588855	2020-08-13	2021-12-25	Closed	Stacey Shaw	Targeted - SW	No longer attending
102935	6115	Olivia	Taylor	2017-06-08	2	C	10	9998951240	2023-06-29	2024-01-10	Closed	Robert Chapman	Stay and Play	Child started school
102936	6115	Emma	Davies	1993-03-29	2	M	10	9997329155	2023-06-29	2024-01-10	Closed	Robert Chapman	Targeted - SW	Child started school
102937	6116	Ava	Taylor	2024-10-11	0	C	10	9997061691	2022-08-19	\N	Active	Elizabeth Wright	Targeted - SW	\N
102938	6116	Emma	SMITH	2004-11-30	2	M	10	9909313639	2022-08-19	\N	Active	Elizabeth Wright	Stay and Play	\N
102939	6117	Benjamin	King	2021-07-02	1	C	10	9991393048	2023-03-09	\N	Active	Jasleen Patel	Targeted - HV	\N
102940	6117	Sarah	King	1977-02-05	2	M	10	9995896923	2023-03-09	\N	Active	Jasleen Patel	Targeted - SW	\N
102941	6118	William	Wilson	2019-03-14	1	C	10	9995629461	2025-05-01	\N	Active	Zofia Zieliński	Targeted - HV	\N
102942	6118	George	Wilson	2025-10-23	1	C	10	9997251555	2025-05-01	\N	Active	Zofia Zieliński	Parent led	\N
102943	6118	Sarah	Wilson	1983-05-08	2	M	10	\N	2025-05-01	\N	Active	Zofia Zieliński	Parent led	\N
102944	6119	Mia	Smith	2018-12-21	2	C	40	9990495734	2020-10-08	\N	Active	Rachel Atkinson	Targeted - SW	\N
102945	6119	Danielle	Smith	1986-02-14	2	M	99	9991125582	2020-10-08	\N	Active	Rachel Atkinson	Parent led	\N
102946	6119	David	Smith	1978-07-23	1	F	40	9994999613	2020-10-08	\N	Lapsed	Rachel Atkinson	Parent led	\N
102947	6120	Callum	 Williams	2021-12-05	1	C	10	9997613945	2022-04-26	\N	Active	Zofia Zieliński	Parent led	\N
102948	6120	Leo	Williams	2025-03-23	1	C	10	9991487972	2022-04-26	\N	Active	Zofia Zieliński	Targeted - SW	\N
102949	6120	Emma	Smith	1988-11-08	2	M	10	9995991853	2022-04-26	\N	Active	Zofia Zieliński	Stay and Play	\N
102950	6121	Niamh	Wad	2018-06-03	2	C	11	9999598420	2024-04-20	\N	Active	Chloé Davies	Stay and Play	\N
102951	6121	Martin	Ward	2019-07-05	1	C	11	9997346483	2024-04-20	\N	Active	Chloé Davies	Parent led	\N
102952	6121	Pat	Ward	2022-10-20	1	C	11	9991220518	2024-04-20	\N	Active	Chloé Davies	Targeted - SW	\N
102953	6121	Caitlin	Ward	1996-07-29	2	M	11	9995724391	2024-04-20	\N	Active	Chloé Davies	Targeted - SW	\N
102954	6122	Summer	Clark	2018-03-24	2	C	10	9990590664	2021-10-22	2022-08-13	Closed	Robert Chapman	Stay and Play	Moved away
102955	6122	Leanne	Celark	1986-08-29	2	M	10	9996716635	2021-10-22	2022-08-13	Closed	Robert Chapman	Targeted - SW	Moved away
102956	6123	Oliver	SMITH	2025-04-21	1	C	10	9998338727	2020-05-20	2020-11-09	Closed	Emma Smith	Parent led	Moved away
102957	6123	Rachel	Smith	1990-12-14	2	M	10	9994464698	2020-05-20	2020-11-09	Closed	Emma Smith	Universal	Moved away
102958	6124	Abigail	McLean	2018-01-16	2	C	10	9999960812	2025-06-21	\N	Active	Rachel Atkinson	Targeted - HV	\N
102959	6124	Fiona	McLean	1986-06-10	2	M	10	9992212756	2025-06-21	\N	Active	Rachel Atkinson	Targeted - HV	\N
102960	6125	Olivier	Green	2017-11-19	1	C	40	9994827081	2022-11-12	\N	Lapsed	Elizabeth Wright	Targeted - SW	\N
102961	6125	Emily	Green	2021-09-06	2	C	40	9998701112	2022-11-12	\N	Active	Elizabeth Wright	Universal	\N
102962	6125	Sarah	Robinson	1982-05-09	2	M	40	9997079027	2022-11-12	\N	Active	Elizabeth Wright	Stay and Play	\N
102963	6125	Michael	Robinson	1980-12-31	1	F	40	9990953058	2022-11-12	\N	Lapsed	Elizabeth Wright	Targeted - HV	\N
102964	6126	Alexandru	Rusu	2018-09-16	1	C	13	9996811565	2022-04-20	2022-05-11	Closed	James Jones	Targeted - HV	Moved away
102965	6126	Bianca	Rusu	1995-12-11	2	M	13	9997441419	2022-04-20	2022-05-11	Closed	James Jones	Targeted - HV	Moved away
102966	6127	Maria	Rusu	2024-05-05	2	C	13	9997268881	2020-03-25	\N	Active	Zofia Zieliński	Targeted - SW	\N
102967	6127	Andreea	Dumitru (n?e Rusu)	2005-05-26	2	M	13	9999520820	2020-03-25	\N	Active	Zofia Zieliński	Parent led	\N
102968	6127	Andrei	Dumitru	1997-09-14	1	F	13	9993394858	2020-03-25	\N	Active	Zofia Zieliński	Stay and Play	\N
102969	6128	Harper	Williams	2023-03-09	2	C	99	9993127396	2023-05-19	2023-09-29	Closed	Kirsty Green	Targeted - HV	No longer attending
102970	6128	Sophia	Williams	2024-01-10	2	C	10	9997001427	2023-05-19	2023-09-29	Closed	Kirsty Green	Stay and Play	No longer attending
102971	6128	Sarah	Williams	1989-02-28	2	M	10	9995379333	2023-05-19	2023-09-29	Closed	Kirsty Green	Targeted - HV	No longer attending
102972	6129	Daria	Constantin	2018-04-19	2	C	13	9998356059	2024-08-15	\N	Active	Edward Williams	Targeted - HV	\N
102973	6129	Andrei	Constantin	2022-07-08	1	C	13	9992230088	2024-08-15	\N	Lapsed	Edward Williams	Targeted - HV	\N
102974	6129	Ștefan	Constantin	2024-03-28	1	C	13	9996104117	2024-08-15	\N	Active	Edward Williams	Targeted - SW	\N
102975	6129	Maria	Matei	1980-01-06	2	M	13	9996733963	2024-08-15	\N	Active	Edward Williams	Stay and Play	\N
102976	6130	Sophia	Jackson	2022-02-04	2	C	10	9997096355	2023-01-25	\N	Active	Edward Williams	Targeted - SW	\N
102977	6130	Joshua	Jackson	2025-02-02	1	C	10	9990970386	2023-01-25	\N	Active	Edward Williams	Targeted - SW	\N
102978	6130	Lisa	Jackson	1985-12-03	2	M	10	9993222321	2023-01-25	\N	Active	Edward Williams	Targeted - SW	\N
102979	6131	Olivia	Davies	2022-03-30	2	C	10	9996466507	2021-07-11	2022-04-21	Closed	Ayan Mohamed	Stay and Play	No longer attending
102980	6131	Oliver (Ollie)	Davies	2024-03-05	1	C	10	9990340536	2021-07-11	2022-04-21	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102981	6131	Grace	Davies	2025-04-13	2	C	10	9998088593	2021-07-11	2022-04-21	Closed	Ayan Mohamed	Universal	No longer attending
102982	6131	Kerry	Davies	1986-06-18	2	M	10	9992592478	2021-07-11	2022-04-21	Closed	Ayan Mohamed	Targeted - SW	No longer attending
102983	6132	Sophia	Winter	2023-01-31	2	C	10	\N	2022-04-03	2023-09-13	Closed	Ayan Mohamed	Universal	Child started school
102984	6132	Stacey	Jones	1998-06-25	2	M	99	9995836653	2022-04-03	2023-09-13	Closed	Ayan Mohamed	Stay and Play	Child started school
102985	6132	Laura	Jones	1969-05-22	2	G	10	9997458745	2022-04-03	2023-09-13	Closed	Ayan Mohamed	Targeted - HV	Child started school
102986	6133	Austėja	Jankauskas	2025-05-15	2	C	13	9995206803	2021-03-28	\N	Active	Margaret Williams	Targeted - HV	\N
102987	6133	Rūta	Kazlauskas	1999-04-06	2	M	13	\N	2021-03-28	\N	Active	Margaret Williams	Parent led	\N
102988	6134	Lily	Wilson	2022-05-07	2	C	10	\N	2021-02-19	2021-10-30	Closed	Samantha McCarthy	Parent led	Moved away
102989	6134	Abigail	Wilson	2025-06-08	2	C	10	\N	2021-02-19	2021-10-30	Closed	Samantha McCarthy	Targeted - SW	Moved away
102990	6134	Hayley	Taylor  	1991-07-02	2	M	10	9997821130	2021-02-19	2021-10-30	Closed	Samantha McCarthy	Targeted - HV	Moved away
102991	6134	Dvaid	Wilson	1990-01-28	1	F	10	9991695168	2021-02-19	2021-10-30	Closed	Samantha McCarthy	Targeted - HV	Moved away
102992	6135	Jayden	Storr	2025-01-28	1	C	10	9994939343	2022-07-06	2023-11-21	Closed	Jasleen Patel	Targeted - HV	Child started school
102993	6135	Kelly	King	1996-02-24	2	M	10	9997191285	2022-07-06	2023-11-21	Closed	Jasleen Patel	Targeted - HV	Child started school
102994	6136	Kacper	Kozłowski	2024-05-14	1	C	13	9996561437	2024-06-12	\N	Active	Elizabeth Wright	Parent led	\N
102995	6136	Morag	Kowalski	1993-11-15	2	M	13	9998813379	2024-06-12	\N	Active	Elizabeth Wright	Stay and Play	\N
102996	6137	Jessica	Campbell	2023-02-05	2	C	10	9993049794	2024-03-20	\N	Active	Jasleen Patel	Stay and Play	\N
102997	6137	Mhairi	Campbell	1992-10-22	2	M	10	9995301733	2024-03-20	\N	Lapsed	Jasleen Patel	Universal	\N
102998	6138	Mohammed	Butt	2022-12-08	1	C	32	9991790098	2021-08-04	\N	Active	Samantha McCarthy	Targeted - HV	\N
102999	6138	Aiwsha	Butt	1999-02-09	2	M	32	9997916069	2021-08-04	\N	Active	Samantha McCarthy	Stay and Play	\N
103000	6139	Summer	Roberts	2021-07-14	2	C	10	9995034271	2020-03-17	2021-04-29	Closed	Margaret Williams	Parent led	Child started school
103001	6139	Emma	Roberts	1976-03-07	2	M	10	9995664127	2020-03-17	2021-04-29	Closed	Margaret Williams	Parent led	Child started school
103002	6140	Oliver	Smith	2019-04-03	1	C	10	\N	2022-08-02	2023-01-20	Closed	Sarah Evans	Universal	No longer attending
103003	6140	Theodore	Smith	2021-02-17	1	C	10	\N	2022-08-02	2023-01-20	Closed	Sarah Evans	Universal	No longer attending
103004	6141	Harry	Campbell	2025-04-11	1	C	10	9993067121	2025-02-10	2025-08-09	Closed	Robert Chapman	Stay and Play	No longer attending
103005	6141	Eilidh	Fraser	1999-08-07	2	M	10	9999193099	2025-02-10	2025-08-09	Closed	Robert Chapman	Universal	No longer attending
103006	6142	Harjit	Patel	2020-11-25	1	C	30	9998563240	2025-10-21	\N	Active	Zoë Brown	Parent led	\N
103007	6142	meera	PATEL	2022-08-30	2	C	30	9992437278	2025-10-21	\N	Active	Zoë Brown	Universal	\N
103008	6142	Priya	Patel	2024-03-12	2	C	30	9996311309	2025-10-21	\N	Active	Zoë Brown	Targeted - SW	\N
103009	6142	Anjali	Patel	1997-03-29	2	M	30	\N	2025-10-21	\N	Active	Zoë Brown	Universal	\N
103010	6142	Gurpreet	Patel	1994-06-10	1	F	30	9990815186	2025-10-21	\N	Lapsed	Zoë Brown	Parent led	\N
103011	6143	Amelia	Wright	2023-02-06	2	C	10	\N	2025-02-27	2025-12-31	Closed	Emma Smith	Stay and Play	Child started school
103012	6143	Gemma	Wright  	1988-10-15	2	M	10	9990547726	2025-02-27	2025-12-31	Closed	Emma Smith	Targeted - HV	Child started school
103013	6144	William	Williams	2025-07-24	1	C	40	9999288022	2021-07-17	\N	Active	James Jones	Universal	\N
103014	6144	Katerine	White	1993-05-05	2	M	40	9997665937	2021-07-17	\N	Active	James Jones	Targeted - SW	\N
103015	6145	Oliver	Williams	2022-12-05	1	C	10	9998028329	2021-01-30	2021-03-07	Closed	Edward Williams	Targeted - HV	Family request
103016	6146	Jakub	Kowalski	2025-02-19	1	C	13	9997398475	2024-01-26	\N	Active	Alexandra Popescu	Universal	\N
103017	6146	Ma?horzata	Kowalski	2000-06-04	2	M	13	9993524441	2024-01-26	\N	Active	Alexandra Popescu	Targeted - HV	\N
103018	6147	Amelia	Smith	2024-03-28	2	C	99	9992264748	2021-11-18	\N	Lapsed	Darius Kazlauskas	Targeted - SW	\N
103019	6147	Gemma	Taylor	\N	2	M	10	9998390710	2021-11-18	\N	Active	Darius Kazlauskas	Targeted - HV	\N
103020	6148	Phoebe	Taylor	2018-01-28	2	C	10	9994344153	2022-02-02	\N	Lapsed	Chloé Davies	Stay and Play	\N
103021	6148	Olivia	Taylor	2021-03-15	2	C	99	9998218187	2022-02-02	\N	Active	Chloé Davies	Universal	\N
103022	6148	Maisie	Taylor	2022-04-06	2	C	10	\N	2022-02-02	\N	Lapsed	Chloé Davies	Targeted - SW	\N
103023	6148	Oliver	Taylor	2025-09-20	1	C	10	9995966247	2022-02-02	\N	Active	Chloé Davies	Parent led	\N
103024	6148	Gemma	Taylor	1995-11-23	2	M	10	\N	2022-02-02	\N	Lapsed	Chloé Davies	Stay and Play	\N
103025	6149	Oliver	Roberts	2021-05-18	1	C	10	9995698781	2024-09-17	\N	Active	Edward Williams	Parent led	\N
103026	6149	Sarah	Roberts	1985-06-30	2	M	10	9994076698	2024-09-17	\N	Active	Edward Williams	Parent led	\N
103027	6150	Paweł	Zielisńki	2021-02-07	1	C	13	9991194908	2023-01-31	\N	Active	Emma Smith	Targeted - HV	\N
103028	6150	Katarzyna	Zielinski	2021-02-07	2	C	13	9995068931	2023-01-31	\N	Active	Emma Smith	Parent led	\N
103029	6150	Katarzyna	Nowak	1991-11-26	2	M	13	9999572812	2023-01-31	\N	Lapsed	Emma Smith	Parent led	\N
103030	6150	Piotr	Zieliński	1993-06-27	1	F	13	9997320875	2023-01-31	\N	Active	Emma Smith	Stay and Play	\N
103031	6151	Ivy	Martin	2025-05-05	2	C	10	\N	2020-05-15	2021-05-16	Closed	Samantha McCarthy	Parent led	Moved away
103032	6151	Sarah	Harrison	1991-03-28	2	M	10	9998942969	2020-05-15	2021-05-16	Closed	Samantha McCarthy	Parent led	Moved away
103033	6152	Mia	Smith	2021-10-04	2	C	10	9993179388	2024-04-01	2025-03-27	Closed	Robert Chapman	Targeted - SW	Child started school
103034	6152	CHARLIE	SMITH	2025-08-29	1	C	10	9997053419	2024-04-01	2025-03-27	Closed	Robert Chapman	Targeted - HV	Child started school
103035	6153	Jessica	Smith	2025-07-08	2	C	10	9991919686	2023-06-28	\N	Active	James Jones	Targeted - HV	\N
103036	6153	Sarah	Simth	1985-05-10	2	M	10	9994171623	2023-06-28	\N	Active	James Jones	Targeted - HV	\N
103037	6154	Olivia	Jackson	2017-07-04	2	C	40	9999037895	2022-10-07	2023-02-10	Closed	Sana Hersi	Stay and Play	Moved away
103038	6154	Oliver	Jackson	2022-09-29	1	C	40	9996785955	2022-10-07	2023-02-10	Closed	Sana Hersi	Targeted - HV	Moved away
103039	6154	Grace	Jackson	2025-11-05	2	C	99	9990659982	2022-10-07	2023-02-10	Closed	Sana Hersi	Targeted - SW	Moved away
103040	6154	Emma	Fox	1995-02-10	2	M	40	9995163861	2022-10-07	2023-02-10	Closed	Sana Hersi	Universal	Moved away
103041	6155	Ion	Stan	2022-03-16	1	C	13	9998408040	2025-11-06	\N	Active	Zoë Brown	Parent led	\N
103042	6155	Florin	Stan	2023-05-30	1	C	13	9996156109	2025-11-06	\N	Active	Zoë Brown	Targeted - SW	\N
103043	6155	Maria	Stan	1985-10-26	2	M	13	9994534017	2025-11-06	\N	Active	Zoë Brown	Targeted - SW	\N
103044	6156	Jess	Jones	2021-06-17	2	C	10	9997778197	2021-06-19	\N	Active	Samantha McCarthy	Stay and Play	\N
103045	6156	Catherine	Jones	1995-05-18	2	M	10	9990030138	2021-06-19	\N	Active	Samantha McCarthy	Targeted - SW	\N
103046	6157	Thomas	Wilson	2020-02-15	0	C	10	\N	2024-06-03	2025-09-01	Closed	Gary Walker	Targeted - SW	Child started school
103047	6157	Elizabeth	Wilson	2021-03-23	2	C	10	9991022376	2024-06-03	2025-09-01	Closed	Gary Walker	Targeted - SW	Child started school
103048	6157	David  	Wilson	1984-07-11	1	F	10	9995526255	2024-06-03	2025-09-01	Closed	Gary Walker	Universal	Child started school
103049	6158	Jessica	Ryan	2024-06-30	2	C	12	9992109548	2022-11-25	\N	Active	Elizabeth Wright	Targeted - SW	\N
103050	6158	Leanne	Gallagher	1991-05-08	2	M	12	9994361481	2022-11-25	\N	Active	Elizabeth Wright	Stay and Play	\N
103051	6158	David	Ryan	1993-06-23	1	F	12	\N	2022-11-25	\N	Active	Elizabeth Wright	Targeted - HV	\N
103052	6159	Isabella	Smith	2017-05-08	2	C	10	9991669558	2023-10-18	2025-02-10	Closed	Gary Walker	Stay and Play	Child started school
103053	6159	Samantha	Smith	1981-07-31	2	M	10	9990047464	2023-10-18	2025-02-10	Closed	Gary Walker	Stay and Play	Child started school
103054	6159	Ryan	Smith	1977-10-29	1	F	10	9993921491	2023-10-18	2025-02-10	Closed	Gary Walker	Universal	Child started school
103055	6160	Olivia	Turner	2020-09-13	2	C	10	9998882699	2025-07-02	2025-09-19	Closed	Kirsty Green	Targeted - SW	Child started school
103056	6160	Oscar	Turner	2021-10-04	1	C	10	9992756721	2025-07-02	2025-09-19	Closed	Kirsty Green	Universal	Child started school
103057	6160	Nathan	Turner	2024-09-30	1	C	10	\N	2025-07-02	2025-09-19	Closed	Kirsty Green	Targeted - HV	Child started school
103058	6161	Riley	Williams	2018-03-19	1	C	10	9998252849	2023-02-04	\N	Active	Kirsty Green	Universal	\N
103059	6161	Holly	Williams	2023-02-05	2	C	10	\N	2023-02-04	\N	Active	Kirsty Green	Stay and Play	\N
103060	6161	Claire	Brown	1987-09-06	2	M	10	9990504784	2023-02-04	\N	Active	Kirsty Green	Targeted - SW	\N
103061	6161	Michael (Mike)	Williams	1979-11-17	1	F	99	9994378813	2023-02-04	\N	Active	Kirsty Green	Universal	\N
103062	6162	Charlotte	Smith	2025-07-28	2	C	10	9994741209	2020-09-05	2022-01-12	Closed	James Jones	Targeted - SW	Child started school
103063	6162	Emma	Smith	1999-02-24	2	M	10	9990867178	2020-09-05	2022-01-12	Closed	James Jones	Stay and Play	Child started school
103064	6163	Maisie	Smith	2021-04-12	2	C	10	\N	2024-12-09	\N	Active	Ayan Mohamed	Targeted - SW	\N
103065	6163	Kerry	Smith	1984-06-18	2	M	10	9994111353	2024-12-09	\N	Lapsed	Ayan Mohamed	Stay and Play	\N
103066	6163	Nicholas	Smith	1985-06-30	1	F	10	9997985389	2024-12-09	\N	Active	Ayan Mohamed	Targeted - SW	\N
103067	6164	Mia	White	\N	2	C	10	9996095835	2023-03-07	\N	Active	Zofia Zieliński	Targeted - SW	\N
103068	6164	Arthur	White	2025-11-12	1	C	10	\N	2023-03-07	\N	Active	Zofia Zieliński	Universal	\N
103069	6164	Lisa	White	1993-04-03	2	M	10	\N	2023-03-07	\N	Active	Zofia Zieliński	Targeted - SW	\N
103070	6164	Mohammed	Omar	1998-05-24	1	SF	41	9997653033	2023-03-07	\N	Active	Zofia Zieliński	Targeted - HV	\N
103071	6165	Ivy	Brown	2022-03-15	2	C	10	9994836137	2022-11-09	\N	Lapsed	Sana Hersi	Targeted - HV	\N
103072	6165	Emma	Brown	2001-07-18	2	M	10	\N	2022-11-09	\N	Active	Sana Hersi	Stay and Play	\N
103073	6166	Jayden	Smith	2023-02-10	1	C	10	9998442702	2023-08-13	2024-10-24	Closed	Gary Walker	Stay and Play	No longer attending
103074	6166	Miss Jade	Smith	1991-08-08	2	M	10	9990694648	2023-08-13	2024-10-24	Closed	Gary Walker	Parent led	No longer attending
103075	6166	Mr James	Quickfall	1999-01-22	1	SF	10	9996421252	2023-08-13	2024-10-24	Closed	Gary Walker	Parent led	No longer attending
103076	6167	Olivia	Smih	2017-03-27	2	C	10	9995923300	2021-02-08	\N	Active	Emma Smith	Parent led	\N
103077	6167	Paige	Smith	2022-01-26	2	C	10	9999797334	2021-02-08	\N	Active	Emma Smith	Parent led	\N
103078	6167	Ruby	Smith	2023-07-11	2	C	10	9993671363	2021-02-08	\N	Active	Emma Smith	Universal	\N
103079	6167	Sarah	Smith	1981-04-25	2	M	10	\N	2021-02-08	\N	Active	Emma Smith	Targeted - SW	\N
103080	6168	Olivia	Price	2025-04-09	2	C	10	9990789576	2023-06-17	\N	Active	Alexandra Popescu	Targeted - HV	\N
103081	6168	Cerys	Davies	1991-10-09	2	M	10	9993041513	2023-06-17	\N	Lapsed	Alexandra Popescu	Targeted - HV	\N
103082	6169	Noah	Johnson	2021-08-23	1	C	10	\N	2024-03-29	\N	Lapsed	Alexandra Popescu	Stay and Play	\N
103083	6169	Nicola	Johnson	1984-05-15	2	M	10	9990159726	2024-03-29	\N	Active	Alexandra Popescu	Targeted - SW	\N
103084	6170	Piotr	Nowak	2021-09-10	1	C	13	9993403903	2023-04-02	\N	Lapsed	Alexandra Popescu	Targeted - SW	\N
103085	6170	Katarzyna	Nowak	1979-02-19	2	M	13	9991781811	2023-04-02	\N	Active	Alexandra Popescu	Targeted - HV	\N
103086	6171	Mason	Davies	2023-04-24	1	C	10	9996648087	2025-01-10	2025-09-28	Closed	Stacey Shaw	Stay and Play	No longer attending
103087	6171	Sarah	Davies	1996-09-01	2	M	10	9998900026	2025-01-10	2025-09-28	Closed	Stacey Shaw	Targeted - SW	No longer attending
103088	6172	Andrei	Popescu	2019-05-01	1	C	13	9997640322	2021-11-03	\N	Active	Darius Kazlauskas	Universal	\N
103089	6172	Mihai	Popescu	2022-09-01	1	C	13	9995388383	2021-11-03	\N	Lapsed	Darius Kazlauskas	Universal	\N
103090	6172	Maria	Popescu	1982-12-19	2	M	13	9993766291	2021-11-03	\N	Active	Darius Kazlauskas	Stay and Play	\N
103091	6173	Amelia	Brown	2019-09-08	2	C	10	9997735250	2023-11-09	\N	Active	Sarah Evans	Parent led	\N
103092	6173	Freddie	Brown	2024-11-19	1	C	10	9991609288	2023-11-09	\N	Active	Sarah Evans	Stay and Play	\N
103093	6173	Jacob	Hall	2025-05-25	1	C	10	9995483319	2023-11-09	\N	Active	Sarah Evans	Stay and Play	\N
103094	6173	Emma	Brown	1991-01-04	2	M	10	9993861227	2023-11-09	\N	Active	Sarah Evans	Stay and Play	\N
103095	6173	Michael	Hall	1997-08-24	1	SF	10	9991340289	2023-11-09	\N	Active	Sarah Evans	Stay and Play	\N
103096	6174	Oliver	Hall	2018-08-04	1	C	10	9999814662	2024-01-05	2024-10-16	Closed	Kirsty Green	Targeted - HV	Child started school
103097	6174	Jacob	Hall	2020-05-21	1	C	10	9997562720	2024-01-05	2024-10-16	Closed	Kirsty Green	Targeted - HV	Child started school
103098	6174	Tyler	Hall	2025-07-24	1	C	10	9991436758	2024-01-05	2024-10-16	Closed	Kirsty Green	Targeted - HV	Child started school
103099	6174	Mohammed	Rahman	1982-04-29	1	SF	31	9997855795	2024-01-05	2024-10-16	Closed	Kirsty Green	Targeted - HV	Child started school
103100	6175	Oliver	Hughes	2022-05-02	1	C	10	9996932877	2021-04-08	\N	Active	Emma Smith	Stay and Play	\N
103101	6175	Ffion	Owen	1984-07-31	2	M	99	9995310783	2021-04-08	\N	Active	Emma Smith	Parent led	\N
103102	6175	Rhys	Hughes	1982-11-28	1	F	10	9999184812	2021-04-08	\N	Lapsed	Emma Smith	Stay and Play	\N
103103	6176	Elena	Ciobanu	2017-02-11	2	C	13	9995043327	2022-08-30	\N	Active	Edward Williams	Targeted - HV	\N
103104	6176	Ana	Ciobanu	2021-07-28	2	C	13	9998917352	2022-08-30	\N	Active	Edward Williams	Targeted - HV	\N
103105	6176	Maria	Nowak  	2025-11-05	2	C	13	9992791381	2022-08-30	\N	Active	Edward Williams	Parent led	\N
103106	6176	Marwia	Ciobanu	1989-05-03	2	M	13	9991169296	2022-08-30	\N	Active	Edward Williams	Parent led	\N
103107	6176	Piotr	Nowak	1970-12-21	1	SF	13	9996359441	2022-08-30	\N	Active	Edward Williams	Stay and Play	\N
103108	6177	Gheorghe	Ioana	2022-01-01	2	C	13	9994413473	2024-01-28	2025-04-03	Closed	Jasleen Patel	Targeted - SW	Moved away
103109	6177	Andrei	Gheorghe	2023-07-10	1	C	99	9998287502	2024-01-28	2025-04-03	Closed	Jasleen Patel	Parent led	Moved away
103110	6177	Andreea	Gheorghe	1985-10-13	2	M	13	\N	2024-01-28	2025-04-03	Closed	Jasleen Patel	Parent led	Moved away
103111	6177	Andrei	Gheorghe	1977-10-27	1	F	13	9990539448	2024-01-28	2025-04-03	Closed	Jasleen Patel	Stay and Play	Moved away
103112	6178	Amelia	Smith	2017-07-12	2	C	10	9999279740	2024-05-10	2024-07-03	Closed	Margaret Williams	Stay and Play	Child started school
103113	6178	JACK	SMITH	2022-08-17	1	C	10	9997027809	2024-05-10	2024-07-03	Closed	Margaret Williams	Stay and Play	Child started school
103114	6178	Rebecca	Shaw	1994-08-20	2	M	10	9997657659	2024-05-10	2024-07-03	Closed	Margaret Williams	Targeted - SW	Child started school
103115	6179	Ruta	Kazlauskas	2023-06-30	2	C	99	9998382432	2023-01-19	2023-05-18	Closed	Rachel Atkinson	Targeted - HV	Family request
103116	6179	Tomas	Kazlauskas	2024-08-03	1	C	13	9996130495	2023-01-19	2023-05-18	Closed	Rachel Atkinson	Stay and Play	Family request
103117	6179	Rūta	Kazlauskas 	1988-08-11	2	M	13	\N	2023-01-19	2023-05-18	Closed	Rachel Atkinson	Targeted - HV	Family request
103118	6179	Domantas	Kazlauskas	1981-04-11	1	F	13	9994508407	2023-01-19	2023-05-18	Closed	Rachel Atkinson	Parent led	Family request
103119	6180	Charlotte	Green	2023-10-31	2	C	40	9998477360	2025-10-04	2025-12-15	Closed	Emma Smith	Parent led	Family request
103120	6180	Sarah	Smith	2002-01-26	2	M	40	9996855279	2025-10-04	2025-12-15	Closed	Emma Smith	Stay and Play	Family request
103121	6181	David	Green	2001-06-16	1	F	40	9990729301	2025-02-14	2025-07-13	Closed	Sarah Evans	Stay and Play	Moved away
103122	6181	Charlotte	Green	2023-10-31	2	C	40	9998477360	2025-02-14	2025-07-13	Closed	Sarah Evans	Universal	Moved away
103123	6182	Shaun	O'Connor	2021-02-07	1	C	11	\N	2024-09-14	2025-05-13	Closed	Jasleen Patel	Targeted - SW	No longer attending
103124	6182	Siobhán	Murphy	2000-10-18	2	M	11	9997847512	2024-09-14	2025-05-13	Closed	Jasleen Patel	Targeted - HV	No longer attending
103125	6182	Padraig	Murphy	1996-01-30	1	F	11	9991721541	2024-09-14	2025-05-13	Closed	Jasleen Patel	Universal	No longer attending
103126	6183	George	Cooper	2023-05-24	1	C	10	9993343633	2023-08-06	2024-09-26	Closed	Edward Williams	Targeted - HV	No longer attending
103127	6183	James	Cooper	1988-01-31	1	F	10	9999469604	2023-08-06	2024-09-26	Closed	Edward Williams	Universal	No longer attending
103128	6184	EMILY	GOODACRE	2022-09-12	2	C	10	\N	2023-12-15	\N	Active	Sana Hersi	Targeted - HV	\N
103129	6184	Jack	Goodacre	2024-02-12	1	C	10	\N	2023-12-15	\N	Active	Sana Hersi	Universal	\N
103130	6184	Nicola	Williams	1989-07-30	2	M	10	9992446323	2023-12-15	\N	Active	Sana Hersi	Universal	\N
103131	6185	Evie	Patel	2024-12-03	2	C	10	9997312597	2025-01-05	2025-12-31	Closed	Sarah Evans	Targeted - HV	Moved away
103132	6185	Sarah	Shaw	1989-07-16	2	M	10	9995690500	2025-01-05	2025-12-31	Closed	Sarah Evans	Universal	Moved away
103133	6186	Olivia	Murphy	2021-03-15	2	C	10	\N	2022-05-17	\N	Active	Elizabeth Wright	Targeted - HV	\N
103134	6187	Jack	Wood 	2020-09-04	1	C	10	9996052893	2021-02-16	2022-06-28	Closed	Margaret Williams	Targeted - HV	Child started school
103135	6187	Rebecca	Smith	1997-06-02	2	M	10	9998304830	2021-02-16	2022-06-28	Closed	Margaret Williams	Parent led	Child started school
103136	6187	David	Wood	1990-01-13	1	F	10	9992178868	2021-02-16	2022-06-28	Closed	Margaret Williams	Universal	Child started school
103137	6188	Nzah	Smigh	2018-06-22	1	C	40	9997674987	2022-07-02	\N	Active	Darius Kazlauskas	Universal	\N
103138	6188	Willow	Smith	2022-03-13	2	C	40	9991549013	2022-07-02	\N	Active	Darius Kazlauskas	Universal	\N
103139	6188	Amelia	Smith	2024-06-19	2	C	40	\N	2022-07-02	\N	Active	Darius Kazlauskas	Parent led	\N
103140	6188	Florence	Smith	2025-06-02	2	C	99	9999297072	2022-07-02	\N	Active	Darius Kazlauskas	Stay and Play	\N
103141	6188	Sarah	Smith	2001-01-17	2	M	40	9999926924	2022-07-02	\N	Active	Darius Kazlauskas	Targeted - HV	\N
103142	6189	Jacob	Smith	2022-07-05	1	C	10	9994793195	2023-07-06	\N	Active	Alexandra Popescu	Parent led	\N
103143	6189	Olivia	Smith	2025-01-29	2	C	10	9998667224	2023-07-06	\N	Active	Alexandra Popescu	Targeted - HV	\N
103144	6189	Sarah	Harris	1984-08-30	2	M	10	9993171107	2023-07-06	\N	Active	Alexandra Popescu	Targeted - SW	\N
103145	6189	Lee	SMIHT	1977-07-03	1	F	10	9997045130	2023-07-06	\N	Active	Alexandra Popescu	Targeted - HV	\N
103146	6190	Anna	Kamiński	2024-06-30	2	C	13	\N	2023-08-23	2024-08-24	Closed	Darius Kazlauskas	Universal	No longer attending
103147	6190	Małgorzata	Kamiński	1994-11-04	2	M	13	9991014098	2023-08-23	2024-08-24	Closed	Darius Kazlauskas	Targeted - SW	No longer attending
103148	6190	piotr	KAMIŃSKI	1994-09-13	1	F	13	9994888129	2023-08-23	2024-08-24	Closed	Darius Kazlauskas	Stay and Play	No longer attending
103149	6191	Amelia	Quickfall	2018-06-07	2	C	10	\N	2023-09-17	2024-05-06	Closed	Zoë Brown	Targeted - HV	Moved away
103150	6191	Leanne	Quickfall	1984-06-07	2	M	10	9999124542	2023-09-17	2024-05-06	Closed	Zoë Brown	Targeted - SW	Moved away
103151	6191	Jonythan	Watson	1985-01-06	1	F	10	9992998571	2023-09-17	2024-05-06	Closed	Zoë Brown	Targeted - HV	Moved away
103152	6192	Joseph	Campbell	2023-03-14	1	C	10	\N	2025-10-26	\N	Active	Samantha McCarthy	Targeted - SW	\N
103153	6192	Fiona	Stewart	\N	2	M	10	9998494699	2025-10-26	\N	Active	Samantha McCarthy	Parent led	\N
103154	6193	Olivia	Smith	2025-02-26	2	C	10	9997864840	2021-12-02	2022-12-27	Closed	Sana Hersi	Universal	Moved away
103155	6193	Ffion	Williams	1987-12-03	2	M	10	9990116784	2021-12-02	2022-12-27	Closed	Sana Hersi	Targeted - HV	Moved away
103156	6193	James	Smith	1981-03-18	0	SF	10	9995750007	2021-12-02	2022-12-27	Closed	Sana Hersi	Parent led	Moved away
103157	6194	 Harry	Jackson	\N	1	C	10	9994353209	2022-10-15	2023-10-28	Closed	Emma Smith	Stay and Play	Moved away
103158	6194	Stacey	Jackson	2002-08-05	2	M	10	9990479178	2022-10-15	2023-10-28	Closed	Emma Smith	Universal	Moved away
103159	6195	John	Odling	2022-03-20	1	C	99	9999676790	2022-08-22	2022-12-03	Closed	Elizabeth Wright	Targeted - HV	No longer attending
103160	6195	Siobhán	Quinn	1995-07-23	2	M	11	9991928731	2022-08-22	2022-12-03	Closed	Elizabeth Wright	Stay and Play	No longer attending
103161	6195	David	Odling	1990-12-06	1	F	10	9995802767	2022-08-22	2022-12-03	Closed	Elizabeth Wright	Targeted - HV	No longer attending
103162	6196	Elizabeth	Poepscu	2022-07-04	2	C	12	9990763968	2023-03-07	2023-10-04	Closed	Samantha McCarthy	Targeted - SW	Moved away
103163	6196	Deborah	Popescu	1997-12-03	2	M	12	9993015903	2023-03-07	2023-10-04	Closed	Samantha McCarthy	Targeted - HV	Moved away
103164	5051	Rhys	Jones	1991-01-06	1	F	10	9993435295	2024-07-01	2025-11-17	Closed	Ayan Mohamed	Targeted - HV	No longer attending
103165	5099	Emma	Ingamells	1986-02-04	2	M	10	\N	2024-10-28	2025-01-21	Closed	Chloé Davies	Targeted - HV	Family request
103166	5162	Laura	Urbonas	2024-11-08	2	C	13	9995317338	2025-11-16	\N	Lapsed	Zoë Brown	Targeted - HV	\N
103167	5163	Natalia	Nowak	2001-03-25	2	M	13	9999553753	2025-07-07	2025-12-31	Closed	Rachel Atkinson	Targeted - HV	Child started school
103168	5178	Sarah	Webb	\N	2	M	10	9993462446	2025-06-30	\N	Active	Sana Hersi	Stay and Play	\N
103169	5200	Catherine	Lee	1995-06-13	2	M	10	\N	2020-10-08	\N	Active	Samantha McCarthy	Targeted - HV	\N
103170	5213	Isabella	Turner	2021-07-29	2	C	10	9992039264	2020-10-12	\N	Active	Kirsty Green	Universal	\N
103171	5245	Jon	Jones	1999-10-07	1	F	10	9997242319	2022-04-23	2022-07-24	Closed	Sana Hersi	Stay and Play	No longer attending
103172	5251	Arjun	PATEL	2021-04-05	1	C	30	9999951570	2022-01-08	\N	Active	Zofia Zieliński	Targeted - SW	\N
103173	5257	Ciarán	Murphy	2023-08-11	1	C	11	9990141436	2021-02-22	2021-06-09	Closed	Alexandra Popescu	Parent led	No longer attending
103174	5264	William	Fox	2023-05-20	1	C	10	\N	2020-01-25	2020-05-08	Closed	Darius Kazlauskas	Universal	Child started school
103175	5273	Amy	Brown	2002-11-26	2	M	10	9999908632	2021-11-13	\N	Active	Emma Smith	Universal	\N
103176	5292	Charlotte	Murphy	2025-09-26	2	C	10	\N	2021-12-11	\N	Active	Gary Walker	Universal	\N
103177	5352	Katarzyna	Wiśniewski	2022-05-04	2	C	13	\N	2024-07-06	\N	Active	Edward Williams	Parent led	\N
103178	5364	Maria	Matei	2025-10-21	2	C	13	9992920785	2024-04-03	2024-11-18	Closed	Zofia Zieliński	Stay and Play	No longer attending
103179	5385	Emma	Jones	1984-02-07	2	M	10	9994852324	2020-02-06	\N	Active	Elizabeth Wright	Parent led	\N
103180	5386	Ava	Jones	2025-01-30	0	C	10	9995216950	2023-11-26	\N	Active	Robert Chapman	Stay and Play	\N
103181	5403	George	SHAW	\N	0	C	10	9991212817	2021-10-13	\N	Active	Jasleen Patel	Parent led	\N
103182	5409	Jack	Murphy	2022-07-16	1	C	12	9997796101	2020-07-23	\N	Lapsed	Kirsty Green	Stay and Play	\N
103183	5502	Arthur	Cartwright	\N	1	C	10	9993077526	2024-02-11	2024-06-21	Closed	Zoë Brown	Universal	No longer attending
103184	5595	Mrs Catherine (Cathy)	Murphy	2002-08-07	2	M	11	9992880155	2024-10-23	\N	Active	Jasleen Patel	Targeted - SW	\N
103185	5636	Thomas	Storr	2024-08-07	1	C	10	9991189513	2022-05-27	\N	Active	Jasleen Patel	Universal	\N
103186	5657	Isabella	Jones	2006-07-10	2	M	10	9990249261	2023-04-19	2023-09-05	Closed	Zoë Brown	Stay and Play	Family request
103187	5788	Charlie	Jones	2025-05-22	1	C	10	9996514641	2022-10-15	\N	Active	Sana Hersi	Targeted - SW	\N
103188	5812	David	Pickering	1986-03-15	1	F	10	9992787538	2025-09-27	2025-12-31	Closed	Sana Hersi	Stay and Play	Child started school
103189	5842	Henry	Davies	2024-02-04	1	C	10	9990984638	2021-09-17	\N	Active	James Jones	Targeted - SW	\N
103190	5879	Oscar	Lee	2024-02-25	1	C	10	9993513083	2025-12-09	2025-12-31	Closed	Emma Smith	Targeted - HV	Child started school
103191	5906	Agnieszka	Kowalski	1989-09-07	2	M	13	9993470147	2021-08-07	\N	Active	Elizabeth Wright	Targeted - SW	\N
103192	5917	Sarah	Wright	1983-03-17	2	M	10	9990873143	2021-06-03	2021-10-24	Closed	Kirsty Green	Targeted - SW	Moved away
103193	5923	Zuzanna	Nowak	1996-07-27	2	M	13	9993409871	2020-03-30	2020-05-06	Closed	Kirsty Green	Targeted - HV	Child started school
103194	5932	Jessica	Harrison	2017-11-09	2	C	10	9995679140	2020-06-13	\N	Lapsed	Rachel Atkinson	Universal	\N
103195	5948	Rhys	Davies	1979-06-20	1	F	10	9990045151	2023-12-14	\N	Active	Stacey Shaw	Parent led	\N
103196	5950	Zyan	Ahmet	2023-03-15	1	C	31	9998155606	2025-06-24	\N	Active	Stacey Shaw	Stay and Play	\N
103197	5956	sarah	SHAW	1998-11-02	2	M	10	9998440394	2024-07-26	\N	Active	Zoë Brown	Targeted - SW	\N
103198	5984	Mia	White	2025-03-10	2	C	10	9997974794	2020-04-22	2020-10-13	Closed	James Jones	Universal	Moved away
103199	5999	Daniel	Webb	1987-11-17	1	F	10	9990891249	2023-11-23	2024-09-10	Closed	Stacey Shaw	Stay and Play	Moved away
103200	6050	Jennifer	Smith	1983-02-05	2	M	10	9997518241	2024-11-13	2024-12-27	Closed	Robert Chapman	Targeted - HV	Moved away
103201	6062	Sarah	Cook	2004-02-29	2	M	10	9993678872	2021-08-11	2022-10-30	Closed	Robert Chapman	Parent led	Moved away
103202	6064	Harry	Robinson	2021-07-05	1	C	10	9991789324	2025-12-05	\N	Active	Gary Walker	Universal	\N
103203	6066	David	Smith	1998-04-04	1	F	40	9996388131	2021-08-07	2022-12-23	Closed	Emma Smith	Targeted - SW	Moved away
103204	6067	Florence	Roibnson	2022-05-17	2	C	10	\N	2022-03-19	\N	Active	Chloé Davies	Targeted - HV	\N
103205	6076	Theodore	McLean	2025-08-21	1	C	10	9999917100	2023-08-09	2024-07-01	Closed	Edward Williams	Stay and Play	Child started school
103206	6086	Gabriela	Popescu	2017-08-17	2	C	13	\N	2020-06-06	2021-10-19	Closed	Sana Hersi	Universal	Child started school
103207	6153	Sarah	Smith	1985-05-10	2	M	10	\N	2024-03-06	2024-06-15	Closed	Alexandra Popescu	Targeted - HV	Child started school
103208	6194	Harry	Jackson	2023-09-27	1	C	10	9994353209	2021-03-09	\N	Active	Margaret Williams	Universal	\N
103209	6196	Elizabeth	Popescu	2022-07-04	2	C	12	9990763968	2022-06-07	2022-09-02	Closed	Gary Walker	Parent led	Child started school
100001	5000	Test	Record	\N	0	C	99	\N	\N	\N	Active	\N	\N	\N
\.

--
-- PostgreSQL database dump complete
--

