#pragma once

#include "InstanceLayout.h"
#include "RemoteScript.h"
#include "core/Redactor.h"
#include "ssh/SshError.h"
#include "ssh/SshTarget.h"

#include <QCoreApplication>
#include <QMap>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class RemoteShell;
class SshSession;

// The one SSH session of a deployment run and what travels over it: the remote scripts (variables
// and secrets over standard input, output redacted) through one persistent shell on the session,
// the release upload and the server-wide deployment lock. Lives in the runner's thread; cancel() may come
// from any thread.
class DeploymentConnection
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentConnection)

public:
    struct Result
    {
        bool ok = false;
        int exitStatus = -1;
        QString output; // stdout and stderr, redacted
        QString error;  // the SSH error, redacted
        int sshErrorKind = 0;

        // The last marker value of a kind ("::kkt-state done" → "done").
        QString marker(const QString& kind) const;
        // The SSH error, else the last `lines` lines of output that are not markers.
        QString failure(int lines) const;
    };
    enum class Lock
    {
        Acquired,
        Held,
        Failed
    };
    using LineHandler = std::function<void(const QString& line)>;

    // Secrets the server reveals (prelude.sh "::kkt-secret") are added to `redactor`.
    DeploymentConnection(const SshTarget& target, Redactor& redactor);
    ~DeploymentConnection();

    SshError open();
    bool isOpen() const;
    void close();
    // Thread-safe: stops the remote command in progress as soon as possible.
    void cancel();
    void resetCancel();
    SshSession& ssh() { return *m_ssh; }

    // Every line of output goes to `onLine` as it arrives (markers included).
    void setLineHandler(LineHandler onLine) { m_onLine = std::move(onLine); }
    // Runs `body` (after the prelude) as root with the instance's variables, `secrets` and `extra`.
    Result run(const InstanceLayout& layout, const QString& body, const QMap<QString, QString>& secrets = {},
               const RemoteScript::Variables& extra = {});
    // Uploads the release as root-owned 0600 file, checking its SHA-256 on arrival.
    SshError upload(const QString& localPath, const QString& remotePath,
                    const std::function<void(qint64 sent, qint64 total)>& onProgress);

    // The server-wide lock (owner, start, expiry); `detail` says who holds it or why it failed.
    Lock acquireLock(const InstanceLayout& layout, const QString& deploymentId, const QString& owner,
                     int seconds, QString* detail);
    void releaseLock(const InstanceLayout& layout, const QString& deploymentId);
    bool lockHeld() const { return m_lockHeld; }

private:
    bool sudo() const;

    SshTarget m_target;
    Redactor& m_redactor;
    std::unique_ptr<SshSession> m_ssh;
    std::unique_ptr<RemoteShell> m_shell; // every script of the run, on one channel
    // What cancel() may touch from another thread: read and replaced only under m_activeMutex, so
    // that a cancel never reaches a session being destroyed.
    std::mutex m_activeMutex;
    SshSession* m_active = nullptr;
    std::atomic_bool m_cancelled{false};
    LineHandler m_onLine;
    bool m_lockHeld = false;
};
