#pragma once

#include "Command.h"

#include <QCoreApplication>

class Registry;
struct RegistryTarget;

// `kkt-deploy registry init|migrate|status|list|history|export|keys init|login|logout`: the central
// (PostgreSQL) or embedded (SQLite) registry of deployed instances.
class RegistryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCommand)

public:
    QString name() const override { return QStringLiteral("registry"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

private:
    int migrate(const RegistryTarget& target, bool initOnly, CommandIo& io);
    int keysInit(Registry& registry, CommandIo& io);
    // Proves the password by connecting, then keeps it in the keychain and the URL as the default.
    int login(const RegistryTarget& target, CommandIo& io);
    int logout(const RegistryTarget& target, bool forget, CommandIo& io);
};
