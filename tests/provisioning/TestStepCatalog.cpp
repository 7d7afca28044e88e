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

    void testInstanceWebStepsFollowItsMode()
    {
        const auto stepIds = [](const DeploymentConfig& c) {
            QString error;
            QStringList list;
            for (const ProvisioningStep& s : StepCatalog::steps(c, &error))
                list << s.id;
            return list;
        };
        DeploymentConfig c;
        QVERIFY(stepIds(c).contains(QStringLiteral("web.nginx")));
        QVERIFY(!stepIds(c).contains(QStringLiteral("web.location")));
        c.mode = DeploymentMode::Test;
        // Under production's site: a location of its own, never a site or a certificate.
        QVERIFY(stepIds(c).contains(QStringLiteral("web.location")));
        QVERIFY(!stepIds(c).contains(QStringLiteral("web.nginx")));
        QVERIFY(!stepIds(c).contains(QStringLiteral("web.tls")));
        c.testWeb = TestWebMode::Subdomain;
        QVERIFY(stepIds(c).contains(QStringLiteral("web.nginx")));
        QVERIFY(stepIds(c).contains(QStringLiteral("web.tls")));
        QVERIFY(!stepIds(c).contains(QStringLiteral("web.location")));
    }

    void removalSteps()
    {
        QString error;
        QStringList list;
        for (const ProvisioningStep& s : StepCatalog::removalSteps(&error))
            list << s.id;
        QCOMPARE(list, (QStringList{QStringLiteral("remove.services"), QStringLiteral("remove.web"),
                                    QStringLiteral("remove.database"), QStringLiteral("remove.files")}));
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

    void conditionsOfTheMomentAndTransactionsCarryFlags()
    {
        QString error;
        const QList<ProvisioningStep> steps = StepCatalog::steps(DeploymentConfig(), &error);
        const auto find = [&](const char* id) {
            for (const ProvisioningStep& s : steps) {
                if (s.id == QLatin1String(id))
                    return s;
            }
            return ProvisioningStep();
        };
        QVERIFY(find("system.wait-locks").recheckAlways);
        QVERIFY(find("system.ports").recheckAlways);
        // Connectivity too: the mirror is asked on every run that still has packages to download.
        QVERIFY(find("system.connectivity").recheckAlways);
        QVERIFY(find("system.connectivity").probe.contains(QStringLiteral("kkt_unreachable_mirrors")));
        QVERIFY(!find("system.wait-locks").finishBeforeCancel);
        QVERIFY(find("system.packages").finishBeforeCancel);
        QCOMPARE(find("system.packages").finishingNotice,
                 QStringLiteral("Finishing the package installation safely…"));
        QCOMPARE(find("system.packages").unitName(), QStringLiteral("kkt-deploy-step-system-packages"));
        QVERIFY(find("app.schema").finishBeforeCancel);
        QVERIFY(!find("app.schema").finishingNotice.isEmpty());
        QVERIFY(!find("app.env").recheckAlways);
        QVERIFY(!find("app.env").finishBeforeCancel);
        // The package step repairs an interrupted dpkg before it installs, and its wait names the holder.
        QVERIFY(find("system.packages").action.indexOf(QStringLiteral("dpkg --configure -a")) <
                find("system.packages").action.indexOf(QStringLiteral("apt-get install")));
        QVERIFY(find("system.wait-locks").action.contains(QStringLiteral("kkt_package_lock_holder")));
        // A verify that checks more than the probe (nginx -t, /health, a Python start) is never
        // taken as implied by it.
        QVERIFY(find("system.wait-locks").verifyImplied);
        QVERIFY(find("app.schema").verifyImplied);
        for (const char* id :
             {"web.nginx", "web.tls", "services.start", "services.units", "app.venv", "app.env"})
            QVERIFY2(!find(id).verifyImplied, id);
    }

    void unknownFlagIsRefused()
    {
        ProvisioningStep step;
        const QString sections = QStringLiteral("## probe\nkkt_done\n## action\ntrue\n## verify\ntrue\n");
        QVERIFY(step.parse(QStringLiteral("#! recheck: always\n") + sections));
        QVERIFY(step.recheckAlways);
        QVERIFY(!step.parse(QStringLiteral("#! recheck: sometimes\n") + sections));
        QVERIFY(!step.parse(QStringLiteral("#! interruptible: no\n") + sections));
        QVERIFY(step.parse(QStringLiteral("#! verify: implied\n") + sections));
        QVERIFY(step.verifyImplied);
        QVERIFY(!step.parse(QStringLiteral("#! verify: skipped\n") + sections));
        QVERIFY(step.parse(sections));
        QVERIFY(!step.recheckAlways && !step.finishBeforeCancel && !step.verifyImplied);
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
