#pragma once

#include "Command.h"

#include <QCoreApplication>

// `kkt-deploy plan CONFIG`: what a deployment would change, from read-only probes on the server.
class PlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};
