#include "provisioning/DeploymentPhases.h"
#include "provisioning/StepCatalog.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/DeployCli.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

// The command line killed (SIGKILL) or cancelled (SIGINT; twice: "leave at once") at a random
// moment of a first deployment — every phase with each signal — each time on a fresh Debian 12
// systemd host; then `deploy --list` shows it and one `deploy --resume` (no ID) must end healthy,
// with dpkg consistent and no step left running on the server. A moment is aimed at a phase: the
// run's stderr is watched for the start of a step of that phase (or the phase's progress line), then
// a random offset within the step passes. The offsets come from a seed that is printed;
// KKT_INTERRUPT_SEED=N replays a run, KKT_INTERRUPT_RUNS=N runs only the first N.
class TestDeploymentInterruptions : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelBotTokenAAAAAAAAAAAAAAAAAAA");
    const QString adminPassword = QStringLiteral("Sentinel-Admin-Pw-7x!");

    struct Interruption
    {
        DeploymentPhase phase;
        int signal;
        bool twice = false; // a second SIGINT a moment after the first
    };

    // Every phase with each signal, and the package phase (where apt runs for most of a first
    // deployment) once more: Ctrl+C twice, which leaves apt finishing on the server.
    const QList<Interruption> schedule{
        {DeploymentPhase::Connect, SIGKILL},     {DeploymentPhase::System, SIGINT},
        {DeploymentPhase::Database, SIGKILL},    {DeploymentPhase::Release, SIGINT},
        {DeploymentPhase::Application, SIGKILL}, {DeploymentPhase::Services, SIGINT},
        {DeploymentPhase::Web, SIGKILL},         {DeploymentPhase::Health, SIGINT},
        {DeploymentPhase::Registry, SIGKILL},    {DeploymentPhase::Connect, SIGINT},
        {DeploymentPhase::System, SIGKILL},      {DeploymentPhase::Database, SIGINT},
        {DeploymentPhase::Release, SIGKILL},     {DeploymentPhase::Application, SIGINT},
        {DeploymentPhase::Services, SIGKILL},    {DeploymentPhase::Web, SIGINT},
        {DeploymentPhase::Health, SIGKILL},      {DeploymentPhase::Registry, SIGINT},
        {DeploymentPhase::System, SIGINT, true},
    };

    // Where a phase is aimed at: the start line of one of its steps (or its progress line) in the
    // run's stderr, and the longest random wait after it, in ms, kept within the step's usual length
    // on the test hosts (packages ~20 s, the schema ~0.5 s, the release upload ~50 ms, connect ~0.2 s).
    struct Aim
    {
        QString step; // a step id, or empty: the phase's progress line
        int maxOffsetMs;
    };
    static Aim aimAt(DeploymentPhase phase)
    {
        switch (phase) {
        case DeploymentPhase::Connect:
            // The whole phase (handshake, login, the batched probes) is short: in one CI run a kill
            // 137 ms after its line still landed in it, one 291 ms after it in the next phase.
            return {QString(), 120};
        case DeploymentPhase::System:
            return {QStringLiteral("system.packages"), 15000};
        case DeploymentPhase::Database:
            return {QStringLiteral("database.role"), 400};
        case DeploymentPhase::Release:
            return {QStringLiteral("release.unpack"), 30};
        case DeploymentPhase::Application:
            // The venv is built in the release phase (before `current` moves); the schema is the
            // application phase's longest step.
            return {QStringLiteral("app.schema"), 400};
        case DeploymentPhase::Services:
            return {QStringLiteral("services.start"), 1200};
        case DeploymentPhase::Web:
            return {QStringLiteral("web.nginx"), 250};
        case DeploymentPhase::Health:
            return {QString(), 200};
        case DeploymentPhase::Registry:
            return {QString(), 0};
        }
        return {QString(), 0};
    }

    QRegularExpression anchorOf(DeploymentPhase phase, const DeploymentConfig& config) const
    {
        const Aim aim = aimAt(phase);
        if (aim.step.isEmpty())
            return QRegularExpression(QStringLiteral("^\\[ *%1%\\] ").arg(DeploymentPhases::start(phase)),
                                      QRegularExpression::MultilineOption);
        QString error;
        for (const ProvisioningStep& step : StepCatalog::steps(config, &error)) {
            if (step.id == aim.step)
                return QRegularExpression(QStringLiteral("^▶ ") + QRegularExpression::escape(step.title) +
                                              u'$',
                                          QRegularExpression::MultilineOption);
        }
        return {};
    }

    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_archive;
    QString m_checksums;
    QString m_registryFile;
    quint32 m_seed = 0;
    int m_hostLock = -1;
    QMap<int, QList<DeploymentPhase>> m_hit; // by signal

    static DeploymentPhase phaseAt(int percent)
    {
        DeploymentPhase phase = DeploymentPhase::Connect;
        for (int p = int(DeploymentPhase::Connect); p <= int(DeploymentPhase::Registry); ++p) {
            if (percent >= DeploymentPhases::start(DeploymentPhase(p)))
                phase = DeploymentPhase(p);
        }
        return phase;
    }

    // The last progress percentage in a run's stderr; -1 before the first.
    static int lastPercent(const QString& stderrText)
    {
        static const QRegularExpression progressLine(QStringLiteral("^\\[ *(\\d+)%\\]"),
                                                     QRegularExpression::MultilineOption);
        int percent = -1;
        for (auto m = progressLine.globalMatch(stderrText); m.hasNext();)
            percent = m.next().captured(1).toInt();
        return percent;
    }

    QProcess* startCli(const QStringList& args)
    {
        return DeployCli::start(this, args, m_dir, botToken, adminPassword);
    }

    // Runs the command line to its end; returns the exit code (-1: it crashed) and its outputs.
    int runCli(const QStringList& args, QString* out, QString* err = nullptr)
    {
        QProcess* p = startCli(args);
        QDeadlineTimer deadline(600000);
        while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        *out = QString::fromUtf8(p->readAllStandardOutput());
        const QString errors = QString::fromUtf8(p->readAllStandardError());
        if (err)
            *err = errors;
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        if (code != 0)
            qWarning().noquote() << args.join(u' ') << "exited with" << code << "\n" << errors.right(3000);
        p->deleteLater();
        return code;
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("interruptions"));
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT e2e"), QStringLiteral("kkt_e2e_bot"));
        m_registryFile = m_dir + QStringLiteral("/registry.sqlite");
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QSqlDatabase db = registry.database(&error);
        QVERIFY2(SchemaMigrator(target.kind).migrate(db, nullptr, &error), qPrintable(error));
        QVERIFY(DeployCli::useRegistry(m_dir, m_registryFile));
        // All the hosts of this suite in a row under the machine-wide host lock, held by this process
        // (released by the kernel however it ends), so that other tests' hosts wait for the suite
        // instead of slipping in between its runs.
        const QString cache = qEnvironmentVariableIsEmpty("KKT_HOST_CACHE")
                                  ? QStringLiteral("/var/cache/kkt-deploy-test")
                                  : qEnvironmentVariable("KKT_HOST_CACHE");
        QDir().mkpath(cache);
        m_hostLock = ::open(QFile::encodeName(cache + QStringLiteral("/host.lock")).constData(),
                            O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(m_hostLock >= 0);
        QVERIFY(::flock(m_hostLock, LOCK_EX) == 0);
        qputenv("KKT_HOST_LOCK_HELD", "1");
        bool given = false;
        m_seed = qEnvironmentVariable("KKT_INTERRUPT_SEED").toUInt(&given); // seeds go up to 2^32-1
        if (!given)
            m_seed = QRandomGenerator::global()->generate();
        qInfo().noquote()
            << QStringLiteral("interruption seed %1 (replay: KKT_INTERRUPT_SEED=%1)").arg(m_seed);
    }

    void interruptedDeploymentsResumeHealthy_data()
    {
        QTest::addColumn<int>("index");
        bool limited = false;
        const int runs = qEnvironmentVariableIntValue("KKT_INTERRUPT_RUNS", &limited);
        for (int i = 0; i < (limited ? qMin(runs, int(schedule.size())) : int(schedule.size())); ++i) {
            const Interruption& it = schedule.at(i);
            QTest::newRow(qPrintable(QStringLiteral("%1 %2%3").arg(i).arg(
                DeploymentPhases::key(it.phase), it.signal == SIGKILL ? QStringLiteral(" SIGKILL")
                                                 : it.twice           ? QStringLiteral(" SIGINT×2")
                                                                      : QStringLiteral(" SIGINT"))))
                << i;
        }
    }

    void interruptedDeploymentsResumeHealthy()
    {
        QFETCH(int, index);
        const Interruption it = schedule.at(index);
        QRandomGenerator random(m_seed + quint32(index));
        const Aim aim = aimAt(it.phase);
        const int offsetMs = aim.maxOffsetMs ? int(random.bounded(aim.maxOffsetMs)) : 0;
        const QString signalName = it.signal == SIGKILL ? QStringLiteral("SIGKILL")
                                   : it.twice           ? QStringLiteral("SIGINT×2")
                                                        : QStringLiteral("SIGINT");

        SystemdHost host(QStringLiteral("interrupt-%1").arg(index));
        QVERIFY2(host.start(), qPrintable(host.error()));
        QElapsedTimer clock;
        clock.start();
        const QString run = m_dir + QStringLiteral("/run-%1").arg(index);
        QDir().mkpath(run);
        const QString config = run + QStringLiteral("/client.json");
        DeploymentConfig c = SampleRelease::config(m_archive, m_checksums, host.port(), host.clientKey(),
                                                   QStringLiteral("kkt-e2e.example.ru"));
        c.admin.passwordMode = PasswordMode::Typed;
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(c.toJson()).toJson());
        }
        const QRegularExpression anchor = anchorOf(it.phase, c);
        QVERIFY2(anchor.isValid() && !anchor.pattern().isEmpty(), "no step to aim at");
        // A run killed while it connects has not remembered the host key yet: every run accepts it.
        const QStringList common{QStringLiteral("--known-hosts"), run + QStringLiteral("/known_hosts"),
                                 QStringLiteral("--accept-new"), QStringLiteral("--journal"),
                                 run + QStringLiteral("/journal.sqlite")};
        const QStringList deploy =
            QStringList{QStringLiteral("deploy"), config, QStringLiteral("--yes"),
                        QStringLiteral("--telegram-api"), m_telegram.baseUrl().toString()} +
            common;

        // The first deployment, interrupted once the aimed line shows and the random offset has passed.
        QProcess* cli = startCli(deploy);
        QString seen;
        QString atSignal; // stderr as it was when the signal went
        QElapsedTimer sinceAnchor;
        bool signalled = false;
        QDeadlineTimer deadline(600000);
        while (cli->state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(5); // the event loop serves Telegram for the run meanwhile
            seen += QString::fromUtf8(cli->readAllStandardError());
            if (!sinceAnchor.isValid() && anchor.match(seen).hasMatch())
                sinceAnchor.start();
            if (!sinceAnchor.isValid())
                continue;
            const qint64 left = offsetMs - sinceAnchor.elapsed();
            if (left > 0 && left < 50)
                QThread::msleep(quint64(left)); // short steps: aimed to the millisecond
            if (sinceAnchor.elapsed() < offsetMs)
                continue;
            atSignal = seen;
            ::kill(pid_t(cli->processId()), it.signal);
            if (it.twice) {
                QTest::qWait(1000);
                ::kill(pid_t(cli->processId()), it.signal);
            }
            signalled = true;
            break;
        }
        QVERIFY2(cli->state() == QProcess::NotRunning || cli->waitForFinished(600000),
                 "the interrupted run did not end");
        seen += QString::fromUtf8(cli->readAllStandardError());
        const QString firstOut = QString::fromUtf8(cli->readAllStandardOutput());
        // Finished first: the run handed over its result (the summary) before the signal ended it.
        const bool finishedFirst =
            QJsonDocument::fromJson(firstOut.toUtf8()).object().value(QStringLiteral("status")).toString() ==
            QStringLiteral("succeeded");
        // Where the signal landed: a SIGKILL ends the run at once, so its last progress line is exact;
        // a Ctrl+C runs on to a safe point, so it is where the run was when the signal went.
        const int percent = lastPercent(it.signal == SIGKILL ? seen : atSignal);
        const DeploymentPhase phase = phaseAt(qMax(percent, 0));
        qInfo().noquote() << QStringLiteral("run %1: %2 %3 ms after “%4” (replay: KKT_INTERRUPT_SEED=%5), "
                                            "landed in %6 (last progress %7%)%8")
                                 .arg(index)
                                 .arg(signalName)
                                 .arg(offsetMs)
                                 .arg(anchor.pattern())
                                 .arg(m_seed)
                                 .arg(DeploymentPhases::key(phase))
                                 .arg(percent)
                                 .arg(finishedFirst ? QStringLiteral(" — it had finished first") : QString());
        QVERIFY2(signalled, qPrintable(QStringLiteral("the run ended by itself before the signal:\n") +
                                       seen.right(3000)));
        if (!finishedFirst)
            m_hit[it.signal] << phase;
        if (it.signal == SIGINT && !finishedFirst) {
            QVERIFY2(cli->exitStatus() == QProcess::NormalExit && cli->exitCode() == 11,
                     qPrintable(QStringLiteral("Ctrl+C: exit %1, expected 11 (cancelled)\n%2")
                                    .arg(cli->exitCode())
                                    .arg(seen.right(3000))));
            // Ctrl+C during the package transaction: it finished before the run ended (once), or
            // goes on on the server while the run left at once (twice).
            if (seen.contains(QStringLiteral("Finishing the package installation safely"))) {
                qInfo().noquote()
                    << QStringLiteral("run %1: Ctrl+C waited for the package transaction").arg(index);
                if (it.twice && !seen.contains(QStringLiteral("cancelled before"))) {
                    QVERIFY2(seen.contains(QStringLiteral("the next run waits for it")),
                             qPrintable(seen.right(2000)));
                } else if (!it.twice) {
                    QString audit;
                    QCOMPARE(host.run(QStringLiteral("dpkg --audit; systemctl list-units --plain --no-legend "
                                                     "'kkt-deploy-step-*'; true"),
                                      &audit),
                             0);
                    QCOMPARE(audit.trimmed(), QString());
                }
            }
        }

        // The journal lists it as resumable, with the step it was in.
        QString out;
        QCOMPARE(
            runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("--list"), QStringLiteral("--json")} +
                       common,
                   &out),
            0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject row = list.first().toObject();
        QCOMPARE(row.value(QStringLiteral("resumable")).toBool(), !finishedFirst);
        if (it.signal == SIGKILL && !finishedFirst)
            QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("interrupted"));

        // One resume, without an ID, ends healthy.
        QString err;
        QCOMPARE(
            runCli(finishedFirst ? deploy : deploy + QStringList{QStringLiteral("--resume")}, &out, &err), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        if (!finishedFirst)
            QCOMPARE(summary.value(QStringLiteral("deploymentId")).toString(),
                     row.value(QStringLiteral("id")).toString());
        const QJsonArray health = summary.value(QStringLiteral("health")).toArray();
        QVERIFY(!health.isEmpty());
        for (const QJsonValue& check : health)
            QVERIFY2(check.toObject().value(QStringLiteral("passed")).toBool(),
                     qPrintable(QJsonDocument(check.toObject()).toJson()));

        // dpkg is consistent, nothing of the run is left running, and the lock is gone.
        QString audit;
        QCOMPARE(host.run(QStringLiteral("dpkg --audit; ls -A /var/lib/dpkg/updates; "
                                         "systemctl list-units --plain --no-legend 'kkt-deploy-step-*'; "
                                         "ls /var/lib/kkt-deploy/deploy.lock 2>/dev/null; true"),
                          &audit),
                 0);
        QCOMPARE(audit.trimmed(), QString());
        qInfo().noquote() << QStringLiteral("run %1: interrupted and resumed in %2 s")
                                 .arg(index)
                                 .arg(clock.elapsed() / 1000);
        host.stop();
    }

    void cleanupTestCase()
    {
        if (m_hostLock >= 0)
            ::close(m_hostLock);
    }

    void everyPhaseWasInterrupted()
    {
        if (!qEnvironmentVariableIsEmpty("KKT_INTERRUPT_RUNS"))
            QSKIP("a partial schedule (KKT_INTERRUPT_RUNS) does not cover every phase");
        QStringList missed;
        for (int p = int(DeploymentPhase::Connect); p <= int(DeploymentPhase::Registry); ++p) {
            if (!m_hit.value(SIGKILL).contains(DeploymentPhase(p)))
                missed << DeploymentPhases::key(DeploymentPhase(p)) + QStringLiteral(" (SIGKILL)");
            // A Ctrl+C during the registry record lets it complete: that run finishes first.
            if (!m_hit.value(SIGINT).contains(DeploymentPhase(p)) &&
                DeploymentPhase(p) != DeploymentPhase::Registry)
                missed << DeploymentPhases::key(DeploymentPhase(p)) + QStringLiteral(" (SIGINT)");
        }
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not interrupted: ") + missed.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentInterruptions)
#include "TestDeploymentInterruptions.moc"
