#include "ValidateCommand.h"

#include "ExitCode.h"
#include "core/ConfigFile.h"
#include "core/ConfigValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonArray toJson(const ValidationIssues& issues)
{
    QJsonArray array;
    for (const ValidationIssue& issue : issues)
        array.append(QJsonObject{{QStringLiteral("field"), issue.field},
                                 {QStringLiteral("problem"), issue.problem},
                                 {QStringLiteral("fix"), issue.fix}});
    return array;
}

QString joinNumbers(const auto& list)
{
    QStringList parts;
    for (auto v : list)
        parts << QString::number(v);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ValidateCommand::summary() const
{
    return tr("check a deployment configuration file and list every problem");
}

QString ValidateCommand::summaryOf(const DeploymentConfig& c)
{
    QString release;
    switch (c.release.source) {
    case ReleaseSource::Latest:
        release = tr("the latest release");
        break;
    case ReleaseSource::Tag:
        release = tr("release %1").arg(c.release.tag);
        break;
    case ReleaseSource::File:
        release = tr("local file %1").arg(c.release.path);
        break;
    }
    const QString mode = c.mode == DeploymentMode::Production ? tr("production") : tr("test");
    QStringList lines;
    lines << tr("Configuration is valid.") << tr("Mode:          %1").arg(mode)
          << tr("Server:        %1@%2, port %3, login by %4")
                 .arg(c.server.user, c.server.host)
                 .arg(c.server.port)
                 .arg(jsonName(c.server.auth))
          << tr("Domain:        %1").arg(c.server.domain)
          << tr("Administrator: %1 <%2>, %3, %4")
                 .arg(c.admin.fullName, c.admin.email, c.admin.phone, c.admin.company)
          << tr("Telegram IDs:  %1").arg(joinNumbers(c.telegram.adminIds))
          << tr("Notifications: %1 %2, alerts %3 days before")
                 .arg(c.settings.notificationTime, c.settings.timezone, joinNumbers(c.settings.alertDays))
          << tr("Backups:       %1, kept %n day(s)", nullptr, c.settings.backupRetentionDays)
                 .arg(c.settings.backupTime)
          << tr("Release:       %1").arg(release);
    return lines.join(u'\n') + u'\n';
}

int ValidateCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("CONFIG"), tr("the configuration file (JSON)"));
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << tr("validate: give exactly one configuration file — kkt-deploy validate CONFIG.json")
               << Qt::endl;
        return ExitUsage;
    }

    const ConfigFile::Loaded loaded = ConfigFile::load(files.first());
    ValidationIssues issues = loaded.issues;
    ValidationResult result;
    if (loaded.error.isEmpty()) {
        result = ConfigValidator::validate(loaded.config);
        // A value with the wrong type was already reported; don't report it twice.
        for (const ValidationIssue& issue : std::as_const(result.issues)) {
            const bool known = std::any_of(issues.cbegin(), issues.cend(),
                                           [&](const ValidationIssue& i) { return i.field == issue.field; });
            if (!known)
                issues << issue;
        }
    }

    if (parser.isSet(json)) {
        QJsonObject out{{QStringLiteral("valid"), loaded.error.isEmpty() && issues.isEmpty()}};
        if (!loaded.error.isEmpty())
            out.insert(QStringLiteral("error"), loaded.error);
        else if (!issues.isEmpty())
            out.insert(QStringLiteral("issues"), toJson(issues));
        else
            out.insert(QStringLiteral("config"), result.config.toJson());
        io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else if (!loaded.error.isEmpty()) {
        io.err << tr("validate: %1").arg(loaded.error) << Qt::endl;
    } else if (!issues.isEmpty()) {
        for (const ValidationIssue& issue : std::as_const(issues))
            io.err << issue.toString() << u'\n';
        io.err << tr("%n problem(s) found in %1", nullptr, int(issues.size())).arg(files.first()) << Qt::endl;
    } else {
        io.out << summaryOf(result.config);
    }
    return loaded.error.isEmpty() && issues.isEmpty() ? ExitOk : ExitUsage;
}
