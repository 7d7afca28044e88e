#include "releases/ReleaseFetch.h"

#include "support/ArchiveBuilder.h"
#include "support/FakeGitHubServer.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestReleaseFetch : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static QByteArray archiveBytes(const ArchiveBuilder& builder)
    {
        const QString path =
            TestEnvironment::freshDirectory(QStringLiteral("fetch-src")) + QStringLiteral("/a.tar.gz");
        if (!builder.write(path).isEmpty())
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray checksums(const QByteArray& data, const QString& name)
    {
        // As a Windows tool writes it: BOM and CRLF.
        return "\xEF\xBB\xBF" + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  " +
               name.toUtf8() + "\r\n";
    }

    static ReleaseInfo release(FakeGitHubServer& server, const QString& tag)
    {
        ReleaseInfo info;
        info.tag = tag;
        info.version = SemanticVersion::parse(tag);
        for (const QString& name :
             {QStringLiteral("kkt-app-%1.tar.gz").arg(tag), QStringLiteral("checksums.txt")})
            info.assets.append({name, -1, server.assetUrl(tag, name), {}});
        return info;
    }

    static bool waitFor(ReleaseFetch& fetch)
    {
        QSignalSpy spy(&fetch, &ReleaseFetch::finished);
        return spy.wait(60000);
    }

private slots:
    void fetchesVerifiesAndInspects()
    {
        const QByteArray data = archiveBytes(ArchiveBuilder::kkt10());
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(
            QStringLiteral("v1.0.0"), QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), data},
             {QStringLiteral("checksums.txt"), checksums(data, QStringLiteral("kkt-app-v1.0.0.tar.gz"))}});
        server.dropDownloadOnce(QStringLiteral("kkt-app-v1.0.0.tar.gz"), data.size() / 2);
        const QString cache = TestEnvironment::freshDirectory(QStringLiteral("cache"));
        ReleaseFetch fetch(&m_network);
        fetch.setRetryPolicy(3, 10);
        QSignalSpy stages(&fetch, &ReleaseFetch::stage);
        fetch.start(release(server, QStringLiteral("v1.0.0")), cache);
        QVERIFY(waitFor(fetch));
        QCOMPARE(fetch.failure(), ReleaseFetch::Failure::None);
        QCOMPARE(fetch.archivePath(), cache + QStringLiteral("/releases/1.0.0/kkt-app-v1.0.0.tar.gz"));
        QVERIFY(fetch.check().ok());
        QCOMPARE(fetch.check().inspection.version->toString(), QStringLiteral("1.0.0"));
        QVERIFY(QFileInfo::exists(cache + QStringLiteral("/releases/1.0.0/checksums.txt")));
        QVERIFY(stages.size() >= 3);
    }

    void mismatchKeepsTheArchiveOutOfUse()
    {
        const QByteArray data = archiveBytes(ArchiveBuilder::kkt10());
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(
            QStringLiteral("v1.0.0"), QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), data},
             {QStringLiteral("checksums.txt"), checksums(data, QStringLiteral("kkt-app-v1.0.0.tar.gz"))}});
        // A tampered mirror: same name, other bytes.
        server.replaceAsset(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz"),
                            archiveBytes(ArchiveBuilder::kkt10().file(QStringLiteral("./evil.py"), "x")));
        const QString cache = TestEnvironment::freshDirectory(QStringLiteral("cache"));
        ReleaseFetch fetch(&m_network);
        fetch.start(release(server, QStringLiteral("v1.0.0")), cache);
        QVERIFY(waitFor(fetch));
        QCOMPARE(fetch.failure(), ReleaseFetch::Failure::ChecksumMismatch);
        QVERIFY(fetch.errorText().contains(QStringLiteral("kkt-app-v1.0.0.tar.gz")));
        QVERIFY(!QFileInfo::exists(fetch.archivePath()));
        QVERIFY(QFileInfo::exists(fetch.archivePath() + QStringLiteral(".mismatch")));
    }

    void unsafeArchiveIsRefused()
    {
        const QByteArray data =
            archiveBytes(ArchiveBuilder::kkt10().symlink(QStringLiteral("./x"), QStringLiteral("/etc")));
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(
            QStringLiteral("v1.0.0"), QDateTime::currentDateTimeUtc(),
            {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), data},
             {QStringLiteral("checksums.txt"), checksums(data, QStringLiteral("kkt-app-v1.0.0.tar.gz"))}});
        ReleaseFetch fetch(&m_network);
        fetch.start(release(server, QStringLiteral("v1.0.0")),
                    TestEnvironment::freshDirectory(QStringLiteral("cache")));
        QVERIFY(waitFor(fetch));
        QCOMPARE(fetch.failure(), ReleaseFetch::Failure::Unsafe);
        QVERIFY(fetch.errorText().contains(QStringLiteral("./x")));
    }

    void releaseWithoutChecksumsIsNotUsed()
    {
        ReleaseInfo info;
        info.tag = QStringLiteral("v1.0.0");
        info.version = SemanticVersion::parse(info.tag);
        info.assets.append(
            {QStringLiteral("kkt-app-v1.0.0.tar.gz"), 1, QUrl(QStringLiteral("http://127.0.0.1:1/x")), {}});
        ReleaseFetch fetch(&m_network);
        fetch.start(info, TestEnvironment::freshDirectory(QStringLiteral("cache")));
        QVERIFY(waitFor(fetch));
        QCOMPARE(fetch.failure(), ReleaseFetch::Failure::NoAssets);
        QVERIFY(fetch.errorText().contains(QStringLiteral("checksums.txt")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseFetch)
#include "TestReleaseFetch.moc"
