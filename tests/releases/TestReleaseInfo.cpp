#include "releases/ReleaseCache.h"
#include "releases/ReleaseInfo.h"

#include <QJsonDocument>
#include <QTest>

namespace {

// moc reads “//” inside a raw string as a comment, so the samples write URLs as https:§…
QJsonObject sample(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json).replace("§", "//")).object();
}

} // namespace

// ReleaseInfo from GitHub's documented release JSON (and where its files are cached).
class TestReleaseInfo : public QObject
{
    Q_OBJECT

private slots:
    void fromGitHubJson()
    {
        const QJsonObject json = sample(R"({
          "url": "https:§api.github.com/repos/zhurbarv-hub/Qoders/releases/1",
          "html_url": "https:§github.com/zhurbarv-hub/Qoders/releases/tag/v1.0.0",
          "id": 1, "tag_name": "v1.0.0", "target_commitish": "main", "name": "KKT 1.0.0",
          "body": "First release", "draft": false, "prerelease": false,
          "created_at": "2024-06-01T09:00:00Z", "published_at": "2024-06-01T10:30:00Z",
          "assets": [
            {"url": "https:§api.github.com/repos/zhurbarv-hub/Qoders/releases/assets/11", "id": 11,
             "name": "kkt-app-v1.0.0.tar.gz", "size": 286720, "content_type": "application/gzip",
             "browser_download_url": "https:§github.com/zhurbarv-hub/Qoders/releases/download/v1.0.0/kkt-app-v1.0.0.tar.gz"},
            {"url": "https:§api.github.com/repos/zhurbarv-hub/Qoders/releases/assets/12", "id": 12,
             "name": "checksums.txt", "size": 89, "content_type": "text/plain",
             "browser_download_url": "https:§github.com/zhurbarv-hub/Qoders/releases/download/v1.0.0/checksums.txt"}
          ]})");
        const ReleaseInfo info = ReleaseInfo::fromJson(json);
        QCOMPARE(info.tag, QStringLiteral("v1.0.0"));
        QCOMPARE(info.version->toString(), QStringLiteral("1.0.0"));
        QCOMPARE(info.publishedAt, QDateTime(QDate(2024, 6, 1), QTime(10, 30), Qt::UTC));
        QCOMPARE(info.assets.size(), 2);
        QCOMPARE(info.archiveAsset()->size, 286720);
        QCOMPARE(info.asset(QStringLiteral("checksums.txt"))->downloadUrl.fileName(),
                 QStringLiteral("checksums.txt"));
        QVERIFY(!info.asset(QStringLiteral("manifest.json")));
    }

    void archiveAssetIsNeverGuessed()
    {
        ReleaseInfo info;
        info.tag = QStringLiteral("build-42"); // not a version
        info.assets = {{QStringLiteral("a.tar.gz"), 1, {}, {}}};
        QCOMPARE(info.archiveAsset()->name, QStringLiteral("a.tar.gz"));
        info.assets << ReleaseAsset{QStringLiteral("b.tar.gz"), 1, {}, {}};
        QVERIFY(!info.archiveAsset()); // two candidates: none rather than the wrong one
    }

    void cacheFolders()
    {
        qputenv("KKT_CACHE_DIR", "/tmp/kkt-cache-test");
        QCOMPARE(ReleaseCache::root(), QStringLiteral("/tmp/kkt-cache-test"));
        QCOMPARE(ReleaseCache::versionFolder(*SemanticVersion::parse(u"v1.0.1-test")),
                 QStringLiteral("/tmp/kkt-cache-test/releases/1.0.1-test"));
        qunsetenv("KKT_CACHE_DIR");
        QVERIFY(!ReleaseCache::root().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseInfo)
#include "TestReleaseInfo.moc"
