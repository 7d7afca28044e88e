#include "core/ConfigFile.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestConfigFile : public QObject
{
    Q_OBJECT

    static QByteArray exampleBytes()
    {
        QFile file(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/example-config.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray withValue(const QString& section, const QString& key, const QJsonValue& value)
    {
        QJsonObject json = QJsonDocument::fromJson(exampleBytes()).object();
        QJsonObject inner = json.value(section).toObject();
        inner.insert(key, value);
        json.insert(section, inner);
        return QJsonDocument(json).toJson();
    }

private slots:
    void loadsAndSavesTheExample()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("client.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exampleBytes());
        file.close();
        const ConfigFile::Loaded loaded = ConfigFile::load(path);
        QVERIFY(loaded.ok());
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        QString error;
        QVERIFY(ConfigFile::save(saved, loaded.config, &error));
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(savedFile.readAll()), QJsonDocument::fromJson(exampleBytes()));
    }

    void rejectsSecrets_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("bot token key")
            << withValue(QStringLiteral("telegram"), QStringLiteral("botToken"), QStringLiteral("123:abc"))
            << QStringLiteral("telegram.botToken");
        QTest::newRow("admin password")
            << withValue(QStringLiteral("admin"), QStringLiteral("password"), QStringLiteral("Secret-123456"))
            << QStringLiteral("admin.password");
        QTest::newRow("ssh passphrase")
            << withValue(QStringLiteral("server"), QStringLiteral("key_passphrase"), QStringLiteral("x"))
            << QStringLiteral("server.key_passphrase");
        QTest::newRow("token-shaped value")
            << withValue(QStringLiteral("admin"), QStringLiteral("company"),
                         QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_"))
            << QStringLiteral("admin.company");
        QTest::newRow("private key") << withValue(QStringLiteral("server"), QStringLiteral("identityFile"),
                                                  QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc"))
                                     << QStringLiteral("server.identityFile");
    }
    void rejectsSecrets()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const ConfigFile::Loaded loaded = ConfigFile::parse(json);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.issues.size(), 1);
        QCOMPARE(loaded.issues.first().field, field);
        QVERIFY(loaded.issues.first().fix.contains(QStringLiteral("keychain")));
        QVERIFY(loaded.issues.first().fix.contains(QStringLiteral("environment")));
        QVERIFY(loaded.issues.first().fix.contains(QStringLiteral("standard input")));
        // The message names the field but never repeats the secret.
        QVERIFY(!loaded.issues.first().toString().contains(QStringLiteral("Secret-123456")));
        QVERIFY(
            !loaded.issues.first().toString().contains(QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa")));
    }

    void passwordModeIsNotASecret()
    {
        QVERIFY(ConfigFile::parse(exampleBytes()).ok());
        QVERIFY(
            ConfigFile::parse(withValue(QStringLiteral("telegram"), QStringLiteral("botToken"), QString()))
                .ok());
    }

    void unreadableAndMalformedFiles()
    {
        QTemporaryDir dir;
        ConfigFile::Loaded loaded = ConfigFile::load(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(!loaded.error.isEmpty());
        QVERIFY(loaded.error.contains(QStringLiteral("missing.json")));
        loaded = ConfigFile::parse("{\"mode\": \"production\",\n \"server\": ");
        QVERIFY(loaded.error.contains(QStringLiteral("line 2")));
        loaded = ConfigFile::parse("[1, 2]");
        QVERIFY(!loaded.error.isEmpty());
        loaded = ConfigFile::parse(QByteArray());
        QVERIFY(!loaded.error.isEmpty());
        loaded = ConfigFile::load(dir.path()); // a folder
        QVERIFY(!loaded.error.isEmpty());
    }

    void saveReportsUnwritablePath()
    {
        QString error;
        QVERIFY(!ConfigFile::save(QStringLiteral("/proc/kkt-deploy/nope.json"), DeploymentConfig{}, &error));
        QVERIFY(error.contains(QStringLiteral("nope.json")));
    }
};

QTEST_GUILESS_MAIN(TestConfigFile)
#include "TestConfigFile.moc"
