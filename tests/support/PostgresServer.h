#pragma once

#include <QString>

// A real PostgreSQL 15 for one test, on a free port, in a fresh folder under the scratch root,
// stopped in the destructor. initdb runs once per test run: later servers copy that cluster
// (a template folder under the scratch root), which takes a fraction of a second.
// As root the server runs as the postgres user (it refuses to run as root).
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

    // Runs SQL as the superuser through psql (ON_ERROR_STOP); false with error() set on failure.
    bool runSql(const QString& database, const QString& sql, int timeoutMs = 60000);
    bool createDatabase(const QString& name);

private:
    bool run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
             int timeoutMs = 60000);
    bool prepareTemplate(QString* templateDir);
    static QString bin(const QString& tool);

    QString m_dir;
    QString m_password;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};
