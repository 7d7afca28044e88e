#pragma once

#include "SshError.h"

#include <QCoreApplication>
#include <QString>

class SshSession;

// The host key check of a connection SshSession has just made: the server's key against a pinned
// fingerprint, KKT Deploy's own known-hosts file and the user's ~/.ssh/known_hosts (read only).
// Sets the session's hostKey() and, once the key is trusted, marks it verified.
class HostKeyVerifier
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyVerifier)

public:
    explicit HostKeyVerifier(SshSession& session);

    // HostKeyUnknown when no file knows the key and the target accepts no new key: the connection
    // stays open for accept().
    SshError verify();
    // The user has seen hostKey(): remembers it when `fingerprint` is still the server's key.
    SshError accept(const QString& fingerprint);

private:
    SshError remember();

    SshSession& m_ssh;
};
