#include "BackupCommand.h"

#include "CancelOnInterrupt.h"
#include "DeployCommand.h"
#include "ExitCode.h"
#include "InstanceTarget.h"
#include "RegistryOptions.h"
#include "provisioning/BackupRestore.h"
#include "registry/Registry.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

QString BackupCommand::summary() const
{
    return tr("list an instance's backups (database and .env) or restore one");
}

int BackupCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    RegistryOptions registryOptions;
    registryOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("list | restore"));
    const QCommandLineOption instance(QStringLiteral("instance"),
                                      tr("the instance (name INST-…, UUID or id in the registry)"),
                                      QStringLiteral("ID"));
    const QCommandLineOption backup(QStringLiteral("backup"), tr("restore this backup (default: the latest)"),
                                    QStringLiteral("NAME"));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("do not ask for confirmation"));
    const QCommandLineOption identity(QStringLiteral("identity"),
                                      tr("log in with this private key instead of ssh-agent"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                        tr("known_hosts file (default: ~/.ssh/known_hosts)"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption journal(QStringLiteral("journal"),
                                     tr("the deployment journal (default: the application's)"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("print the result as JSON"));
    parser.addOptions({instance, backup, yes, identity, knownHosts, journal, json});
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || (action != QStringLiteral("list") && action != QStringLiteral("restore"))) {
        io.err << tr("backup: give an action — kkt-deploy backup list --instance ID, or backup restore "
                     "--instance ID [--backup NAME]")
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.value(instance).isEmpty()) {
        io.err << tr("backup: --instance is missing — give the instance, e.g. --instance INST-20261125120000")
               << Qt::endl;
        return ExitUsage;
    }
    DeploymentRequest request;
    QString instanceId;
    InstanceRecord record;
    RegistryTarget registryTarget;
    if (const int code =
            InstanceTarget::resolve(parser, registryOptions, parser.value(instance), parser.value(journal),
                                    QStringLiteral("backup"), io, &request, &record, &registryTarget);
        code >= 0)
        return code;
    instanceId = record.name; // what the server records, whichever way it was named here
    // A restore is part of the instance's history.
    request.registry = registryTarget;
    request.recordInRegistry = true;
    BackupRestore engine(request);
    engine.setJournalPath(parser.value(journal));
    QObject::connect(&engine, &BackupRestore::logLine, [&](const QString& line) {
        io.err << line << u'\n';
        io.err.flush();
    });

    if (action == QStringLiteral("list")) {
        DeploymentOutcome outcome;
        const QList<BackupInfo> backups = engine.list(instanceId, &outcome);
        if (!outcome.succeeded()) {
            io.err << tr("backup list: %1").arg(outcome.error) << Qt::endl;
            return DeployCommand::exitCodeFor(outcome.status, outcome.sshErrorKind);
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const BackupInfo& b : backups)
                array.append(QJsonObject{{QStringLiteral("name"), b.name},
                                         {QStringLiteral("bytes"), b.bytes},
                                         {QStringLiteral("env"), b.hasEnv},
                                         {QStringLiteral("createdAt"), b.createdAt.toString(Qt::ISODate)},
                                         {QStringLiteral("beforeRestore"), b.beforeRestore()}});
            io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const BackupInfo& b : backups)
            io.out << QStringLiteral("%1  %2  %3  %4\n")
                          .arg(b.name,
                               b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               QLocale::c().formattedDataSize(b.bytes),
                               b.hasEnv ? tr("database + .env") : tr("database only"));
        io.out << tr("%n backup(s)", nullptr, int(backups.size())) << Qt::endl;
        return ExitOk;
    }

    if (!parser.isSet(yes)) {
        const QString lost = tr("Data written since then is lost (the current state is kept as a backup "
                                "first). Type “yes”: ");
        io.err << (parser.value(backup).isEmpty()
                       ? tr("Replace the database and .env of %1 on %2 with its latest backup?")
                             .arg(instanceId, request.target.host)
                       : tr("Replace the database and .env of %1 on %2 with backup %3?")
                             .arg(instanceId, request.target.host, parser.value(backup)))
               << u' ' << lost;
        if (!io.confirmed()) {
            io.err
                << tr("backup restore: not confirmed; nothing was changed (pass --yes to skip the question)")
                << Qt::endl;
            return ExitUsage;
        }
    }
    // Ctrl+C cancels like in `deploy`; the database swap finishes first, a second Ctrl+C leaves.
    const DeploymentOutcome outcome =
        CancelOnInterrupt::run(engine, [&] { return engine.restore(instanceId, parser.value(backup)); });
    if (!outcome.succeeded())
        io.err << tr("backup restore: %1").arg(outcome.error) << Qt::endl;
    QJsonArray health;
    for (const HealthCheck& c : outcome.health)
        health.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("passed"), c.passed},
                                  {QStringLiteral("detail"), c.detail}});
    io.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), DeployCommand::statusName(outcome.status)},
                                        {QStringLiteral("instanceId"), outcome.instanceId},
                                        {QStringLiteral("runId"), outcome.deploymentId},
                                        {QStringLiteral("changedSteps"), outcome.changedSteps},
                                        {QStringLiteral("error"), outcome.error},
                                        {QStringLiteral("health"), health}})
                  .toJson(QJsonDocument::Indented);
    return DeployCommand::exitCodeFor(outcome.status, outcome.sshErrorKind);
}
