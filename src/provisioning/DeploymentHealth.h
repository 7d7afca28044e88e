#pragma once

#include "DeploymentContext.h"
#include "HealthCheck.h"

#include <QCoreApplication>
#include <QList>

// The health checks of design.md for a deployed instance: the server's own (services, /health
// locally, the database role, the certificate) in one remote script, then the client's (the public
// URL, the administrator's login, the bot's Telegram state).
class DeploymentHealth
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentHealth)

public:
    // `adminPassword` empty: the login check is left out (the password is not kept anywhere).
    DeploymentHealth(const DeploymentContext& context, const QString& adminPassword);

    // Every check, each also handed to `onCheck` as soon as it is known, and logged.
    QList<HealthCheck> run(const std::function<void(const HealthCheck&)>& onCheck);
    // The bot's @username as Telegram reported it, empty when not asked.
    QString botUsername() const { return m_botUsername; }

private:
    QList<HealthCheck> clientChecks();

    const DeploymentContext& m_context;
    const QString& m_adminPassword;
    QString m_botUsername;
};
