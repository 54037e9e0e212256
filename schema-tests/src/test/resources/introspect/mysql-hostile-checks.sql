CREATE TABLE hostile (
  id int AUTO_INCREMENT PRIMARY KEY,
  `naïve "q" )` varchar(40),
  n int CHECK (n <> 1),
  doc json,
  CONSTRAINT `ck "q" ) -- ü` CHECK (`naïve "q" )` <> 'a''b ) -- c /* d \\ e'),
  CONSTRAINT `ünïcödé ✓` CHECK (n <> 2),
  CONSTRAINT not_kept_regex CHECK (`naïve "q" )` REGEXP '^[a-z]+$'),
  CONSTRAINT not_kept_length CHECK (length(`naïve "q" )`) < 10),
  CONSTRAINT not_kept_types CHECK (n <> 'abc')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
