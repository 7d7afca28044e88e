#pragma once

#include "Command.h"
#include "core/DeploymentConfig.h"
#include "provisioning/DeploymentOutcome.h"

#include <QCoreApplication>

#include <optional>

struct DeploymentRequest;

// `kkt-deploy deploy CONFIG [--resume [ID]] [--roll-back ID|INSTANCE] [--yes]`: the whole deployment
// without a window; `deploy --list [CONFIG] [--json]`: what can be resumed. Progress goes to
// standard error, a JSON summary to standard output.
class DeployCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    static int exitCodeFor(DeploymentOutcome::Status status, int sshErrorKind);
    static QString statusName(DeploymentOutcome::Status status);

private:
    static int listDeployments(const QCommandLineParser& parser, const QString& journal, bool json,
                               CommandIo& io);
    // Fills request->resumeId and *rollBackId from the journal; -1 to go on, else the exit code.
    static int findTargets(const std::optional<QString>& resume, const QString& rollBack,
                           const QString& journal, CommandIo& io, DeploymentRequest* request,
                           QString* rollBackId);
    // The error on stderr and the JSON summary on stdout (with a generated password, once).
    static void printOutcome(const DeploymentOutcome& outcome, bool rollBack, PasswordMode passwordMode,
                             CommandIo& io);
};
