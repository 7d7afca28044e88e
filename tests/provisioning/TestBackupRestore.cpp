#include "provisioning/BackupRestore.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/CommandLineRun.h"
#include "support/FakeTelegramServer.h"
#include "support/SampleRelease.h"
#include "support/SystemdHost.h"
#include "support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Backups that restore, on a real Debian 12 server with systemd, through the command line: the
// scheduled backup unit writes the dump and the .env (0600) side by side; `backup list` shows it;
// data and .env changed after it are undone by `backup restore`, the data from before it is back,
// and the instance is healthy. The instance is found through the registry its deployment wrote.
class TestBackupRestore : public QObject
{
    Q_OBJECT

    const QString botToken = QStringLiteral("987654321:SentinelBotTokenBackupAAAAAAAAAAAAA");

    SystemdHost m_host{QStringLiteral("backup-host")};
    FakeTelegramServer m_telegram;
    QString m_dir;
    QString m_knownHosts;
    QString m_instanceId;
    QString m_database;
    QString m_backup;
    QString m_registryFile;

    int cli(const QStringList& args, QString* out, QString* err = nullptr)
    {
        return CommandLineRun::run(args, m_dir, botToken, out, err);
    }

    QStringList backupArgs(const QString& action) const
    {
        return {QStringLiteral("backup"),        action,
                QStringLiteral("--instance"),    m_instanceId,
                QStringLiteral("--identity"),    m_host.clientKey(),
                QStringLiteral("--known-hosts"), m_knownHosts,
                QStringLiteral("--journal"),     m_dir + QStringLiteral("/journal.sqlite")};
    }

    QString sql(const QString& statement) const
    {
        QString out;
        m_host.run(QStringLiteral("cd /tmp && runuser -u postgres -- psql -X -q -At -d %1 -c \"%2\"")
                       .arg(m_database, statement),
                   &out);
        return out.trimmed();
    }

