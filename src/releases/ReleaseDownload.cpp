#include "ReleaseDownload.h"

#include "ReleasesLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

ReleaseDownload::ReleaseDownload(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ReleaseDownload::send);
}

void ReleaseDownload::setRetryPolicy(int maxRetries, int firstDelayMs)
{
    m_maxRetries = maxRetries;
    m_retryDelayMs = firstDelayMs;
}

void ReleaseDownload::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds;
}

void ReleaseDownload::start(const QUrl& url, const QString& target, qint64 expectedSize)
{
    m_url = url;
    m_target = target;
    m_expectedSize = expectedSize;
    m_finished = false;
    m_cancelled = false;
    m_errorText.clear();
    m_attempt = 0;
    m_resumedFrom = 0;
    QDir().mkpath(QFileInfo(target).absolutePath());
    m_part.setFileName(target + QStringLiteral(".part"));
    if (!m_part.open(QIODevice::ReadWrite)) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("cannot write %1: %2 — check the cache folder's permissions")
                     .arg(m_part.fileName(), m_part.errorString()));
        });
        return;
    }
    m_resumedFrom = m_part.size();
    QTimer::singleShot(0, this, &ReleaseDownload::send);
}

void ReleaseDownload::send()
{
    if (m_finished)
        return;
    m_accepted = false;
    m_networkProblem = false;
    m_sizeAtSend = m_part.size();
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("kkt-deploy/" KKT_VERSION));
    request.setRawHeader("Accept", "application/octet-stream");
    const qint64 have = m_part.size();
    // Compressed transfer would make byte offsets meaningless for Range.
    request.setRawHeader("Accept-Encoding", "identity");
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    qCDebug(lcReleases) << "download" << m_url.toDisplayString() << "from byte" << have;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ReleaseDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ReleaseDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ReleaseDownload::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this](qint64, qint64) { emit progress(m_part.size(), m_total); });
}

void ReleaseDownload::onMetaData()
{
    if (!m_reply || m_accepted)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect: the next metadata is the real answer
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (status == 206) {
        // Content-Range: bytes START-END/TOTAL; append only when START is where we stopped.
        static const QRegularExpression range(QStringLiteral(R"(bytes\s+(\d+)-(\d+)/(\d+|\*))"));
        const QRegularExpressionMatch match =
            range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_part.size()) {
            m_part.resize(0);
            m_total = -1;
            m_accepted = false;
            m_reply->abort(); // restart from zero in onFinished
            return;
        }
        m_total = match.captured(3) == u"*" ? -1 : match.captured(3).toLongLong();
        m_part.seek(m_part.size());
        m_accepted = true;
    } else if (status == 200) {
        // The server ignored Range (or there was none): start the file over.
        m_part.resize(0);
        m_part.seek(0);
        m_total = length > 0 ? length : m_expectedSize;
        m_accepted = true;
    }
}

void ReleaseDownload::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_accepted)
        onMetaData();
    if (!m_accepted)
        return;
    const QByteArray data = m_reply->readAll();
    if (m_part.write(data) != data.size()) {
        const QString error = m_part.errorString();
        m_reply->disconnect(this);
        m_reply->abort();
        fail(tr("cannot write %1: %2 — is the disk full?").arg(m_part.fileName(), error));
    }
}

void ReleaseDownload::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_accepted && reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    m_part.flush();

    if (status == 416) {
        // Our partial file is not a prefix of what the server has (or is already too long).
        m_part.resize(0);
        retryOrFail(tr("the server refused to resume (HTTP 416)"));
        return;
    }
    if (reply->error() != QNetworkReply::NoError || !m_accepted) {
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            fail(tr("downloading %1 failed: HTTP %2 — the file is not available at this address")
                     .arg(m_url.toDisplayString())
                     .arg(status));
            return;
        }
        // No HTTP status at all: the host was not found, refused, or the connection dropped.
        m_networkProblem = status == 0;
        retryOrFail(status ? tr("HTTP %1").arg(status) : reply->errorString());
        return;
    }
    if (m_total >= 0 && m_part.size() != m_total) {
        retryOrFail(tr("the connection ended after %1 of %2 bytes").arg(m_part.size()).arg(m_total));
        return;
    }
    complete();
}

void ReleaseDownload::retryOrFail(const QString& reason)
{
    // An attempt that made progress does not count against the limit: a flaky line still finishes.
    if (m_part.size() > m_sizeAtSend)
        m_attempt = 0;
    if (m_attempt >= m_maxRetries) {
        fail(tr("downloading %1 failed after %n attempt(s): %2 — the partial file is kept and the next "
                "attempt "
                "resumes it",
                nullptr, m_attempt + 1)
                 .arg(m_url.fileName(), reason));
        return;
    }
    const int delay = m_retryDelayMs << m_attempt;
    ++m_attempt;
    qCDebug(lcReleases) << "download retry" << m_attempt << "in" << delay << "ms:" << reason;
    emit retrying(m_attempt, delay, reason);
    m_retryTimer->start(delay);
}

void ReleaseDownload::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    fail(tr("download cancelled — the partial file is kept and the next attempt resumes it"));
}

void ReleaseDownload::fail(const QString& text)
{
    if (m_finished)
        return;
    m_errorText = text;
    m_finished = true;
    m_part.close();
    qCDebug(lcReleases) << "download failed:" << text;
    emit finished();
}

void ReleaseDownload::complete()
{
    m_part.close();
    // rename(2) replaces the target atomically: readers see the old file or the whole new one.
    if (std::rename(QFile::encodeName(m_part.fileName()).constData(),
                    QFile::encodeName(m_target).constData()) != 0) {
        fail(tr("cannot move the download to %1 — check the cache folder's permissions").arg(m_target));
        return;
    }
    m_finished = true;
    emit progress(QFileInfo(m_target).size(), QFileInfo(m_target).size());
    emit finished();
}
