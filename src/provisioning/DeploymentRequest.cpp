#include "DeploymentRequest.h"

#include "InstanceLayout.h"
#include "core/FieldRules.h"
#include "registry/DeploymentKey.h"
#include "telegram/TelegramBotApi.h"

#include <QDir>
#include <QHostInfo>

DeploymentRequest DeploymentRequest::make(const DeploymentConfig& config, const DeploymentSecrets& secrets,
                                          QString* error, const VerifiedRelease& release)
{
    DeploymentRequest r;
    r.config = config;
    r.secrets = secrets;
    r.profile = PayloadProfile::forConfig(config.profile, error);
    if (!error->isEmpty())
        return r;
    const auto expand = [](const QString& path) {
        return path.startsWith(QStringLiteral("~/")) ? QDir::homePath() + path.mid(1) : path;
    };
    if (config.release.source != ReleaseSource::File) {
        if (!release.answers(config.release)) {
            *error =
                tr("the release “%1” has not been fetched and verified yet")
                    .arg(config.release.source == ReleaseSource::Tag ? config.release.tag : tr("latest"));
            return r;
        }
        r.archivePath = release.archivePath;
        r.checksums = release.checksumsPath;
    } else {
        r.archivePath = expand(config.release.path);
        r.checksums = FieldRules::releaseChecksums(config.release.checksums).value;
        if (r.checksums.size() != 64)
            r.checksums = expand(r.checksums);
    }

    r.target.host = config.server.host;
    r.target.port = config.server.port;
    r.target.user = config.server.user;
    r.target.useAgent = config.server.auth == SshAuth::Agent;
    if (config.server.auth == SshAuth::Key)
        r.target.identityFile = expand(config.server.identityFile);
    r.target.password = secrets.sshPassword;
    r.target.passphrase = secrets.keyPassphrase;
    r.telegramApiBase = TelegramBotApi::configuredBaseUrl();
    r.acmeServer = configuredAcmeServer();
    if (config.web.tls == TlsMode::Existing) {
        // Checked here, before anything connects: a wrong pair never reaches the server.
        r.tls = TlsCertificatePair::load(expand(config.web.certificateFile), expand(config.web.keyFile),
                                         config.server.domain, error);
        if (!error->isEmpty())
            return r;
    }
    r.owner = qEnvironmentVariable("USER", QStringLiteral("root")) + u'@' + QHostInfo::localHostName();
    // Without the password: this runs on the GUI thread, and the keychain may take a while. The
    // recorder loads it on the runner's thread.
    QString registryNote;
    r.registry = RegistryTarget::configuredWithoutPassword(&registryNote);
    // Self-service with a deployment key: the registry and login are the key's, whatever is configured.
    if (DeploymentKey key;
        !secrets.deploymentKey.isEmpty() && DeploymentKey::parse(secrets.deploymentKey, &key, error))
        r.registry = key.target(error);
    return r;
}

QString DeploymentRequest::configuredAcmeServer()
{
    const QString url = qEnvironmentVariable("KKT_ACME_SERVER");
    return url.isEmpty() ? InstanceLayout::letsEncryptDirectory() : url;
}

DeploymentRequest DeploymentRequest::forInstance(const InstanceRecord& instance, QString* error)
{
    DeploymentRequest r;
    // The profile the instance was deployed with (migration 006); the built-in one when unknown.
    r.profile = PayloadProfile::forConfig(instance.payloadProfile, error);
    r.config.profile = instance.payloadProfile;
    r.config.mode =
        instance.mode == QStringLiteral("test") ? DeploymentMode::Test : DeploymentMode::Production;
    r.config.server.host = instance.sshHost.isEmpty() ? instance.ip : instance.sshHost;
    r.config.server.port = instance.sshPort;
    r.config.server.user = instance.sshUser.isEmpty() ? QStringLiteral("root") : instance.sshUser;
    r.config.server.domain = instance.domain;
    r.config.web.tls =
        TlsMode::None; // the certificate is not known here; the public URL check follows redirects
    r.target.host = r.config.server.host;
    r.target.port = r.config.server.port;
    r.target.user = r.config.server.user;
    r.target.expectedFingerprint = instance.hostKeyFingerprint;
    r.owner = qEnvironmentVariable("USER", QStringLiteral("root")) + u'@' + QHostInfo::localHostName();
    r.recordInRegistry = false;
    if (instance.hostKeyFingerprint.isEmpty() && error->isEmpty())
        *error = tr("the registry has no pinned host key for %1; deploy it with KKT Deploy first")
                     .arg(instance.name);
    return r;
}
