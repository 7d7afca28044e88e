#pragma once

#include "SshSession.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

struct ssh_channel_struct;

// One long-lived bash on one channel of an SshSession, for the many small scripts of a
// deployment: each script costs a few milliseconds on the server instead of a channel, a login
// shell and a process tree of its own (Mitogen keeps one interpreter for a play for the same
// reason). A script travels over the channel's standard input, never on a command line: a header
// line gives its length, `head -c` reads exactly that, and it runs in a subshell of the persistent
// shell with /dev/null as its input. Its exit status comes back after an end marker that is
// random for every script, on stdout and on stderr, so the output of one script can never be
// taken for another's and both streams are complete when run() returns.
//
// Same thread rules and the same results as SshSession::run(): cancel() on the session, or the
// time limit, kills the shell's whole process group (the script in it too) and the next run()
// starts a new shell. Lines are emitted as they arrive; stderr is redacted like the session's.
class RemoteShell : public QObject
{
    Q_OBJECT

public:
    explicit RemoteShell(SshSession* session, QObject* parent = nullptr);
    ~RemoteShell() override;

    // Runs `script` (bash source) as the session's user, or as root when options.sudo is set and
    // the login user is not root (the sudo password, if any, goes over stdin once, when the shell
    // starts). options.stdinData is not used: the script is the input.
    SshSession::Result run(const QByteArray& script, const SshSession::RunOptions& options);
    // Ends the shell (end of input); a later run() starts a new one.
    void close();
    bool isOpen() const { return m_channel != nullptr; }
    // Shells started so far on this object: one per connection unless a run was stopped.
    int shellsStarted() const { return m_shellsStarted; }

Q_SIGNALS:
    void stdoutLine(const QString& line);
    void stderrLine(const QString& line);

private:
    SshError start(const SshSession::RunOptions& options, bool asRoot);
    SshError awaitSudo(const SshSession::RunOptions& options);
    bool takeShellMarker(QByteArray* rest);
    bool write(const QByteArray& data);
    void forget();
    void stop(qint64 pid, bool asRoot);

    QPointer<SshSession> m_session;
    ssh_channel_struct* m_channel = nullptr;
    qint64 m_pid = 0;        // the shell's process group on the server, once its marker arrived
    bool m_asRoot = false;   // whether the open shell runs through sudo
    QByteArray m_stderrHead; // stderr before the process-group marker (sudo's own words)
    int m_shellsStarted = 0;
};
