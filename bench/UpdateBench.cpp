// Downtime of an update as a client sees it through nginx — /health asked every 50 ms while the
// update runs (HealthProber) — for KKT Deploy's update engine (`kkt-deploy update apply`) and for
// the design's own procedure (a shell script over SSH: stop the services, copy the new code over,
// run the migration, start, probe), each on a fresh Debian 12 systemd host with the sample 1.0.0
// deployed: one update with a database migration (1.0.0 → 1.1.0) and one without (→ 1.1.1).
// Only one systemd host may run on the machine at a time: they run one after the other, and every
// exit path halts the host that is up (BenchHost).
// Usage: KKT_SOURCE_DIR=… KKT_BINARY_DIR=… bench-update [--kkt-only | --script-only]   (defaults compiled
// in); each figure is also said on stderr as soon as it is measured.
#include "BenchHost.h"
#include "HealthProber.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/DeployCli.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/TestEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

const QString domain = QStringLiteral("kkt-bench.example.ru");
const QString botToken =
    QStringLiteral("987654321:BenchBotTokenAAAAAAAAAAAAAAAAAAAAAA"); // 35 after the colon
const QString adminPassword = QStringLiteral("Bench-Admin-Pw-7x!");

struct Release
{
    QString version;
    QString archive;
    QString checksums;
};

struct Figures
{
    bool ok = false;
    double wallS = 0;
    qint64 engineDowntimeMs = -1; // what KKT Deploy measured itself
    HealthProber::Figures seen;
};

