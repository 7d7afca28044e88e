#pragma once

#include <QCoreApplication>
#include <QString>

// What went wrong with an SSH operation, in a form both the GUI and the exit codes can use.
struct SshError
{
    Q_DECLARE_TR_FUNCTIONS(SshError)

public:
    enum Kind
    {
        None,
        Unreachable,    // refused, no route, name not found, or no answer within the timeout
        HostKeyUnknown, // not on file and not accepted (yet)
        HostKeyChanged, // differs from the key on file or the pinned fingerprint
        AuthFailed,
        ConnectionLost, // the connection died while in use
        TimedOut,       // a command or transfer exceeded its own time limit
        Cancelled,
        ChecksumMismatch,
        Failed // anything else (remote file errors, protocol errors …)
    };

    Kind kind = None;
    QString message; // complete, user-visible; never contains a secret

    bool ok() const { return kind == None; }
    explicit operator bool() const { return kind != None; }

    static SshError make(Kind kind, const QString& message) { return SshError{kind, message}; }
};
Q_DECLARE_METATYPE(SshError)
