#pragma once

#include "SshSession.h"

#include <QCoreApplication>

// One command on an exec channel of an SshSession, in a process group of its own so that a cancel
// or the time limit kills all of it (closing a channel does not stop a remote process); as root
// through sudo when asked, the sudo password over stdin. Output lines go out through the session's
// signals as they arrive, stderr redacted.
class RemoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)

public:
    explicit RemoteCommand(SshSession& session);

    SshSession::Result run(const QString& command, const SshSession::RunOptions& options);
    // Stops the remote process group `pid` (TERM, then KILL), as root with `sudo`.
    void killGroup(qint64 pid, bool sudo);
    // The error for a command that sudo refused to start, from what sudo printed.
    SshError sudoError(const QByteArray& sudoOutput, bool passwordGiven) const;

private:
    QString wrap(const QString& command, const SshSession::RunOptions& options) const;

    SshSession& m_ssh;
};
