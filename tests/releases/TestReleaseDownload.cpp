#include "releases/ReleaseDownload.h"

#include "support/FakeGitHubServer.h"
#include "support/TestEnvironment.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestReleaseDownload : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QByteArray m_data;

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool waitFor(ReleaseDownload& download)
    {
        QSignalSpy spy(&download, &ReleaseDownload::finished);
        return download.isFinished() || spy.wait(30000);
    }

    void publish(FakeGitHubServer& server)
    {
        server.addRelease(QStringLiteral("v1.0.0"), QDateTime::currentDateTimeUtc(),
                          {{QStringLiteral("kkt-app-v1.0.0.tar.gz"), m_data}});
    }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 1 << 20; ++i)
            m_data += char((i * 31) ^ (i >> 8));
    }

    void downloadsWithProgressAndAtomicCompletion()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server);
        const QString target = TestEnvironment::freshDirectory(QStringLiteral("dl")) +
                               QStringLiteral("/releases/1.0.0/a.tar.gz");
        ReleaseDownload download(&m_network);
        QSignalSpy progress(&download, &ReleaseDownload::progress);
        download.start(server.assetUrl(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz")),
                       target);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(waitFor(download));
        QVERIFY2(download.ok(), qPrintable(download.errorText()));
        QCOMPARE(read(target), m_data);
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".part")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), m_data.size());
    }

    void resumesAfterDroppedConnection()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server);
        server.dropDownloadOnce(QStringLiteral("kkt-app-v1.0.0.tar.gz"), 300000);
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        ReleaseDownload download(&m_network);
        download.setRetryPolicy(3, 10);
        QSignalSpy retrying(&download, &ReleaseDownload::retrying);
        download.start(server.assetUrl(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz")),
                       target);
        QVERIFY(waitFor(download));
        QVERIFY2(download.ok(), qPrintable(download.errorText()));
        QCOMPARE(read(target), m_data);
        QCOMPARE(retrying.size(), 1);
        // The retry asked only for the rest (Qt itself may resend the first request once).
        QCOMPARE(server.requests().last().header("Range"), QByteArray("bytes=300000-"));
    }

    void resumesAnEarlierPartialFile()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server);
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        QFile part(target + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_data.left(123456));
        part.close();
        ReleaseDownload download(&m_network);
        download.start(server.assetUrl(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz")),
                       target);
        QVERIFY(waitFor(download));
        QVERIFY(download.ok());
        QCOMPARE(download.resumedFrom(), 123456);
        QCOMPARE(read(target), m_data);
        QCOMPARE(server.requests().first().header("Range"), QByteArray("bytes=123456-"));
    }

    void serverIgnoringRangeStartsOver()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [this](const FakeHttpServer::Request&) { return FakeHttpServer::json(200, m_data); });
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        QFile part(target + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("garbage that is not a prefix");
        part.close();
        ReleaseDownload download(&m_network);
        download.start(QUrl(server.baseUrl().toString() + QStringLiteral("/a")), target);
        QVERIFY(waitFor(download));
        QVERIFY(download.ok());
        QCOMPARE(read(target), m_data);
    }

    void partialFileLongerThanTheAsset()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server);
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        QFile part(target + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_data + "extra");
        part.close();
        ReleaseDownload download(&m_network);
        download.setRetryPolicy(2, 10);
        download.start(server.assetUrl(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz")),
                       target);
        QVERIFY(waitFor(download));
        QVERIFY2(download.ok(), qPrintable(download.errorText()));
        QCOMPARE(read(target), m_data);
    }

    void cancelKeepsThePartForLater()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server);
        server.setSlowDownloads(16384, 20); // a slow server: ~1.3 s for the whole file
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        ReleaseDownload download(&m_network);
        QSignalSpy progress(&download, &ReleaseDownload::progress);
        const QUrl url = server.assetUrl(QStringLiteral("v1.0.0"), QStringLiteral("kkt-app-v1.0.0.tar.gz"));
        download.start(url, target);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() > 0, 20000);
        download.cancel();
        QVERIFY(download.isFinished());
        QVERIFY(download.wasCancelled());
        QVERIFY(!QFileInfo::exists(target));
        const qint64 kept = QFileInfo(target + QStringLiteral(".part")).size();
        QVERIFY(kept > 0);
        QVERIFY(kept < m_data.size());

        server.setSlowDownloads(0, 0);
        ReleaseDownload again(&m_network);
        again.start(url, target);
        QVERIFY(waitFor(again));
        QVERIFY(again.ok());
        QCOMPARE(again.resumedFrom(), kept);
        QCOMPARE(read(target), m_data);
    }

    void stalledServerTimesOut()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            FakeHttpServer::Response r;
            r.silent = true;
            return r;
        });
        const QString target =
            TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/a.tar.gz");
        ReleaseDownload download(&m_network);
        download.setTransferTimeout(200);
        download.setRetryPolicy(1, 10);
        download.start(QUrl(server.baseUrl().toString() + QStringLiteral("/a")), target);
        QVERIFY(waitFor(download));
        QVERIFY(!download.ok());
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(download.errorText().contains(QStringLiteral("2 attempt")));
    }

    void notFoundIsNotRetried()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        ReleaseDownload download(&m_network);
        download.setRetryPolicy(3, 10);
        download.start(server.assetUrl(QStringLiteral("v9"), QStringLiteral("x.tar.gz")),
                       TestEnvironment::freshDirectory(QStringLiteral("dl")) + QStringLiteral("/x.tar.gz"));
        QVERIFY(waitFor(download));
        QVERIFY(!download.ok());
        QVERIFY(download.errorText().contains(QStringLiteral("404")));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReleaseDownload)
#include "TestReleaseDownload.moc"
