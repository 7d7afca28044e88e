#pragma once

#include <QDateTime>
#include <QString>

// A one-time deployment token as the registry knows it: never the token itself, only its hash.
struct DeploymentToken
{
    qint64 id = 0;
    QString hashPrefix; // first characters of the SHA-256, to tell tokens apart in lists
    QString note;
    QString company; // the client company it was issued for
    QString createdBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;
    QString instanceName; // the instance it was redeemed for

    // "unused", "redeemed" or "expired"
    QString state(const QDateTime& now) const
    {
        if (usedAt.isValid())
            return QStringLiteral("redeemed");
        return expiresAt <= now ? QStringLiteral("expired") : QStringLiteral("unused");
    }
};
