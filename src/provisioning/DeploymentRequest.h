#pragma once

#include "PayloadProfile.h"
#include "TlsCertificatePair.h"
#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"
#include "registry/InstanceRecord.h"
#include "registry/RegistryTarget.h"
#include "releases/VerifiedRelease.h"
#include "ssh/SshTarget.h"

#include <QUrl>

#include <QCoreApplication>

// Everything a deployment run needs: the validated configuration, its secrets (memory only), how
// to reach the server, the payload profile and the release archive on this machine.
struct DeploymentRequest
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRequest)

public:
    // From a validated configuration and its secrets: the profile it names (or the built-in one),
    // the SSH target, the release archive, the configured Telegram API and ACME directory, and an
    // existing certificate with its key. The archive is the local file, or for the latest release
    // or a tag `release` — fetched and verified by ReleaseProvider. `error` when the profile cannot
    // be read, such a release is missing, or the certificate and key do not make a valid pair for
    // the domain.
    static DeploymentRequest make(const DeploymentConfig& config, const DeploymentSecrets& secrets,
                                  QString* error, const VerifiedRelease& release = {});
    // For checking an instance recorded in the registry: the operator's ssh-agent and
    // ~/.ssh/config log in, and the host key must be the one pinned in the registry.
    static DeploymentRequest forInstance(const InstanceRecord& instance, QString* error);

    // KKT_ACME_SERVER (a staging or test ACME directory), else Let's Encrypt's production one.
    static QString configuredAcmeServer();

    DeploymentConfig config;
    DeploymentSecrets secrets;
    SshTarget target;
    PayloadProfile profile;
    QString archivePath;  // verified locally before anything is uploaded
    QString checksums;    // checksums file, or the archive's SHA-256
    QUrl telegramApiBase; // https://api.telegram.org unless a mirror or a test server
    // The ACME directory certbot asks for Let's Encrypt mode: KKT_ACME_SERVER, else Let's
    // Encrypt's production directory.
    QString acmeServer;
    TlsCertificatePair tls; // with TlsMode::Existing: the checked pair to upload (the key is a secret)
    QString resumeId;       // continue this deployment instead of starting one
    QString owner;          // who holds the server lock, e.g. "ivan@laptop"
    int lockSeconds = 2 * 60 * 60;
    bool recordInRegistry = true;
    RegistryTarget registry; // the configured registry, else the embedded one
    QString outboxPath;      // empty: the application's outbox
    // Failed server checks the operator accepted explicitly on Review ("python: 3.9 — …"); they
    // go into the deployment's history row.
    QStringList acceptedChecks;
    // The production instance already on the server that the operator confirmed by name to deploy
    // over (ExistingInstanceGuard).
    QString confirmedInstance;
};
