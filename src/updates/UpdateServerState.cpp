#include "UpdateServerState.h"

#include <algorithm>

UpdateServerState UpdateServerState::parse(const QString& output)
{
    UpdateServerState s;
    const auto epoch = [](const QString& text) {
        const qint64 seconds = text.toLongLong();
        return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
    };
    for (const QString& line : output.split(u'\n')) {
        const QStringList parts = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        const QString kind = parts.value(0);
        if (kind == QStringLiteral("::kkt-version")) {
            s.version = parts.value(1);
        } else if (kind == QStringLiteral("::kkt-current")) {
            s.current = parts.value(1);
        } else if (kind == QStringLiteral("::kkt-release")) {
            s.releases << parts.value(1);
        } else if (kind == QStringLiteral("::kkt-update") && parts.size() >= 10) {
            Update u;
            u.id = parts.at(1);
            u.from = parts.at(2);
            u.to = parts.at(3);
            u.created = epoch(parts.at(4));
            u.state = parts.at(5);
            u.migrated = parts.at(6) == QStringLiteral("yes");
            u.rollbackSupported = parts.at(7) != QStringLiteral("0");
            u.downtimeMs = parts.at(8).toLongLong();
            u.databaseRestored = epoch(parts.at(9));
            s.updates << u;
        }
    }
    std::sort(s.updates.begin(), s.updates.end(),
              [](const Update& a, const Update& b) { return a.created < b.created; });
    return s;
}

std::optional<UpdateServerState::Update> UpdateServerState::update(const QString& id) const
{
    for (const Update& u : updates) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

std::optional<UpdateServerState::Update> UpdateServerState::lastApplied() const
{
    for (auto it = updates.crbegin(); it != updates.crend(); ++it) {
        if (it->to == version &&
            (it->state == QStringLiteral("succeeded") || it->state == QStringLiteral("switched")))
            return *it;
    }
    return std::nullopt;
}
