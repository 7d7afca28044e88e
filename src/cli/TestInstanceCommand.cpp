#include "TestInstanceCommand.h"

#include "CancelOnInterrupt.h"
#include "DeployCommand.h"
#include "ExitCode.h"
#include "InstanceTarget.h"
#include "RegistryOptions.h"
#include "provisioning/TestInstanceRemoval.h"
#include "registry/Registry.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

QString TestInstanceCommand::summary() const
{
    return tr("remove a test instance from its server (production checked before and after)");
}

int TestInstanceCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    RegistryOptions registryOptions;
    registryOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), tr("remove"));
    const QCommandLineOption instance(QStringLiteral("instance"),
                                      tr("the test instance (name INST-…, UUID or id in the registry)"),
                                      QStringLiteral("ID"));
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
    parser.addOptions({instance, yes, identity, knownHosts, journal});
    if (const int code = parse(parser, arguments, io); code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("remove")}) {
        io.err << tr("test-instance: give an action — kkt-deploy test-instance remove --instance ID")
               << Qt::endl;
        return ExitUsage;
    }
    if (parser.value(instance).isEmpty()) {
        io.err << tr("test-instance: --instance is missing — give the test instance, e.g. --instance "
                     "INST-20261125120000 (kkt-deploy registry list shows them)")
               << Qt::endl;
        return ExitUsage;
    }
    DeploymentRequest request;
    InstanceRecord found;
    RegistryTarget target;
    if (const int code =
            InstanceTarget::resolve(parser, registryOptions, parser.value(instance), parser.value(journal),
                                    QStringLiteral("test-instance"), io, &request, &found, &target);
        code >= 0)
        return code;
    const QString instanceId = found.name; // what the server records, whichever way it was named here
    const std::optional<InstanceRecord> record = found;
    if (record->mode != QStringLiteral("test")) {
        io.err << tr("test-instance: --instance: %1 is a production instance — only test instances are "
                     "removed with this command; nothing was changed")
                      .arg(instanceId)
               << Qt::endl;
        return ExitUsage;
    }
    TestInstanceRemoval::complete(*record, target, &request);
    if (!parser.isSet(yes)) {
        io.err
            << tr("Remove TEST instance %1 from %2 (services, nginx location or site, database %3, files)? "
                  "Production stays as it is. Type “yes”: ")
                   .arg(instanceId, request.target.host, record->dbName);
        if (!io.confirmed()) {
            io.err << tr("test-instance remove: not confirmed; nothing was changed (pass --yes to skip the "
                         "question)")
                   << Qt::endl;
            return ExitUsage;
        }
    }
    TestInstanceRemoval engine(request);
    engine.setJournalPath(parser.value(journal));
    QObject::connect(&engine, &TestInstanceRemoval::logLine, [&](const QString& line) {
        io.err << line << u'\n';
        io.err.flush();
    });
    const DeploymentOutcome outcome =
        CancelOnInterrupt::run(engine, [&] { return engine.remove(instanceId); });
    if (!outcome.succeeded())
        io.err << tr("test-instance remove: %1").arg(outcome.error) << Qt::endl;
    QJsonObject summary{{QStringLiteral("status"), DeployCommand::statusName(outcome.status)},
                        {QStringLiteral("mode"), QStringLiteral("test")},
                        {QStringLiteral("instanceId"), outcome.instanceId},
                        {QStringLiteral("runId"), outcome.deploymentId},
                        {QStringLiteral("changedSteps"), outcome.changedSteps},
                        {QStringLiteral("production"), outcome.production}};
    if (!outcome.error.isEmpty())
        summary.insert(QStringLiteral("error"), outcome.error);
    io.out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    return DeployCommand::exitCodeFor(outcome.status, outcome.sshErrorKind);
}
