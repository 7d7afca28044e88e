#pragma once

#include "DeploymentContext.h"
#include "DeploymentOutcome.h"

#include <QCoreApplication>
#include <QString>

// The release archive a deployment installs, checked before anything on the server changes: its
// SHA-256 against the checksums given (a SHA-256 or a SHA256SUMS file), its contents against the
// payload profile's layout, and that it is safe to unpack.
class DeploymentRelease
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentRelease)

public:
    explicit DeploymentRelease(const DeploymentContext& context);

    // False with the outcome's status ReleaseRejected and the problems as its error (not redacted);
    // true with the outcome's version.
    bool check(DeploymentOutcome* outcome);

    QString version() const { return m_version; }
    QString sha256() const { return m_sha256; }

private:
    const DeploymentContext& m_context;
    QString m_version;
    QString m_sha256;
};
