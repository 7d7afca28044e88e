#pragma once

#include "Command.h"
#include "provisioning/DeploymentOutcome.h"

#include <QCoreApplication>

// `kkt-deploy deploy CONFIG [--resume ID] [--yes]`: the whole deployment without a window.
// Progress goes to standard error, a JSON summary to standard output.
class DeployCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    static int exitCodeFor(DeploymentOutcome::Status status, int sshErrorKind);
    static QString statusName(DeploymentOutcome::Status status);
};
