#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What resources/steps/update.status.sh reports about an instance: the version it runs (its
// .version, the truth), the releases it keeps and the updates whose backups it keeps.
struct UpdateServerState
{
    struct Update
    {
        QString id;
        QString from;
        QString to;
        QDateTime created;
        QString state; // staged, backed-up, switched, succeeded, reverted
        bool migrated = false;
        bool rollbackSupported = true;
        qint64 downtimeMs = -1;
        QDateTime databaseRestored;
    };

    QString version; // "none" when the instance has no .version
    QString current; // the folder `current` points at
    QStringList releases;
    QList<Update> updates; // oldest first

    static UpdateServerState parse(const QString& output);
    std::optional<Update> update(const QString& id) const;
    // The newest update that brought the instance to the version it runs (what a manual rollback undoes).
    std::optional<Update> lastApplied() const;
};
