#include "cli/CommandLine.h"
#include "cli/SelfServiceCheck.h"
#include "core/Edition.h"
#include "registry/DeploymentKey.h"
#include "support/TestEnvironment.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The self-service edition's command line: the token, production only, the central registry, and
// only the commands that deploy the client's own server.
class TestSelfServiceCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("KKT"));
        QCoreApplication::setApplicationName(QStringLiteral("kkt-deploy-client-check-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           TestEnvironment::freshDirectory(QStringLiteral("self-service-check")));
    }

    void needsTokenProductionAndTheCentralRegistry()
    {
        QSettings().remove(QStringLiteral("registry/url"));
        qunsetenv("KKT_DEPLOYMENT_TOKEN");
        DeploymentConfig config;
        config.mode = DeploymentMode::Test;
        DeploymentSecrets secrets;
        QStringList fields;
        for (const ValidationIssue& issue : SelfServiceCheck::issues(config, &secrets))
            fields << issue.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("deploymentToken"), QStringLiteral("mode"),
                                      QStringLiteral("registry")}));

        qputenv("KKT_DEPLOYMENT_TOKEN", "kkt_short");
        ValidationIssues issues = SelfServiceCheck::issues(config, &secrets);
        QCOMPARE(issues.first().problem, QStringLiteral("is not a deployment token"));

        const QString token = QStringLiteral("kkt_") + QString(43, u'T');
        qputenv("KKT_DEPLOYMENT_TOKEN", token.toUtf8());
        QSettings().setValue(QStringLiteral("registry/url"),
                             QStringLiteral("postgresql://client@registry.example/kkt_master_registry"));
        config.mode = DeploymentMode::Production;
        QVERIFY(SelfServiceCheck::issues(config, &secrets).isEmpty());
        QCOMPARE(secrets.deploymentToken, token);
        qunsetenv("KKT_DEPLOYMENT_TOKEN");

        // The deployment key brings its registry: none needs to be chosen.
        QSettings().remove(QStringLiteral("registry/url"));
        DeploymentKey key;
        key.host = QStringLiteral("registry.example");
        key.database = QStringLiteral("kkt_master_registry");
        key.login = QStringLiteral("kkt_client_7");
        key.password = QStringLiteral("pw");
        key.token = token;
        key.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
        qputenv("KKT_DEPLOYMENT_KEY", key.encode().toUtf8());
        DeploymentSecrets fromKey;
        QVERIFY(SelfServiceCheck::issues(config, &fromKey).isEmpty());
        QCOMPARE(fromKey.deploymentToken, token);
        QCOMPARE(fromKey.deploymentKey, key.encode());
        qputenv("KKT_DEPLOYMENT_KEY", "kkt1.garbage");
        issues = SelfServiceCheck::issues(config, &fromKey);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("deploymentKey"));
        QVERIFY(issues.first().fix.contains(QStringLiteral("KKT_DEPLOYMENT_KEY")));
        qunsetenv("KKT_DEPLOYMENT_KEY");
    }

    void offersOnlyTheDeploymentCommands()
    {
        QVERIFY(SelfServiceCheck::offers(QStringLiteral("deploy")));
        QVERIFY(SelfServiceCheck::offers(QStringLiteral("validate")));
        QVERIFY(!SelfServiceCheck::offers(QStringLiteral("token")));
        QVERIFY(!SelfServiceCheck::offers(QStringLiteral("registry")));
        QVERIFY(!SelfServiceCheck::offers(QStringLiteral("backup")));
        Edition::set(Edition::Kind::SelfService);
        {
            CommandLine commandLine;
            QString out, err;
            QTextStream o(&out), e(&err);
            CommandIo io{o, e, nullptr};
            QVERIFY(commandLine.run({QStringLiteral("kkt-deploy-client"), QStringLiteral("token"),
                                     QStringLiteral("list")},
                                    io) != 0);
        }
        Edition::set(Edition::Kind::Staff);
        QCOMPARE(Edition::applicationId(), QStringLiteral("kkt-deploy"));
        Edition::set(Edition::Kind::SelfService);
        QCOMPARE(Edition::applicationId(), QStringLiteral("kkt-deploy-client"));
        QCOMPARE(Edition::iconResource(), QStringLiteral(":/icons/kkt-deploy-client.svg"));
        Edition::set(Edition::Kind::Staff);
    }
};

QTEST_GUILESS_MAIN(TestSelfServiceCheck)
#include "TestSelfServiceCheck.moc"
