#pragma once

#include "Command.h"

#include "ssh/SshError.h"

#include <QCoreApplication>

// `kkt-deploy probe --host H …`: connects like the wizard's Test connection and prints the
// server's facts with pass/warn/fail.
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;

    static int exitCodeFor(SshError::Kind kind);
    static QString kindName(SshError::Kind kind);
};
