#pragma once

#include "Command.h"

#include <QCoreApplication>

// `kkt-deploy test-instance remove --instance ID [--yes]`: removes a test instance from its server
// (found in the registry) through the deployment engine's removal steps, with production checked
// before and after; the registry records it as removed.
class TestInstanceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestInstanceCommand)

public:
    QString name() const override { return QStringLiteral("test-instance"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};
