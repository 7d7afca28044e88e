#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/DeployCli.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

// `kkt-deploy update apply --all` without a server to update (two active instances whose servers
// refuse the connection): bad fleet options are named with their fix and exit 2 before anything is
// read; the plan is printed before the question, and without approval nothing starts; an unknown
// canary is refused; approved, the canary fails, the fleet halts and the summary and exit code say
// so; Ctrl+C while the canary runs stops it at its safe point and starts nothing more. A real update
// in waves is TestFleetUpdateEndToEnd's.
class TestFleetApply : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_home;
    QString m_archive;
    QString m_checksums;
    QStringList m_instances;

    // Runs update apply with the fleet's release; stdin is closed at once (no answer to a question).
    int fleet(const QStringList& extra, QString* out, QString* err)
    {
        QProcess* p = DeployCli::start(
            this,
            QStringList{QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--archive"),
                        m_archive, QStringLiteral("--checksums"), m_checksums, QStringLiteral("--journal"),
                        m_dir + QStringLiteral("/journal.sqlite")} +
                extra,
            m_home, QString(), QString());
        p->closeWriteChannel();
        if (!p->waitForFinished(100000))
            p->kill();
        p->waitForFinished(5000);
        *out = QString::fromUtf8(p->readAllStandardOutput());
        *err = QString::fromUtf8(p->readAllStandardError());
        const int code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
        delete p;
        return code;
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("fleet-apply"));
        m_home = m_dir + QStringLiteral("/home");
        QString error;
        QVERIFY2(SampleRelease::build(m_dir, &m_archive, &m_checksums, &error), qPrintable(error));
        const QString file = m_dir + QStringLiteral("/registry.sqlite");
        RegistryTarget target;
        target.sqlitePath = file;
        Registry registry(target);
        QSqlDatabase db = registry.database(&error);
        QVERIFY2(SchemaMigrator(target.kind).migrate(db, nullptr, &error), qPrintable(error));
        QVERIFY2(registry.open(&error), qPrintable(error));
        const quint16 closed = TestEnvironment::freePort();
        for (const QString& name :
             {QStringLiteral("INST-20261129150001"), QStringLiteral("INST-20261129150002")}) {
            InstanceRecord r;
            r.uuid = QUuid::createUuid();
            r.name = r.instanceNumber = name;
            r.ip = r.sshHost = QStringLiteral("127.0.0.1");
            r.sshPort = closed;
            r.sshUser = QStringLiteral("root");
            r.hostKeyFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            r.mode = QStringLiteral("production");
            r.payloadProfile = SampleRelease::profile();
            r.version = QStringLiteral("0.9.0-e2e");
            r.deployedAt = QDateTime::currentDateTimeUtc().addDays(-int(m_instances.size()));
            QVERIFY2(registry.upsertInstance(r, &error), qPrintable(error));
            m_instances << name;
        }
        QVERIFY(DeployCli::useRegistry(m_home, file));
    }

    void badOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("share 0") << QStringList{QStringLiteral("--all"), QStringLiteral("--share"),
                                                QStringLiteral("0")}
                                 << QStringLiteral(
                                        "--share: 0 is not a percentage of the fleet — give 1 to 100");
        QTest::newRow("concurrency abc")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--concurrency"), QStringLiteral("abc")}
            << QStringLiteral("--concurrency: “abc” is not a whole number — give e.g. --concurrency 2");
        QTest::newRow("negative failures")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--max-failures"), QStringLiteral("-1")}
            << QStringLiteral("--max-failures: -1 is negative");
        QTest::newRow("canary without --all")
            << QStringList{QStringLiteral("--instance"), QStringLiteral("INST-20261129150001"),
                           QStringLiteral("--canary"), QStringLiteral("INST-20261129150001")}
            << QStringLiteral("add --all to update apply");
        QTest::newRow("--all with --at")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--at"), QStringLiteral("23:00")}
            << QStringLiteral("--instance, --at and --resume are for one instance");
        QTest::newRow("unknown canary")
            << QStringList{QStringLiteral("--all"), QStringLiteral("--canary"), QStringLiteral("INST-NONE")}
            << QStringLiteral("--canary: INST-NONE is no active instance of the registry");
    }
    void badOptionsAreNamed()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QString out, err;
        QCOMPARE(fleet(options, &out, &err), 2);
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void withoutApprovalNothingStarts()
    {
        QString out, err;
        QCOMPARE(fleet({QStringLiteral("--all")}, &out, &err), 2);
        // The plan came first: both instances, the check's failure, the concurrency and the threshold.
        QVERIFY2(err.contains(QStringLiteral("1/2   ") + m_instances.last()), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("0.9.0-e2e → ") + SampleRelease::version()), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("check failed:")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Concurrency 2, halts when more than 0 fail.")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("not approved; nothing was changed")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("updating")), qPrintable(err));
    }

    void approvedTheFailingCanaryHaltsTheFleet()
    {
        QString out, err;
        QCOMPARE(fleet({QStringLiteral("--all"), QStringLiteral("--yes"), QStringLiteral("--canary"),
                        m_instances.first()},
                       &out, &err),
                 1);
        QVERIFY2(out.contains(
                     QStringLiteral("0 updated, 0 rolled back, 1 failed, 0 skipped, 1 not started — halted "
                                    "in wave 1/2")),
                 qPrintable(out + err));
        QVERIFY2(err.contains(QStringLiteral("[fleet wave 1/2 ") + m_instances.first() +
                              QStringLiteral("] failed: ")),
                 qPrintable(err));
        QCOMPARE(fleet({QStringLiteral("--all"), QStringLiteral("--yes"), QStringLiteral("--max-failures"),
                        QStringLiteral("1"), QStringLiteral("--json")},
                       &out, &err),
                 1);
        const QJsonObject report = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!report.value(QStringLiteral("halted")).toBool(),
                 qPrintable(out)); // 2 failures > 1, but none left
        QCOMPARE(report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("failed")).toInt(),
                 2);
        QCOMPARE(
            report.value(QStringLiteral("plan")).toObject().value(QStringLiteral("planned")).toArray().size(),
            2);
    }

    void ctrlCStartsNothingMore()
    {
        // The canary's "server" accepts the connection and never speaks SSH: its update is running
        // when Ctrl+C comes.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RegistryTarget target;
        target.sqlitePath = m_dir + QStringLiteral("/registry.sqlite");
        Registry registry(target);
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const std::optional<InstanceRecord> found = registry.findInstance(m_instances.first(), &error);
        QVERIFY2(found, qPrintable(error));
        InstanceRecord canary = *found;
        const int closedPort = canary.sshPort;
        canary.sshPort = silent.serverPort();
        QVERIFY2(registry.upsertInstance(canary, &error), qPrintable(error));

        QProcess* p = DeployCli::start(
            this,
            {QStringLiteral("update"), QStringLiteral("apply"), QStringLiteral("--all"),
             QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--max-failures"),
             QStringLiteral("5"), QStringLiteral("--canary"), m_instances.first(),
             QStringLiteral("--archive"), m_archive, QStringLiteral("--checksums"), m_checksums,
             QStringLiteral("--journal"), m_dir + QStringLiteral("/journal.sqlite")},
            m_home, QString(), QString());
        p->closeWriteChannel();
        p->setReadChannel(QProcess::StandardError); // what waitForReadyRead() waits for
        QByteArray err;
        while (!err.contains("] updating ") && p->state() != QProcess::NotRunning &&
               p->waitForReadyRead(60000))
            err += p->readAllStandardError();
        QVERIFY2(err.contains("] updating "), err.constData());
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(100000));
        const QJsonObject report = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        canary.sshPort = closedPort;
        QVERIFY2(registry.upsertInstance(canary, &error), qPrintable(error));
        QVERIFY2(report.value(QStringLiteral("cancelled")).toBool(),
                 qPrintable(QJsonDocument(report).toJson()));
        // The canary stopped at its safe point (here: its connection); the second wave never started.
        const QJsonArray instances = report.value(QStringLiteral("instances")).toArray();
        QCOMPARE(instances.at(0).toObject().value(QStringLiteral("instance")).toString(),
                 m_instances.first());
        QVERIFY2(instances.at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("Cancelled")),
                 qPrintable(QJsonDocument(report).toJson()));
        QCOMPARE(instances.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("not_started"));
        QCOMPARE(p->exitCode(), 11);
        delete p;
    }
};

QTEST_GUILESS_MAIN(TestFleetApply)
#include "TestFleetApply.moc"
