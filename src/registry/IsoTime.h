#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Timestamps as the registry's JSON records carry them: UTC, ISO 8601 with milliseconds, empty
// for "none".
namespace IsoTime {

inline QString toText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QDateTime fromJson(const QJsonValue& v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace IsoTime
