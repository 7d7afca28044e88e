#include "UpdateAvailability.h"

#include <QJsonArray>

QString UpdateAvailability::downtimeText() const
{
    if (!updateAvailable())
        return {};
    return estimatedDowntimeMs <= 0 ? tr("no interruption expected")
                                    : tr("about %1 s").arg((estimatedDowntimeMs + 999) / 1000);
}

QJsonObject UpdateAvailability::toJson() const
{
    QJsonObject o{{QStringLiteral("instance"), instance.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("name"), instanceName},
                  {QStringLiteral("current"), current},
                  {QStringLiteral("available"), available},
                  {QStringLiteral("updateAvailable"), updateAvailable()}};
    if (!registryVersion.isEmpty() && registryVersion != current)
        o.insert(QStringLiteral("registryVersion"), registryVersion);
    if (updateAvailable()) {
        o.insert(QStringLiteral("severity"), ReleaseManifest::severityName(severity));
        o.insert(QStringLiteral("migration"), migration);
        o.insert(QStringLiteral("rollbackSupported"), rollbackSupported);
        o.insert(QStringLiteral("estimatedDowntimeMs"), estimatedDowntimeMs);
        o.insert(QStringLiteral("breakingChanges"), manifest.breakingChanges);
        o.insert(QStringLiteral("changelog"), manifest.changelog.toJson());
        if (manifest.releaseDate.isValid())
            o.insert(QStringLiteral("releaseDate"), manifest.releaseDate.toString(Qt::ISODate));
    }
    if (!refusal.isEmpty())
        o.insert(QStringLiteral("refusal"), refusal);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}
