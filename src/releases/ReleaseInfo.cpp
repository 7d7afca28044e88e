#include "ReleaseInfo.h"

#include <QJsonArray>

ReleaseInfo ReleaseInfo::fromJson(const QJsonObject& object)
{
    ReleaseInfo info;
    info.tag = object.value(QStringLiteral("tag_name")).toString();
    info.version = SemanticVersion::parse(info.tag);
    info.name = object.value(QStringLiteral("name")).toString();
    info.body = object.value(QStringLiteral("body")).toString();
    info.publishedAt =
        QDateTime::fromString(object.value(QStringLiteral("published_at")).toString(), Qt::ISODate);
    info.prerelease = object.value(QStringLiteral("prerelease")).toBool();
    info.draft = object.value(QStringLiteral("draft")).toBool();
    info.htmlUrl = QUrl(object.value(QStringLiteral("html_url")).toString());
    for (const QJsonValue& value : object.value(QStringLiteral("assets")).toArray()) {
        const QJsonObject asset = value.toObject();
        info.assets.append({asset.value(QStringLiteral("name")).toString(),
                            qint64(asset.value(QStringLiteral("size")).toDouble()),
                            QUrl(asset.value(QStringLiteral("browser_download_url")).toString()),
                            QUrl(asset.value(QStringLiteral("url")).toString())});
    }
    return info;
}

std::optional<ReleaseAsset> ReleaseInfo::asset(const QString& name) const
{
    for (const ReleaseAsset& asset : assets) {
        if (asset.name == name)
            return asset;
    }
    return std::nullopt;
}

std::optional<ReleaseAsset> ReleaseInfo::archiveAsset() const
{
    if (version) {
        if (auto exact = asset(QStringLiteral("kkt-app-v%1.tar.gz").arg(version->toString())))
            return exact;
    }
    std::optional<ReleaseAsset> found;
    for (const ReleaseAsset& asset : assets) {
        if (asset.name.endsWith(QStringLiteral(".tar.gz"))) {
            if (found)
                return std::nullopt; // ambiguous: better none than the wrong one
            found = asset;
        }
    }
    return found;
}
