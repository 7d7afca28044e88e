#include "releases/ReleaseProvider.h"

#include "support/ArchiveBuilder.h"
#include "support/FakeGitHubServer.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

// The latest release or a tag, resolved against a local GitHub, fetched into the cache, verified;
// and what it says when the network, GitHub or the archive is the problem.
class TestReleaseProvider : public QObject
{
    Q_OBJECT

    FakeGitHubServer m_server;
    QByteArray m_archive;

    static QByteArray archiveBytes(const ArchiveBuilder& builder)
    {
        const QString path =
            TestEnvironment::freshDirectory(QStringLiteral("provider-src")) + QStringLiteral("/a.tar.gz");
        if (!builder.write(path).isEmpty())
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray checksums(const QByteArray& data, const QString& name)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() +
               "\n";
    }

    static ReleaseChoice latest() { return {}; }
    static ReleaseChoice tag(const QString& t) { return {ReleaseSource::Tag, t, {}, {}}; }

    static bool run(ReleaseProvider& provider, const ReleaseChoice& choice, QStringList* stages = nullptr)
    {
        QSignalSpy finished(&provider, &ReleaseProvider::finished);
        QSignalSpy stage(&provider, &ReleaseProvider::stage);
        provider.setToken("test-token"); // the keychain is not this test's subject
        provider.start(choice);
        const bool done = finished.wait(60000);
        if (stages)
            for (const QList<QVariant>& s : stage)
                *stages << s.first().toString();
        return done;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_archive = archiveBytes(ArchiveBuilder::kkt10());
        const QByteArray broken = archiveBytes(ArchiveBuilder::kkt10(QStringLiteral("0.9.0"))
                                                   .remove(QStringLiteral("./backend/"))
                                                   .remove(QStringLiteral("./backend/__init__.py"))
                                                   .remove(QStringLiteral("./bot/main.py")));
        const QString brokenName = QStringLiteral("kkt-app-v0.9.0.tar.gz");
        m_server.addRelease(
            QStringLiteral("v0.9.0"), QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC),
            {{brokenName, broken}, {QStringLiteral("checksums.txt"), checksums(broken, brokenName)}});
        const QString name = QStringLiteral("kkt-app-v1.0.0.tar.gz");
        m_server.addRelease(
            QStringLiteral("v1.0.0"), QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC),
            {{name, m_archive}, {QStringLiteral("checksums.txt"), checksums(m_archive, name)}});
        qputenv("KKT_GITHUB_API_URL", m_server.baseUrl().toEncoded());
    }

    void init()
    {
        qputenv("KKT_CACHE_DIR", TestEnvironment::freshDirectory(QStringLiteral("provider-cache")).toUtf8());
    }

    void latestIsFetchedVerifiedAndCached()
    {
        ReleaseProvider provider;
        QVERIFY(run(provider, latest()));
        QVERIFY2(provider.failure() == ReleaseProvider::Failure::None, qPrintable(provider.errorText()));
        const VerifiedRelease first = provider.release();
        QVERIFY(first.requestedLatest);
        QCOMPARE(first.tag, QStringLiteral("v1.0.0"));
        QCOMPARE(first.version, QStringLiteral("1.0.0"));
        QCOMPARE(first.archivePath, qEnvironmentVariable("KKT_CACHE_DIR") +
                                        QStringLiteral("/releases/1.0.0/kkt-app-v1.0.0.tar.gz"));
        QVERIFY(QFileInfo(first.checksumsPath).isFile());
        QVERIFY(first.answers(latest()));
        QVERIFY(!first.answers(tag(QStringLiteral("v1.0.0"))));
        QVERIFY(provider.check().ok());

        // The second time the archive comes from the cache, and is verified all the same.
        QStringList stages;
        QVERIFY(run(provider, latest(), &stages));
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::None);
        QCOMPARE(provider.release(), first);
        QVERIFY2(stages.join(u'\n').contains(QStringLiteral("kkt-app-v1.0.0.tar.gz is in the cache already")),
                 qPrintable(stages.join(u'\n')));

        // A cached archive that was changed on disk (same size) is refused, never deployed.
        QFile cached(first.archivePath);
        QVERIFY(cached.open(QIODevice::ReadWrite));
        cached.seek(cached.size() / 2);
        cached.write("XXXX");
        cached.close();
        QVERIFY(run(provider, latest()));
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::ChecksumMismatch);
        QVERIFY(!provider.release().isValid());
        // …and the next attempt downloads it afresh.
        QVERIFY(run(provider, latest()));
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::None);
    }

    void tagWithoutThePrefixIsFound()
    {
        ReleaseProvider provider;
        QVERIFY(run(provider, tag(QStringLiteral("1.0.0"))));
        QVERIFY2(provider.failure() == ReleaseProvider::Failure::None, qPrintable(provider.errorText()));
        QCOMPARE(provider.release().tag, QStringLiteral("v1.0.0"));
        QVERIFY(provider.release().answers(tag(QStringLiteral("1.0.0"))));
        QVERIFY(provider.release().answers(tag(QStringLiteral("v1.0.0"))));
        QVERIFY(!provider.release().answers(latest()));
    }

    void unknownTagIsNotFound()
    {
        ReleaseProvider provider;
        QVERIFY(run(provider, tag(QStringLiteral("v7.7.7"))));
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::NotFound);
        QVERIFY(provider.errorText().contains(QStringLiteral("v7.7.7")));
    }

    void wrongLayoutIsAnArchiveProblem()
    {
        ReleaseProvider provider;
        QVERIFY(run(provider, tag(QStringLiteral("v0.9.0"))));
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::Unsafe);
        // Every problem of the archive, not just the first.
        QVERIFY2(provider.errorText().contains(QStringLiteral("backend/")), qPrintable(provider.errorText()));
        QVERIFY2(provider.errorText().contains(QStringLiteral("bot/main.py")),
                 qPrintable(provider.errorText()));
        QVERIFY(!provider.errorText().contains(QStringLiteral("Network")));
    }

    void offlineNamesTheNetwork()
    {
        // Nothing listens there: the connection is refused, as without a network.
        qputenv("KKT_GITHUB_API_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(TestEnvironment::freePort()).toUtf8());
        ReleaseProvider provider;
        provider.setRetryPolicy(0, 10);
        QVERIFY(run(provider, latest()));
        qputenv("KKT_GITHUB_API_URL", m_server.baseUrl().toEncoded());
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::Network);
        QVERIFY2(provider.errorText().startsWith(QStringLiteral("Network problem:")),
                 qPrintable(provider.errorText()));
        QVERIFY(!provider.release().isValid());
    }

    void cancelStops()
    {
        m_server.setSlowDownloads(1024, 50);
        ReleaseProvider provider;
        QSignalSpy finished(&provider, &ReleaseProvider::finished);
        QSignalSpy stage(&provider, &ReleaseProvider::stage);
        provider.setToken("test-token");
        provider.start(latest());
        QTRY_VERIFY_WITH_TIMEOUT(provider.isRunning() && !stage.isEmpty() &&
                                     stage.last().first().toString().contains(QStringLiteral("Downloading")),
                                 30000);
        provider.cancel();
        QTRY_COMPARE(finished.size(), 1);
        m_server.setSlowDownloads(0, 0);
        QCOMPARE(provider.failure(), ReleaseProvider::Failure::Cancelled);
        QVERIFY(!provider.isRunning());
    }
};

QTEST_MAIN(TestReleaseProvider)
#include "TestReleaseProvider.moc"
