#pragma once

#include "DeploymentKey.h"
#include "DeploymentKeyLogins.h"
#include "DeploymentToken.h"
#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QList>

// Staff side of the one-time deployment tokens of the self-service edition (central registry):
// issue one for a client company, list them with their state. Only the token's SHA-256 is stored;
// the token itself is returned once, by create(). Not on the GUI thread (a database call).
class DeploymentTokens
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentTokens)

public:
    explicit DeploymentTokens(RegistryTarget target);

    // A new token valid until `expires` for `company`; empty with *error on failure.
    QString create(const QDateTime& expires, const QString& company, const QString& note, QString* error);
    // A new token with a login of its own (sql/postgres/009), as the one deployment key the
    // client pastes; the key names the registry as staff reach it.
    // False with *error on failure, and then nothing is left in the registry.
    // Afterwards the logins of expired or used keys are pruned (DeploymentKeyLogins); what that did, or
    // why it could not, goes to *pruned — it never makes the issue fail.
    bool issue(const QDateTime& expires, const QString& company, const QString& note, DeploymentKey* key,
               QString* error, DeploymentKeyLogins::Result* pruned = nullptr);
    // Every token, oldest first; *error set (and the list empty) on failure.
    QList<DeploymentToken> list(QString* error) const;
    static QString hash(const QString& token);
    // "unused", "redeemed by instance INST-…", "expired", in the user's language.
    static QString describeState(const DeploymentToken& token, const QDateTime& now);

private:
    RegistryTarget m_target;
};
