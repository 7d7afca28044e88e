#pragma once

#include "PayloadProfile.h"
#include "core/DeploymentConfig.h"
#include "core/DeploymentSecrets.h"
#include "ssh/SshTarget.h"

#include <QUrl>

// Everything a deployment run needs: the validated configuration, its secrets (memory only), how
// to reach the server, the payload profile and the release archive on this machine.
struct DeploymentRequest
{
    DeploymentConfig config;
    DeploymentSecrets secrets;
    SshTarget target;
    PayloadProfile profile;
    QString archivePath;   // verified locally before anything is uploaded
    QString checksums;     // checksums file, or the archive's SHA-256
    QUrl telegramApiBase;  // https://api.telegram.org unless a mirror or a test server
    QString resumeId;      // continue this deployment instead of starting one
    QString owner;         // who holds the server lock, e.g. "ivan@laptop"
    int lockSeconds = 2 * 60 * 60;
};
