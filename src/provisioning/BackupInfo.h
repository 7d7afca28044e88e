#pragma once

#include <QDateTime>
#include <QString>

// One backup of an instance on its server: NAME.sql.gz (the database dump) and NAME.env (the
// environment file, 0600) in the instance's backup folder.
struct BackupInfo
{
    QString name;
    qint64 bytes = 0; // of the dump
    bool hasEnv = false;
    QDateTime createdAt;
    // Made by a restore just before it replaced the data (so that the restore can be undone);
    // never chosen as "the latest" backup.
    bool beforeRestore() const { return name.endsWith(QStringLiteral("-before-restore")); }
};
