#include "ReleaseManifest.h"

#include "ArchiveEntryRule.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QStringList severityKeys{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                               QStringLiteral("critical")};
const QStringList knownKeys{QStringLiteral("version"),
                            QStringLiteral("severity"),
                            QStringLiteral("database_migration"),
                            QStringLiteral("rollback_supported"),
                            QStringLiteral("minimum_version"),
                            QStringLiteral("changelog"),
                            QStringLiteral("migration_steps"),
                            QStringLiteral("release_date")};

} // namespace

QString ReleaseManifest::severityName(Severity severity)
{
    return severityKeys.at(int(severity));
}

QString ReleaseManifest::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("low");
    case Severity::Normal:
        return tr("normal");
    case Severity::High:
        return tr("high");
    case Severity::Critical:
        return tr("critical");
    }
    return {};
}

bool ReleaseManifest::updatesFrom(const SemanticVersion& installed) const
{
    return !minimumVersion || installed >= *minimumVersion;
}

ReleaseManifest::Parsed ReleaseManifest::parse(const QByteArray& json)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.problems << tr("manifest.json: not valid JSON at offset %1 (%2) — fix the file's syntax")
                               .arg(error.offset)
                               .arg(error.errorString());
        return parsed;
    }
    if (!document.isObject()) {
        parsed.problems << tr("manifest.json: the top level is not an object — write { \"version\": … }");
        return parsed;
    }
    const QJsonObject object = document.object();
    ReleaseManifest& m = parsed.manifest;
    auto problem = [&](const QString& field, const QString& what, const QString& fix) {
        parsed.problems << tr("manifest.json: %1: %2 — %3").arg(field, what, fix);
    };

    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isString())
        problem(QStringLiteral("version"), tr("missing or not a string"),
                tr("give the release version, e.g. \"1.0.1\""));
    else if (!(m.version = SemanticVersion::parse(version.toString())))
        problem(QStringLiteral("version"), tr("“%1” is not a semantic version").arg(version.toString()),
                tr("use MAJOR.MINOR.PATCH, e.g. \"1.0.1\" or \"1.1.0-rc.1\""));

    const QJsonValue severity = object.value(QStringLiteral("severity"));
    if (severity.isUndefined()) {
        m.severity = Severity::Normal;
    } else if (const qsizetype index = severityKeys.indexOf(severity.toString().toLower());
               !severity.isString() || index < 0) {
        problem(QStringLiteral("severity"), tr("“%1” is not a severity").arg(severity.toVariant().toString()),
                tr("use one of %1").arg(severityKeys.join(QStringLiteral(", "))));
    } else {
        m.severity = Severity(index);
    }

    auto readBool = [&](const QString& key, bool fallback) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            problem(key, tr("not true or false"), tr("write true or false without quotes"));
            return fallback;
        }
        return value.toBool();
    };
    m.databaseMigration = readBool(QStringLiteral("database_migration"), false);
    m.rollbackSupported = readBool(QStringLiteral("rollback_supported"), true);

    const QJsonValue minimum = object.value(QStringLiteral("minimum_version"));
    if (!minimum.isUndefined() && !minimum.isNull()) {
        if (!minimum.isString() || !(m.minimumVersion = SemanticVersion::parse(minimum.toString())))
            problem(QStringLiteral("minimum_version"),
                    tr("“%1” is not a semantic version").arg(minimum.toVariant().toString()),
                    tr("give the oldest version this release updates from, e.g. \"1.0.0\""));
        else if (m.version && *m.minimumVersion > *m.version)
            problem(QStringLiteral("minimum_version"),
                    tr("%1 is newer than the release itself (%2)")
                        .arg(m.minimumVersion->toString(), m.version->toString()),
                    tr("give a version not newer than \"version\""));
    }

    const QJsonValue changelog = object.value(QStringLiteral("changelog"));
    if (changelog.isString()) {
        m.changelog = changelog.toString();
    } else if (changelog.isArray()) {
        QStringList lines;
        for (const QJsonValue& line : changelog.toArray())
            lines << QStringLiteral("- ") + line.toString();
        m.changelog = lines.join(u'\n');
    } else if (!changelog.isUndefined() && !changelog.isNull()) {
        problem(QStringLiteral("changelog"), tr("neither text nor a list of lines"),
                tr("write a string or an array of strings"));
    }

    const QJsonValue steps = object.value(QStringLiteral("migration_steps"));
    if (!steps.isUndefined() && !steps.isNull() && !steps.isArray()) {
        problem(QStringLiteral("migration_steps"), tr("not a list"), tr("write an array of steps"));
    } else {
        const QJsonArray array = steps.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("migration_steps[%1]").arg(i);
            MigrationStep step;
            if (array.at(i).isString()) {
                step.description = array.at(i).toString();
            } else if (array.at(i).isObject()) {
                const QJsonObject s = array.at(i).toObject();
                step.id = s.value(QStringLiteral("id")).toString();
                step.description = s.value(QStringLiteral("description")).toString();
                step.script = s.value(QStringLiteral("script")).toString();
                if (!step.script.isEmpty()) {
                    const ArchiveEntryRule::Path path = ArchiveEntryRule::path(step.script);
                    if (!path.problem.isEmpty() || path.path.isEmpty())
                        problem(field + QStringLiteral(".script"),
                                tr("“%1”: %2").arg(step.script, path.problem),
                                tr("give a path inside the release, e.g. database/migrations/012_x.sql"));
                    else
                        step.script = path.path;
                }
            } else {
                problem(field, tr("neither text nor an object"),
                        tr("write {\"id\": …, \"description\": …, \"script\": …}"));
                continue;
            }
            if (step.description.isEmpty() && step.script.isEmpty())
                problem(field, tr("the step says nothing"), tr("give a description or a script"));
            m.migrationSteps << step;
        }
    }
    if (m.databaseMigration && m.migrationSteps.isEmpty())
        problem(QStringLiteral("migration_steps"), tr("database_migration is true but no step is listed"),
                tr("list the migration steps, or set database_migration to false"));

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys.contains(it.key()))
            parsed.warnings << tr("manifest.json: unknown field “%1” is ignored").arg(it.key());
    }
    return parsed;
}

QJsonObject ReleaseManifest::toJson() const
{
    QJsonArray steps;
    for (const MigrationStep& step : migrationSteps)
        steps.append(QJsonObject{{QStringLiteral("id"), step.id},
                                 {QStringLiteral("description"), step.description},
                                 {QStringLiteral("script"), step.script}});
    QJsonObject object{{QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("database_migration"), databaseMigration},
                       {QStringLiteral("rollback_supported"), rollbackSupported},
                       {QStringLiteral("changelog"), changelog},
                       {QStringLiteral("migration_steps"), steps}};
    if (version)
        object.insert(QStringLiteral("version"), version->toString());
    if (minimumVersion)
        object.insert(QStringLiteral("minimum_version"), minimumVersion->toString());
    return object;
}
