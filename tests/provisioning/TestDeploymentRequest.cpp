#include "provisioning/DeploymentRequest.h"
#include "support/SampleRelease.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// DeploymentRequest::make runs on the GUI thread (Review and Progress pages): it must read no
// secret that could make it wait — the registry's password is loaded later, by the recorder on the
// runner's thread.
class TestDeploymentRequest : public QObject
{
    Q_OBJECT

private slots:
    void makeReadsNoRegistryPassword()
    {
        QTemporaryDir settingsDir;
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        const QString url = QStringLiteral("postgresql://staff@127.0.0.1:5999/kkt_master_registry");
        QSettings().setValue(RegistryTarget::settingsKey(), url);
        qputenv(RegistryTarget::passwordEnv, "Sentinel-Env-Registry-Pw");

        const DeploymentConfig config =
            SampleRelease::config(QStringLiteral("/tmp/kkt-app-v1.0.0.tar.gz"), QString(64, u'a'), 22,
                                  QStringLiteral("/tmp/id_ed25519"), QStringLiteral("kkt.example.ru"));
        DeploymentSecrets secrets;
        secrets.botToken = QStringLiteral("987654321:SentinelBotTokenAAAAAAAAAAAAAAAAAAA");
        QString error;
        const DeploymentRequest request = DeploymentRequest::make(config, secrets, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(request.registry.display(), url);
        QVERIFY(request.registry.password.isEmpty());
        qunsetenv(RegistryTarget::passwordEnv);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentRequest)
#include "TestDeploymentRequest.moc"
