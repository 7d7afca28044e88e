#include "UpdateTestSetup.h"
#include "provisioning/HttpProbe.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/DeployCli.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SampleUpdateRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `kkt-deploy update apply --all` on a registry of three active instances: the sample 1.0.0 really
// deployed on one systemd host, and two whose servers refuse the connection (127.0.0.1, a port
// nothing listens on). An unreachable canary halts the fleet after wave 1 and the real instance is
// not touched (its version, its history); the real instance as the canary is updated to 1.1.0 and
// healthy, its history row names its wave, then the unreachable instance of wave 2 fails and halts
// the fleet, the third is not started; both runs exit non-zero and say so in their summaries; no
// secret of the server, the bot or the administrator in any output, the journal or the registry.
class TestFleetUpdateEndToEnd : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelBotTokenFleetAAAAAAAAAAAAAA");
    const QString adminPassword = QStringLiteral("Sentinel-Admin-Pw-7x!");

    SystemdHost m_host{QStringLiteral("fleet-host")};
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_knownHosts;
    QString m_journal;
    QString m_registryFile;
    QString m_instanceId;
    QStringList m_unreachable;
    QString m_archive110;
    QString m_checksums110;
    QStringList m_outputs; // every command's stdout and stderr but the deployment's result

    int cli(const QStringList& args, QString* out, QString* err = nullptr)
    {
        QProcess* p = DeployCli::start(this, args, m_dir, botToken, adminPassword);
        QDeadlineTimer deadline(600000);
        while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        *out = QString::fromUtf8(p->readAllStandardOutput());
        const QString errText = QString::fromUtf8(p->readAllStandardError());
        if (err)
            *err = errText;
        m_outputs << *out << errText;
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        if (code != 0)
            qInfo().noquote() << "kkt-deploy" << args.value(0) << "exited with" << code << "\n"
                              << errText.right(3000);
        return code;
    }

    // update apply --all with the 1.1.0 archive, as the operator runs it.
    int fleet(const QString& canary, QJsonObject* report)
    {
        QString out;
        const int code =
            cli({QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--all"),
                 QStringLiteral("--canary"), canary, QStringLiteral("--archive"), m_archive110,
                 QStringLiteral("--checksums"), m_checksums110, QStringLiteral("--identity"),
                 m_host.clientKey(), QStringLiteral("--known-hosts"), m_knownHosts,
                 QStringLiteral("--journal"), m_journal, QStringLiteral("--yes"), QStringLiteral("--json")},
                &out);
        *report = QJsonDocument::fromJson(out.toUtf8()).object();
        return code;
    }
    static QString statusOf(const QJsonObject& report, const QString& instance)
    {
        for (const QJsonValue v : report.value(QStringLiteral("instances")).toArray()) {
            if (v.toObject().value(QStringLiteral("instance")).toString() == instance)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return QStringLiteral("absent");
    }
    QJsonArray history()
    {
        QString out;
        cli({QStringLiteral("registry"), QStringLiteral("history"), m_instanceId, QStringLiteral("--json")},
            &out);
        return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("history")).toArray();
    }
    QString version() const
    {
        QString out;
        m_host.run(QStringLiteral("cat /home/kktapp/kkt-system/.version"), &out);
        return out.trimmed();
    }
    QString health() const
    {
        const HttpProbe::Reply r =
            HttpProbe::get(QUrl(QStringLiteral("http://127.0.0.1:8000/health")), {}, 10000);
        return r.status == 200 ? r.json().value(QStringLiteral("version")).toString()
                               : QStringLiteral("HTTP %1").arg(r.status);
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("fleet"));
        m_journal = m_dir + QStringLiteral("/journal.sqlite");
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");
        QString archive, checksums, error;
        QVERIFY2(SampleRelease::build(m_dir, &archive, &checksums, &error), qPrintable(error));
        QVERIFY2(SampleUpdateRelease::build(SampleUpdateRelease::v110(), m_dir, &m_archive110,
                                            &m_checksums110, &error),
                 qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT fleet"), QStringLiteral("kkt_fleet_bot"));
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));

        m_registryFile = m_dir + QStringLiteral("/registry.sqlite");
        QVERIFY2(UpdateTestSetup::registry(m_dir, m_registryFile, &error), qPrintable(error));
        const QString config = m_dir + QStringLiteral("/client.json");
        QVERIFY(UpdateTestSetup::writeConfig(
            config, SampleRelease::config(archive, checksums, m_host.port(), m_host.clientKey(),
                                          QStringLiteral("kkt-fleet.example.ru"))));
        QString out;
        QCOMPARE(
            cli({QStringLiteral("deploy"), config, QStringLiteral("--yes"), QStringLiteral("--known-hosts"),
                 m_knownHosts, QStringLiteral("--accept-new"), QStringLiteral("--journal"), m_journal,
                 QStringLiteral("--telegram-api"), m_telegram.baseUrl().toString()},
                &out),
            0);
        m_outputs.removeAll(out); // it gives the administrator's password once, by design
        m_instanceId =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("instanceId")).toString();
        QVERIFY(m_instanceId.startsWith(QStringLiteral("INST-")));
        QCOMPARE(health(), SampleRelease::version());

        // Two more active instances whose servers refuse the connection.
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QVERIFY2(registry.open(&error), qPrintable(error));
        const quint16 closed = TestEnvironment::freePort();
        for (const QString& name :
             {QStringLiteral("INST-20261101000001"), QStringLiteral("INST-20261101000002")}) {
            InstanceRecord r;
            r.uuid = QUuid::createUuid();
            r.name = r.instanceNumber = name;
            r.company = QStringLiteral("OOO Unreachable");
            r.ip = r.sshHost = QStringLiteral("127.0.0.1");
            r.sshPort = closed;
            r.sshUser = QStringLiteral("root");
            r.hostKeyFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            r.mode = QStringLiteral("production");
            r.version = SampleRelease::version();
            r.deployedAt = QDateTime::currentDateTimeUtc().addDays(-30);
            QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
            m_unreachable << name;
        }
    }

    void anUnreachableCanaryHaltsBeforeTheRealInstance()
    {
        const int historyBefore = int(history().size());
        QJsonObject report;
        QCOMPARE(fleet(m_unreachable.first(), &report), 1);
        QVERIFY(report.value(QStringLiteral("halted")).toBool());
        QCOMPARE(report.value(QStringLiteral("haltedInWave")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("waves")).toInt(), 3);
        QCOMPARE(statusOf(report, m_unreachable.first()), QStringLiteral("failed"));
        QCOMPARE(statusOf(report, m_instanceId), QStringLiteral("not_started"));
        QCOMPARE(statusOf(report, m_unreachable.last()), QStringLiteral("not_started"));
        // Not touched: the version it runs, its history.
        QCOMPARE(version(), SampleRelease::version());
        QCOMPARE(health(), SampleRelease::version());
        QCOMPARE(int(history().size()), historyBefore);
    }

    void theRealCanaryIsUpdatedThenWaveTwoHalts()
    {
        QJsonObject report;
        QCOMPARE(fleet(m_instanceId, &report), 1);
        QCOMPARE(statusOf(report, m_instanceId), QStringLiteral("updated"));
        QCOMPARE(report.value(QStringLiteral("haltedInWave")).toInt(), 2);
        const QJsonObject summary = report.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("not_started")).toInt(), 1);
        QCOMPARE(version(), SampleUpdateRelease::v110());
        QCOMPARE(health(), SampleUpdateRelease::v110());
        const QJsonObject row = history().first().toObject(); // newest first
        QVERIFY2(row.value(QStringLiteral("notes")).toString().contains(QStringLiteral("fleet wave 1/3")),
                 qPrintable(QJsonDocument(row).toJson()));
        // Run again: the real instance is on 1.1.0 now and skipped as such.
        QCOMPARE(fleet(m_unreachable.last(), &report), 1);
        QCOMPARE(statusOf(report, m_instanceId), QStringLiteral("skipped"));
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("skipped")).toInt(),
                 1);
    }

    void secretsLeakNowhere()
    {
        QString serverSecrets;
        QCOMPARE(m_host.run(QStringLiteral("cut -d= -f2- /var/lib/kkt-deploy/production/secrets.env"),
                            &serverSecrets),
                 0);
        QStringList secrets = serverSecrets.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(secrets.size(), 3);
        secrets << botToken << adminPassword;
        QByteArray files;
        for (const QString& path : {m_journal, m_registryFile}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            files += f.readAll();
        }
        for (int i = 0; i < secrets.size(); ++i) {
            QVERIFY2(!files.contains(secrets.at(i).toUtf8()),
                     qPrintable(QStringLiteral("secret %1 is in a file").arg(i)));
            for (int o = 0; o < m_outputs.size(); ++o) {
                const QString& output = m_outputs.at(o);
                const qsizetype at = output.indexOf(secrets.at(i));
                QVERIFY2(at < 0,
                         qPrintable(QStringLiteral("secret %1 is in output %2: …%3…")
                                        .arg(i)
                                        .arg(o)
                                        .arg(output.mid(qMax(0, at - 300), 600)
                                                 .replace(secrets.at(i), QStringLiteral("<SECRET>")))));
            }
        }
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestFleetUpdateEndToEnd)
#include "TestFleetUpdateEndToEnd.moc"
