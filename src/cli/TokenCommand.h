#pragma once

#include "Command.h"
#include "registry/RegistryTarget.h"

#include <QCoreApplication>
#include <optional>

// `kkt-deploy token create --expires 7d` and `token list`: one-time deployment tokens with which
// a client's server records itself in the central registry (self-service role). `token prune`
// drops the logins of keys that expired unused or whose recording day is over (also done by create).
class TokenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    // "30m", "12h", "7d", "2w" → seconds; nullopt for anything else.
    static std::optional<qint64> parseDuration(const QString& text);

private:
    static int prune(const RegistryTarget& target, bool json, CommandIo& io);
};
