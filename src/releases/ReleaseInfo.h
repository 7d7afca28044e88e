#pragma once

#include "SemanticVersion.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A downloadable file of a release.
struct ReleaseAsset
{
    QString name;
    qint64 size = 0;
    QUrl downloadUrl; // browser_download_url
    QUrl apiUrl;      // url (the API's asset resource)
};

// One release as GitHub's REST API describes it (GET /repos/{owner}/{repo}/releases…).
struct ReleaseInfo
{
    QString tag;
    std::optional<SemanticVersion> version; // from the tag; nullopt for tags that are no version
    QString name;
    QString body;
    QDateTime publishedAt;
    bool prerelease = false;
    bool draft = false;
    QUrl htmlUrl;
    QList<ReleaseAsset> assets;

    static ReleaseInfo fromJson(const QJsonObject& object);

    // `kkt-app-v<version>.tar.gz` (or any single .tar.gz), `checksums.txt`, `manifest.json`.
    std::optional<ReleaseAsset> archiveAsset() const;
    std::optional<ReleaseAsset> asset(const QString& name) const;
};
