#pragma once

#include "ArchiveLimits.h"
#include "ReleaseCheck.h"
#include "ReleaseInfo.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>

class QNetworkAccessManager;
class ReleaseDownload;

// Brings one GitHub release into the cache folder (releases/<version>/): checksums.txt, the
// archive, then the checksum and safety check. An archive that fails its checksum is renamed
// to `<name>.mismatch` so nothing uses it. An archive already in the cache with the size the
// release lists is not downloaded again; it is verified like a fresh one.
class ReleaseFetch : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        None,
        NoAssets,
        Download,
        ChecksumMismatch,
        Unsafe,
        Cancelled
    };
    Q_ENUM(Failure)

    ReleaseFetch(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~ReleaseFetch() override;

    void setRetryPolicy(int maxRetries, int firstDelayMs);
    void setLimits(const ArchiveLimits& limits) { m_limits = limits; }
    // What the archive must contain; KKT 1.0 unless set.
    void setLayout(const PayloadLayout& layout) { m_layout = layout; }

    void start(const ReleaseInfo& release, const QString& cacheRoot);
    void cancel();

    Failure failure() const { return m_failure; }
    QString errorText() const { return m_errorText; }
    QString archivePath() const { return m_archivePath; }
    QString checksumsPath() const { return m_checksumsPath; }
    // A Download failure caused by the network (host not found, refused, timed out).
    bool networkFailed() const { return m_networkFailed; }
    const ReleaseCheck::Result& check() const { return m_check; }

signals:
    void stage(const QString& text);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void downloadNext();
    void verify();
    void fail(Failure failure, const QString& text);

    QNetworkAccessManager* m_network;
    ReleaseDownload* m_download = nullptr;
    QFutureWatcher<ReleaseCheck::Result> m_watcher;
    std::atomic_bool m_cancel{false};
    ArchiveLimits m_limits;
    PayloadLayout m_layout = PayloadLayout::kkt10();
    int m_maxRetries = 3;
    int m_retryDelayMs = 1000;
    ReleaseInfo m_release;
    QString m_folder;
    QList<ReleaseAsset> m_queue;
    QString m_archivePath;
    QString m_checksumsPath;
    ReleaseCheck::Result m_check;
    Failure m_failure = Failure::None;
    QString m_errorText;
    bool m_finished = false;
    bool m_networkFailed = false;
};
