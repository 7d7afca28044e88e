#include "UpdateOptions.h"

#include "CancelOnInterrupt.h"
#include "ExitCode.h"
#include "InstanceTarget.h"
#include "ProbeCommand.h"
#include "updates/UpdateRunner.h"

#include <QIODevice>
#include <QJsonDocument>

UpdateOptions::UpdateOptions()
    : instance(QStringLiteral("instance"), tr("the instance (name INST-…, UUID or id in the registry)"),
               QStringLiteral("ID"))
    , identity(QStringLiteral("identity"), tr("log in with this private key instead of ssh-agent"),
               QStringLiteral("FILE"))
    , knownHosts(QStringLiteral("known-hosts"), tr("known_hosts file (default: ~/.ssh/known_hosts)"),
                 QStringLiteral("FILE"))
    , journal(QStringLiteral("journal"), tr("the deployment journal (default: the application's)"),
              QStringLiteral("FILE"))
    , windowDays(QStringLiteral("window-days"),
                 tr("how many days after an update it may be rolled back (default: the setting, 7)"),
                 QStringLiteral("DAYS"))
    , yes(QStringLiteral("yes"), tr("do not ask for confirmation (approves the update for this instance)"))
    , json(QStringLiteral("json"), tr("print the result as JSON"))
{}

void UpdateOptions::addTo(QCommandLineParser& parser) const
{
    registry.addTo(parser);
    parser.addOptions({instance, identity, knownHosts, journal, windowDays, yes, json});
}

int UpdateOptions::request(const QCommandLineParser& parser, const QString& command, CommandIo& io,
                           UpdateRequest* request, const QString& reference) const
{
    const QString name = reference.isEmpty() ? parser.value(instance) : reference;
    if (name.isEmpty()) {
        io.err << tr("%1: --instance is missing — give the instance, e.g. --instance INST-20261125120000")
                      .arg(command)
               << Qt::endl;
        return ExitUsage;
    }
    request->rollbackWindowDays = UpdateRequest::configuredRollbackDays();
    if (parser.isSet(windowDays)) {
        bool ok = false;
        request->rollbackWindowDays = parser.value(windowDays).toInt(&ok);
        if (!ok || request->rollbackWindowDays < 0) {
            io.err << tr("%1: --window-days: “%2” is not a number of days — give e.g. 7")
                          .arg(command, parser.value(windowDays))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    RegistryTarget target;
    if (const int code = InstanceTarget::resolve(parser, registry, name, parser.value(journal), command, io,
                                                 &request->deployment, &request->instance, &target);
        code >= 0)
        return code;
    request->deployment.registry = target;
    request->deployment.recordInRegistry = true;
    return -1;
}

bool UpdateOptions::confirm(const QCommandLineParser& parser, const QString& question, CommandIo& io) const
{
    if (parser.isSet(yes))
        return true;
    io.err << question << u' ' << tr("Type “yes”: ");
    return io.confirmed();
}

UpdateOutcome UpdateOptions::run(UpdateRunner& runner, const std::function<UpdateOutcome()>& work,
                                 CommandIo& io)
{
    QObject::connect(&runner, &UpdateRunner::logLine, [&io](const QString& line) {
        io.err << line << u'\n';
        io.err.flush();
    });
    // Ctrl+C cancels like in `deploy`: a switch or a restore finishes first, a second Ctrl+C leaves.
    return CancelOnInterrupt::run(runner, work);
}

int UpdateOptions::exitCodeFor(const UpdateOutcome& outcome)
{
    switch (outcome.status) {
    case UpdateOutcome::Status::Succeeded:
    case UpdateOutcome::Status::Staged:
        return ExitOk;
    case UpdateOutcome::Status::RolledBack:
        return ExitRolledBack;
    case UpdateOutcome::Status::Cancelled:
        return ExitCancelled;
    case UpdateOutcome::Status::Refused:
        return outcome.locked ? ExitLocked : ExitUsage;
    case UpdateOutcome::Status::Failed:
        break;
    }
    if (outcome.sshErrorKind != 0)
        return ProbeCommand::exitCodeFor(SshError::Kind(outcome.sshErrorKind));
    return ExitFailure;
}

int UpdateOptions::report(const QCommandLineParser& parser, const QString& command,
                          const UpdateOutcome& outcome, CommandIo& io) const
{
    if (!outcome.error.isEmpty() && outcome.status != UpdateOutcome::Status::Succeeded)
        io.err << command << QStringLiteral(": ") << outcome.error << Qt::endl;
    if (parser.isSet(json))
        io.out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Indented);
    else if (!outcome.message.isEmpty())
        io.out << outcome.message << Qt::endl;
    return exitCodeFor(outcome);
}
