#include "HostKeyVerifier.h"

#include "SshLogging.h"
#include "SshSession.h"

#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>

HostKeyVerifier::HostKeyVerifier(SshSession& session)
    : m_ssh(session)
{}

SshError HostKeyVerifier::verify()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_ssh.m_session, &key) != SSH_OK)
        return m_ssh.connectionError(SshError::Failed, tr("The server sent no host key"));
    unsigned char* hash = nullptr;
    size_t hashLength = 0;
    const int hashed = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength);
    m_ssh.m_hostKey = HostKey{m_ssh.m_resolvedHost, m_ssh.m_resolvedPort,
                              QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key))), QString()};
    ssh_key_free(key);
    if (hashed != SSH_OK)
        return m_ssh.connectionError(SshError::Failed, tr("Could not compute the host key's fingerprint"));
    char* fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    m_ssh.m_hostKey.fingerprint = QString::fromLatin1(fingerprint);
    ssh_string_free_char(fingerprint);
    ssh_clean_pubkey_hash(&hash);

    const QString where = m_ssh.m_resolvedPort == 22
                              ? m_ssh.m_resolvedHost
                              : QStringLiteral("%1:%2").arg(m_ssh.m_resolvedHost).arg(m_ssh.m_resolvedPort);
    const QString knownHosts = m_ssh.knownHostsFile();
    const QString expected = m_ssh.m_target.expectedFingerprint.trimmed();
    if (!expected.isEmpty() && expected != m_ssh.m_hostKey.fingerprint) {
        return SshError::make(
            SshError::HostKeyChanged,
            tr("The host key of %1 is %2 %3, not the expected %4. Someone may be intercepting the "
               "connection, or the fingerprint given is wrong. KKT Deploy did not log in. Check the "
               "fingerprint with your hosting provider (ssh-keygen -lf on the server's key).")
                .arg(where, m_ssh.m_hostKey.type, m_ssh.m_hostKey.fingerprint, expected));
    }

    switch (ssh_session_is_known_server(m_ssh.m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        m_ssh.m_hostKeyVerified = true;
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
        return SshError::make(
            SshError::HostKeyChanged,
            tr("The host key of %1 has CHANGED since it was accepted: it is now %2 %3. This can mean that "
               "someone is intercepting the connection — or that the server was reinstalled. KKT Deploy "
               "will not connect. If you know the server was reinstalled, confirm the new fingerprint with "
               "your hosting provider and remove the old entry for %1 from %4 (or ~/.ssh/known_hosts).")
                .arg(where, m_ssh.m_hostKey.type, m_ssh.m_hostKey.fingerprint, knownHosts));
    case SSH_KNOWN_HOSTS_OTHER:
        return SshError::make(
            SshError::HostKeyChanged,
            tr("%1 now presents a %2 host key (%3), but a key of a different type is on file for it. This "
               "can mean that someone is intercepting the connection — or that the server was "
               "reinstalled. KKT Deploy will not connect. If the change is expected, confirm the new "
               "fingerprint with your hosting provider and remove the old entry for %1 from %4 (or "
               "~/.ssh/known_hosts).")
                .arg(where, m_ssh.m_hostKey.type, m_ssh.m_hostKey.fingerprint, knownHosts));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (m_ssh.m_target.acceptNewHostKey || !expected.isEmpty())
            return remember();
        return SshError::make(SshError::HostKeyUnknown,
                              tr("%1 is not known yet. Its %2 host key has the fingerprint %3. Compare it "
                                 "with the one your hosting provider shows before you accept it.")
                                  .arg(where, m_ssh.m_hostKey.type, m_ssh.m_hostKey.fingerprint));
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return m_ssh.connectionError(SshError::Failed,
                                 tr("Could not read the known-hosts files %1 and %2")
                                     .arg(knownHosts, m_ssh.m_target.userKnownHostsFile.isEmpty()
                                                          ? QStringLiteral("~/.ssh/known_hosts")
                                                          : m_ssh.m_target.userKnownHostsFile));
}

SshError HostKeyVerifier::remember()
{
    const QString knownHosts = m_ssh.knownHostsFile();
    QDir().mkpath(QFileInfo(knownHosts).absolutePath());
    if (ssh_session_update_known_hosts(m_ssh.m_session) != SSH_OK)
        return m_ssh.connectionError(SshError::Failed,
                                     tr("Could not save the host key in %1").arg(knownHosts));
    qCInfo(lcSsh) << "remembered host key" << m_ssh.m_hostKey.type << m_ssh.m_hostKey.fingerprint << "for"
                  << m_ssh.m_resolvedHost;
    m_ssh.m_hostKeyVerified = true;
    return {};
}

SshError HostKeyVerifier::accept(const QString& fingerprint)
{
    if (!m_ssh.isConnected())
        return SshError::make(SshError::ConnectionLost,
                              tr("The connection closed before the host key was accepted"));
    if (fingerprint != m_ssh.m_hostKey.fingerprint)
        return SshError::make(SshError::HostKeyChanged,
                              tr("The accepted fingerprint %1 is not the server's key %2")
                                  .arg(fingerprint, m_ssh.m_hostKey.fingerprint));
    return remember();
}
