#include "provisioning/DeploymentConnection.h"
#include "provisioning/DeploymentRequest.h"
#include "provisioning/InstanceLayout.h"
#include "provisioning/StepCatalog.h"
#include "provisioning/TestWebDetection.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A recorded test instance's web mode as its server has it: test.web.sh's answer (run here by bash
// on files of its own), read back, and the URL a health check or an update then uses — /test/ on
// production's domain, or test.<domain> — from the registry's record.
class TestTestWebDetection : public QObject
{
    Q_OBJECT

    static QString runScript(const QString& includeFile)
    {
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KKT_NGINX_INCLUDE_FILE"), includeFile);
        env.insert(QStringLiteral("KKT_NGINX_SITE_NAME"), QStringLiteral("kkt-test-web-detection-none"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), StepCatalog::script(QStringLiteral("test.web"))});
        bash.waitForFinished();
        return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
    }

    // The layout of the registry's record of a test instance, with the mode its server reported.
    static InstanceLayout layoutFor(const QString& marker)
    {
        InstanceRecord record;
        record.name = QStringLiteral("INST-20261129120000");
        record.mode = QStringLiteral("test");
        record.domain = QStringLiteral("kkt.example.ru");
        record.hostKeyFingerprint = QStringLiteral("SHA256:x");
        QString error;
        DeploymentRequest request = DeploymentRequest::forInstance(record, &error);
        if (const std::optional<TestWebMode> mode = TestWebDetection::parse(marker))
            request.config.testWeb = *mode;
        return InstanceLayout(request.config, request.profile, record.name);
    }

private slots:
    void theScriptNamesTheMode()
    {
        QTemporaryDir dir;
        const QString include = dir.filePath(QStringLiteral("kkt-test.conf"));
        QCOMPARE(runScript(include), QStringLiteral("::kkt-test-web none"));
        QFile file(include);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(runScript(include), QStringLiteral("::kkt-test-web path"));
    }

    void markersAreRead()
    {
        QCOMPARE(TestWebDetection::parse(QStringLiteral("path")), std::optional(TestWebMode::Path));
        QCOMPARE(TestWebDetection::parse(QStringLiteral("subdomain")), std::optional(TestWebMode::Subdomain));
        QVERIFY(!TestWebDetection::parse(QStringLiteral("none")));
        QVERIFY(!TestWebDetection::parse(QString()));
    }

    void subdomainModeIsCheckedAtItsOwnName()
    {
        const InstanceLayout layout = layoutFor(QStringLiteral("subdomain"));
        QCOMPARE(layout.domain(), QStringLiteral("test.kkt.example.ru"));
        QCOMPARE(layout.publicUrl(), QStringLiteral("http://test.kkt.example.ru"));
        QCOMPARE(layout.publicUrlPath(), QString());
        QVERIFY(!layout.servedUnderPath());
    }

    void pathModeIsCheckedUnderProductionsDomain()
    {
        const InstanceLayout layout = layoutFor(QStringLiteral("path"));
        QCOMPARE(layout.domain(), QStringLiteral("kkt.example.ru"));
        QCOMPARE(layout.publicUrl(), QStringLiteral("http://kkt.example.ru/test"));
        QVERIFY(layout.servedUnderPath());
    }

    void productionIsNeverAsked()
    {
        SshTarget target; // never connected: asking it would fail
        target.host = QStringLiteral("127.0.0.1");
        Redactor redactor;
        DeploymentConnection connection(target, redactor);
        QString error;
        const PayloadProfile profile = PayloadProfile::builtIn(&error);
        DeploymentConfig config;
        config.mode = DeploymentMode::Production;
        config.testWeb = TestWebMode::Subdomain;
        QVERIFY(TestWebDetection::apply(connection, profile, &config, &error));
        QCOMPARE(config.testWeb, TestWebMode::Subdomain);
    }
};

QTEST_GUILESS_MAIN(TestTestWebDetection)
#include "TestTestWebDetection.moc"
