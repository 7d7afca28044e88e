#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

struct ssh_session_struct;
struct ssh_channel_struct;

// Writes one file over SFTP (protocol version 3) with many write requests in flight, the way
// OpenSSH's sftp and scp do. libssh 0.10's sftp_write() waits for each reply before the next
// write, which halves the throughput; its asynchronous API arrives only in 0.11.
class SftpWriter
{
public:
    SftpWriter(ssh_session_struct* session, const std::atomic_bool& cancel, int timeoutSeconds);
    ~SftpWriter();

    // Creates (or truncates) `path` with `mode`.
    bool open(const QByteArray& path, int mode);
    bool write(const char* data, qsizetype size);
    // Waits for every outstanding write and closes the file.
    bool close();
    // Removes `path` (after a failure or a cancel).
    bool remove(const QByteArray& path);
    bool setMode(const QByteArray& path, int mode);
    // Atomic replace (posix-rename@openssh.com); false with no error() when the server lacks it.
    bool posixRename(const QByteArray& from, const QByteArray& to);
    bool hasPosixRename() const { return m_posixRename; }

    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    bool start();
    bool send(char type, const QByteArray& payload);
    bool readPacket(char* type, QByteArray* payload);
    bool expectStatus(const QByteArray& payload, const char* what);
    bool waitForReplies(int keepOutstanding);
    quint32 nextId() { return m_nextId++; }

    ssh_session_struct* m_session;
    ssh_channel_struct* m_channel = nullptr;
    const std::atomic_bool& m_cancel;
    int m_timeoutMs;
    QByteArray m_input;
    QByteArray m_handle;
    quint32 m_nextId = 1;
    int m_outstanding = 0;
    quint64 m_offset = 0;
    QString m_error;
    bool m_cancelled = false;
    bool m_posixRename = false;
};
