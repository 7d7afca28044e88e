#include "cli/CommandLine.h"
#include "cli/SelfServiceCheck.h"
#include "core/Edition.h"
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