// Runs the command line while this thread keeps serving the local Telegram server.
int runCli(const QStringList& arguments, const QString& home, QString* out)
{
    QObject owner;
    QProcess* p = DeployCli::start(&owner, arguments, home, botToken, adminPassword);
    QEventLoop loop;
    QObject::connect(p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    if (p->state() != QProcess::NotRunning)
        loop.exec();
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(5000);
    }
    *out = QString::fromUtf8(p->readAllStandardOutput());
    const QString err = QString::fromUtf8(p->readAllStandardError());
    if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
        say(QStringLiteral("kkt-deploy %1 exited with %2:\n%3")
                .arg(arguments.value(0))
                .arg(p->exitCode())
                .arg(err.right(4000)));
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

// A program on this machine (ssh, scp) with `input` on its standard input.
int runLocal(const QString& program, const QStringList& arguments, const QByteArray& input, QString* out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30 * 60 * 1000);
    *out = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

class Bench
{
public:
    QString dir;
    Release base;
    Release migration;   // 1.1.0-e2e: a manifest and an SQL migration its /health needs
    Release noMigration; // 1.1.1-e2e: no manifest, a patch
    FakeTelegramServer telegram;

    // A fresh host with the sample 1.0.0 deployed by KKT Deploy; its own home (registry, journal).
    bool deploy(BenchHost& host, const QString& home, QString* instanceId)
    {
        QDir().mkpath(home);
        QString error;
        const QString registryFile = home + QStringLiteral("/registry.sqlite");
        RegistryTarget target;
        target.sqlitePath = registryFile;
        {
            Registry registry(target);
            QSqlDatabase db = registry.database(&error);
            if (!SchemaMigrator(target.kind).migrate(db, nullptr, &error)) {
                say(error);
                return false;
            }
        }
        DeployCli::useRegistry(home, registryFile);
        QFile file(home + QStringLiteral("/client.json"));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QJsonDocument(SampleRelease::config(base.archive, base.checksums, host->port(),
                                                       host->clientKey(), domain)
                                     .toJson())
                       .toJson());
        file.close();
        say(QStringLiteral("  deploying %1 …").arg(base.version));
        QString out;
        if (runCli({QStringLiteral("deploy"), file.fileName(), QStringLiteral("--yes"),
                    QStringLiteral("--known-hosts"), home + QStringLiteral("/known_hosts"),
                    QStringLiteral("--accept-new"), QStringLiteral("--journal"),
                    home + QStringLiteral("/journal.sqlite"), QStringLiteral("--telegram-api"),
                    telegram.baseUrl().toString()},
                   home, &out) != 0)
            return false;
        *instanceId =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("instanceId")).toString();
        return instanceId->startsWith(QStringLiteral("INST-"));
    }

    Figures kktUpdate(BenchHost& host, const QString& home, const QString& instanceId, const Release& to)
    {
        Figures f;
        HealthProber prober(domain);
        QElapsedTimer timer;
        prober.start();
        timer.start();
        QString out;
        const int code = runCli(
            {QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--instance"), instanceId,
             QStringLiteral("--identity"), host->clientKey(), QStringLiteral("--known-hosts"),
             home + QStringLiteral("/known_hosts"), QStringLiteral("--journal"),
             home + QStringLiteral("/journal.sqlite"), QStringLiteral("--archive"), to.archive,
             QStringLiteral("--checksums"), to.checksums, QStringLiteral("--yes"), QStringLiteral("--json")},
            home, &out);
        f.wallS = timer.nsecsElapsed() / 1e9;
        // A second of normal service after the update, so that a late failure is seen too.
        QThread::msleep(1000);
        f.seen = prober.stop();
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        f.ok = code == 0 && summary.value(QStringLiteral("status")).toString() == QStringLiteral("succeeded");
        f.engineDowntimeMs = summary.value(QStringLiteral("downtimeMs")).toInteger(-1);
        return f;
    }

    // The design's own procedure, as its hand-run script did it: the archive is uploaded first (not
    // counted as downtime, as a careful operator would do), then one script over SSH.
    Figures scriptUpdate(BenchHost& host, const Release& to, const QString& migrationFile)
    {
        Figures f;
        QString out;
        const QStringList ssh{QStringLiteral("-p"), QString::number(host->port()),
                              QStringLiteral("-i"), host->clientKey(),
                              QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"),
                              QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=/dev/null"),
                              QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR")};
        const QString remoteArchive = QStringLiteral("/root/") + QFileInfo(to.archive).fileName();
        if (runLocal(QStringLiteral("scp"),
                     QStringList{QStringLiteral("-P"), QString::number(host->port()), QStringLiteral("-i"),
                                 host->clientKey(), QStringLiteral("-o"),
                                 QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
                                 QStringLiteral("UserKnownHostsFile=/dev/null"), to.archive,
                                 QStringLiteral("root@127.0.0.1:") + remoteArchive},
                     {}, &out) != 0) {
            say(QStringLiteral("scp failed: ") + out);
            return f;
        }
        const QString migrate =
            migrationFile.isEmpty()
                ? QString()
                : QStringLiteral("set -a; . \"$app/shared/.env\"; set +a\n"
                                 "psql \"$DATABASE_URL\" -X -q -v ON_ERROR_STOP=1 -f \"$rel/%1\"\n")
                      .arg(migrationFile);
        const QString script =
            QStringLiteral("set -eu\n"
                           "app=/home/kktapp/kkt-system\n"
                           "rel=$(readlink -f \"$app/current\")\n"
                           "owner=$(stat -c %U:%G \"$rel\")\n"
                           "systemctl stop kkt-web kkt-bot\n"
                           "tar -xzf %1 -C \"$rel\" --no-same-owner\n"
                           "chown -R \"$owner\" \"$rel\"\n"
                           "%2"
                           "echo %3 > \"$app/.version\"\n"
                           "systemctl start kkt-web kkt-bot\n"
                           "for i in $(seq 1 600); do\n"
                           "  curl -fsS http://127.0.0.1:8000/health >/dev/null && exit 0\n"
                           "  sleep 0.1\n"
                           "done\n"
                           "exit 1\n")
                .arg(remoteArchive, migrate, to.version);
        HealthProber prober(domain);
        QElapsedTimer timer;
        prober.start();
        timer.start();
        const int code =
            runLocal(QStringLiteral("ssh"),
                     ssh + QStringList{QStringLiteral("root@127.0.0.1"), QStringLiteral("bash -s")},
                     script.toUtf8(), &out);
        f.wallS = timer.nsecsElapsed() / 1e9;
        QThread::msleep(1000);
        f.seen = prober.stop();
        f.ok = code == 0;
        if (!f.ok)
            say(QStringLiteral("the script failed (%1):\n%2").arg(code).arg(out.right(3000)));
        return f;
    }
};

