#include "provisioning/StepCatalog.h"

#include <QTest>

class TestStepCatalog : public QObject
{
    Q_OBJECT

    static QStringList ids(const QList<ProvisioningStep>& steps)
    {
        QStringList list;
        for (const ProvisioningStep& s : steps)
            list << s.id;
        return list;
    }

private slots:
    void everyPhaseInOrder()
    {
        DeploymentConfig config;
        QString error;
        const QList<ProvisioningStep> steps = StepCatalog::steps(config, &error);
        QVERIFY(error.isEmpty());
        const QStringList list = ids(steps);
        QVERIFY(list.contains(QStringLiteral("system.firewall")));
        // Each step may rely on those before it.
        QVERIFY(list.indexOf(QStringLiteral("system.packages")) <
                list.indexOf(QStringLiteral("database.role")));
        QVERIFY(list.indexOf(QStringLiteral("app.secrets")) < list.indexOf(QStringLiteral("database.role")));
        QVERIFY(list.indexOf(QStringLiteral("release.unpack")) < list.indexOf(QStringLiteral("app.venv")));
        QVERIFY(list.indexOf(QStringLiteral("app.env")) < list.indexOf(QStringLiteral("app.schema")));
        // The bot never polls while a webhook is still set.
        QVERIFY(list.indexOf(QStringLiteral("telegram.mode")) <
                list.indexOf(QStringLiteral("services.start")));
        QVERIFY(list.indexOf(QStringLiteral("services.start")) < list.indexOf(QStringLiteral("web.nginx")));
        int previous = -1;
        for (const ProvisioningStep& s : steps) {
            QVERIFY(int(s.phase) >= previous);
            previous = int(s.phase);
            QVERIFY(!s.title.isEmpty());
        }
    }

    void firewallLeftAloneWhenAsked()
    {
        DeploymentConfig config;
        config.firewall = FirewallMode::Leave;
        QString error;
        QVERIFY(!ids(StepCatalog::steps(config, &error)).contains(QStringLiteral("system.firewall")));
    }

    void restoreSteps()
    {
        QString error;
        const QList<ProvisioningStep> steps = StepCatalog::restoreSteps(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids(steps), (QStringList{QStringLiteral("restore.stop"), QStringLiteral("restore.database"),
                                          QStringLiteral("restore.env"), QStringLiteral("restore.start")}));
        // Replacing the database never stops half-way; the other steps may be cancelled.
        for (const ProvisioningStep& s : steps)
            QCOMPARE(s.finishBeforeCancel, s.id == QStringLiteral("restore.database"));
    }

    void builtInScripts()
    {
        for (const char* name : {"prelude", "lock", "health", "rollback", "instance", "backups"})
            QVERIFY2(!StepCatalog::script(QString::fromLatin1(name)).isEmpty(), name);
        QVERIFY(StepCatalog::prelude().contains(QStringLiteral("set -euo pipefail")));
    }
};

QTEST_GUILESS_MAIN(TestStepCatalog)
#include "TestStepCatalog.moc"
