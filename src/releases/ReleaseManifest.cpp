#include "ReleaseManifest.h"

#include "ArchiveEntryRule.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QStringList severityKeys{QStringLiteral("patch"), QStringLiteral("minor"), QStringLiteral("major"),
                               QStringLiteral("critical")};
const QStringList changelogKeys{QStringLiteral("added"), QStringLiteral("fixed"), QStringLiteral("changed"),
                                QStringLiteral("security")};
const QStringList knownKeys{QStringLiteral("version"),
                            QStringLiteral("release_date"),
                            QStringLiteral("severity"),
                            QStringLiteral("requires_restart"),
                            QStringLiteral("database_migration"),
                            QStringLiteral("breaking_changes"),
                            QStringLiteral("changelog"),
                            QStringLiteral("migration_steps"),
                            QStringLiteral("rollback_supported"),
                            QStringLiteral("minimum_version")};

} // namespace

QString ReleaseManifest::severityName(Severity severity)
{
    return severityKeys.at(int(severity));
}

std::optional<ReleaseManifest::Severity> ReleaseManifest::severityFromName(const QString& name)
{
    const qsizetype index = severityKeys.indexOf(name.toLower());
    return index < 0 ? std::nullopt : std::optional<Severity>(Severity(index));
}

QString ReleaseManifest::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Patch:
        return tr("patch");
    case Severity::Minor:
        return tr("minor");
    case Severity::Major:
        return tr("major");
    case Severity::Critical:
        return tr("critical");
    }
    return {};
}

bool ReleaseManifest::updatesFrom(const SemanticVersion& installed) const
{
    return !minimumVersion || installed >= *minimumVersion;
}

ReleaseManifest ReleaseManifest::implicitPatch(const SemanticVersion& version)
{
    ReleaseManifest m;
    m.version = version;
    m.implicit = true;
    return m;
}

QString ReleaseManifest::Changelog::text() const
{
    QStringList out;
    const auto section = [&out](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        out << heading;
        for (const QString& line : lines)
            out << QStringLiteral("- ") + line;
    };
    section(tr("Added:"), added);
    section(tr("Fixed:"), fixed);
    section(tr("Changed:"), changed);
    section(tr("Security:"), security);
    return out.join(u'\n');
}

