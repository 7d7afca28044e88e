#pragma once

#include <QString>

// A real PostgreSQL 15 for one test, on a free port, in a fresh folder under the scratch root,
// stopped in the destructor. initdb runs once per test run: later servers copy that cluster
// (a template folder under the scratch root), which takes a fraction of a second.
// As root the server runs as the postgres user (it refuses to run as root). TLS is on, with a
// certificate from a test CA (caFile()).
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Creates the cluster and starts it; false with error() set when that fails.
    bool start();
    bool stop();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    // The superuser's password (scram over TCP; the Unix socket trusts local users).
    QString superuserPassword() const { return m_password; }
    QString dataDirectory() const { return m_dir + QStringLiteral("/data"); }
    // The server speaks TLS with a certificate for 127.0.0.1 signed by this CA (PEM).
    QString caFile() const { return m_dir + QStringLiteral("/tls/ca.crt"); }
    // From now on TCP clients must use TLS (hostssl in pg_hba.conf, reloaded).
    bool requireTls();
    // Before start(): a server without TLS (ssl=off), as an old registry server may be.
    void setTlsEnabled(bool enabled) { m_tls = enabled; }

    // Runs SQL as the superuser through psql (ON_ERROR_STOP); false with error() set on failure.
    bool runSql(const QString& database, const QString& sql, int timeoutMs = 60000);
    bool createDatabase(const QString& name);

private:
    bool run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
             int timeoutMs = 60000);
    bool prepareTemplate(QString* templateDir);
    bool prepareTls(const QString& templateDir);
    static QString bin(const QString& tool);

    QString m_dir;
    QString m_password;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_tls = true;
    QString m_error;
};
