#pragma once

#include "ssh/SshTarget.h"
#include "support/TestSshd.h"

#include <QStringList>

// What the tests of the SSH engine (TestSshSession, TestSshLogin, TestHostKeyVerifier,
// TestRemoteCommand, TestSftpUpload) share: a loopback sshd, known-hosts files of the test's own,
// targets that log in to it, and the kkt.ssh debug log captured from start() on, so that a test can
// prove no planted secret reached the log, an error text or the server's own log.
class SshSessionFixture
{
public:
    explicit SshSessionFixture(const QString& name);

    // Starts the sshd and the log capture; false with error().
    bool start();
    QString error() const { return m_sshd.error(); }
    TestSshd& sshd() { return m_sshd; }

    // Logs in as `user` without agent or config file, known hosts of the test's own, new keys trusted.
    SshTarget target(const QString& user = QStringLiteral("root")) const;
    // target() with root's ed25519 key.
    SshTarget rootTarget();

    // Remembers an error's text for secretLeaks().
    void note(const QString& errorText) { m_errorTexts << errorText; }
    // Where one of `planted` (or the test user's password and key passphrase) was seen: the captured
    // log, the noted error texts or sshd's log (every exec at VERBOSE). Empty when nowhere; an entry
    // when nothing was logged at all (the capture would prove nothing).
    QStringList secretLeaks(QStringList planted);

private:
    TestSshd m_sshd;
    QString m_knownHosts;
    QString m_noUserKnownHosts;
    QStringList m_errorTexts;
};
