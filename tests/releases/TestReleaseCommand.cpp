#include "support/ArchiveBuilder.h"
#include "support/FakeGitHubServer.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// Runs the real kkt-deploy binary; the fake GitHub lives in this process, so waiting keeps its
// event loop turning.
class TestReleaseCommand : public QObject
{
    Q_OBJECT

    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };

    QString m_dir;

    static Result kktDeploy(const QStringList& args, const QMap<QString, QString>& environment = {},
                            const QByteArray& input = {})
    {
        QProcess p;
        p.setProgram(TestEnvironment::binaryDir() + QStringLiteral("/kkt-deploy"));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("KKT_GITHUB_API_URL"));
        env.remove(QStringLiteral("KKT_GITHUB_TOKEN"));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start();
        p.write(input);
        p.closeWriteChannel();
        if (!finished.wait(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString archive(const QString& name, const ArchiveBuilder& builder)
    {
        const QString path = m_dir + u'/' + name;
        const QString error = builder.write(path);
        return error.isEmpty() ? path : QString();
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString checksumsFor(const QString& archivePath, const QByteArray& prefix = "\xEF\xBB\xBF",
                         const QByteArray& lineEnd = "\r\n")
    {
        const QString path = archivePath + QStringLiteral(".sha256");
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(prefix + QCryptographicHash::hash(read(archivePath), QCryptographicHash::Sha256).toHex() +
                  "  " + QFileInfo(archivePath).fileName().toUtf8() + lineEnd);
        return path;
    }

private slots:
    void initTestCase() { m_dir = TestEnvironment::freshDirectory(QStringLiteral("release-cli")); }

    void inspectPrintsTheFacts()
    {
        const QString path = archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        const Result r = kktDeploy({QStringLiteral("release"), QStringLiteral("inspect"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Version:       1.0.0")));
        QVERIFY(r.out.contains(
            QStringLiteral("Entries:       %1").arg(ArchiveBuilder::kkt10().entries.size() - 1)));
        QVERIFY(r.out.contains(QStringLiteral("Unpacked size:")));
        QVERIFY(r.out.contains(QStringLiteral("Warnings (3):")));
        QVERIFY(r.out.contains(QStringLiteral("database/kkt_system.db")));

        const Result json =
            kktDeploy({QStringLiteral("release"), QStringLiteral("inspect"), path, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(object.value(QStringLiteral("warnings")).toArray().size(), 3);
        QVERIFY(object.value(QStringLiteral("unpacked_size")).toInteger() > 0);
    }

    void verifyAcceptsTheRealLayout_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBF") << QByteArray("\r\n");
        QTest::newRow("plain LF") << QByteArray() << QByteArray("\n");
    }
    void verifyAcceptsTheRealLayout()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, lineEnd);
        const QString path = archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        const Result r = kktDeploy({QStringLiteral("release"), QStringLiteral("verify"), path,
                                    QStringLiteral("--checksums"), checksumsFor(path, prefix, lineEnd)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("SHA-256 matches")));
        QVERIFY(r.out.contains(QStringLiteral("intact and safe")));
    }

    void verifyMismatch()
    {
        const QString path = archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        const QString sums = checksumsFor(path);
        const QByteArray expected = QCryptographicHash::hash(read(path), QCryptographicHash::Sha256).toHex();
        // Same name, different content: a damaged download.
        archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"),
                ArchiveBuilder::kkt10().file(QStringLiteral("./x"), "y"));
        const QByteArray actual = QCryptographicHash::hash(read(path), QCryptographicHash::Sha256).toHex();
        const Result r = kktDeploy(
            {QStringLiteral("release"), QStringLiteral("verify"), path, QStringLiteral("--checksums"), sums});
        QCOMPARE(r.code, 7);
        QVERIFY(r.err.contains(QStringLiteral("kkt-app-v1.0.0.tar.gz")));
        QVERIFY(r.err.contains(QString::fromLatin1(expected)));
        QVERIFY(r.err.contains(QString::fromLatin1(actual)));

        const Result sha = kktDeploy({QStringLiteral("release"), QStringLiteral("verify"), path,
                                      QStringLiteral("--sha256"), QString::fromLatin1(actual)});
        QCOMPARE(sha.code, 0);
    }

    void verifyRefusesHostileArchives_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("offending");
        QTest::newRow("traversal") << "traversal"
                                   << "./../../etc/cron.d/kkt";
        QTest::newRow("absolute path") << "absolute"
                                       << "/etc/passwd";
        QTest::newRow("escaping symlink") << "symlink"
                                          << "./web/static";
        QTest::newRow("escaping hardlink") << "hardlink"
                                           << "./bot/shadow";
        QTest::newRow("device node") << "device"
                                     << "./dev/sda";
        QTest::newRow("fifo") << "fifo"
                              << "./pipe";
        QTest::newRow("bomb") << "bomb"
                              << "./bomb.bin";
    }
    void verifyRefusesHostileArchives()
    {
        QFETCH(QString, kind);
        QFETCH(QString, offending);
        ArchiveBuilder b = ArchiveBuilder::kkt10();
        QStringList extra;
        if (kind == u"traversal")
            b.file(offending, "* * * * * root sh\n");
        else if (kind == u"absolute")
            b.file(offending, "root::0:0::/:/bin/sh\n");
        else if (kind == u"symlink")
            b.symlink(offending, QStringLiteral("../../../etc"));
        else if (kind == u"hardlink")
            b.hardlink(offending, QStringLiteral("../../etc/shadow"));
        else if (kind == u"device")
            b.special(offending, ArchiveBuilder::Type::BlockDevice);
        else if (kind == u"fifo")
            b.special(offending, ArchiveBuilder::Type::Fifo);
        else {
            b.zeroes(offending, qint64(64) << 20);
            extra << QStringLiteral("--max-unpacked-mb") << QStringLiteral("16");
        }
        const QString path = archive(kind + QStringLiteral("-kkt-app-v1.0.0.tar.gz"), b);
        QVERIFY(!path.isEmpty());
        const Result r = kktDeploy(QStringList{QStringLiteral("release"), QStringLiteral("verify"), path,
                                               QStringLiteral("--checksums"), checksumsFor(path)} +
                                   extra);
        QCOMPARE(r.code, 8);
        QVERIFY2(r.err.contains(offending), qPrintable(r.err));
        const Result inspect =
            kktDeploy(QStringList{QStringLiteral("release"), QStringLiteral("inspect"), path} + extra);
        QCOMPARE(inspect.code, 8);
        QVERIFY2(inspect.err.contains(offending), qPrintable(inspect.err));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no action") << QStringList{QStringLiteral("release")};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("release"), QStringLiteral("explode")};
        QTest::newRow("verify without checksums")
            << QStringList{QStringLiteral("release"), QStringLiteral("verify"), QStringLiteral("%A")};
        QTest::newRow("missing archive") << QStringList{QStringLiteral("release"), QStringLiteral("inspect"),
                                                        QStringLiteral("/nonexistent.tar.gz")};
        QTest::newRow("missing checksums file")
            << QStringList{QStringLiteral("release"), QStringLiteral("verify"), QStringLiteral("%A"),
                           QStringLiteral("--checksums"), QStringLiteral("/nonexistent.txt")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("release"), QStringLiteral("inspect"),
                                                  QStringLiteral("%A"), QStringLiteral("--max-entries"),
                                                  QStringLiteral("many")};
        QTest::newRow("bad version") << QStringList{QStringLiteral("release"), QStringLiteral("fetch"),
                                                    QStringLiteral("latest-ish")};
        QTest::newRow("bad repo") << QStringList{QStringLiteral("release"), QStringLiteral("list"),
                                                 QStringLiteral("--repo"), QStringLiteral("x")};
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        const QString path = archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        args.replaceInStrings(QStringLiteral("%A"), path);
        const Result r = kktDeploy(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void listAgainstLocalGitHub()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setPerPage(1);
        server.addRelease(QStringLiteral("v1.0.0"), QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC), {});
        server.addRelease(QStringLiteral("v1.0.1-test"), QDateTime(QDate(2024, 7, 1), QTime(9, 0), Qt::UTC),
                          {}, true);
        const Result r = kktDeploy({QStringLiteral("release"), QStringLiteral("list"),
                                    QStringLiteral("--api-url"), server.baseUrl().toString()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("v1.0.1-test")));
        QVERIFY(r.out.contains(QStringLiteral("2024-06-01")));
        QVERIFY(r.out.contains(QStringLiteral("pre-release")));

        // The environment points it at a mirror too.
        const Result env =
            kktDeploy({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("--json")},
                      {{QStringLiteral("KKT_GITHUB_API_URL"), server.baseUrl().toString()}});
        QCOMPARE(env.code, 0);
        QCOMPARE(QJsonDocument::fromJson(env.out.toUtf8()).array().size(), 2);
    }

    void tokenFromTheKeychain()
    {
        // Under the Secret Service that scripts/test.sh starts.
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(QStringLiteral("v1.0.0"), QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC), {});
        const QString api = server.baseUrl().toString();
        const QByteArray token = "ghp_KeychainSentinelToken1234567890";
        Result r =
            kktDeploy({QStringLiteral("release"), QStringLiteral("login"), QStringLiteral("--api-url"), api},
                      {}, token + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(token)));
        r = kktDeploy({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("--api-url"), api});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(QString::fromLatin1(token)) && !r.err.contains(QString::fromLatin1(token)));
        bool sent = false;
        for (const FakeHttpServer::Request& request : server.requests())
            sent |= request.header("authorization").contains(token);
        QVERIFY2(sent, "the stored token was not sent to the API");
        r = kktDeploy({QStringLiteral("release"), QStringLiteral("login"), QStringLiteral("--api-url"), api});
        QCOMPARE(r.code, 2); // nothing on stdin
    }

    void listRateLimited()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setRateLimited(QDateTime::currentDateTimeUtc().addSecs(600));
        const Result r = kktDeploy({QStringLiteral("release"), QStringLiteral("list"),
                                    QStringLiteral("--api-url"), server.baseUrl().toString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rate limit")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("resets at")));
    }

    void fetchIntoTheCache()
    {
        const QString path = archive(QStringLiteral("kkt-app-v1.0.0.tar.gz"), ArchiveBuilder::kkt10());
        const QByteArray data = read(path);
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(QStringLiteral("v1.0.0"), QDateTime::currentDateTimeUtc(),
                          {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), data},
                           {QStringLiteral("checksums.txt"), read(checksumsFor(path))}});
        const QString cache = TestEnvironment::freshDirectory(QStringLiteral("cli-cache"));
        const Result r = kktDeploy({QStringLiteral("release"), QStringLiteral("fetch"),
                                    QStringLiteral("1.0.0"), QStringLiteral("--api-url"),
                                    server.baseUrl().toString(), QStringLiteral("--cache"), cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(read(cache + QStringLiteral("/releases/1.0.0/kkt-app-v1.0.0.tar.gz")), data);

        server.replaceAsset(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz"),
                            data + "tampered");
        const QString other = TestEnvironment::freshDirectory(QStringLiteral("cli-cache"));
        const Result bad = kktDeploy({QStringLiteral("release"), QStringLiteral("fetch"),
                                      QStringLiteral("v1.0.0"), QStringLiteral("--api-url"),
                                      server.baseUrl().toString(), QStringLiteral("--cache"), other});
        QCOMPARE(bad.code, 7);
        QVERIFY(!QFileInfo::exists(other + QStringLiteral("/releases/1.0.0/kkt-app-v1.0.0.tar.gz")));

        const Result missing = kktDeploy({QStringLiteral("release"), QStringLiteral("fetch"),
                                          QStringLiteral("9.9.9"), QStringLiteral("--api-url"),
                                          server.baseUrl().toString(), QStringLiteral("--cache"), other});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("9.9.9")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCommand)
#include "TestReleaseCommand.moc"
