#include "UpdateSchedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

UpdateSchedule::UpdateSchedule(const QString& path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                  QStringLiteral("/scheduled-updates.json")
                            : path)
{}

QList<UpdateSchedule::Entry> UpdateSchedule::load(const QDateTime& now, QString* error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the scheduled updates in %1 cannot be read: %2").arg(m_path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray()) {
        *error =
            tr("the scheduled updates in %1 are damaged (%2); they are not applied — schedule them again")
                .arg(m_path, parseError.errorString());
        return {};
    }
    QList<Entry> missed;
    for (const QJsonValue& value : doc.array()) {
        const QJsonObject o = value.toObject();
        Entry e{QUuid::fromString(o.value(QStringLiteral("instance")).toString()),
                o.value(QStringLiteral("instanceName")).toString(),
                o.value(QStringLiteral("version")).toString(),
                o.value(QStringLiteral("archive")).toString(),
                o.value(QStringLiteral("checksums")).toString(),
                o.value(QStringLiteral("runId")).toString(),
                QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate)};
        if (e.instance.isNull() || e.version.isEmpty() || !e.at.isValid())
            continue;
        if (e.at <= now)
            missed << e;
        else
            m_entries << e;
    }
    if (!missed.isEmpty())
        save(error);
    return missed;
}

bool UpdateSchedule::add(const Entry& entry, QString* error)
{
    m_entries << entry;
    return save(error);
}

std::optional<UpdateSchedule::Entry> UpdateSchedule::takeDue(const QDateTime& now, QString* error)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).at <= now) {
            const Entry due = m_entries.takeAt(i);
            save(error);
            return due;
        }
    }
    return std::nullopt;
}

bool UpdateSchedule::remove(const QUuid& instance, QString* error)
{
    if (m_entries.removeIf([&](const Entry& e) { return e.instance == instance; }) == 0)
        return true;
    return save(error);
}

bool UpdateSchedule::save(QString* error) const
{
    QJsonArray all;
    for (const Entry& e : m_entries)
        all.append(QJsonObject{{QStringLiteral("instance"), e.instance.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("instanceName"), e.instanceName},
                               {QStringLiteral("version"), e.version},
                               {QStringLiteral("archive"), e.archive},
                               {QStringLiteral("checksums"), e.checksums},
                               {QStringLiteral("runId"), e.runId},
                               {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODate)}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(all).toJson()) < 0 || !file.commit()) {
        *error = tr("the scheduled updates cannot be saved in %1: %2 — they are applied only if KKT Deploy "
                    "stays open")
                     .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QString UpdateSchedule::missedText(const Entry& entry)
{
    return tr("The update of %1 to %2 scheduled for %3 was not applied: KKT Deploy was not running then. "
              "The release stays staged on the server and the instance is unchanged — review the update "
              "to apply it now or schedule it again.")
        .arg(entry.instanceName, entry.version,
             QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
}