    QString envState() const
    {
        QString out;
        m_host.run(QStringLiteral("cd /home/kktapp/kkt-system/shared && md5sum .env && stat -c '%a %U' .env"),
                   &out);
        return out.trimmed();
    }

private slots:
    void initTestCase()
    {
        m_dir = TestEnvironment::freshDirectory(QStringLiteral("backup"));
        QString archive, checksums, error;
        QVERIFY2(SampleRelease::build(m_dir, &archive, &checksums, &error), qPrintable(error));
        QVERIFY(m_telegram.listen());
        m_telegram.addBot(botToken, 987654321, QStringLiteral("KKT backup"),
                          QStringLiteral("kkt_backup_bot"));
        m_knownHosts = m_dir + QStringLiteral("/known_hosts");
        QVERIFY2(m_host.start(), qPrintable(m_host.error()));

        // The registry the deployment records into and `backup` finds the instance in.
        const QString registryFile = m_dir + QStringLiteral("/registry.sqlite");
        m_registryFile = registryFile;
        {
            RegistryTarget target;
            target.sqlitePath = registryFile;
            Registry registry(target);
            QSqlDatabase db = registry.database(&error);
            QVERIFY2(SchemaMigrator(target.kind).migrate(db, nullptr, &error), qPrintable(error));
        }
        QDir().mkpath(m_dir + QStringLiteral("/config/KKT"));
        QFile settings(m_dir + QStringLiteral("/config/KKT/kkt-deploy.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[registry]\nurl=sqlite:" + registryFile.toUtf8() + "\n");
        settings.close();

        const QString config = m_dir + QStringLiteral("/client.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(SampleRelease::config(archive, checksums, m_host.port(), m_host.clientKey(),
                                                       QStringLiteral("kkt-backup.example.ru"))
                                     .toJson())
                       .toJson());
        file.close();
        QString out;
        QCOMPARE(cli({QStringLiteral("deploy"), config, QStringLiteral("--yes"),
                      QStringLiteral("--known-hosts"), m_knownHosts, QStringLiteral("--accept-new"),
                      QStringLiteral("--journal"), m_dir + QStringLiteral("/journal.sqlite"),
                      QStringLiteral("--telegram-api"), m_telegram.baseUrl().toString()},
                     &out),
                 0);
        m_instanceId =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("instanceId")).toString();
        QVERIFY(m_instanceId.startsWith(QStringLiteral("INST-")));
        m_database = QStringLiteral("kkt_client_") + m_instanceId.mid(5);
    }

    void backupHoldsTheDumpAndTheEnvironment()
    {
        QCOMPARE(sql(QStringLiteral("INSERT INTO deadline_types (type_name, is_active, is_system) VALUES "
                                    "('written before the backup', true, false) RETURNING 1")),
                 QStringLiteral("1"));
        // The scheduled unit, as the timer starts it.
        QCOMPARE(m_host.run(QStringLiteral("systemctl start kkt-backup-production.service")), 0);
        QString out;
        QCOMPARE(cli(backupArgs(QStringLiteral("list")) << QStringLiteral("--json"), &out), 0);
        const QJsonArray backups = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(backups.size(), 1);
        const QJsonObject backup = backups.first().toObject();
        QVERIFY(backup.value(QStringLiteral("env")).toBool());
        QVERIFY(backup.value(QStringLiteral("bytes")).toInteger() > 0);
        m_backup = backup.value(QStringLiteral("name")).toString();
        QVERIFY2(m_backup.startsWith(m_database + u'-'), qPrintable(m_backup));
        QString modes;
        QCOMPARE(m_host.run(QStringLiteral("cd /home/kktapp/kkt-system/shared && stat -c '%a %U' "
                                           "backups/database/%1.env && cmp backups/database/%1.env .env")
                                .arg(m_backup),
                            &modes),
                 0);
        QCOMPARE(modes.trimmed(), QStringLiteral("600 kktapp"));
    }

    void restoreUndoesWhatCameAfter()
    {
        const QString envBefore = envState();
        QCOMPARE(sql(QStringLiteral("INSERT INTO deadline_types (type_name, is_active, is_system) VALUES "
                                    "('written after the backup', true, false) RETURNING 1")),
                 QStringLiteral("1"));
        QCOMPARE(m_host.run(
                     QStringLiteral("echo E2E_WRITTEN_AFTER_BACKUP=1 >>/home/kktapp/kkt-system/shared/.env")),
                 0);
        QVERIFY(envState() != envBefore);

        // A backup that does not exist is refused before anything changes.
        QString out, err;
        QVERIFY(cli(backupArgs(QStringLiteral("restore"))
                        << QStringLiteral("--backup") << QStringLiteral("nope") << QStringLiteral("--yes"),
                    &out, &err) != 0);
        QVERIFY2(err.contains(QStringLiteral("no backup “nope”")), qPrintable(err));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM deadline_types WHERE type_name LIKE 'written %'")),
                 QStringLiteral("2"));

        // The latest backup by default.
        QCOMPARE(cli(backupArgs(QStringLiteral("restore")) << QStringLiteral("--yes"), &out, &err), 0);
        const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QVERIFY2(err.contains(m_backup), qPrintable(err));
        const QJsonArray health = summary.value(QStringLiteral("health")).toArray();
        QVERIFY(!health.isEmpty());
        for (const QJsonValue& check : health)
            QVERIFY2(check.toObject().value(QStringLiteral("passed")).toBool(), qPrintable(out));

        QCOMPARE(
            sql(QStringLiteral(
                "SELECT string_agg(type_name, ',') FROM deadline_types WHERE type_name LIKE 'written %'")),
            QStringLiteral("written before the backup"));
        QCOMPARE(envState(), envBefore);
        QCOMPARE(m_host.run(QStringLiteral("systemctl is-active kkt-web kkt-bot && curl -fsS "
                                           "http://127.0.0.1:8000/health | grep -q healthy")),
                 0);
        // What was replaced is kept: the state just before the restore is a backup of its own.
        QCOMPARE(cli(backupArgs(QStringLiteral("list")) << QStringLiteral("--json"), &out), 0);
        const QJsonArray backups = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(backups.size(), 2);
        QVERIFY(backups.first().toObject().value(QStringLiteral("beforeRestore")).toBool());

        // The registry's history has the restore, naming the backup.
        RegistryTarget target;
        target.sqlitePath = m_registryFile;
        Registry registry(target);
        QString error;
        QVERIFY2(registry.open(&error), qPrintable(error));
        const std::optional<InstanceRecord> instance = registry.findInstance(m_instanceId, &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->status, QStringLiteral("active"));
        QStringList restores;
        for (const HistoryRecord& h : registry.history(instance->uuid, &error)) {
            if (h.action == QStringLiteral("restore"))
                restores << h.status + u' ' + h.notes;
        }
        QCOMPARE(restores.size(), 1);
        QVERIFY2(restores.first().startsWith(QStringLiteral("success")) &&
                     restores.first().contains(m_backup),
                 qPrintable(restores.first()));

        // The journal lists the restore as such, and it is no deployment to resume.
        QCOMPARE(cli({QStringLiteral("deploy"), QStringLiteral("--list"), QStringLiteral("--json"),
                      QStringLiteral("--journal"), m_dir + QStringLiteral("/journal.sqlite")},
                     &out),
                 0);
        const QJsonArray runs = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY2(runs.size() >= 2, qPrintable(out));
        const QJsonObject latest = runs.first().toObject();
        QCOMPARE(latest.value(QStringLiteral("kind")).toString(), QStringLiteral("restore"));
        QCOMPARE(latest.value(QStringLiteral("resumable")).toBool(), false);
    }

    void cleanupTestCase() { m_host.stop(); }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
