#include "SampleUpdateRelease.h"

#include "SampleRelease.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

bool write(const QString& path, const QByteArray& content, QString* error)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

bool run(const QString& program, const QStringList& arguments, const QString& directory, QString* error)
{
    QProcess p;
    p.setWorkingDirectory(directory);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAll());
        return false;
    }
    return true;
}

// The sample's healthy answer, exactly as tests/data/sample-release/web/app/server.py writes it.
QByteArray healthyReply()
{
    return "            return self.reply(200, {\"status\": \"healthy\", \"version\": "
           "open(\"VERSION\").read().strip(),\n"
           "                                    \"base_url\": os.environ.get(\"WEB_BASE_URL\", \"\")})\n";
}

// The sample's /health, replaced by `body` (Python, inside do_GET, indented 12 spaces).
bool replaceHealth(const QString& tree, const QByteArray& body, QString* error)
{
    const QString path = tree + QStringLiteral("/web/app/server.py");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QByteArray source = file.readAll();
    file.close();
    const QByteArray health = healthyReply();
    if (!source.contains(health)) {
        *error = QStringLiteral("the sample's /health is not where SampleUpdateRelease expects it");
        return false;
    }
    source.replace(health, body);
    return write(path, source, error);
}

} // namespace

bool SampleUpdateRelease::build(const QString& version, const QString& directory, QString* archive,
                                QString* checksums, QString* error)
{
    const QString tree = directory + QStringLiteral("/tree-") + version;
    QDir(tree).removeRecursively();
    QDir().mkpath(tree);
    const QString source = TestEnvironment::sourceDir() + QStringLiteral("/tests/data/sample-release/.");
    if (!run(QStringLiteral("cp"), {QStringLiteral("-a"), source, tree}, directory, error))
        return false;
    if (!write(tree + QStringLiteral("/VERSION"), version.toUtf8(), error))
        return false;
    if (version == v110()) {
        if (!write(tree + QStringLiteral("/manifest.json"), R"({
  "version": "1.1.0-e2e", "release_date": "2026-11-20", "severity": "minor",
  "requires_restart": true, "database_migration": true, "breaking_changes": false,
  "changelog": {"added": ["Support requests have a tag"], "fixed": ["The dashboard counts"], "changed": [], "security": []},
  "migration_steps": [{"type": "sql", "file": "database/migrations/012_support_request_tags.sql",
                       "description": "Adds support_requests.tag"}],
  "rollback_supported": true, "minimum_version": "1.0.0-e2e"
})",
                   error) ||
            !write(tree + QStringLiteral("/database/migrations/012_support_request_tags.sql"),
                   "ALTER TABLE support_requests ADD COLUMN tag varchar(40) NOT NULL DEFAULT 'general';\n",
                   error) ||
            !replaceHealth(
                tree,
                QByteArray("            try:\n"
                           "                psql(\"SELECT count(tag) FROM support_requests\")\n"
                           "            except RuntimeError:\n"
                           "                return self.reply(503, {\"status\": \"unhealthy\", \"detail\": "
                           "\"migration 012 "
                           "missing\"})\n") +
                    healthyReply(),
                error))
            return false;
    } else if (version == v120()) {
        if (!write(tree + QStringLiteral("/manifest.json"), R"({
  "version": "1.2.0-e2e", "release_date": "2026-11-25", "severity": "major",
  "database_migration": true,
  "changelog": {"changed": ["Support requests have a priority"]},
  "migration_steps": [{"type": "sql", "file": "database/migrations/013_priority.sql", "description": "Priorities"}],
  "rollback_supported": true, "minimum_version": "1.1.0-e2e"
})",
                   error) ||
            !write(tree + QStringLiteral("/database/migrations/013_priority.sql"),
                   "ALTER TABLE support_requests ADD COLUMN priority integer NOT NULL DEFAULT 0;\n"
                   "UPDATE support_requests SET message = message || ' (seen by 1.2.0)';\n",
                   error) ||
            !replaceHealth(tree, "            return self.reply(503, {\"status\": \"broken\"})\n", error))
            return false;
    } else if (version != v111()) {
        *error = QStringLiteral("SampleUpdateRelease knows no version ") + version;
        return false;
    }
    *archive = directory + QStringLiteral("/kkt-app-v") + version + QStringLiteral(".tar.gz");
    *checksums = directory + QStringLiteral("/checksums-") + version + QStringLiteral(".txt");
    return SampleRelease::pack(tree, *archive, *checksums, error);
}

QString SampleUpdateRelease::offerMismatch(const QJsonObject& answer, const QString& available)
{
    const QJsonArray added =
        answer.value(QStringLiteral("changelog")).toObject().value(QStringLiteral("added")).toArray();
    QStringList differences;
    if (answer.value(QStringLiteral("available")).toString() != available)
        differences << QStringLiteral("available");
    if (answer.value(QStringLiteral("severity")).toString() != QStringLiteral("minor"))
        differences << QStringLiteral("severity");
    if (!answer.value(QStringLiteral("migration")).toBool())
        differences << QStringLiteral("migration");
    if (!answer.value(QStringLiteral("rollbackSupported")).toBool())
        differences << QStringLiteral("rollbackSupported");
    if (added.isEmpty() || added.first().toString() != v110Change())
        differences << QStringLiteral("changelog");
    if (differences.isEmpty())
        return {};
    return differences.join(QStringLiteral(", ")) + QStringLiteral(" differ in ") +
           QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}