QJsonObject ReleaseManifest::Changelog::toJson() const
{
    return {{QStringLiteral("added"), QJsonArray::fromStringList(added)},
            {QStringLiteral("fixed"), QJsonArray::fromStringList(fixed)},
            {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
            {QStringLiteral("security"), QJsonArray::fromStringList(security)}};
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

    const QJsonValue date = object.value(QStringLiteral("release_date"));
    if (!date.isUndefined() && !date.isNull()) {
        m.releaseDate = QDate::fromString(date.toString().left(10), Qt::ISODate);
        if (!date.isString() || !m.releaseDate.isValid())
            problem(QStringLiteral("release_date"), tr("“%1” is not a date").arg(date.toVariant().toString()),
                    tr("write the date as YYYY-MM-DD, e.g. \"2026-11-20\""));
    }

    const QJsonValue severity = object.value(QStringLiteral("severity"));
    if (!severity.isUndefined()) {
        const std::optional<Severity> known = severityFromName(severity.toString());
        if (!severity.isString() || !known)
            problem(QStringLiteral("severity"),
                    tr("“%1” is not a severity").arg(severity.toVariant().toString()),
                    tr("use one of %1").arg(severityKeys.join(QStringLiteral(", "))));
        else
            m.severity = *known;
    }

    auto readBool = [&](const QString& key, bool fallback) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            problem(key, tr("not true or false"), tr("write true or false without quotes"));
            return fallback;
        }
        return value.toBool();
    };
    m.requiresRestart = readBool(QStringLiteral("requires_restart"), true);
    m.databaseMigration = readBool(QStringLiteral("database_migration"), false);
    m.breakingChanges = readBool(QStringLiteral("breaking_changes"), false);
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
    if (changelog.isObject()) {
        const QJsonObject sections = changelog.toObject();
        QStringList* targets[] = {&m.changelog.added, &m.changelog.fixed, &m.changelog.changed,
                                  &m.changelog.security};
        for (int i = 0; i < changelogKeys.size(); ++i) {
            const QJsonValue lines = sections.value(changelogKeys.at(i));
            if (lines.isUndefined() || lines.isNull())
                continue;
            const QString field = QStringLiteral("changelog.") + changelogKeys.at(i);
            if (!lines.isArray()) {
                problem(field, tr("not a list"), tr("write an array of strings"));
                continue;
            }
            for (const QJsonValue& line : lines.toArray()) {
                if (!line.isString())
                    problem(field, tr("an entry is not text"), tr("write each entry as a string"));
                else
                    *targets[i] << line.toString();
            }
        }
        for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
            if (!changelogKeys.contains(it.key()))
                parsed.warnings
                    << tr("manifest.json: unknown changelog section “%1” is ignored").arg(it.key());
        }
    } else if (!changelog.isUndefined() && !changelog.isNull()) {
        problem(QStringLiteral("changelog"), tr("not an object"),
                tr("write {\"added\": […], \"fixed\": […], \"changed\": […], \"security\": […]}"));
    }

    const QJsonValue steps = object.value(QStringLiteral("migration_steps"));
    if (!steps.isUndefined() && !steps.isNull() && !steps.isArray()) {
        problem(QStringLiteral("migration_steps"), tr("not a list"), tr("write an array of steps"));
    } else {
        const QJsonArray array = steps.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString field = QStringLiteral("migration_steps[%1]").arg(i);
            if (!array.at(i).isObject()) {
                problem(field, tr("not an object"),
                        tr("write {\"type\": \"sql\", \"file\": …, \"description\": …}"));
                continue;
            }
            const QJsonObject s = array.at(i).toObject();
            MigrationStep step;
            step.type = s.value(QStringLiteral("type")).toString();
            step.file = s.value(QStringLiteral("file")).toString();
            step.description = s.value(QStringLiteral("description")).toString();
            if (step.type != QStringLiteral("sql"))
                problem(field + QStringLiteral(".type"), tr("“%1” is not a known step type").arg(step.type),
                        tr("write \"sql\""));
            const ArchiveEntryRule::Path path = ArchiveEntryRule::path(step.file);
            if (step.file.isEmpty() || !path.problem.isEmpty() || path.path.isEmpty())
                problem(field + QStringLiteral(".file"),
                        step.file.isEmpty() ? tr("missing") : tr("“%1”: %2").arg(step.file, path.problem),
                        tr("give a path inside the release, e.g. database/migrations/012_x.sql"));
            else
                step.file = path.path;
            m.migrationSteps << step;
        }
    }
    if (m.databaseMigration && m.migrationSteps.isEmpty())
        problem(QStringLiteral("migration_steps"), tr("database_migration is true but no step is listed"),
                tr("list the migration steps, or set database_migration to false"));
    if (!m.databaseMigration && !m.migrationSteps.isEmpty())
        problem(QStringLiteral("database_migration"), tr("false, but migration steps are listed"),
                tr("set database_migration to true, or remove the steps"));

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
        steps.append(QJsonObject{{QStringLiteral("type"), step.type},
                                 {QStringLiteral("file"), step.file},
                                 {QStringLiteral("description"), step.description}});
    QJsonObject object{{QStringLiteral("severity"), severityName(severity)},
                       {QStringLiteral("requires_restart"), requiresRestart},
                       {QStringLiteral("database_migration"), databaseMigration},
                       {QStringLiteral("breaking_changes"), breakingChanges},
                       {QStringLiteral("rollback_supported"), rollbackSupported},
                       {QStringLiteral("changelog"), changelog.toJson()},
                       {QStringLiteral("migration_steps"), steps}};
    if (version)
        object.insert(QStringLiteral("version"), version->toString());
    if (releaseDate.isValid())
        object.insert(QStringLiteral("release_date"), releaseDate.toString(Qt::ISODate));
    if (minimumVersion)
        object.insert(QStringLiteral("minimum_version"), minimumVersion->toString());
    if (implicit)
        object.insert(QStringLiteral("implicit"), true);
    return object;
}
