#pragma once

#include "SemanticVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// `manifest.json` of a release in the design's format (design.md, "Updates and rollback"):
//   { "version": "1.1.0", "release_date": "2026-11-20", "severity": "minor",
//     "requires_restart": true, "database_migration": true, "breaking_changes": false,
//     "changelog": {"added": [...], "fixed": [...], "changed": [...], "security": [...]},
//     "migration_steps": [{"type": "sql", "file": "database/migrations/012.sql", "description": "…"}],
//     "rollback_supported": true, "minimum_version": "1.0.0" }
// Use: ReleaseManifest::parse(bytes) → Parsed{manifest, problems, warnings}; a release without a
// manifest is ReleaseManifest::implicitPatch(version) (a patch without migrations, every 1.0.x).
class ReleaseManifest
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseManifest)

public:
    // Ordered by urgency: a higher value is more urgent.
    enum class Severity
    {
        Patch,
        Minor,
        Major,
        Critical
    };

    struct Changelog
    {
        QStringList added;
        QStringList fixed;
        QStringList changed;
        QStringList security;
        bool isEmpty() const
        {
            return added.isEmpty() && fixed.isEmpty() && changed.isEmpty() && security.isEmpty();
        }
        // "Added:\n- …\nFixed:\n- …", translated headings.
        QString text() const;
        QJsonObject toJson() const;
    };

    struct MigrationStep
    {
        QString type = QStringLiteral("sql"); // the only type known: an SQL file run with psql
        QString file;                         // path inside the release, normalised (no "./")
        QString description;
    };

    struct Parsed;

    std::optional<SemanticVersion> version;
    QDate releaseDate;
    Severity severity = Severity::Patch;
    bool requiresRestart = true;
    bool databaseMigration = false;
    bool breakingChanges = false;
    Changelog changelog;
    QList<MigrationStep> migrationSteps;
    bool rollbackSupported = true;
    std::optional<SemanticVersion> minimumVersion;
    bool implicit = false; // no manifest.json: implicitPatch()

    // Every problem names the field, what is wrong and the fix; unknown fields are warnings.
    static Parsed parse(const QByteArray& json);
    // What a release without manifest.json is: a patch without migrations, rollback supported.
    static ReleaseManifest implicitPatch(const SemanticVersion& version);

    static QString severityName(Severity severity); // untranslated key as in the JSON
    static QString severityText(Severity severity); // translated, for the user
    static std::optional<Severity> severityFromName(const QString& name);
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
