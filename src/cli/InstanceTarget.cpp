#include "InstanceTarget.h"

#include "ExitCode.h"
#include "RegistryOptions.h"
#include "provisioning/DeploymentJournal.h"
#include "provisioning/DeploymentRequest.h"
#include "registry/Registry.h"

#include <QJsonDocument>

int InstanceTarget::resolve(const QCommandLineParser& parser, const RegistryOptions& registryOptions,
                            const QString& instance, const QString& journalPath, const QString& command,
                            CommandIo& io, DeploymentRequest* request, InstanceRecord* found,
                            RegistryTarget* target)
{
    QString error;
    int code = ExitUsage;
    if (!registryOptions.resolve(parser, io, target, &error, &code)) {
        io.err << error << Qt::endl;
        return code;
    }
    Registry registry(*target);
    if (!registry.open(&error)) {
        io.err << error << Qt::endl;
        return RegistryOptions::exitCodeFor(error);
    }
    const std::optional<InstanceRecord> record = registry.findInstance(instance, &error);
    if (!record) {
        io.err << tr("%1: --instance: %2 — kkt-deploy registry list shows the instances")
                      .arg(command, error.isEmpty() ? tr("“%1” is not in the registry").arg(instance) : error)
               << Qt::endl;
        return ExitUsage;
    }
    *found = *record;
    *request = DeploymentRequest::forInstance(*record, &error);
    if (!error.isEmpty()) {
        io.err << command << QStringLiteral(": ") << error << Qt::endl;
        return ExitUsage;
    }
    // The deployment that made the instance knows its TLS mode (and the payload profile of an
    // instance recorded before the registry kept it).
    DeploymentJournal journal(journalPath);
    if (journal.open(&error)) {
        for (const DeploymentJournal::Deployment& d : journal.deployments(500)) {
            if (d.instanceId != record->name)
                continue;
            ValidationIssues issues;
            const DeploymentConfig config =
                DeploymentConfig::fromJson(QJsonDocument::fromJson(d.configJson.toUtf8()).object(), &issues);
            QString profileError;
            const PayloadProfile profile = PayloadProfile::forConfig(config.profile, &profileError);
            if (profileError.isEmpty() && record->payloadProfile.isEmpty()) {
                request->profile = profile;
                request->config.profile = config.profile;
            }
            request->config.web.tls = config.web.tls;
            break;
        }
    }
    if (parser.isSet(QStringLiteral("identity"))) {
        request->target.identityFile = parser.value(QStringLiteral("identity"));
        request->target.useAgent = false;
    }
    if (parser.isSet(QStringLiteral("known-hosts"))) {
        request->target.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
        request->target.useConfigFile = false;
    }
    return -1;
}
