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
#include <QRegularExpression>
#include <QTest>

// Updates on a real Debian 12 server with systemd, through the command line, in one boot: the
// sample 1.0.0 deployed and data written through its API; `update check` offers 1.1.0 with its
// changelog; 1.1.0 applied (its migration, which its /health needs, runs; the data stays; the
// downtime is measured); 1.2.0, whose web service fails its health check, rolled back
// automatically with the database identical to before (dumps compared), .env unchanged and the
// downtime of its switch recorded; a manual rollback to 1.0.0 with the database of before 1.1.0; a
// rollback outside the window refused; the application killed during a switch and resumed, ending on
// one healthy version; no secret anywhere.
class TestUpdateEndToEnd : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelBotTokenUpdateAAAAAAAAAAAAA");
    const QString adminPassword = QStringLiteral("Sentinel-Admin-Pw-7x!"); // what DeployCli passes

    SystemdHost m_host{QStringLiteral("update-host")};
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_knownHosts;
    QString m_journal;
    QString m_registryFile;
    QString m_instanceId;
    QString m_database;
    QMap<QString, QPair<QString, QString>> m_releases; // version → archive, checksums
    QStringList m_cliOutputs;

    QProcess* startCli(const QStringList& args)
    {
        return DeployCli::start(this, args, m_dir, botToken, adminPassword);
    }

    int finishCli(QProcess* p, QString* stdoutText = nullptr, QString* stderrText = nullptr)
    {
        QDeadlineTimer deadline(900000);
        while (p->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(50);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        m_cliOutputs << out << err;
        if (stdoutText)
            *stdoutText = out;
        if (stderrText)
            *stderrText = err;
        if (p->exitStatus() != QProcess::NormalExit)
            return -1;
        if (p->exitCode() != 0)
            qWarning().noquote() << "kkt-deploy" << p->arguments().value(0) << "exited with" << p->exitCode()
                                 << "\n"
                                 << err.right(4000);
        return p->exitCode();
    }

    QStringList instanceArgs(const QStringList& command) const
    {
        return command + QStringList{QStringLiteral("--instance"),    m_instanceId,
                                     QStringLiteral("--identity"),    m_host.clientKey(),
                                     QStringLiteral("--known-hosts"), m_knownHosts,
                                     QStringLiteral("--journal"),     m_journal,
                                     QStringLiteral("--json")};
    }
    QStringList releaseArgs(const QString& version) const
    {
        return {QStringLiteral("--archive"), m_releases.value(version).first, QStringLiteral("--checksums"),
                m_releases.value(version).second};
    }
    QJsonObject applyUpdate(const QString& version, int expectedExit)
    {
        QString out;
        const int code = finishCli(startCli(instanceArgs({QStringLiteral("update"), QStringLiteral("apply")})
                                            << releaseArgs(version) << QStringLiteral("--yes")),
                                   &out);
        if (code != expectedExit)
            qWarning() << "exit" << code << "expected" << expectedExit << out;
        return code == expectedExit ? QJsonDocument::fromJson(out.toUtf8()).object() : QJsonObject();
    }

    QString host(const QString& command) const
    {
        QString out;
        m_host.run(command, &out, 300000);
        return out.trimmed();
    }
    QString sql(const QString& statement) const
    {
        return host(QStringLiteral("cd /tmp && runuser -u postgres -- psql -X -q -At -d %1 -c \"%2\"")
                        .arg(m_database, statement));
    }
    // The database as SQL, without the random key pg_dump writes on each run (restrict lines).
    QString dump() const
    {
        return host(
            QStringLiteral("cd /tmp && runuser -u postgres -- pg_dump --no-owner --no-privileges %1 | "
                           "grep -v -e '^\\\\restrict ' -e '^\\\\unrestrict '")
                .arg(m_database));
    }
    QString envState() const
    {
        return host(
            QStringLiteral("cd /home/kktapp/kkt-system/shared && md5sum .env && stat -c '%a %U' .env"));
    }
    QString version() const { return host(QStringLiteral("cat /home/kktapp/kkt-system/.version")); }
    // The version /health reports, or the HTTP status when it is not healthy.
    QString health() const
    {
        const HttpProbe::Reply r =
            HttpProbe::get(QUrl(QStringLiteral("http://127.0.0.1:8000/health")), {}, 10000);
        return r.status == 200 ? r.json().value(QStringLiteral("version")).toString()
                               : QStringLiteral("HTTP %1").arg(r.status);
    }
    // Writes a support request through the application's API (login, then POST).
    bool writeThroughApi(const QString& message)
    {
        const HttpProbe::Reply login =
            HttpProbe::postJson(QUrl(QStringLiteral("http://127.0.0.1:8000/api/auth/login")),
                                {{QStringLiteral("username"), QStringLiteral("admin")},
                                 {QStringLiteral("password"), adminPassword}},
                                {}, 10000);
        const QByteArray token = login.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const HttpProbe::Reply created = HttpProbe::postJson(
            QUrl(QStringLiteral("http://127.0.0.1:8000/api/support-requests")),
            {{QStringLiteral("message"), message}}, {{"Authorization", "Bearer " + token}}, 10000);
        return created.status == 201;
    }
    QJsonArray history()
    {
        QString out;
        finishCli(startCli({QStringLiteral("registry"), QStringLiteral("history"), m_instanceId,
                            QStringLiteral("--json")}),
                  &out);
        return QJsonDocument::fromJson(out.toUtf8())
            .object()
            .value(QStringLiteral("history"))
            .toArray(); // newest first
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("update"));
        m_journal = m_dir + QStringLiteral("/journal.sqlite");
        QString archive, checksums, error;
        QVERIFY2(SampleRelease::build(m_dir, &archive, &checksums, &error), qPrintable(error));
        for (const QString& v :
             {SampleUpdateRelease::v110(), SampleUpdateRelease::v111(), SampleUpdateRelease::v120()}) {
            QString a, c;
            QVERIFY2(SampleUpdateRelease::build(v, m_dir, &a, &c, &error), qPrintable(error));
            m_releases.insert(v, {a, c});
        }
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT update"),
                          QStringLiteral("kkt_update_bot"));
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));

        m_registryFile = m_dir + QStringLiteral("/registry.sqlite");
        QVERIFY2(UpdateTestSetup::registry(m_dir, m_registryFile, &error), qPrintable(error));

        const QString config = m_dir + QStringLiteral("/client.json");
        QVERIFY(UpdateTestSetup::writeConfig(
            config, SampleRelease::config(archive, checksums, m_host.port(), m_host.clientKey(),
                                          QStringLiteral("kkt-update.example.ru"))));
        QString out;
        QCOMPARE(finishCli(startCli({QStringLiteral("deploy"), config, QStringLiteral("--yes"),
                                     QStringLiteral("--known-hosts"), m_knownHosts,
                                     QStringLiteral("--accept-new"), QStringLiteral("--journal"), m_journal,
                                     QStringLiteral("--telegram-api"), m_telegram.baseUrl().toString()}),
                           &out),
                 0);
        // The deployment's result gives the administrator's password once, by design: the sentinel check
        // below looks at everything else.
        m_cliOutputs.removeAll(out);
        m_instanceId =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("instanceId")).toString();
        QVERIFY(m_instanceId.startsWith(QStringLiteral("INST-")));
        m_database = QStringLiteral("kkt_client_") + m_instanceId.mid(5).toLower();
        QVERIFY(writeThroughApi(QStringLiteral("written on 1.0.0")));
        QCOMPARE(health(), SampleRelease::version());
    }

    void deployingAnotherVersionPointsAtUpdate()
    {
        // Deploying 1.1.0 onto the running 1.0.0 instance would replace it without a backup.
        const QString config = m_dir + QStringLiteral("/client-110.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(SampleRelease::config(m_releases.value(SampleUpdateRelease::v110()).first,
                                                       m_releases.value(SampleUpdateRelease::v110()).second,
                                                       m_host.port(), m_host.clientKey(),
                                                       QStringLiteral("kkt-update.example.ru"))
                                     .toJson())
                       .toJson());
        file.close();
        QString out, err;
        QVERIFY(finishCli(
                    startCli({QStringLiteral("deploy"), config, QStringLiteral("--yes"),
                              QStringLiteral("--known-hosts"), m_knownHosts, QStringLiteral("--journal"),
                              m_journal, QStringLiteral("--telegram-api"), m_telegram.baseUrl().toString()}),
                    &out, &err) != 0);
        QVERIFY2(err.contains(QStringLiteral("kkt-deploy update apply")), qPrintable(err.right(2000)));
        QCOMPARE(version(), SampleRelease::version());
    }

    void checkOffersTheNextRelease()
    {
        QString out;
        QCOMPARE(finishCli(startCli(instanceArgs({QStringLiteral("update"), QStringLiteral("check")})
                                    << releaseArgs(SampleUpdateRelease::v110())),
                           &out),
                 0);
        const QJsonObject a = QJsonDocument::fromJson(out.toUtf8()).array().first().toObject();
        QCOMPARE(a.value(QStringLiteral("current")).toString(), SampleRelease::version());
        const QString mismatch = SampleUpdateRelease::offerMismatch(a, SampleUpdateRelease::v110());
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void updateMigratesAndKeepsTheData()
    {
        const QJsonObject o = applyUpdate(SampleUpdateRelease::v110(), 0);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("from")).toString(), SampleRelease::version());
        QCOMPARE(o.value(QStringLiteral("to")).toString(), SampleUpdateRelease::v110());
        const qint64 downtime = o.value(QStringLiteral("downtimeMs")).toInteger(-1);
        QVERIFY(downtime >= 0);
        qInfo("Downtime through nginx, update with a migration (1.0.0 → 1.1.0): %lld ms", downtime);
        QCOMPARE(version(), SampleUpdateRelease::v110());
        QCOMPARE(health(), SampleUpdateRelease::v110()); // its /health needs the migration
        QCOMPARE(sql(QStringLiteral("SELECT tag FROM support_requests WHERE message = 'written on 1.0.0'")),
                 QStringLiteral("general"));
        QVERIFY(writeThroughApi(QStringLiteral("written on 1.1.0")));
        const QJsonObject row = history().first().toObject();
        QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("update"));
        QCOMPARE(row.value(QStringLiteral("from_version")).toString(), SampleRelease::version());
        QCOMPARE(row.value(QStringLiteral("to_version")).toString(), SampleUpdateRelease::v110());
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(row.value(QStringLiteral("downtime_ms")).toInteger(-1), downtime);
        QVERIFY(row.value(QStringLiteral("duration_ms")).toInteger(-1) > 0);
    }

    void failedUpdateRollsBackEverything()
    {
        const QString before = dump();
        const QString env = envState();
        QVERIFY(before.contains(QStringLiteral("written on 1.1.0")));
        const QJsonObject o = applyUpdate(SampleUpdateRelease::v120(), 13);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("rolled_back"));
        QVERIFY(o.value(QStringLiteral("databaseRestored")).toBool());
        const QString message = o.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("Update to 1.2.0-e2e failed at")) &&
                     message.contains(QStringLiteral("rolled back to 1.1.0-e2e")) &&
                     message.contains(QStringLiteral("database restored from the backup of")),
                 qPrintable(message));
        QCOMPARE(version(), SampleUpdateRelease::v110());
        QCOMPARE(health(), SampleUpdateRelease::v110());
        QCOMPARE(dump(), before);
        QCOMPARE(envState(), env);
        // The switch stopped the services for the migration: that downtime is measured and recorded.
        const qint64 downtime = o.value(QStringLiteral("downtimeMs")).toInteger(-1);
        QVERIFY2(downtime > 0, qPrintable(QString::number(downtime)));
        const QJsonObject row = history().first().toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(row.value(QStringLiteral("downtime_ms")).toInteger(-1), downtime);
    }

    void manualRollbackRestoresTheDatabase()
    {
        QString out;
        QCOMPARE(
            finishCli(startCli(instanceArgs({QStringLiteral("rollback")}) << QStringLiteral("--yes")), &out),
            0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), SampleRelease::version());
        QVERIFY(o.value(QStringLiteral("databaseRestored")).toBool());
        QCOMPARE(version(), SampleRelease::version());
        QCOMPARE(health(), SampleRelease::version());
        // The database of before 1.1.0: no tag column, and what 1.1.0 wrote is gone with it.
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE column_name = 'tag'")),
            QStringLiteral("0"));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(message, ',') FROM support_requests")),
                 QStringLiteral("written on 1.0.0"));
        const QJsonObject row = history().first().toObject();
        QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(row.value(QStringLiteral("to_version")).toString(), SampleRelease::version());
    }

    void rollbackOutsideTheWindowIsRefused()
    {
        QCOMPARE(applyUpdate(SampleUpdateRelease::v110(), 0).value(QStringLiteral("status")).toString(),
                 QStringLiteral("succeeded"));
        // That update was made eight days ago, as far as the server's record goes.
        QCOMPARE(m_host.run(QStringLiteral("cd /home/kktapp/kkt-system/shared/updates && for d in */; do "
                                           "[ \"$(cat $d/to)\" = %1 ] && [ -e $d/succeeded ] && "
                                           "echo $(( $(date +%s) - 8 * 86400 )) >$d/created; done; true")
                                .arg(SampleUpdateRelease::v110())),
                 0);
        QString out, err;
        QCOMPARE(finishCli(startCli(instanceArgs({QStringLiteral("rollback")}) << QStringLiteral("--yes")),
                           &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("rollback window has passed")), qPrintable(err.right(1000)));
        QCOMPARE(version(), SampleUpdateRelease::v110());
        QCOMPARE(health(), SampleUpdateRelease::v110());
    }

    void killedDuringTheSwitchResumes()
    {
        QProcess* cli = startCli(instanceArgs({QStringLiteral("update"), QStringLiteral("apply")})
                                 << releaseArgs(SampleUpdateRelease::v111()) << QStringLiteral("--yes"));
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromUtf8(cli->readAllStandardError()))
                                     .contains(QStringLiteral("▶ Switch to the new release")),
                                 600000);
        QTest::qWait(1500); // inside the switch: the new release starts beside the old one
        cli->kill();
        cli->waitForFinished(10000);
        m_cliOutputs << seen;
        static const QRegularExpression idPattern(QStringLiteral("--resume ([0-9a-f-]{36})"));
        const QString id = idPattern.match(seen).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(seen));
        QString out;
        QCOMPARE(finishCli(startCli(instanceArgs({QStringLiteral("update"), QStringLiteral("apply")})
                                    << releaseArgs(SampleUpdateRelease::v111()) << QStringLiteral("--yes")
                                    << QStringLiteral("--resume") << id),
                           &out),
                 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        qInfo(
            "Downtime through nginx, update without a migration (1.1.0 → 1.1.1, killed and resumed): %lld ms",
            o.value(QStringLiteral("downtimeMs")).toInteger(-1));
        // One version, healthy: .version, `current` and what answers agree; the spare is gone.
        QCOMPARE(version(), SampleUpdateRelease::v111());
        QCOMPARE(host(QStringLiteral("basename $(readlink /home/kktapp/kkt-system/current)")),
                 SampleUpdateRelease::v111());
        QCOMPARE(health(), SampleUpdateRelease::v111());
        QVERIFY(m_host.run(QStringLiteral("systemctl is-active --quiet kkt-web-next")) != 0);
        QCOMPARE(
            host(QStringLiteral("cat /etc/nginx/sites-available/kkt-* | grep -c '127.0.0.1:9000' || true")),
            QStringLiteral("0"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM support_requests WHERE message = 'written on 1.0.0'")),
            QStringLiteral("1"));
    }

    void secretsLeakNowhere()
    {
        QByteArray files;
        for (const QString& path :
             {m_journal, m_registryFile, m_dir + QStringLiteral("/data/KKT/kkt-deploy/outbox.sqlite")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                files += f.readAll();
        }
        QVERIFY(!files.isEmpty());
        QString serverSecrets;
        QCOMPARE(m_host.run(QStringLiteral("cut -d= -f2- /var/lib/kkt-deploy/production/secrets.env"),
                            &serverSecrets),
                 0);
        QStringList secrets = serverSecrets.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(secrets.size(), 3);
        secrets << botToken << botToken.section(u':', 1) << adminPassword;
        const QStringList names{QStringLiteral("DB_PASSWORD"),      QStringLiteral("JWT_SECRET_KEY"),
                                QStringLiteral("BOT_API_PASSWORD"), QStringLiteral("bot token"),
                                QStringLiteral("bot token tail"),   QStringLiteral("admin password")};
        for (int i = 0; i < secrets.size(); ++i) {
            const QString& secret = secrets.at(i);
            QVERIFY2(
                !files.contains(secret.toUtf8()),
                qPrintable(QStringLiteral("%1 (in secrets.env order) is in the journal, registry or outbox")
                               .arg(names.value(i))));
            for (int o = 0; o < m_cliOutputs.size(); ++o)
                QVERIFY2(
                    !m_cliOutputs.at(o).contains(secret),
                    qPrintable(
                        QStringLiteral("%1 (in secrets.env order) is in command-line output %2: %3")
                            .arg(names.value(i))
                            .arg(o)
                            .arg(m_cliOutputs.at(o).left(300).replace(secret, QStringLiteral("<SECRET>")))));
        }
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestUpdateEndToEnd)
#include "TestUpdateEndToEnd.moc"
