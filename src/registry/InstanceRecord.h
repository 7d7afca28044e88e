#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

// One row of deployed_instances as KKT Deploy reads and writes it. There is deliberately no bot
// token field: bot tokens never go into the registry (only the bot's @username does).
struct InstanceRecord
{
    qint64 id = 0; // database id; 0 until stored
    QUuid uuid;    // stable identity chosen by KKT Deploy
    QString name;
    QString company;
    QString ip;
    QString domain;
    QString version;
    QString status = QStringLiteral("active"); // active, inactive, error
    QString notes;
    QString adminEmail;
    QString adminPhone;
    QString telegramAdminIds;
    QString sshHost;
    int sshPort = 22;
    QString sshUser;
    QString hostKeyFingerprint;
    QString mode; // production, test
    int webPort = 0;
    QString dbName;
    QString appFolder;
    QString botUsername;
    QString sealedCredentials; // base64 sealed box, see SealedBox
    // What an update needs (migration 006): the instance number (INST-…, and so its layout), the
    // payload profile (a file path; empty: the built-in one) and its name/version, the release folder.
    QString instanceNumber;
    QString payloadProfile;
    QString profileVersion;
    QString releaseFolder;
    QDateTime deployedAt;
    QDateTime lastHealthCheck;

    QJsonObject toJson() const;
    static InstanceRecord fromJson(const QJsonObject& json);
};
