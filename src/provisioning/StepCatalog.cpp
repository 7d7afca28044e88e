#include "StepCatalog.h"

#include <QFile>
#include <QMap>

namespace {

struct StepEntry
{
    const char* id;
    DeploymentPhase phase;
    const char* title;
    ProvisioningStep::Kind kind = ProvisioningStep::Kind::Remote;
    // What the operator reads when cancelling a step that finishes first (#! interruption: finish).
    const char* finishing = nullptr;
};

// The order matters: each step may rely on those before it.
const StepEntry entries[] = {
    {"system.connectivity", DeploymentPhase::System,
     QT_TRANSLATE_NOOP("StepCatalog", "Check that the server reaches its package mirror")},
    {"system.wait-locks", DeploymentPhase::System,
     QT_TRANSLATE_NOOP("StepCatalog", "Wait for the package manager")},
    {"system.ports", DeploymentPhase::System,
     QT_TRANSLATE_NOOP("StepCatalog", "Check that ports 80, 443 and the application's port are free")},
    {"system.packages", DeploymentPhase::System, QT_TRANSLATE_NOOP("StepCatalog", "Install system packages"),
     ProvisioningStep::Kind::Remote,
     QT_TRANSLATE_NOOP("StepCatalog", "Finishing the package installation safely…")},
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
    // The venv is built inside the new release before `current` points at it: a release never
    // becomes current without its dependencies.
    {"app.venv", DeploymentPhase::Release,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the virtual environment")},
    {"release.link", DeploymentPhase::Release, QT_TRANSLATE_NOOP("StepCatalog", "Switch to the release")},
    {"app.scripts", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Install the profile's scripts")},
    {"app.env", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Write the environment file")},
    {"app.version", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Record the version")},
    {"app.schema", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the schema and seed data"), ProvisioningStep::Kind::Remote,
     QT_TRANSLATE_NOOP("StepCatalog", "Finishing the database changes safely…")},
    {"app.admin", DeploymentPhase::Application, QT_TRANSLATE_NOOP("StepCatalog", "Create the administrator")},
    {"services.units", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Install the systemd units")},
    {"telegram.mode", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Set the bot's Telegram mode"), ProvisioningStep::Kind::TelegramMode},
    {"services.start", DeploymentPhase::Services, QT_TRANSLATE_NOOP("StepCatalog", "Start the services")},
    {"web.nginx", DeploymentPhase::Web, QT_TRANSLATE_NOOP("StepCatalog", "Configure nginx")},
    {"web.location", DeploymentPhase::Web,
     QT_TRANSLATE_NOOP("StepCatalog", "Add the test location to production's site")},
    {"web.tls", DeploymentPhase::Web, QT_TRANSLATE_NOOP("StepCatalog", "Set up TLS")},
};

// Removing a test instance (TestInstanceRemoval): everything it made, nothing of production.
const StepEntry removalEntries[] = {
    {"remove.services", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Stop the test instance's services and remove its units")},
    {"remove.web", DeploymentPhase::Web,
     QT_TRANSLATE_NOOP("StepCatalog", "Remove the test instance's nginx location or site")},
    {"remove.database", DeploymentPhase::Database,
     QT_TRANSLATE_NOOP("StepCatalog", "Drop the test database and its role")},
    {"remove.files", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Remove the test instance's files")},
};

// Putting a backup back (BackupRestore); kept apart from the deployment's steps.
const StepEntry restoreEntries[] = {
    {"restore.stop", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Keep the current state as a backup and stop the services")},
    {"restore.database", DeploymentPhase::Database, QT_TRANSLATE_NOOP("StepCatalog", "Restore the database"),
     ProvisioningStep::Kind::Remote,
     QT_TRANSLATE_NOOP("StepCatalog", "Finishing the database restore safely…")},
    {"restore.env", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Restore the environment file")},
    {"restore.start", DeploymentPhase::Services, QT_TRANSLATE_NOOP("StepCatalog", "Start the services")},
};

// An update (UpdateRunner): stage beside the running release, back up, switch, record; and the
// way back (automatic or by hand). Shared steps keep their ids and files.
const StepEntry updateEntries[] = {
    {"release.unpack", DeploymentPhase::Release,
     QT_TRANSLATE_NOOP("StepCatalog", "Upload and unpack the release"),
     ProvisioningStep::Kind::ReleaseUpload},
    {"update.stage", DeploymentPhase::Release,
     QT_TRANSLATE_NOOP("StepCatalog", "Prepare the new release beside the running one")},
    {"app.venv", DeploymentPhase::Application,
     QT_TRANSLATE_NOOP("StepCatalog", "Create the virtual environment")},
    {"update.backup", DeploymentPhase::Database,
     QT_TRANSLATE_NOOP("StepCatalog", "Back up the database, .env and the current release")},
    {"update.switch", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Switch to the new release"), ProvisioningStep::Kind::Remote,
     QT_TRANSLATE_NOOP("StepCatalog", "Finishing the switch safely…")},
    {"update.finish", DeploymentPhase::Registry,
     QT_TRANSLATE_NOOP("StepCatalog", "Record the update and prune old releases")},
};
const StepEntry revertEntries[] = {
    {"update.revert", DeploymentPhase::Services,
     QT_TRANSLATE_NOOP("StepCatalog", "Roll back to the previous release"), ProvisioningStep::Kind::Remote,
     QT_TRANSLATE_NOOP("StepCatalog", "Finishing the rollback safely…")},
};

QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

namespace {

// The step of an entry, read from its file; false with `error` when the file is missing or incomplete.
bool load(const StepEntry& e, ProvisioningStep* step, QString* error)
{
    step->id = QString::fromLatin1(e.id);
    step->phase = e.phase;
    step->title = StepCatalog::tr(e.title);
    step->kind = e.kind;
    if (e.kind == ProvisioningStep::Kind::TelegramMode)
        return true; // entirely client-side
    if (!step->parse(readResource(QStringLiteral(":/steps/") + step->id + QStringLiteral(".sh")))) {
        *error = StepCatalog::tr("the built-in step “%1” is missing or incomplete").arg(step->id);
        return false;
    }
    if (step->finishBeforeCancel)
        step->finishingNotice = e.finishing ? StepCatalog::tr(e.finishing)
                                            : StepCatalog::tr("Finishing “%1” safely…").arg(step->title);
    return true;
}

// Every step of `entries`, in order; empty with `error` when one cannot be read.
template <std::size_t N>
QList<ProvisioningStep> loadAll(const StepEntry (&entries)[N], QString* error)
{
    QList<ProvisioningStep> list;
    for (const StepEntry& e : entries) {
        ProvisioningStep step;
        if (!load(e, &step, error))
            return {};
        list << step;
    }
    return list;
}

} // namespace

QList<ProvisioningStep> StepCatalog::steps(const DeploymentConfig& config, QString* error)
{
    QList<ProvisioningStep> list;
    // A test instance under production's site adds a location to it: no site, no certificate.
    const bool underPath = config.mode == DeploymentMode::Test && config.testWeb == TestWebMode::Path;
    for (const StepEntry& e : entries) {
        const QLatin1String id(e.id);
        if (id == QLatin1String("system.firewall") && config.firewall == FirewallMode::Leave)
            continue;
        if (id.startsWith(QLatin1String("web.")) && (id == QLatin1String("web.location")) != underPath)
            continue;
        ProvisioningStep step;
        if (!load(e, &step, error))
            return {};
        list << step;
    }
    return list;
}

QList<ProvisioningStep> StepCatalog::removalSteps(QString* error)
{
    QList<ProvisioningStep> list;
    for (const StepEntry& e : removalEntries) {
        ProvisioningStep step;
        if (!load(e, &step, error))
            return {};
        list << step;
    }
    return list;
}

QList<ProvisioningStep> StepCatalog::restoreSteps(QString* error)
{
    return loadAll(restoreEntries, error);
}

QList<ProvisioningStep> StepCatalog::updateSteps(QString* error)
{
    return loadAll(updateEntries, error);
}

QList<ProvisioningStep> StepCatalog::revertSteps(QString* error)
{
    return loadAll(revertEntries, error);
}

QString StepCatalog::prelude()
{
    return readResource(QStringLiteral(":/steps/prelude.sh"));
}

QString StepCatalog::script(const QString& name)
{
    return readResource(QStringLiteral(":/steps/") + name + QStringLiteral(".sh"));
}

int StepCatalog::progressAt(const QList<ProvisioningStep>& steps, int index)
{
    if (index >= steps.size())
        return DeploymentPhases::start(DeploymentPhase::Health);
    if (index < 0)
        return DeploymentPhases::end(DeploymentPhase::Connect);
    const DeploymentPhase phase = steps.at(index).phase;
    int inPhase = 0, before = 0;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).phase == phase) {
            ++inPhase;
            if (i < index)
                ++before;
        }
    }
    const int start = DeploymentPhases::start(phase);
    const int width = DeploymentPhases::end(phase) - start;
    return start + width * before / qMax(1, inPhase);
}
