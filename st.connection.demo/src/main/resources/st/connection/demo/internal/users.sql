-- The demo users of the H2 database behind the shared connection "demo", for the login form "h2".
-- They may only read the sample tables. Safe to run again.
--   alice / wonderland
--   bob   / builder
--
-- Format: as tables.sql.

CREATE USER IF NOT EXISTS ALICE PASSWORD 'wonderland';
CREATE USER IF NOT EXISTS BOB PASSWORD 'builder';
GRANT SELECT ON CUSTOMERS, ORDERS TO ALICE;
GRANT SELECT ON CUSTOMERS, ORDERS TO BOB;
