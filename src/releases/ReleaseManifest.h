#pragma once

#include "SemanticVersion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// `manifest.json` of a release (design.md, Releases): how urgent it is, whether it migrates the
// database, whether it can be rolled back, the oldest version it updates from, and its steps.
class ReleaseManifest
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseManifest)

public:
    enum class Severity
    {
        Low,
        Normal,
        High,
        Critical
    };

    struct MigrationStep
    {
        QString id;
        QString description;
        QString script; // path inside the release, may be empty
    };

    struct Parsed;

    std::optional<SemanticVersion> version;
    Severity severity = Severity::Normal;
    bool databaseMigration = false;
    bool rollbackSupported = true;
    std::optional<SemanticVersion> minimumVersion;
    QString changelog;
    QList<MigrationStep> migrationSteps;

    // Every problem names the field, what is wrong and the fix; unknown fields are warnings.
    static Parsed parse(const QByteArray& json);

    static QString severityName(Severity severity); // untranslated key as in the JSON
    static QString severityText(Severity severity); // translated, for the user
    // True when an instance at `installed` may update to this release directly.
    bool updatesFrom(const SemanticVersion& installed) const;

    QJsonObject toJson() const;
};

struct ReleaseManifest::Parsed
{
    ReleaseManifest manifest;
    QStringList problems;
    QStringList warnings;
    bool ok() const { return problems.isEmpty(); }
};
