#include "ReleaseFetch.h"

#include "ReleaseCache.h"
#include "ReleaseDownload.h"
#include "ReleasesLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

ReleaseFetch::ReleaseFetch(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    connect(&m_watcher, &QFutureWatcher<ReleaseCheck::Result>::finished, this, [this] {
        if (m_finished)
            return;
        m_check = m_watcher.result();
        if (m_check.checksum.outcome == ChecksumVerifier::Outcome::Cancelled ||
            m_check.inspection.verdict == ArchiveInspection::Verdict::Cancelled) {
            fail(Failure::Cancelled, tr("cancelled"));
        } else if (!m_check.checksum.ok()) {
            // Keep the damaged file for inspection, but out of the way of every reader.
            const QString rejected = m_archivePath + QStringLiteral(".mismatch");
            std::rename(QFile::encodeName(m_archivePath).constData(),
                        QFile::encodeName(rejected).constData());
            fail(Failure::ChecksumMismatch, m_check.checksum.message);
        } else if (!m_check.inspection.ok()) {
            fail(Failure::Unsafe, m_check.problems().join(QStringLiteral("; ")));
        } else {
            m_finished = true;
            emit finished();
        }
    });
}

ReleaseFetch::~ReleaseFetch()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void ReleaseFetch::setRetryPolicy(int maxRetries, int firstDelayMs)
{
    m_maxRetries = maxRetries;
    m_retryDelayMs = firstDelayMs;
}

void ReleaseFetch::start(const ReleaseInfo& release, const QString& cacheRoot)
{
    m_release = release;
    const std::optional<ReleaseAsset> archive = release.archiveAsset();
    const std::optional<ReleaseAsset> checksums = release.asset(QStringLiteral("checksums.txt"));
    if (!release.version || !archive || !checksums) {
        QTimer::singleShot(0, this, [this, tag = release.tag] {
            fail(Failure::NoAssets,
                 tr("release %1 does not have a version tag, a kkt-app-v<version>.tar.gz and a "
                    "checksums.txt — it cannot be verified, so it is not used")
                     .arg(tag));
        });
        return;
    }
    m_folder = ReleaseCache::versionFolder(*release.version, cacheRoot);
    QDir().mkpath(m_folder);
    m_archivePath = m_folder + u'/' + archive->name;
    m_checksumsPath = m_folder + QStringLiteral("/checksums.txt");
    m_queue = {*checksums, *archive};
    if (auto manifest = release.asset(QStringLiteral("manifest.json")))
        m_queue.prepend(*manifest);
    QTimer::singleShot(0, this, &ReleaseFetch::downloadNext);
}

void ReleaseFetch::downloadNext()
{
    if (m_finished)
        return;
    if (m_queue.isEmpty()) {
        verify();
        return;
    }
    const ReleaseAsset asset = m_queue.takeFirst();
    // Asset names come from the server: only the last part, never a path.
    const QString name = QFileInfo(asset.name).fileName();
    if (name.isEmpty() || name == u"." || name == u"..") {
        fail(Failure::Download, tr("the release lists an asset with an unusable name “%1”").arg(asset.name));
        return;
    }
    const QString target = m_folder + u'/' + name;
    if (target == m_archivePath && asset.size > 0 && QFileInfo(target).size() == asset.size) {
        emit stage(tr("%1 is in the cache already.").arg(name));
        downloadNext();
        return;
    }
    emit stage(tr("Downloading %1…").arg(name));
    delete m_download;
    m_download = new ReleaseDownload(m_network, this);
    m_download->setRetryPolicy(m_maxRetries, m_retryDelayMs);
    connect(m_download, &ReleaseDownload::progress, this, &ReleaseFetch::progress);
    connect(m_download, &ReleaseDownload::finished, this, [this] {
        if (!m_download->ok()) {
            m_networkFailed = m_download->networkFailed();
            fail(m_download->wasCancelled() ? Failure::Cancelled : Failure::Download,
                 m_download->errorText());
            return;
        }
        downloadNext();
    });
    m_download->start(asset.downloadUrl, target, asset.size);
}

void ReleaseFetch::verify()
{
    emit stage(tr("Verifying %1…").arg(QFileInfo(m_archivePath).fileName()));
    const ChecksumFile checksums = ChecksumFile::load(m_checksumsPath);
    m_watcher.setFuture(QtConcurrent::run([this, checksums] {
        return ReleaseCheck::run(
            m_archivePath, checksums, m_limits, &m_layout, &m_cancel, [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); });
            });
    }));
}

void ReleaseFetch::cancel()
{
    m_cancel = true;
    if (m_download && !m_download->isFinished())
        m_download->cancel();
}

void ReleaseFetch::fail(Failure failure, const QString& text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_errorText = text;
    qCDebug(lcReleases) << "fetch failed:" << text;
    emit finished();
}
