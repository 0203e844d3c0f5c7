//! Tests of the statement parser, one dialect at a time.

use super::*;

#[derive(Default)]
struct Collect {
    tables: Vec<TableDef>,
    rows: Vec<(usize, Vec<Val>, u64)>,
}

impl Sink for Collect {
    fn table(&mut self, _idx: usize, def: &TableDef) -> Res<()> {
        self.tables.push(def.clone());
        Ok(())
    }
    fn row(&mut self, idx: usize, values: Vec<Val>, line: u64) -> Res<()> {
        self.rows.push((idx, values, line));
        Ok(())
    }
}

fn parse(text: &str, d: Dialect) -> Res<Collect> {
    let mut c = Collect::default();
    Parser::new(text.as_bytes(), d).run(&mut c)?;
    Ok(c)
}

fn t(s: &str) -> Val {
    Val::Text(s.to_string())
}

#[test]
fn mysqldump_shapes() {
    let dump = r"-- MySQL dump 10.13
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
DROP TABLE IF EXISTS `people`;
CREATE TABLE `people` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(50) DEFAULT 'x, (y)',
  `dob` date DEFAULT NULL,
  `photo` blob,
  `flag` bit(1) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `people` WRITE;
/*!40000 ALTER TABLE `people` DISABLE KEYS */;
INSERT INTO `people` VALUES (1,'O\'Neill \\ (x);','2010-01-02',_binary 'ab',b'1'),(2,NULL,'0000-00-00',0x00FF,b'0');
/*!40000 ALTER TABLE `people` ENABLE KEYS */;
UNLOCK TABLES;
";
    let c = parse(dump, Dialect::MySql).unwrap();
    assert_eq!(c.tables.len(), 1);
    let cols: Vec<(&str, Class)> = c.tables[0]
        .columns
        .iter()
        .map(|(n, k)| (n.as_str(), *k))
        .collect();
    assert_eq!(
        cols,
        vec![
            ("id", Class::Text),
            ("name", Class::Text),
            ("dob", Class::Date),
            ("photo", Class::Blob),
            ("flag", Class::Text)
        ]
    );
    assert_eq!(c.rows.len(), 2);
    assert_eq!(
        c.rows[0].1,
        vec![
            t("1"),
            t("O'Neill \\ (x);"),
            t("2010-01-02"),
            Val::Blob(b"ab".to_vec()),
            t("1")
        ]
    );
    assert_eq!(
        c.rows[1].1,
        vec![
            t("2"),
            Val::Null,
            t("0000-00-00"),
            Val::Blob(vec![0, 255]),
            t("0")
        ]
    );
    assert_eq!(c.rows[0].2, 15);
}

#[test]
fn pg_dump_copy_and_inserts() {
    let dump = "--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\n\
SELECT pg_catalog.set_config('search_path', '', false);\n\
CREATE FUNCTION public.f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n\
CREATE TABLE public.people (\n    id integer NOT NULL,\n    name character varying(50),\n    seen timestamp without time zone,\n    ok boolean\n);\n\
COPY public.people (id, name, seen, ok) FROM stdin;\n1\tAnn\\tB\t2020-01-02 10:00:00\tt\n2\t\\N\t\\N\tf\n\\.\n\
INSERT INTO public.people VALUES (3, E'O\\'Neill', '2020-01-02 10:00:00', true);\n\
INSERT INTO public.people (id, name, seen, ok) OVERRIDING SYSTEM VALUE VALUES (4, 'a''b\\', NULL, false);\n";
    let c = parse(dump, Dialect::Postgres).unwrap();
    let rows: Vec<&Vec<Val>> = c.rows.iter().map(|r| &r.1).collect();
    assert_eq!(
        rows[0],
        &vec![t("1"), t("Ann\tB"), t("2020-01-02 10:00:00"), t("1")]
    );
    assert_eq!(rows[1], &vec![t("2"), Val::Null, Val::Null, t("0")]);
    assert_eq!(
        rows[2],
        &vec![t("3"), t("O'Neill"), t("2020-01-02 10:00:00"), t("1")]
    );
    assert_eq!(rows[3], &vec![t("4"), t("a'b\\"), Val::Null, t("0")]);
}

#[test]
fn sql_server_script_shapes() {
    let dump = "USE [FS]\nGO\n/****** Object:  Table [dbo].[tblClient] ******/\nSET ANSI_NULLS ON\nGO\n\
CREATE TABLE [dbo].[tblClient](\n\t[ClientID] [int] NOT NULL,\n\t[Name] [nvarchar](50) NULL,\n\t[Seen] [datetime] NULL,\n\t[DOB] [date] NULL\n) ON [PRIMARY]\nGO\n\
ALTER TABLE [dbo].[tblClient]  WITH CHECK ADD  CONSTRAINT [FK] FOREIGN KEY([ClientID])\nREFERENCES [dbo].[tblFamily] ([FamilyID])\nGO\n\
SET IDENTITY_INSERT [dbo].[tblClient] ON \n\
INSERT [dbo].[tblClient] ([ClientID], [Name], [Seen], [DOB]) VALUES (1, N'Zoë O''Neill', CAST(N'2019-05-01T09:30:00.000' AS DateTime), CAST(N'2010-01-02' AS Date))\n\
INSERT [dbo].[tblClient] ([ClientID], [DOB]) VALUES (2, NULL)\n\
SET IDENTITY_INSERT [dbo].[tblClient] OFF\nGO\n";
    let c = parse(dump, Dialect::SqlServer).unwrap();
    assert_eq!(c.rows.len(), 2);
    assert_eq!(
        c.rows[0].1,
        vec![
            t("1"),
            t("Zoë O'Neill"),
            t("2019-05-01 09:30:00.000"),
            t("2010-01-02")
        ]
    );
    assert_eq!(c.rows[1].1, vec![t("2"), Val::Null, Val::Null, Val::Null]);
}

#[test]
fn unknown_constructs_name_their_line_never_a_value() {
    let cases = [
        (
            "INSERT INTO t (a) VALUES (1);\nMERGE INTO t USING secret;\n",
            2,
        ),
        (
            "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1), (Smith);\n",
            2,
        ),
        ("INSERT INTO t SELECT * FROM u;\n", 1),
        ("INSERT INTO t VALUES (1);\n", 1),
        (
            "CREATE TABLE t (a int, b int);\n\nINSERT INTO t VALUES (1);\n",
            3,
        ),
        ("INSERT INTO t (a) VALUES ('never closed);\n", 1),
    ];
    for (text, line) in cases {
        let e = parse(text, Dialect::MySql)
            .err()
            .unwrap_or_else(|| panic!("{text}"));
        assert_eq!(e.line, line, "{text}: {}", e.message);
        assert!(
            !e.message.contains("Smith") && !e.message.contains("secret"),
            "{}",
            e.message
        );
    }
}
