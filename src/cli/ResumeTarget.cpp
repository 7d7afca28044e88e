#include "ResumeTarget.h"

#include "provisioning/DeploymentJournal.h"

#include <QRegularExpression>

bool ResumeTarget::isDeploymentId(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

QStringList ResumeTarget::normalize(const QStringList& arguments)
{
    QStringList out;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QStringLiteral("--resume") && !isDeploymentId(arguments.value(i + 1)))
            out << QStringLiteral("--resume=");
        else
            out << argument;
    }
    return out;
}

QString ResumeTarget::resumeId(const QString& journalPath, const QString& id, const DeploymentConfig& config,
                               QString* error)
{
    DeploymentJournal journal(journalPath);
    if (!journal.open(error))
        return {};
    const QString where = journalPath.isEmpty() ? DeploymentJournal::defaultPath() : journalPath;
    if (!id.isEmpty()) {
        if (journal.deployment(id).id.isEmpty()) {
            *error =
                tr("--resume: there is no deployment %1 in the journal %2; kkt-deploy deploy --list shows "
                   "the deployments it knows")
                    .arg(id, where);
            return {};
        }
        return id;
    }
    const DeploymentJournal::Deployment last = journal.latest(config.server.host, jsonName(config.mode));
    if (last.id.isEmpty()) {
        *error = tr("--resume: the journal %1 has no deployment to %2 to continue; deploy without --resume")
                     .arg(where, config.server.host);
        return {};
    }
    if (!last.unfinished()) {
        *error = tr("--resume: the last deployment to %1 (%2) ended as %3, there is nothing to continue; "
                    "deploy without --resume")
                     .arg(config.server.host, last.id, last.state());
        return {};
    }
    return last.id;
}

QString ResumeTarget::rollBackId(const QString& journalPath, const QString& reference,
                                 const DeploymentConfig& config, QString* error)
{
    if (isDeploymentId(reference))
        return reference;
    if (!reference.startsWith(QStringLiteral("INST-"))) {
        *error = tr("--roll-back: “%1” is neither a deployment ID nor an instance ID (INST-…); "
                    "kkt-deploy deploy --list shows both")
                     .arg(reference);
        return {};
    }
    DeploymentJournal journal(journalPath);
    if (!journal.open(error))
        return {};
    const DeploymentJournal::Deployment creator = journal.creatorOf(config.server.host, reference);
    if (creator.id.isEmpty()) {
        *error =
            tr("--roll-back: no deployment in this journal created instance %1 on %2, so nothing of it is "
               "removed; roll back on the machine that deployed it")
                .arg(reference, config.server.host);
        return {};
    }
    return creator.id;
}
