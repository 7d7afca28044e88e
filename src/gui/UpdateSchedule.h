#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// The updates the Updates tab has staged on their servers and applies at a chosen time, kept in a
// file (no secrets: instance, release, the cached archive, the staged run's id and the time) so that
// a schedule survives closing KKT Deploy. Only a running KKT Deploy applies them: on the next start
// an update whose time is still ahead is picked up again; one whose time came while KKT Deploy was
// closed is reported as missed and dropped — never applied late, outside its maintenance window
// (what is staged stays on the server, and nothing of the running instance changed). Widget-free.
class UpdateSchedule
{
    Q_DECLARE_TR_FUNCTIONS(UpdateSchedule)

public:
    struct Entry
    {
        QUuid instance;
        QString instanceName;
        QString version;
        QString archive;
        QString checksums;
        QString runId; // the staged update, continued at `at`
        QDateTime at;
    };

    // Empty: the application's data folder (scheduled-updates.json).
    explicit UpdateSchedule(const QString& path = QString());

    QString path() const { return m_path; }
    const QList<Entry>& entries() const { return m_entries; }
    int size() const { return int(m_entries.size()); }

    // Reads the file (a missing one is an empty schedule): the entries still ahead of `now` are
    // kept; those whose time has passed are returned, and dropped from the file.
    QList<Entry> load(const QDateTime& now, QString* error);
    bool add(const Entry& entry, QString* error);
    // The first entry whose time has come, taken out of the schedule (and the file).
    std::optional<Entry> takeDue(const QDateTime& now, QString* error);
    // Drops the entries of an instance (e.g. one no longer in the registry).
    bool remove(const QUuid& instance, QString* error);

    // What the Updates tab says about an update that was missed while KKT Deploy was closed.
    static QString missedText(const Entry& entry);

private:
    bool save(QString* error) const;

    QString m_path;
    QList<Entry> m_entries;
};
