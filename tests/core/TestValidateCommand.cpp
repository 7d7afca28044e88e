#include "support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real kkt-deploy binary, as a support engineer or a script would.
class TestValidateCommand : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    static Result kktDeploy(const QStringList& args)
    {
        QProcess p;
        p.setProgram(TestEnvironment::binaryDir() + QStringLiteral("/kkt-deploy"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start();
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonObject example()
    {
        QFile file(TestEnvironment::sourceDir() + QStringLiteral("/tests/data/example-config.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject{};
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }

    QString write(const QString& name, const QJsonObject& json)
    {
        return write(name, QJsonDocument(json).toJson());
    }

    // The example with one value replaced; `path` is "section.key" or "key".
    static QJsonObject exampleWith(const QString& path, const QJsonValue& value)
    {
        QJsonObject json = example();
        const QStringList parts = path.split(u'.');
        if (parts.size() == 1) {
            json.insert(path, value);
            return json;
        }
        QJsonObject section = json.value(parts.first()).toObject();
        section.insert(parts.last(), value);
        json.insert(parts.first(), section);
        return json;
    }

private slots:
    void acceptsTheExample()
    {
        const Result r = kktDeploy({QStringLiteral("validate"), write(QStringLiteral("ok.json"), example())});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Configuration is valid.")));
        QVERIFY(r.out.contains(QStringLiteral("root@203.0.113.10")));
        QVERIFY(r.out.contains(QStringLiteral("kkt.example.ru")));
        QVERIFY(r.err.isEmpty());
    }

    void rejectsEachBadValue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("mode") << QStringLiteral("mode") << QJsonValue(QStringLiteral("staging"));
        QTest::newRow("host") << QStringLiteral("server.host") << QJsonValue(QStringLiteral("300.1.2.3"));
        QTest::newRow("port") << QStringLiteral("server.port") << QJsonValue(70000);
        QTest::newRow("user") << QStringLiteral("server.user")
                              << QJsonValue(QStringLiteral("-oProxyCommand=x"));
        QTest::newRow("auth") << QStringLiteral("server.auth") << QJsonValue(QStringLiteral("kerberos"));
        QTest::newRow("domain") << QStringLiteral("server.domain") << QJsonValue(QStringLiteral("localhost"));
        QTest::newRow("fullName") << QStringLiteral("admin.fullName") << QJsonValue(QStringLiteral(" "));
        QTest::newRow("email") << QStringLiteral("admin.email") << QJsonValue(QStringLiteral("ivan@"));
        QTest::newRow("phone") << QStringLiteral("admin.phone")
                               << QJsonValue(QStringLiteral("8 912 345 67 89"));
        QTest::newRow("company") << QStringLiteral("admin.company") << QJsonValue(QStringLiteral("A\u0007B"));
        QTest::newRow("passwordMode")
            << QStringLiteral("admin.passwordMode") << QJsonValue(QStringLiteral("none"));
        QTest::newRow("adminIds") << QStringLiteral("telegram.adminIds") << QJsonValue(QJsonArray{0});
        QTest::newRow("notificationTime")
            << QStringLiteral("settings.notificationTime") << QJsonValue(QStringLiteral("24:00"));
        QTest::newRow("timezone") << QStringLiteral("settings.timezone")
                                  << QJsonValue(QStringLiteral("Moscow"));
        QTest::newRow("alertDays") << QStringLiteral("settings.alertDays") << QJsonValue(QJsonArray{366});
        QTest::newRow("backupTime") << QStringLiteral("settings.backupTime")
                                    << QJsonValue(QStringLiteral("3"));
        QTest::newRow("retention") << QStringLiteral("settings.backupRetentionDays") << QJsonValue(400);
        QTest::newRow("release source")
            << QStringLiteral("release.source") << QJsonValue(QStringLiteral("ftp"));
    }
    void rejectsEachBadValue()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const Result r = kktDeploy(
            {QStringLiteral("validate"), write(QStringLiteral("bad.json"), exampleWith(field, value))});
        QCOMPARE(r.code, 2);
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the problem and the count
        QVERIFY2(lines.first().startsWith(field + QStringLiteral(": ")), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QStringLiteral(" — ")));
    }

    void listsAllProblemsAtOnce()
    {
        QJsonObject json = exampleWith(QStringLiteral("server.host"), QStringLiteral("300.1.2.3"));
        QJsonObject admin = json.value(QStringLiteral("admin")).toObject();
        admin.insert(QStringLiteral("email"), QStringLiteral("nope"));
        json.insert(QStringLiteral("admin"), admin);
        QJsonObject settings = json.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("backupRetentionDays"), 0);
        json.insert(QStringLiteral("settings"), settings);
        const Result r = kktDeploy({QStringLiteral("validate"), write(QStringLiteral("three.json"), json)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("server.host: ")));
        QVERIFY(r.err.contains(QStringLiteral("admin.email: ")));
        QVERIFY(r.err.contains(QStringLiteral("settings.backupRetentionDays: ")));
        QVERIFY(r.err.contains(QStringLiteral("3 problem")));
    }

    void jsonOutput()
    {
        Result r = kktDeploy({QStringLiteral("validate"), QStringLiteral("--json"),
                              write(QStringLiteral("ok.json"), example())});
        QCOMPARE(r.code, 0);
        QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(out.value(QStringLiteral("config")).toObject(), example());

        r = kktDeploy({QStringLiteral("validate"), QStringLiteral("--json"),
                       write(QStringLiteral("bad.json"), exampleWith(QStringLiteral("server.port"), 0))});
        QCOMPARE(r.code, 2);
        out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(QStringLiteral("valid")).toBool(), false);
        const QJsonArray issues = out.value(QStringLiteral("issues")).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first()[QStringLiteral("field")].toString(), QStringLiteral("server.port"));
        QVERIFY(!issues.first()[QStringLiteral("fix")].toString().isEmpty());

        r = kktDeploy(
            {QStringLiteral("validate"), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("none"))});
        QCOMPARE(r.code, 2);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("error")));
    }

    void badFilesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("malformed") << QByteArray("{\"mode\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
    }
    void badFilesAreClearErrors()
    {
        QFETCH(QByteArray, content);
        const Result r =
            kktDeploy({QStringLiteral("validate"), write(QStringLiteral("broken.json"), content)});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("validate: ")));
    }

    void missingFileAndArguments()
    {
        Result r = kktDeploy({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.json")));
        r = kktDeploy({QStringLiteral("validate")});
        QCOMPARE(r.code, 2);
        r = kktDeploy({QStringLiteral("validate"), QStringLiteral("a.json"), QStringLiteral("b.json")});
        QCOMPARE(r.code, 2);
    }

    void secretsInFileAreRejectedWithoutEchoing()
    {
        const QString token = QStringLiteral("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_");
        const Result r = kktDeploy(
            {QStringLiteral("validate"),
             write(QStringLiteral("secret.json"), exampleWith(QStringLiteral("telegram.botToken"), token))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("telegram.botToken")));
        QVERIFY(r.err.contains(QStringLiteral("keychain")));
        QVERIFY(!r.err.contains(token) && !r.out.contains(token));
    }

    void russianMessages()
    {
        const Result r =
            kktDeploy({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("validate"),
                       write(QStringLiteral("bad.json"), exampleWith(QStringLiteral("server.port"), 0))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("server.port: ")));
        static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-я]"));
        QVERIFY2(cyrillic.match(r.err).hasMatch(), qPrintable(r.err));
    }

    void badLanguage()
    {
        const Result r =
            kktDeploy({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--help")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("xx")));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "TestValidateCommand.moc"
