#! verify: implied
## probe
[ -f "$KKT_STATE_DIR/secrets.env" ] || kkt_unknown "the database password is generated first"
. "$KKT_STATE_DIR/secrets.env"
# Logging in as the role to its database proves at once that PostgreSQL runs, that the role and the
# database exist and that the password is right (the verify's very check): nothing more to ask.
[ "$(PGPASSWORD=$DB_PASSWORD psql -X -q -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" -t -A -c 'SELECT 1' 2>/dev/null)" = 1 ] \
    && kkt_done
kkt_unit_active postgresql || kkt_unknown "PostgreSQL is installed by the packages step"
exists=$(kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'role') || ' ' || (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
)
[ "$exists" = "1 1" ] || kkt_change "will create the role and database $KKT_DB_NAME"
kkt_change "will set the password of role $KKT_DB_ROLE"
## action
. "$KKT_STATE_DIR/secrets.env"
systemctl enable --now postgresql >/dev/null 2>&1 || true
# The password travels inside this stdin script only; error statements are kept out of the server
# log so that a failure cannot write it there.
kkt_psql_admin -v role="$KKT_DB_ROLE" -v db="$KKT_DB_NAME" <<SQL
SET log_min_error_statement = panic;
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
\set pw '$DB_PASSWORD'
ALTER ROLE :"role" WITH LOGIN PASSWORD :'pw';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'role')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
## verify
. "$KKT_STATE_DIR/secrets.env"
PGPASSWORD=$DB_PASSWORD psql -X -q -h 127.0.0.1 -U "$KKT_DB_ROLE" -d "$KKT_DB_NAME" -t -A -c 'SELECT 1' | grep -qx 1
