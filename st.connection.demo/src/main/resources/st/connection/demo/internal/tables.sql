-- Sample tables for the launcher's demo databases: the H2 database behind the shared connection
-- "demo", and the Snowflake emulator's database when the launcher runs with --snowflake-emulator.
-- Safe to run again: tables are created only when absent, rows are merged by key.
--
-- Format: one statement per line group, each ending with ';' at the end of a line; '--' starts a comment line.

CREATE TABLE IF NOT EXISTS CUSTOMERS (
    ID           INT PRIMARY KEY,
    NAME         VARCHAR(100) NOT NULL,
    CITY         VARCHAR(60),
    COUNTRY      CHAR(2),
    CUSTOMER_SINCE DATE,
    CREDIT_LIMIT DECIMAL(12, 2),
    ACTIVE       BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS ORDERS (
    ID          INT PRIMARY KEY,
    CUSTOMER_ID INT NOT NULL REFERENCES CUSTOMERS (ID),
    ORDERED_AT  TIMESTAMP NOT NULL,
    STATUS      VARCHAR(12) NOT NULL,
    ITEMS       INT NOT NULL,
    AMOUNT      DECIMAL(12, 2) NOT NULL
);

MERGE INTO CUSTOMERS (ID, NAME, CITY, COUNTRY, CUSTOMER_SINCE, CREDIT_LIMIT, ACTIVE) KEY (ID) VALUES
    (1,  'Acme Tools',             'Lyon',       'FR', DATE '2019-03-14', 50000.00, TRUE),
    (2,  'Blue Harbor Shipping',   'Rotterdam',  'NL', DATE '2020-07-01', 120000.00, TRUE),
    (3,  'Cedar & Pine Furniture', 'Portland',   'US', DATE '2018-11-23', 35000.00, TRUE),
    (4,  'Dolomiti Sport',         'Bolzano',    'IT', DATE '2021-01-09', 20000.00, TRUE),
    (5,  'Elbe Mechanik',          'Dresden',    'DE', DATE '2017-05-30', 80000.00, TRUE),
    (6,  'Fjord Fisheries',        'Bergen',     'NO', DATE '2022-02-17', 15000.00, FALSE),
    (7,  'Granada Textiles',       'Granada',    'ES', DATE '2019-09-02', 25000.00, TRUE),
    (8,  'Highland Woolens',       'Inverness',  'GB', DATE '2016-04-12', 18000.00, TRUE),
    (9,  'Iberia Foods',           'Porto',      'PT', DATE '2023-06-21', 40000.00, TRUE),
    (10, 'Jura Watches',           'Biel',       'CH', DATE '2015-10-05', 150000.00, TRUE),
    (11, 'Kraków Glassworks',      'Kraków',     'PL', DATE '2020-12-01', 22000.00, TRUE),
    (12, 'Lakeside Bakery',        'Madison',    'US', DATE '2021-08-19', 5000.00, FALSE),
    (13, 'Moravia Brewing',        'Brno',       'CZ', DATE '2018-02-28', 30000.00, TRUE),
    (14, 'Nordlys Energy',         'Tromsø',     'NO', DATE '2022-11-11', 200000.00, TRUE),
    (15, 'Olive Grove Co.',        'Kalamata',   'GR', DATE '2019-05-16', 12000.00, TRUE),
    (16, 'Pannonia Printing',      'Budapest',   'HU', DATE '2017-09-07', 16000.00, TRUE),
    (17, 'Quayside Books',         'Dublin',     'IE', DATE '2023-01-25', 8000.00, TRUE),
    (18, 'Rhine Logistics',        'Basel',      'CH', DATE '2016-06-30', 90000.00, TRUE),
    (19, 'Saimaa Software',        'Lappeenranta', 'FI', DATE '2024-03-03', 60000.00, TRUE),
    (20, 'Tagus Ceramics',         'Lisbon',     'PT', DATE '2020-04-08', 14000.00, FALSE);

MERGE INTO ORDERS (ID, CUSTOMER_ID, ORDERED_AT, STATUS, ITEMS, AMOUNT) KEY (ID) VALUES
    (1001, 1,  TIMESTAMP '2026-01-05 09:12:00', 'DELIVERED', 3,  1249.90),
    (1002, 2,  TIMESTAMP '2026-01-07 14:30:00', 'DELIVERED', 12, 18400.00),
    (1003, 5,  TIMESTAMP '2026-01-11 08:05:00', 'DELIVERED', 1,  560.00),
    (1004, 10, TIMESTAMP '2026-01-15 16:45:00', 'DELIVERED', 25, 74500.00),
    (1005, 3,  TIMESTAMP '2026-01-19 11:20:00', 'RETURNED',  2,  890.50),
    (1006, 7,  TIMESTAMP '2026-01-22 10:00:00', 'DELIVERED', 6,  2310.00),
    (1007, 14, TIMESTAMP '2026-02-02 13:15:00', 'DELIVERED', 4,  15200.00),
    (1008, 9,  TIMESTAMP '2026-02-03 09:40:00', 'DELIVERED', 18, 3420.75),
    (1009, 1,  TIMESTAMP '2026-02-09 15:05:00', 'DELIVERED', 5,  2104.00),
    (1010, 18, TIMESTAMP '2026-02-12 07:55:00', 'DELIVERED', 9,  11890.00),
    (1011, 11, TIMESTAMP '2026-02-18 12:30:00', 'CANCELLED', 2,  640.00),
    (1012, 4,  TIMESTAMP '2026-02-21 17:10:00', 'DELIVERED', 7,  1725.00),
    (1013, 13, TIMESTAMP '2026-03-01 08:25:00', 'DELIVERED', 40, 5600.00),
    (1014, 2,  TIMESTAMP '2026-03-04 10:50:00', 'DELIVERED', 8,  9650.00),
    (1015, 16, TIMESTAMP '2026-03-09 14:00:00', 'DELIVERED', 3,  780.00),
    (1016, 19, TIMESTAMP '2026-03-13 09:35:00', 'DELIVERED', 1,  24000.00),
    (1017, 8,  TIMESTAMP '2026-03-17 11:45:00', 'DELIVERED', 14, 2870.00),
    (1018, 10, TIMESTAMP '2026-03-24 16:20:00', 'SHIPPED',   10, 31500.00),
    (1019, 15, TIMESTAMP '2026-04-02 08:10:00', 'SHIPPED',   22, 1980.00),
    (1020, 5,  TIMESTAMP '2026-04-06 13:55:00', 'SHIPPED',   2,  1340.00),
    (1021, 17, TIMESTAMP '2026-04-10 10:05:00', 'SHIPPED',   35, 612.50),
    (1022, 3,  TIMESTAMP '2026-04-15 15:40:00', 'SHIPPED',   4,  3150.00),
    (1023, 14, TIMESTAMP '2026-04-20 09:00:00', 'OPEN',      6,  22800.00),
    (1024, 1,  TIMESTAMP '2026-04-22 12:15:00', 'OPEN',      2,  419.80),
    (1025, 18, TIMESTAMP '2026-04-25 14:25:00', 'OPEN',      11, 14300.00),
    (1026, 7,  TIMESTAMP '2026-04-28 08:45:00', 'OPEN',      5,  1875.00),
    (1027, 9,  TIMESTAMP '2026-05-01 11:30:00', 'OPEN',      20, 3800.00),
    (1028, 13, TIMESTAMP '2026-05-03 16:05:00', 'OPEN',      60, 8400.00),
    (1029, 2,  TIMESTAMP '2026-05-05 10:20:00', 'OPEN',      3,  4275.00),
    (1030, 19, TIMESTAMP '2026-05-06 09:15:00', 'OPEN',      1,  12000.00);