QString describe(const Figures& f)
{
    if (!f.ok)
        return QStringLiteral("FAILED");
    return QStringLiteral("%1 of %2 failed, longest gap %3 ms")
        .arg(f.seen.failed)
        .arg(f.seen.requests)
        .arg(f.seen.longestGapMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    BenchHost::prepareProcess(KKT_DEFAULT_SOURCE_DIR, KKT_DEFAULT_BINARY_DIR);
    const bool kktOnly = argc > 1 && std::strcmp(argv[1], "--kkt-only") == 0;
    const bool scriptOnly = argc > 1 && std::strcmp(argv[1], "--script-only") == 0;

    Bench bench;
    bench.dir = TestEnvironment::freshDirectory(QStringLiteral("bench-update"));
    QString error;
    bench.base.version = SampleRelease::version();
    bench.migration.version = SampleUpdateRelease::v110();
    bench.noMigration.version = SampleUpdateRelease::v111();
    if (!SampleRelease::build(bench.dir, &bench.base.archive, &bench.base.checksums, &error) ||
        !SampleUpdateRelease::build(bench.migration.version, bench.dir, &bench.migration.archive,
                                    &bench.migration.checksums, &error) ||
        !SampleUpdateRelease::build(bench.noMigration.version, bench.dir, &bench.noMigration.archive,
                                    &bench.noMigration.checksums, &error)) {
        say(error);
        return 1;
    }
    if (!bench.telegram.listen())
        return 1;
    bench.telegram.addBot(botToken, 987654321, QStringLiteral("KKT bench"), QStringLiteral("kkt_bench_bot"));

    Figures kktMigration, kktPlain, scriptMigration, scriptPlain;
    const auto tell = [](const Figures& f) {
        say(QStringLiteral("    %1; %2 s; KKT Deploy measured %3 ms")
                .arg(describe(f))
                .arg(f.wallS, 0, 'f', 1)
                .arg(f.engineDowntimeMs));
    };
    if (!scriptOnly) {
        BenchHost host(QStringLiteral("bench-update-kkt"));
        say(QStringLiteral("KKT Deploy: booting a fresh Debian 12 host …"));
        QString instanceId;
        const QString home = bench.dir + QStringLiteral("/kkt");
        if (!host.start() || !bench.deploy(host, home, &instanceId)) {
            say(QStringLiteral("the KKT Deploy host could not be prepared: ") + host->error());
            return 1;
        }
        say(QStringLiteral("  update %1 → %2 (migration) …")
                .arg(bench.base.version, bench.migration.version));
        kktMigration = bench.kktUpdate(host, home, instanceId, bench.migration);
        tell(kktMigration);
        say(QStringLiteral("  update %1 → %2 (no migration) …")
                .arg(bench.migration.version, bench.noMigration.version));
        kktPlain = bench.kktUpdate(host, home, instanceId, bench.noMigration);
        tell(kktPlain);
    }
    if (!kktOnly) {
        BenchHost host(QStringLiteral("bench-update-script"));
        say(QStringLiteral("The design's procedure: booting a fresh Debian 12 host …"));
        QString instanceId;
        if (!host.start() || !bench.deploy(host, bench.dir + QStringLiteral("/script"), &instanceId)) {
            say(QStringLiteral("the script host could not be prepared: ") + host->error());
            return 1;
        }
        say(QStringLiteral("  script %1 → %2 (migration) …")
                .arg(bench.base.version, bench.migration.version));
        scriptMigration = bench.scriptUpdate(
            host, bench.migration, QStringLiteral("database/migrations/012_support_request_tags.sql"));
        say(QStringLiteral("  script %1 → %2 (no migration) …")
                .arg(bench.migration.version, bench.noMigration.version));
        scriptPlain = bench.scriptUpdate(host, bench.noMigration, QString());
        say(QStringLiteral("    %1; %2 s").arg(describe(scriptPlain)).arg(scriptPlain.wallS, 0, 'f', 1));
    }

    const auto row = [](const char* name, const QString& a, const QString& b) {
        std::printf("%-34s %-44s %-44s\n", name, qPrintable(a), qPrintable(b));
    };
    // A column left out (--kkt-only, --script-only) stays empty.
    const auto k = [scriptOnly](const QString& text) {
        return scriptOnly ? QString() : text;
    };
    const auto d = [kktOnly](const QString& text) {
        return kktOnly ? QString() : text;
    };
    const auto s = [](const Figures& f) {
        return QStringLiteral("%1 s").arg(f.wallS, 0, 'f', 1);
    };
    const auto ms = [](qint64 v) {
        return QStringLiteral("%1 ms").arg(v);
    };
    std::printf("\nDowntime seen through nginx (/health every 50 ms) while an instance is updated\n");
    row("", QStringLiteral("KKT Deploy (update apply)"),
        QStringLiteral("design's procedure (script over SSH)"));
    row("with a migration: /health requests", k(describe(kktMigration)), d(describe(scriptMigration)));
    row("  wall time of the update", k(s(kktMigration)), d(s(scriptMigration)));
    row("  downtime KKT Deploy measured", k(ms(kktMigration.engineDowntimeMs)), QString());
    row("without a migration: /health requests", k(describe(kktPlain)), d(describe(scriptPlain)));
    row("  wall time of the update", k(s(kktPlain)), d(s(scriptPlain)));
    row("  downtime KKT Deploy measured", k(ms(kktPlain.engineDowntimeMs)), QString());
    row("versions /health reported",
        k((kktMigration.seen.versions + kktPlain.seen.versions).join(QStringLiteral(" → "))),
        d((scriptMigration.seen.versions + scriptPlain.seen.versions).join(QStringLiteral(" → "))));
    std::printf("\naims: no failed request without a migration; with a migration ≤ 5 s; the design's target "
                "< 5 min\n");
    const bool ok = (scriptOnly || (kktMigration.ok && kktPlain.ok)) &&
                    (kktOnly || (scriptMigration.ok && scriptPlain.ok));
    return ok ? 0 : 1;
}
