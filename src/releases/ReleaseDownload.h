#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Downloads one file to `target` through `target.part`: progress and cancel; an interrupted
// download resumes with an HTTP Range request (also on the next start()); the file appears
// under its name only when complete (atomic rename).
class ReleaseDownload : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseDownload(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setRetryPolicy(int maxRetries, int firstDelayMs);
    void setTransferTimeout(int milliseconds);

    void start(const QUrl& url, const QString& target, qint64 expectedSize = -1);
    // Keeps the partial file, so the next start() resumes.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_errorText.isEmpty(); }
    bool wasCancelled() const { return m_cancelled; }
    QString errorText() const { return m_errorText; }
    // The failure was the network's (no answer from the host), not the server's or the disk's.
    bool networkFailed() const { return m_finished && !ok() && !m_cancelled && m_networkProblem; }
    QString target() const { return m_target; }
    // Bytes that came from an earlier, interrupted attempt.
    qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    void progress(qint64 received, qint64 total);
    void retrying(int attempt, int delayMs, const QString& reason);
    void finished();

private:
    void send();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void retryOrFail(const QString& reason);
    void fail(const QString& text);
    void complete();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer;
    QUrl m_url;
    QString m_target;
    QFile m_part;
    qint64 m_expectedSize = -1;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    qint64 m_sizeAtSend = 0;
    int m_maxRetries = 3;
    int m_retryDelayMs = 1000;
    int m_transferTimeoutMs = 30000;
    int m_attempt = 0;
    bool m_accepted = false; // the current reply's status was checked and the file positioned
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_networkProblem = false;
    QString m_errorText;
};
