#pragma once

#include "SshError.h"

#include <QCoreApplication>

class SshSession;

// The login on a connection whose host key SshSession has verified: ssh-agent, the key file of the
// target (asking the session's passphrase provider when it is encrypted), else the default key
// files, then the password and keyboard-interactive. Secrets are wiped after use.
class SshLogin
{
    Q_DECLARE_TR_FUNCTIONS(SshLogin)

public:
    explicit SshLogin(SshSession& session);

    // On failure the message lists what the server accepts and what was tried.
    SshError run();

private:
    SshSession& m_ssh;
};
