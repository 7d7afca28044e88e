## probe
kkt_unit_active postgresql || kkt_done "PostgreSQL does not run here"
exists=$(kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'role') + (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
)
[ "$exists" = 0 ] || kkt_change "will drop the database and role $KKT_DB_NAME"
kkt_done
## action
# The test database and role only: production's share the cluster and are never named here.
kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<'SQL'
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'db') \gexec
SELECT format('DROP ROLE IF EXISTS %I', :'role') \gexec
SQL
## verify
exists=$(kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'role') + (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
)
[ "$exists" = 0 ]
