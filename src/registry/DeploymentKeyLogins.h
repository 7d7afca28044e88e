#pragma once

#include "RegistryTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// The PostgreSQL logins of deployment keys (sql/postgres/009) that can serve no more purpose,
// dropped by kkt_prune_token_logins() (sql/postgres/010, staff only): a key that expired unused,
// and a used key once the day for recording its deployment is over (the login's VALID UNTIL);
// before that the client still records its results with it. Run by `token prune` and every time
// staff issue a key. The embedded SQLite registry has no logins. Not on the GUI thread.
class DeploymentKeyLogins
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentKeyLogins)

public:
    struct Pruned
    {
        qint64 tokenId = 0;
        QString login;
        bool used = false; // else: expired unused
        QDateTime expiresAt;
        bool dropped = true; // false: it was gone already (dropped by hand), only marked
    };
    struct Result
    {
        QList<Pruned> logins;
        QString error;
    };

    explicit DeploymentKeyLogins(RegistryTarget target);

    Result prune() const;
    // "kkt_client_7 (token 7): expired unused on …", in the user's language.
    static QString describe(const Pruned& login);
    // One line for what prune() did, e.g. after issuing a key; empty when there was nothing to do.
    static QString summary(const Result& result);

private:
    RegistryTarget m_target;
};
