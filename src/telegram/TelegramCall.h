#pragma once

#include "TelegramResult.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "core/Redactor.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// One Bot API method call, answered through finished(). A 429 answer is waited out (retry_after,
// announced by waiting()) up to a limit, then retried. Every text it produces is redacted: the
// token is part of the request URL and Qt puts URLs into its error strings.
class TelegramCall : public QObject
{
    Q_OBJECT

public:
    const TelegramResult& result() const { return m_result; }
    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void waiting(int seconds);
    void finished();

private:
    friend class TelegramBotApi;
    TelegramCall(QNetworkAccessManager* network, QUrl url, QString method, QJsonObject parameters,
                 const Redactor& redactor, int maxWaitSeconds, int transferTimeoutMs, QObject* parent);
    void send();
    void handle(QNetworkReply* reply);
    void finish(TelegramResult result);
    QString explain(const TelegramResult& result) const;

    QNetworkAccessManager* m_network;
    QUrl m_url; // contains the token: never log it or put it into a message
    QString m_method;
    QJsonObject m_parameters;
    Redactor m_redactor;
    int m_waitBudget; // seconds of retry_after we are still willing to wait
    int m_transferTimeoutMs;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_waitTimer;
    TelegramResult m_result;
    bool m_finished = false;
};
