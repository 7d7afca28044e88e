#include "StepCatalog.h"

#include <QFile>

namespace {

struct StepEntry
{
    const char* id;
    DeploymentPhase phase;
    const char* title;
    ProvisioningStep::Kind kind = ProvisioningStep::Kind::Remote;
};

// The order matters: each step may rely on those before it.
const StepEntry entries[] = {
    {"system.wait-locks", DeploymentPhase::System,
     QT_TRANSLATE_NOOP("StepCatalog", "Wait for the package manager")},
    {"system.packages", DeploymentPhase::System, QT_TRANSLATE_NOOP("StepCatalog", "Install system packages")},
    {"system.firewall", DeploymentPhase::System, QT_TRANSLATE_NOOP("StepCatalog", "Configure the firewall")},
    {"app.user", DeploymentPhase::Database,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the service user and folders")},
    {"app.secrets", DeploymentPhase::Database, QT_TRANSLATE_NOOP("StepCatalog", "Generate server passwords")},
    {"database.role", DeploymentPhase::Database,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the database and its role")},
    {"database.backup", DeploymentPhase::Database,
     QT_TRANSLATE_NOOP("StepCatalog", "Schedule database backups")},
    {"release.unpack", DeploymentPhase::Release,
     QT_TRANSLATE_NOOP("StepCatalog", "Upload and unpack the release"),
     ProvisioningStep::Kind::ReleaseUpload},
    {"release.link", DeploymentPhase::Release, QT_TRANSLATE_NOOP("StepCatalog", "Switch to the release")},
    {"app.scripts", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Install the profile's scripts")},
    {"app.venv", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the virtual environment")},
    {"app.env", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Write the environment file")},
    {"app.version", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Record the version")},
    {"app.schema", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the schema and seed data")},
    {"app.admin", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Create the administrator")},
    {"services.units", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Install the systemd units")},
    {"telegram.mode", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Set the bot's Telegram mode"), ProvisioningStep::Kind::TelegramMode},
    {"services.start", DeploymentPhase::Services, QT_TRANSLATE_NOOP("StepCatalog", "Start the services")},
    {"web.nginx", DeploymentPhase::Web, QT_TRANSLATE_NOOP("StepCatalog", "Configure nginx")},
    {"web.tls", DeploymentPhase::Web, QT_TRANSLATE_NOOP("StepCatalog", "Set up TLS")},
};

// Putting a backup back (BackupRestore); kept apart from the deployment's steps.
const StepEntry restoreEntries[] = {
    {"restore.stop", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Keep the current state as a backup and stop the services")},
    {"restore.database", DeploymentPhase::Database, QT_TRANSLATE_NOOP("StepCatalog", "Restore the database")},
    {"restore.env", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Restore the environment file")},
    {"restore.start", DeploymentPhase::Services, QT_TRANSLATE_NOOP("StepCatalog", "Start the services")},
};

QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QList<ProvisioningStep> StepCatalog::steps(const DeploymentConfig& config, QString* error)
{
    QList<ProvisioningStep> list;
    for (const StepEntry& e : entries) {
        const QString id = QString::fromLatin1(e.id);
        if (id == QStringLiteral("system.firewall") && config.firewall == FirewallMode::Leave)
            continue;
        ProvisioningStep step;
        step.id = id;
        step.phase = e.phase;
        step.title = tr(e.title);
        step.kind = e.kind;
        if (e.kind == ProvisioningStep::Kind::TelegramMode) {
            list << step; // entirely client-side
            continue;
        }
        if (!step.parse(readResource(QStringLiteral(":/steps/") + id + QStringLiteral(".sh")))) {
            *error = tr("the built-in step “%1” is missing or incomplete").arg(id);
            return {};
        }
        list << step;
    }
    return list;
}

QList<ProvisioningStep> StepCatalog::restoreSteps(QString* error)
{
    QList<ProvisioningStep> list;
    for (const StepEntry& e : restoreEntries) {
        ProvisioningStep step;
        step.id = QString::fromLatin1(e.id);
        step.phase = e.phase;
        step.title = tr(e.title);
        if (!step.parse(readResource(QStringLiteral(":/steps/") + step.id + QStringLiteral(".sh")))) {
            *error = tr("the built-in step “%1” is missing or incomplete").arg(step.id);
            return {};
        }
        list << step;
    }
    return list;
}

QString StepCatalog::prelude()
{
    return readResource(QStringLiteral(":/steps/prelude.sh"));
}

QString StepCatalog::script(const QString& name)
{
    return readResource(QStringLiteral(":/steps/") + name + QStringLiteral(".sh"));
}
