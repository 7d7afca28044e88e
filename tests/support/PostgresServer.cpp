#include "PostgresServer.h"

#include "TestCertificateAuthority.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>

#include <signal.h>
#include <unistd.h>

namespace {

bool asRoot()
{
    return geteuid() == 0;
}

QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    // A cluster is ~40 MB: keep the scratch root small, but keep the folder when it did not stop.
    if (stop() && !m_dir.isEmpty() && qEnvironmentVariableIsEmpty("KKT_KEEP_TEST_ENV"))
        QDir(m_dir).removeRecursively();
}

QString PostgresServer::bin(const QString& tool)
{
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + tool;
}

bool PostgresServer::run(const QString& program, const QStringList& arguments, const QByteArray& input,
                         int timeoutMs)
{
    QProcess p;
    if (asRoot()) {
        QStringList quoted{shellQuote(program)};
        for (const QString& a : arguments)
            quoted << shellQuote(a);
        p.start(QStringLiteral("su"), {QStringLiteral("postgres"), QStringLiteral("-s"),
                                       QStringLiteral("/bin/sh"), QStringLiteral("-c"), quoted.join(u' ')});
    } else {
        p.start(program, arguments);
    }
    if (!p.waitForStarted(10000)) {
        m_error = program + QStringLiteral(": cannot start");
        return false;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3")
                      .arg(QFileInfo(program).fileName())
                      .arg(p.exitCode())
                      .arg(QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()));
        p.kill();
        p.waitForFinished(1000);
        return false;
    }
    return true;
}

bool PostgresServer::prepareTemplate(QString* templateDir)
{
    const QString dir = TestEnvironment::scratchRoot() + QStringLiteral("/pg-template");
    *templateDir = dir;
    QLockFile lock(TestEnvironment::scratchRoot() + QStringLiteral("/pg-template.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120000)) {
        m_error = QStringLiteral("cannot lock the PostgreSQL template");
        return false;
    }
    if (QFile::exists(dir + QStringLiteral("/ready")))
        return prepareTls(dir);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString password = QStringLiteral("kkt-test-superuser-pw");
    QFile pw(dir + QStringLiteral("/pwfile"));
    pw.open(QIODevice::WriteOnly);
    pw.write(password.toUtf8());
    pw.close();
    if (asRoot())
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), dir});
    if (!run(bin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"),
              QStringLiteral("--pwfile=") + dir + QStringLiteral("/pwfile"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             {}, 120000))
        return false;
    QFile ready(dir + QStringLiteral("/ready"));
    ready.open(QIODevice::WriteOnly);
    ready.write(password.toUtf8());
    return prepareTls(dir);
}

bool PostgresServer::prepareTls(const QString& templateDir)
{
    // The server certificate names only 127.0.0.1: "localhost" is a name it was not issued for.
    TestCertificateAuthority ca;
    if (!ca.create(templateDir + QStringLiteral("/tls"), QStringLiteral("KKT Deploy test registry CA")) ||
        (!QFile::exists(templateDir + QStringLiteral("/tls/server.crt")) &&
         !ca.issueServerCertificate(QStringLiteral("server"), QStringLiteral("IP:127.0.0.1")))) {
        m_error = ca.error();
        return false;
    }
    return true;
}

bool PostgresServer::requireTls()
{
    QFile hba(dataDirectory() + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read pg_hba.conf");
        return false;
    }
    QStringList lines = QString::fromUtf8(hba.readAll()).split(u'\n');
    hba.close();
    for (QString& line : lines) {
        if (line.startsWith(QStringLiteral("host ")) || line.startsWith(QStringLiteral("host\t")))
            line = QStringLiteral("hostssl") + line.mid(4);
    }
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write pg_hba.conf");
        return false;
    }
    hba.write(lines.join(u'\n').toUtf8());
    hba.close();
    return run(bin(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), dataDirectory(), QStringLiteral("reload")});
}

bool PostgresServer::start()
{
    if (m_dir.isEmpty()) {
        QString templateDir;
        if (!prepareTemplate(&templateDir))
            return false;
        QFile ready(templateDir + QStringLiteral("/ready"));
        ready.open(QIODevice::ReadOnly);
        m_password = QString::fromUtf8(ready.readAll());
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("pg"));
        if (QProcess::execute(QStringLiteral("cp"),
                              {QStringLiteral("-a"), templateDir + QStringLiteral("/data"),
                               templateDir + QStringLiteral("/tls"), m_dir}) != 0) {
            m_error = QStringLiteral("cannot copy the PostgreSQL template");
            return false;
        }
        if (asRoot())
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir});
        m_port = TestEnvironment::freePort();
    }
    // TLS on, as a real registry server has it: clients verify it against caFile().
    const QString options =
        QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c ssl=%3 "
                       "-c ssl_cert_file=%2/tls/server.crt -c ssl_key_file=%2/tls/server.key")
            .arg(m_port)
            .arg(m_dir, m_tls ? QStringLiteral("on") : QStringLiteral("off"));
    if (!run(bin(QStringLiteral("pg_ctl")),
             {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), m_dir + QStringLiteral("/log"),
              QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    const bool ok = run(bin(QStringLiteral("pg_ctl")),
                        {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("fast"),
                         QStringLiteral("-w"), QStringLiteral("stop")});
    if (!ok) {
        // Last resort: the postmaster's PID from its pid file.
        QFile pidFile(dataDirectory() + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const pid_t pid = pidFile.readLine().trimmed().toInt();
            if (pid > 0)
                ::kill(pid, SIGQUIT);
        }
    }
    m_running = false;
    return ok;
}

bool PostgresServer::runSql(const QString& database, const QString& sql, int timeoutMs)
{
    return run(bin(QStringLiteral("psql")),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir, QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), superuser(), QStringLiteral("-d"), database,
                QStringLiteral("-f"), QStringLiteral("-")},
               sql.toUtf8(), timeoutMs);
}

bool PostgresServer::createDatabase(const QString& name)
{
    return runSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\";").arg(name));
}
