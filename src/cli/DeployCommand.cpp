#include "DeployCommand.h"

#include "CancelOnInterrupt.h"
#include "DeploymentListing.h"
#include "DeploymentOptions.h"
#include "ExitCode.h"
#include "ProbeCommand.h"
#include "ResumeTarget.h"
#include "core/ConfigFile.h"
#include "provisioning/DeploymentRunner.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject summaryOf(const DeploymentOutcome& o)
{
    QJsonArray health;
    for (const HealthCheck& c : o.health)
        health.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail}});
    QJsonObject json{{QStringLiteral("status"), DeployCommand::statusName(o.status)},
                     {QStringLiteral("deploymentId"), o.deploymentId},
                     {QStringLiteral("instanceId"), o.instanceId},
                     {QStringLiteral("version"), o.version},
                     {QStringLiteral("url"), o.publicUrl},
                     {QStringLiteral("changedSteps"), o.changedSteps},
                     {QStringLiteral("unchangedSteps"), o.unchangedSteps},
                     {QStringLiteral("hostKey"), o.hostKeyFingerprint},
                     {QStringLiteral("bot"), o.botUsername},
                     {QStringLiteral("elapsedMs"), o.elapsedMs},
                     {QStringLiteral("health"), health}};
    if (!o.error.isEmpty())
        json.insert(QStringLiteral("error"), o.error);
    if (!o.failedStep.isEmpty())
        json.insert(QStringLiteral("failedStep"), o.failedStep);
    if (!o.production.isEmpty())
        json.insert(QStringLiteral("production"), o.production); // a test deployment's before/after
    return json;
}

} // namespace

QString DeployCommand::summary() const
{
    return tr("deploy a KKT instance to a server (or --resume an interrupted deployment)");
}

QString DeployCommand::statusName(DeploymentOutcome::Status status)
{
    switch (status) {
    case DeploymentOutcome::Status::Succeeded:
        return QStringLiteral("succeeded");
    case DeploymentOutcome::Status::Failed:
        return QStringLiteral("failed");
    case DeploymentOutcome::Status::HealthFailed:
        return QStringLiteral("health-failed");
    case DeploymentOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    case DeploymentOutcome::Status::Locked:
        return QStringLiteral("locked");
    case DeploymentOutcome::Status::NotConnected:
        return QStringLiteral("not-connected");
    case DeploymentOutcome::Status::ReleaseRejected:
        return QStringLiteral("release-rejected");
    }
    return {};
}

int DeployCommand::exitCodeFor(DeploymentOutcome::Status status, int sshErrorKind)
{
    switch (status) {
    case DeploymentOutcome::Status::Succeeded:
        return ExitOk;
    case DeploymentOutcome::Status::NotConnected:
        return ProbeCommand::exitCodeFor(SshError::Kind(sshErrorKind));
    case DeploymentOutcome::Status::ReleaseRejected:
        return ExitUnsafeArchive;
    case DeploymentOutcome::Status::Locked:
        return ExitLocked;
    case DeploymentOutcome::Status::HealthFailed:
        return ExitHealthFailed;
    case DeploymentOutcome::Status::Cancelled:
        return ExitCancelled;
    case DeploymentOutcome::Status::Failed:
        break;
    }
    return ExitFailure;
}

int DeployCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    DeploymentOptions options;
    options.addTo(parser);
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        tr("continue the interrupted deployment ID (without ID: the last unfinished one to CONFIG's host)"),
        QStringLiteral("ID"));
    const QCommandLineOption rollBack(
        QStringLiteral("roll-back"),
        tr("remove what deployment ID (or the deployment that created instance ID) made on the server, and "
           "nothing else"),
        QStringLiteral("ID"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("do not ask for confirmation"));
    const QCommandLineOption list(
        QStringLiteral("list"),
        tr("list the interrupted and recent deployments (of CONFIG's host when given)"));
    const QCommandLineOption json(QStringLiteral("json"), tr("with --list: print JSON"));
    const QCommandLineOption confirmInstance(QStringLiteral("confirm-instance"),
                                             tr("deploy in production mode over the production instance ID "
                                                "the server already runs (it is changed)"),
                                             QStringLiteral("ID"));
    parser.addOptions({resume, rollBack, yes, list, json, confirmInstance});
    if (const int code = parse(parser, ResumeTarget::normalize(arguments), io); code >= 0)
        return code;
    if (parser.isSet(list))
        return listDeployments(parser, options.journal(parser), parser.isSet(json), io);
    if (parser.isSet(resume) && parser.isSet(rollBack)) {
        io.err << tr("deploy: --resume and --roll-back exclude each other") << Qt::endl;
        return ExitUsage;
    }
    DeploymentRequest request;
    if (const int code = options.build(parser, io, name(), !parser.isSet(rollBack), &request); code >= 0)
        return code;
    request.confirmedInstance = parser.value(confirmInstance);
    QString rollBackId;
    if (const int code =
            findTargets(parser.isSet(resume) ? std::optional(parser.value(resume)) : std::nullopt,
                        parser.value(rollBack), options.journal(parser), io, &request, &rollBackId);
        code >= 0)
        return code;
    if (!parser.isSet(yes)) {
        io.err << (parser.isSet(rollBack)
                       ? tr("Remove the instance deployment %1 created on %2? Type “yes”: ")
                             .arg(rollBackId, request.config.server.host)
                       : tr("Deploy to %1 (%2)? Type “yes”: ")
                             .arg(request.config.server.host, request.config.server.domain));
        if (!io.confirmed()) {
            io.err << tr("deploy: not confirmed; nothing was changed (pass --yes to skip the question)")
                   << Qt::endl;
            return ExitUsage;
        }
    }

    DeploymentRunner runner(request);
    request.secrets.wipe();
    request.target.wipeSecrets();
    runner.setJournalPath(options.journal(parser));
    QObject::connect(&runner, &DeploymentRunner::logLine, [&](const QString& line) {
        io.err << line << u'\n';
        io.err.flush();
    });
    int lastPercent = -1;
    const bool testRun = request.config.mode == DeploymentMode::Test;
    QObject::connect(&runner, &DeploymentRunner::progress, [&](int percent, const QString& step, qint64 eta) {
        if (percent == lastPercent)
            return;
        lastPercent = percent;
        io.err << QStringLiteral("[%1%] %2%3")
                      .arg(percent, 3)
                      .arg(testRun ? QStringLiteral("TEST · ") : QString(), step)
               << (eta > 0 ? tr(" — about %1 s left").arg(eta) : QString()) << u'\n';
        io.err.flush();
    });
    // The result is handed over before the journal closes the run (a run killed before that stays
    // resumable); a run that ends before it holds a journal entry hands it over here.
    const bool rollingBack = parser.isSet(rollBack);
    const PasswordMode passwordMode = request.config.admin.passwordMode;
    bool delivered = false;
    const auto deliver = [&](const DeploymentOutcome& outcome) {
        delivered = true;
        printOutcome(outcome, rollingBack, passwordMode, io);
    };
    runner.setOutcomeHandler(deliver);
    // Ctrl+C cancels like the Cancel button: the current remote command stops, the lock is released.
    const DeploymentOutcome outcome = CancelOnInterrupt::run(
        runner, [&] { return rollingBack ? runner.rollBack(rollBackId) : runner.deploy(); });
    if (!delivered)
        deliver(outcome);
    return exitCodeFor(outcome.status, outcome.sshErrorKind);
}

void DeployCommand::printOutcome(const DeploymentOutcome& outcome, bool rollBack, PasswordMode passwordMode,
                                 CommandIo& io)
{
    if (!outcome.succeeded())
        io.err << tr("deploy: %1").arg(outcome.error) << Qt::endl;
    QJsonObject summary = summaryOf(outcome);
    if (outcome.succeeded() && !rollBack && !outcome.adminPassword.isEmpty() &&
        passwordMode == PasswordMode::Generate) {
        // A generated password is given once, in the result on stdout — never amid the progress on
        // stderr, which ends up in terminals' scrollback and CI logs.
        summary.insert(QStringLiteral("administrator"),
                       QJsonObject{{QStringLiteral("login"), outcome.adminUsername},
                                   {QStringLiteral("password"), outcome.adminPassword}});
        io.err << tr("The generated administrator password is in the result on standard output "
                     "(\"administrator\"); it is shown only this once.")
               << Qt::endl;
    }
    QByteArray result = QJsonDocument(summary).toJson(QJsonDocument::Indented);
    io.out << result;
    io.out.flush();
    result.fill('\0');
}

int DeployCommand::listDeployments(const QCommandLineParser& parser, const QString& journal, bool json,
                                   CommandIo& io)
{
    QString host;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        io.err << tr("deploy: --list takes at most one configuration file") << Qt::endl;
        return ExitUsage;
    }
    if (!files.isEmpty()) {
        const ConfigFile::Loaded loaded = ConfigFile::load(files.first());
        if (!loaded.error.isEmpty()) {
            io.err << tr("deploy: %1").arg(loaded.error) << Qt::endl;
            return ExitUsage;
        }
        host = loaded.config.server.host;
    }
    return DeploymentListing::print(journal, host, json, io);
}

int DeployCommand::findTargets(const std::optional<QString>& resume, const QString& rollBack,
                               const QString& journal, CommandIo& io, DeploymentRequest* request,
                               QString* rollBackId)
{
    QString error;
    if (resume) {
        request->resumeId = ResumeTarget::resumeId(journal, *resume, request->config, &error);
        if (request->resumeId.isEmpty()) {
            io.err << tr("deploy: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }
    if (!rollBack.isEmpty()) {
        *rollBackId = ResumeTarget::rollBackId(journal, rollBack, request->config, &error);
        if (rollBackId->isEmpty()) {
            io.err << tr("deploy: %1").arg(error) << Qt::endl;
            return ExitUsage;
        }
    }
    return -1;
}
